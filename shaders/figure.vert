// Stretch figure: one quad per shape, covering the shape's bounds (in figure units).
// No #version line: the renderer prepends "#version 330 core" natively and
// "#version 300 es" on WebGL2.
uniform vec4 u_quad;   // the quad: min.xy, max.xy (figure units)
uniform vec4 u_view;   // figure units -> clip space: scale.xy, offset.xy
in vec2 a_corner;      // 0..1
out vec2 v_position;   // figure units

void main() {
  v_position = mix(u_quad.xy, u_quad.zw, a_corner);
  gl_Position = vec4(v_position * u_view.xy + u_view.zw, 0.0, 1.0);
}
