#include "core/stretch/scene.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace core::stretch {
namespace {

// Layers, back to front.
enum Layer {
  kProps = 0,
  kFarLimbs,
  kFarMuscle,
  kTorso,
  kNearLeg,
  kNearMuscle,
  kTowelLayer,
  kNearArm,
  kArrows,
};

Vec2 Unit(Vec2 v) { return Normalised(v); }
Vec2 Mix(Vec2 a, Vec2 b, float u) {
  return a + (b - a) * u;
}

class Painter {
 public:
  explicit Painter(Scene& scene) : scene_(scene) {}
  void Cone(Vec2 a, Vec2 b, float ra, float rb, Paint paint, int layer, float alpha = 1.0f,
            bool outline = true) {
    if (alpha <= 0.01f) return;
    scene_.shapes.push_back({ShapeKind::kCone, a, b, ra, rb, paint, alpha, outline, layer});
  }
  void Circle(Vec2 c, float r, Paint paint, int layer, float alpha = 1.0f) {
    Cone(c, c, r, r, paint, layer, alpha);
  }
  void Box(Vec2 min, Vec2 max, float corner, Paint paint, int layer, float alpha = 1.0f) {
    if (alpha <= 0.01f) return;
    scene_.shapes.push_back({ShapeKind::kBox, (min + max) * 0.5f, (max - min) * 0.5f, corner, 0.0f,
                             paint, alpha, true, layer});
  }
  // An arrow from `from` to `to` with an open head (two strokes).
  void Arrow(Vec2 from, Vec2 to, bool both_ends = false) {
    const float r = 1.9f;
    Cone(from, to, r, r, Paint::kArrow, kArrows);
    Head(to, Unit(to - from));
    if (both_ends) Head(from, Unit(from - to));
  }
  void Head(Vec2 tip, Vec2 along) {
    const float r = 1.9f, length = 7.0f;
    const Vec2 back = along * -1.0f;
    const float c = std::cos(0.6f), s = std::sin(0.6f);
    const Vec2 left{back.x * c - back.y * s, back.x * s + back.y * c};
    const Vec2 right{back.x * c + back.y * s, -back.x * s + back.y * c};
    Cone(tip, tip + left * length, r, r, Paint::kArrow, kArrows);
    Cone(tip, tip + right * length, r, r, Paint::kArrow, kArrows);
  }
  // Three quarters of a circle round `centre`, turning one way or the other.
  void CircleArrow(Vec2 centre, float radius, float start_degrees, bool anticlockwise) {
    const int pieces = 9;
    const float sweep = anticlockwise ? 270.0f : -270.0f;
    Vec2 previous = centre + Direction(start_degrees) * radius;
    for (int i = 1; i <= pieces; ++i) {
      const Vec2 next =
          centre + Direction(start_degrees + sweep * static_cast<float>(i) / pieces) * radius;
      Cone(previous, next, 1.9f, 1.9f, Paint::kArrow, kArrows);
      if (i == pieces) Head(next, Unit(next - previous));
      previous = next;
    }
  }

