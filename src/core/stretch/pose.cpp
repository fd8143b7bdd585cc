#include "core/stretch/pose.h"

#include <algorithm>
#include <cmath>

namespace core::stretch {
namespace {

constexpr float kPi = 3.14159265358979f;
constexpr float kSoleRadius = 2.5f;  // the foot's half thickness under the sole line

float Clamp(float value, Range range) {
  return std::clamp(value, range.min, range.max);
}
float Clamp01(float value) {
  return std::clamp(value, 0.0f, 1.0f);
}
float Mix(float a, float b, float u) {
  return a + (b - a) * u;
}
Vec2 Mix(Vec2 a, Vec2 b, float u) {
  return a + (b - a) * u;
}

float AngleOf(Vec2 v) {
  return std::atan2(v.y, v.x) * 180.0f / kPi;
}
// An angle difference brought into (-180, 180].
float Wrap(float degrees) {
  while (degrees > 180.0f) degrees -= 360.0f;
  while (degrees <= -180.0f) degrees += 360.0f;
  return degrees;
}

Leg ClampLeg(Leg leg) {
  leg.hip = Clamp(leg.hip, kHipRange);
  leg.knee = Clamp(leg.knee, kKneeRange);
  leg.ankle = Clamp(leg.ankle, kAnkleRange);
  leg.toes = Clamp(leg.toes, kToesRange);
  return leg;
}
Arm ClampArm(Arm arm) {
  arm.shoulder = Clamp(arm.shoulder, kShoulderRange);
  arm.elbow = Clamp(arm.elbow, kElbowRange);
  arm.blend = Clamp01(arm.blend);
  return arm;
}
Leg MixLeg(const Leg& a, const Leg& b, float u) {
  return {Mix(a.hip, b.hip, u), Mix(a.knee, b.knee, u), Mix(a.ankle, b.ankle, u),
          Mix(a.toes, b.toes, u)};
}
Arm MixArm(const Arm& a, const Arm& b, float u) {
  Arm arm;
  arm.shoulder = Mix(a.shoulder, b.shoulder, u);
  arm.elbow = Mix(a.elbow, b.elbow, u);
  arm.grip = u > 0.0f ? b.grip : a.grip;
  // A grip that changes while held would jump: the hand lets go first in the data.
  arm.blend = Mix(a.grip == arm.grip ? a.blend : 0.0f, b.grip == arm.grip ? b.blend : 0.0f, u);
  arm.slide = Mix(a.slide, b.slide, u);
  arm.far_leg = u > 0.0f ? b.far_leg : a.far_leg;
  return arm;
}

// Forward kinematics of one leg from its hip joint.
LegPoints PlaceLeg(Vec2 hip, float trunk, const Leg& leg) {
  LegPoints points;
  points.angles = leg;
  const float thigh = trunk - 180.0f + leg.hip;
  const float shin = thigh - leg.knee;
  const float foot = shin + 90.0f + leg.ankle;
  const Vec2 along = Direction(foot);
  const Vec2 sole = Clockwise(along);
  points.hip = hip;
  points.knee = hip + Direction(thigh) * Body::kThigh;
  points.ankle = points.knee + Direction(shin) * Body::kShin;
  points.heel = points.ankle + along * -Body::kHeel + sole * Body::kAnkleHeight;
  points.ball = points.ankle + along * Body::kFootToBall + sole * (Body::kAnkleHeight * 0.85f);
  points.toe_tip = points.ball + Direction(foot + leg.toes) * Body::kToes;
  return points;
}

// Two bones from `root` towards `target`; the middle joint bends to the side `bend` (+1
// anticlockwise of the line, -1 clockwise). Returns the middle joint and the end.
struct TwoBones {
  Vec2 middle, end;
  bool reached;
};
TwoBones SolveTwoBones(Vec2 root, Vec2 target, float first, float second, float bend) {
  const float wanted = Distance(root, target);
  const float distance =
      std::clamp(wanted, std::fabs(first - second) + 1e-3f, first + second - 1e-3f);
  const float cosine =
      (first * first + distance * distance - second * second) / (2.0f * first * distance);
  const float spread = std::acos(std::clamp(cosine, -1.0f, 1.0f)) * 180.0f / kPi;
  const float base = AngleOf(target - root);
  TwoBones bones;
  bones.middle = root + Direction(base + bend * spread) * first;
  bones.end = bones.middle + Normalised(target - bones.middle) * second;
  bones.reached = wanted <= first + second - 1e-3f + 0.01f;
  return bones;
}

Vec2 FreeHand(Vec2 shoulder, float trunk, const Arm& arm) {
  const float upper = trunk - 180.0f + arm.shoulder;
  const Vec2 elbow = shoulder + Direction(upper) * Body::kUpperArm;
  return elbow + Direction(upper + arm.elbow) * Body::kForearm;
}

ArmPoints PlaceArm(Vec2 shoulder, float trunk, const Arm& arm, Vec2 target) {
  // Elbows bend below the line to what the hand holds, as people reach for a foot.
  const TwoBones bones = SolveTwoBones(shoulder, target, Body::kUpperArm, Body::kForearm, -1.0f);
  ArmPoints points;
  points.shoulder = shoulder;
  points.elbow = bones.middle;
  points.hand = bones.end;
  points.reached = bones.reached;
  const float upper = AngleOf(points.elbow - shoulder);
  points.shoulder_angle = Wrap(upper - (trunk - 180.0f));
  points.elbow_angle = Wrap(AngleOf(points.hand - points.elbow) - upper);
  (void)arm;
  return points;
}

float LowestSole(const LegPoints& leg) {
  return std::min({leg.heel.y, leg.ball.y, leg.toe_tip.y}) - kSoleRadius;
}

}  // namespace

Vec2 Normalised(Vec2 v) {
  const float length = Length(v);
  return length > 1e-6f ? v * (1.0f / length) : Vec2{1.0f, 0.0f};
}

float Length(Vec2 v) {
  return std::sqrt(v.x * v.x + v.y * v.y);
}
float Distance(Vec2 a, Vec2 b) {
  return Length(b - a);
}
Vec2 Direction(float degrees) {
  const float radians = degrees * kPi / 180.0f;
  return {std::cos(radians), std::sin(radians)};
}

Pose Clamped(Pose pose) {
  pose.trunk = Clamp(pose.trunk, kTrunkRange);
  pose.near_leg = ClampLeg(pose.near_leg);
  pose.far_leg = ClampLeg(pose.far_leg);
  pose.near_arm = ClampArm(pose.near_arm);
  pose.far_arm = ClampArm(pose.far_arm);
  Props& props = pose.props;
  props.bed = Clamp01(props.bed);
  props.wall = Clamp01(props.wall);
  props.towel = Clamp01(props.towel);
  props.heat = Clamp01(props.heat);
  props.bump = Clamp01(props.bump);
  return pose;
}

Pose Lerp(const Pose& a, const Pose& b, float u) {
  u = Clamp01(u);
  Pose pose;
  pose.support = u > 0.0f ? b.support : a.support;
  pose.trunk = Mix(a.trunk, b.trunk, u);
  pose.near_leg = MixLeg(a.near_leg, b.near_leg, u);
  pose.far_leg = MixLeg(a.far_leg, b.far_leg, u);
  pose.near_arm = MixArm(a.near_arm, b.near_arm, u);
  pose.far_arm = MixArm(a.far_arm, b.far_arm, u);
  pose.plant_other = Mix(a.plant_other, b.plant_other, u);
  pose.props.bed = Mix(a.props.bed, b.props.bed, u);
  pose.props.wall = Mix(a.props.wall, b.props.wall, u);
  pose.props.wall_x = Mix(a.props.wall_x, b.props.wall_x, u);
  pose.props.towel = Mix(a.props.towel, b.props.towel, u);
  pose.props.heat = Mix(a.props.heat, b.props.heat, u);
  pose.props.bump = Mix(a.props.bump, b.props.bump, u);
  return Clamped(pose);
}

Vec2 GripPoint(const Pose& pose, const LegPoints& leg, Vec2 shoulder, Grip grip, float slide) {
  const Vec2 along = Normalised(leg.ball - leg.heel);
  const Vec2 sole = Clockwise(along);
  switch (grip) {
    case Grip::kFree:
      return shoulder;
    case Grip::kToes:
      return Mix(leg.ball, leg.toe_tip, 0.3f) +
             Clockwise(Normalised(leg.toe_tip - leg.ball)) * 1.0f;
    case Grip::kBall:
      return leg.ball + sole * 2.0f;
    case Grip::kTowel: {
      const Vec2 loop = leg.ball + sole * 2.0f;
      const float distance = Distance(loop, shoulder);
      const float from_foot =
          std::clamp(distance - 0.8f * Body::kReach, 8.0f, std::max(8.0f, distance - 5.0f));
      return loop + Normalised(shoulder - loop) * from_foot;
    }
    case Grip::kAnkle:
      return leg.ankle + along * 2.0f;
    case Grip::kShin: {
      const Vec2 shin = Normalised(leg.ankle - leg.knee);
      return Mix(leg.knee, leg.ankle, 0.15f + 0.7f * std::clamp(slide, 0.0f, 1.0f)) +
             Anticlockwise(shin) * 5.0f;
    }
    case Grip::kThigh:
      return Mix(leg.hip, leg.knee, 0.3f + 0.6f * std::clamp(slide, 0.0f, 1.0f));
    case Grip::kWall:
      return {pose.props.wall_x - 3.0f, slide};
  }
  return shoulder;
}

Skeleton Solve(const Pose& raw) {
  const Pose pose = Clamped(raw);
  Skeleton skeleton;
  // Place the body from what holds it up: the seat, or the supporting foot flat on the floor.
  Vec2 hip{0.0f, Body::kSeatToHip};
  if (pose.support != Support::kSeated) {
    const Leg& leg = pose.support == Support::kNearFoot ? pose.near_leg : pose.far_leg;
    const LegPoints placed = PlaceLeg({0.0f, 0.0f}, pose.trunk, leg);
    hip = {-placed.ankle.x, -LowestSole(placed)};
  }
  skeleton.hip = hip;
  skeleton.shoulder = hip + Direction(pose.trunk) * Body::kTorso;
  skeleton.head = skeleton.shoulder + Direction(pose.trunk) * Body::kNeck +
                  Direction(pose.trunk - 90.0f) * 2.0f;
  skeleton.near_leg = PlaceLeg(hip, pose.trunk, pose.near_leg);
  skeleton.far_leg = PlaceLeg(hip, pose.trunk, pose.far_leg);

  // Standing: the other foot is planted flat on the floor, the knee bending forward.
  if (pose.support != Support::kSeated && pose.plant_other != 0.0f) {
    LegPoints& other = pose.support == Support::kNearFoot ? skeleton.far_leg : skeleton.near_leg;
    const Vec2 ankle{pose.plant_other, Body::kAnkleHeight + kSoleRadius};
    const TwoBones bones = SolveTwoBones(hip, ankle, Body::kThigh, Body::kShin, 1.0f);
    const float thigh = AngleOf(bones.middle - hip);
    const float shin = AngleOf(bones.end - bones.middle);
    Leg solved = other.angles;
    solved.hip = Wrap(thigh - (pose.trunk - 180.0f));
    solved.knee = Wrap(thigh - shin);
    solved.ankle = Wrap(-(shin + 90.0f));
    other = PlaceLeg(hip, pose.trunk, ClampLeg(solved));
  }

  const auto arm = [&](const Arm& a, Vec2& grip_out) {
    const Vec2 free_hand = FreeHand(skeleton.shoulder, pose.trunk, a);
    Vec2 target = free_hand;
    if (a.grip != Grip::kFree) {
      grip_out = GripPoint(pose, a.far_leg ? skeleton.far_leg : skeleton.near_leg,
                           skeleton.shoulder, a.grip, a.slide);
      target = Mix(free_hand, grip_out, a.blend);
    } else {
      grip_out = free_hand;
    }
    return PlaceArm(skeleton.shoulder, pose.trunk, a, target);
  };
  skeleton.near_arm = arm(pose.near_arm, skeleton.near_grip);
  skeleton.far_arm = arm(pose.far_arm, skeleton.far_grip);
  return skeleton;
}

}  // namespace core::stretch
