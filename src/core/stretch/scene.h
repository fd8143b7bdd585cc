#pragma once
// What a stretch diagram draws at one moment, as plain shapes (capsules and rounded cones,
// axis-aligned rounded boxes) in the figure's units, back to front. Pure data: the GL
// renderer (src/platform/figure_renderer_gl.*) turns each shape into an anti-aliased
// signed-distance quad with an outline, and knows nothing of poses.
#include <vector>

#include "core/stretch/pose.h"
#include "core/stretch/routine.h"

namespace core::stretch {

// What a shape is painted with; the app maps each to a colour of its theme.
enum class Paint {
  kFloor,
  kBed,
  kWall,
  kSkinFar,  // the far limbs, a shade darker so the near ones stand out
  kSkin,
  kClothes,  // torso and thighs
  kClothesFar,
  kHighlight,  // the cramping muscle: its colour goes from warm to cool with `warmth`
  kTowel,
  kHeat,
  kArrow,
  kCount
};

enum class ShapeKind {
  kCone,  // a to b, radius ra at a and rb at b (a capsule when equal; a circle when a == b)
  kBox,   // centre a, half size b, corner radius ra
};

struct Shape {
  ShapeKind kind = ShapeKind::kCone;
  Vec2 a, b;
  float ra = 0.0f, rb = 0.0f;
  Paint paint = Paint::kSkin;
  float alpha = 1.0f;
  bool outline = true;
  // Shapes of one layer are outlined together: the outlines of all of them first, then
  // their fills, so a limb's joints merge into one silhouette.
  int layer = 0;
};

struct Bounds {
  Vec2 min, max;
};

struct Scene {
  std::vector<Shape> shapes;  // layer by layer, back to front
  Bounds view;                // what the picture frames (the same for a whole routine)
  float warmth = 1.0f;        // of the highlighted muscle (Moment::warmth)
};

// The shapes of `routine` at `moment`, framed by RoutineView(routine).
Scene BuildScene(const Routine& routine, const Moment& moment);
// The frame of a whole routine: every pose it takes fits, so the view never jumps.
Bounds RoutineView(const Routine& routine);

}  // namespace core::stretch