 private:
  Scene& scene_;
};

void DrawLeg(Painter& paint, const LegPoints& leg, bool far) {
  const int layer = far ? kFarLimbs : kNearLeg;
  const Paint skin = far ? Paint::kSkinFar : Paint::kSkin;
  const Paint clothes = far ? Paint::kClothesFar : Paint::kClothes;
  paint.Cone(leg.hip, leg.knee, 9.5f, 6.6f, clothes, layer);
  paint.Cone(leg.knee, leg.ankle, 6.2f, 3.8f, skin, layer);
  paint.Cone(leg.ankle, leg.heel, 3.8f, 3.4f, skin, layer);
  paint.Cone(leg.heel, leg.ball, 3.4f, 2.9f, skin, layer);
  paint.Cone(leg.ankle, leg.ball, 3.6f, 2.9f, skin, layer);
  paint.Cone(leg.ball, leg.toe_tip, 2.9f, 2.2f, skin, layer);
}

void DrawArm(Painter& paint, const ArmPoints& arm, bool far) {
  const int layer = far ? kFarLimbs : kNearArm;
  const Paint skin = far ? Paint::kSkinFar : Paint::kSkin;
  paint.Cone(arm.shoulder, arm.elbow, 4.8f, 3.9f, far ? Paint::kClothesFar : Paint::kClothes,
             layer);
  paint.Cone(arm.elbow, arm.hand, 3.7f, 3.0f, skin, layer);
  paint.Circle(arm.hand, 4.2f, skin, layer);
}

void DrawMuscle(Painter& paint, Muscle muscle, const LegPoints& leg, int layer) {
  const Vec2 foot = Unit(leg.ball - leg.heel);
  // A muscle along a bone, on its front (+1) or back (-1) side, inside the limb.
  const auto along = [&](Vec2 from, Vec2 to, float side, float start, float end, float ra,
                         float rb) {
    const Vec2 bone = Unit(to - from);
    const Vec2 out = side > 0.0f ? Anticlockwise(bone) : Clockwise(bone);
    paint.Cone(Mix(from, to, start) + out * (ra * 0.45f), Mix(from, to, end) + out * (rb * 0.5f),
               ra, rb, Paint::kHighlight, layer, 1.0f, false);
  };
  switch (muscle) {
    case Muscle::kSole: {
      const Vec2 sole = Clockwise(foot);
      paint.Cone(leg.heel + foot * 1.5f + sole * -0.4f, leg.ball + sole * -0.2f, 2.2f, 2.0f,
                 Paint::kHighlight, layer, 1.0f, false);
      paint.Cone(leg.ball, leg.toe_tip, 2.0f, 1.5f, Paint::kHighlight, layer, 1.0f, false);
      break;
    }
    case Muscle::kCalfBack:
      along(leg.knee, leg.ankle, -1.0f, 0.14f, 0.64f, 4.0f, 2.6f);
      break;
    case Muscle::kCalfFront:
      along(leg.knee, leg.ankle, 1.0f, 0.16f, 0.78f, 3.4f, 2.2f);
      break;
    case Muscle::kThighBack:
      along(leg.hip, leg.knee, -1.0f, 0.22f, 0.82f, 5.6f, 3.8f);
      break;
    case Muscle::kThighFront:
      along(leg.hip, leg.knee, 1.0f, 0.22f, 0.82f, 5.6f, 3.8f);
      break;
  }
}

void DrawArrow(Painter& paint, Arrow arrow, const Skeleton& body, const LegPoints& leg,
               float trunk) {
  const Vec2 out = Unit(leg.toe_tip - leg.ankle);  // beyond the foot
  const Vec2 up_foot = Anticlockwise(out);         // how the toes move when pulled up
  const Vec2 beyond = leg.toe_tip + out * 5.0f + Clockwise(out) * 12.0f;
  switch (arrow) {
    case Arrow::kNone:
      return;
    case Arrow::kTowardBody:
      paint.Arrow(beyond + up_foot * -7.0f, beyond + up_foot * 11.0f);
      return;
    case Arrow::kPointToes:
      paint.Arrow(beyond + up_foot * 7.0f, beyond + up_foot * -11.0f);
      return;
    case Arrow::kUpDown:
      paint.Arrow(beyond + up_foot * -10.0f, beyond + up_foot * 10.0f, true);
      return;
    case Arrow::kCircleForward:
    case Arrow::kCircleBack:
      paint.CircleArrow(Mix(leg.ankle, leg.toe_tip, 0.55f), 17.0f, -45.0f,
                        arrow == Arrow::kCircleForward);
      return;
    case Arrow::kKneeDown: {
      const Vec2 front = Anticlockwise(Unit(leg.knee - leg.hip));
      paint.Arrow(leg.knee + front * 24.0f, leg.knee + front * 10.0f);
      return;
    }
    case Arrow::kLeanForward: {
      const Vec2 up = Direction(trunk);
      const Vec2 base = body.head + up * 17.0f;
      paint.Arrow(base + Anticlockwise(up) * 6.0f, base + Clockwise(up) * 14.0f);
      return;
    }
    case Arrow::kHeelUp: {
      const Vec2 along = Unit(leg.ankle - leg.knee);
      const Vec2 base = leg.ankle + along * 10.0f;
      paint.Arrow(base + Anticlockwise(along) * 6.0f, base + Clockwise(along) * 12.0f);
      return;
    }
    case Arrow::kLeanToWall:
      paint.Arrow(body.hip + Vec2{-30.0f, 6.0f}, body.hip + Vec2{-13.0f, 6.0f});
      return;
  }
}

void Include(Bounds& bounds, Vec2 p, float margin) {
  bounds.min.x = std::min(bounds.min.x, p.x - margin);
  bounds.min.y = std::min(bounds.min.y, p.y - margin);
  bounds.max.x = std::max(bounds.max.x, p.x + margin);
  bounds.max.y = std::max(bounds.max.y, p.y + margin);
}

Bounds ComputeView(const Routine& routine) {
  Bounds bounds{{1e9f, 1e9f}, {-1e9f, -1e9f}};
  const float total = TotalSeconds(routine);
  for (float t = 0.0f; t <= total + 0.01f; t += 0.25f) {
    const Moment moment = Sample(routine, t);
    const Skeleton s = Solve(moment.pose);
    for (const LegPoints* leg : {&s.near_leg, &s.far_leg})
      for (Vec2 p : {leg->hip, leg->knee, leg->ankle, leg->heel, leg->ball, leg->toe_tip})
        Include(bounds, p, 12.0f);
    for (const ArmPoints* arm : {&s.near_arm, &s.far_arm})
      for (Vec2 p : {arm->elbow, arm->hand}) Include(bounds, p, 10.0f);
    Include(bounds, s.head, 15.0f);
    // Room for the arrows above the head and beyond the toes.
    Include(bounds, s.head + Direction(moment.pose.trunk) * 24.0f, 4.0f);
    if (moment.arrow != Arrow::kNone)
      Include(bounds, s.near_leg.toe_tip + Unit(s.near_leg.toe_tip - s.near_leg.ankle) * 12.0f,
              12.0f);
    if (moment.pose.props.wall > 0.0f)
      Include(bounds, {moment.pose.props.wall_x + 6.0f, 0.0f}, 2.0f);
  }
  // The floor or the bed under everything.
  bounds.min.y = std::min(bounds.min.y, -8.0f);
  return bounds;
}

}  // namespace

