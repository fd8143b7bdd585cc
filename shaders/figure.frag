// Stretch figure: a rounded cone (a capsule when both radii are equal) or a rounded box as
// a signed distance, anti-aliased over one device pixel, so the figure is crisp at any
// pixel ratio. The outline pass draws each shape grown by the outline width in the
// outline colour; the fill pass draws it as it is.
uniform vec4 u_shape;   // cone: a.xy, b.xy; box: centre.xy, half size.xy
uniform vec4 u_radii;   // radius at a, radius at b (box: corner), kind (0 cone, 1 box), grow
uniform vec4 u_colour;  // straight alpha
uniform float u_pixel;  // figure units per device pixel
in vec2 v_position;
out vec4 o_colour;

float RoundCone(vec2 p, vec2 a, vec2 b, float r1, float r2) {
  vec2 ba = b - a;
  float l2 = dot(ba, ba);
  if (l2 < 1e-4) return length(p - a) - max(r1, r2);
  float rr = r1 - r2;
  float a2 = l2 - rr * rr;
  float il2 = 1.0 / l2;
  vec2 pa = p - a;
  float y = dot(pa, ba);
  float z = y - l2;
  vec2 xv = pa * l2 - ba * y;
  float x2 = dot(xv, xv);
  float y2 = y * y * l2;
  float z2 = z * z * l2;
  float k = sign(rr) * rr * rr * x2;
  if (sign(z) * a2 * z2 > k) return sqrt(x2 + z2) * il2 - r2;
  if (sign(y) * a2 * y2 < k) return sqrt(x2 + y2) * il2 - r1;
  return (sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
}

float RoundBox(vec2 p, vec2 centre, vec2 half_size, float corner) {
  vec2 q = abs(p - centre) - half_size + corner;
  return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - corner;
}

void main() {
  float d = u_radii.z < 0.5 ? RoundCone(v_position, u_shape.xy, u_shape.zw, u_radii.x, u_radii.y)
                            : RoundBox(v_position, u_shape.xy, u_shape.zw, u_radii.x);
  d -= u_radii.w;
  float coverage = clamp(0.5 - d / u_pixel, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  o_colour = vec4(u_colour.rgb, u_colour.a * coverage);
}