Bounds RoutineView(const Routine& routine) {
  static std::map<RoutineId, Bounds> cache;
  auto found = cache.find(routine.id);
  if (found == cache.end()) found = cache.emplace(routine.id, ComputeView(routine)).first;
  return found->second;
}

Scene BuildScene(const Routine& routine, const Moment& moment) {
  Scene scene;
  scene.view = RoutineView(routine);
  scene.warmth = moment.warmth;
  const Pose& pose = moment.pose;
  const Skeleton body = Solve(pose);
  Painter paint(scene);
  const Bounds& view = scene.view;

  // The room: a bed (seated) or the floor, and a wall.
  if (pose.support == Support::kSeated) {
    paint.Box({view.min.x - 20.0f, -16.0f}, {view.max.x + 20.0f, 0.0f}, 5.0f, Paint::kBed, kProps,
              std::max(0.4f, pose.props.bed));
  } else {
    paint.Box({view.min.x - 20.0f, -6.0f}, {view.max.x + 20.0f, 0.0f}, 2.0f, Paint::kFloor, kProps);
  }
  paint.Box({pose.props.wall_x, -6.0f}, {pose.props.wall_x + 10.0f, view.max.y + 40.0f}, 2.0f,
            Paint::kWall, kProps, pose.props.wall);

  // Far side, then the body, then the near side.
  DrawLeg(paint, body.far_leg, true);
  DrawArm(paint, body.far_arm, true);
  if (moment.stretched_far_leg) DrawMuscle(paint, routine.muscle, body.far_leg, kFarMuscle);

  const Vec2 up = Direction(pose.trunk);
  const Vec2 front = Direction(pose.trunk - 90.0f);
  paint.Circle(body.hip, 11.5f, Paint::kClothes, kTorso);
  paint.Cone(body.hip + up * 4.0f, body.shoulder, 11.0f, 9.5f, Paint::kClothes, kTorso);
  paint.Circle(body.hip + up * 20.0f + front * 7.0f, 13.0f * pose.props.bump, Paint::kClothes,
               kTorso, pose.props.bump);
  paint.Cone(body.shoulder, body.head, 4.5f, 4.5f, Paint::kSkin, kTorso);
  paint.Circle(body.head, Body::kHeadRadius, Paint::kSkin, kTorso);

  DrawLeg(paint, body.near_leg, false);
  if (!moment.stretched_far_leg) DrawMuscle(paint, routine.muscle, body.near_leg, kNearMuscle);
  // A warm compress on the front of the shin.
  if (pose.props.heat > 0.0f) {
    const LegPoints& leg = body.near_leg;
    const Vec2 front_of_shin = Anticlockwise(Unit(leg.ankle - leg.knee));
    paint.Cone(Mix(leg.knee, leg.ankle, 0.25f) + front_of_shin * 6.5f,
               Mix(leg.knee, leg.ankle, 0.7f) + front_of_shin * 5.0f, 4.2f, 3.6f, Paint::kHeat,
               kNearMuscle, pose.props.heat);
  }
  // A towel round the ball of the foot, its ends in the hands.
  if (pose.props.towel > 0.0f) {
    const LegPoints& leg = body.near_leg;
    const Vec2 sole = Clockwise(Unit(leg.ball - leg.heel));
    const Vec2 loop = leg.ball + sole * 3.5f;
    paint.Cone(loop + Unit(leg.ball - leg.heel) * -4.0f, loop + Unit(leg.ball - leg.heel) * 3.0f,
               2.0f, 2.0f, Paint::kTowel, kTowelLayer, pose.props.towel);
    paint.Cone(loop, body.near_arm.hand, 2.0f, 2.0f, Paint::kTowel, kTowelLayer, pose.props.towel);
  }
  DrawArm(paint, body.near_arm, false);
  DrawArrow(paint, moment.arrow, body, moment.stretched_far_leg ? body.far_leg : body.near_leg,
            pose.trunk);

  std::stable_sort(scene.shapes.begin(), scene.shapes.end(),
                   [](const Shape& a, const Shape& b) { return a.layer < b.layer; });
  return scene;
}

}  // namespace core::stretch
