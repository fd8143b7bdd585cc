#pragma once
// A stretch figure's pose: a side view of a person (facing +x, the floor at y = 0, units of
// about a centimetre) as 2D joint angles plus props, and the pure math that turns a pose
// into joint positions. The hands are placed by solving the arm from the point they hold
// (the ball of the foot, the shin, a wall...), so they stay on the foot while it moves.
//
// Angles are degrees. World angles count anticlockwise from +x (90 = straight up).
//   trunk      world angle of hip -> shoulder (90 upright, less = leaning towards the feet)
//   hip        flexion: 0 = thigh in line with the trunk, 90 = sitting, negative = leg behind
//   knee       flexion: 0 = straight, 140 = heel near the buttock
//   ankle      dorsiflexion: 0 = foot at a right angle to the shin, + toes up towards the
//              shin, - pointed
//   toes       extension: + bent back (up), - curled
//   shoulder   flexion: 0 = arm down along the trunk, 90 = forward, negative = behind
//   elbow      flexion: 0 = straight
#include <array>

namespace core::stretch {

struct Vec2 {
  float x = 0.0f, y = 0.0f;
};
inline Vec2 operator+(Vec2 a, Vec2 b) {
  return {a.x + b.x, a.y + b.y};
}
inline Vec2 operator-(Vec2 a, Vec2 b) {
  return {a.x - b.x, a.y - b.y};
}
inline Vec2 operator*(Vec2 a, float s) {
  return {a.x * s, a.y * s};
}
float Length(Vec2 v);
float Distance(Vec2 a, Vec2 b);
// The unit vector at a world angle (degrees).
Vec2 Direction(float degrees);
// `v` scaled to length 1 (+x when it has none), and turned a quarter turn either way.
Vec2 Normalised(Vec2 v);
inline Vec2 Clockwise(Vec2 v) { return {v.y, -v.x}; }
inline Vec2 Anticlockwise(Vec2 v) { return {-v.y, v.x}; }

// Anatomical ranges (degrees), inclusive: a pose is always clamped into them.
struct Range {
  float min, max;
};
inline constexpr Range kTrunkRange{20.0f, 110.0f};
inline constexpr Range kHipRange{-30.0f, 150.0f};  // 150: leaning over a bent knee
inline constexpr Range kKneeRange{0.0f, 150.0f};
inline constexpr Range kAnkleRange{-50.0f, 30.0f};
inline constexpr Range kToesRange{-40.0f, 80.0f};
inline constexpr Range kShoulderRange{-60.0f, 180.0f};
inline constexpr Range kElbowRange{0.0f, 150.0f};

// Body proportions (roughly an adult of 170 cm).
struct Body {
  static constexpr float kTorso = 52.0f;  // hip joint to shoulder joint
  static constexpr float kNeck = 21.0f;   // shoulder joint to the head's centre
  static constexpr float kHeadRadius = 11.0f;
  static constexpr float kUpperArm = 31.0f;
  static constexpr float kForearm = 33.0f;  // elbow to the middle of the gripping hand
  static constexpr float kThigh = 44.0f;
  static constexpr float kShin = 43.0f;
  static constexpr float kAnkleHeight = 8.0f;  // ankle joint above the sole
  static constexpr float kHeel = 5.0f;         // heel behind the ankle joint
  static constexpr float kFootToBall = 14.0f;  // ankle joint to the ball of the foot
  static constexpr float kToes = 6.0f;
  static constexpr float kSeatToHip = 10.0f;  // hip joint above what one sits on
  static constexpr float kReach = kUpperArm + kForearm;
};

// What a hand holds. The arm is solved so the hand is exactly there (blend 1), or part of
// the way from where the arm's own angles put it (blend between 0 and 1).
enum class Grip {
  kFree,   // the arm's own shoulder and elbow angles
  kToes,   // the toes, bending them back
  kBall,   // the ball of the foot
  kTowel,  // the ends of a towel looped round the ball of the foot
  kAnkle,  // the front of the ankle (holding the foot behind, front-of-thigh stretch)
  kShin,   // on the shin; `slide` 0 = below the knee .. 1 = above the ankle
  kThigh,  // on the back of the thigh; `slide` 0 = near the hip .. 1 = near the knee
  kWall,   // flat on the wall; `slide` = height above the floor
};

struct Leg {
  float hip = 90.0f, knee = 0.0f, ankle = 0.0f, toes = 0.0f;
};
struct Arm {
  float shoulder = 10.0f, elbow = 10.0f;
  Grip grip = Grip::kFree;
  float blend = 0.0f;    // 0 = own angles .. 1 = hand exactly on the grip
  float slide = 0.0f;    // where along the thing held (see Grip)
  bool far_leg = false;  // holds the far leg (the other side's stretch), not the near one
};

// What holds the body up: the pelvis on a bed or the floor, or one foot on the floor.
enum class Support { kSeated, kNearFoot, kFarFoot };

// Things drawn with the person; amounts fade them in and out (0 = absent, 1 = shown).
struct Props {
  float bed = 0.0f;      // a bed or mat under a seated person
  float wall = 0.0f;     // a wall in front
  float wall_x = 70.0f;  // its surface (x of the floor's frame: see Solve)
  float towel = 0.0f;    // follows the near hand's grip kTowel
  float heat = 0.0f;     // a warm compress on the near shin
  float bump = 0.0f;     // pregnancy
};

struct Pose {
  Support support = Support::kSeated;
  float trunk = 90.0f;
  Leg near_leg, far_leg;  // near = the leg being stretched, drawn in front
  Arm near_arm, far_arm;
  // Standing: the foot that is not the support is planted flat with its ankle at this x
  // (the floor's frame), solved like an arm; 0 leaves that leg to its own angles.
  float plant_other = 0.0f;
  Props props;
};

// A pose with every angle inside its anatomical range and amounts inside 0..1.
Pose Clamped(Pose pose);
// Component-wise interpolation (u in 0..1), then clamped. Support, grips and the planted
// foot's presence come from `b` when u > 0 and `a` otherwise; the data keeps them equal
// wherever the change would show.
Pose Lerp(const Pose& a, const Pose& b, float u);

// Joint positions of a posed figure (the output of forward kinematics and the arm solve).
struct LegPoints {
  Vec2 hip, knee, ankle, heel, ball, toe_tip;
  Leg angles;  // as drawn (a planted leg's solved angles)
};
struct ArmPoints {
  Vec2 shoulder, elbow, hand;
  float shoulder_angle = 0.0f, elbow_angle = 0.0f;  // as solved
  bool reached = true;  // false when the grip was out of reach (the hand stops short)
};
struct Skeleton {
  Vec2 hip, shoulder, head;
  LegPoints near_leg, far_leg;
  ArmPoints near_arm, far_arm;
  Vec2 near_grip, far_grip;  // where each hand was asked to be (equal to hand when reached)
};
// The floor's frame: seated, the hip joint is at x = 0 (the seat stays put); standing, the
// supporting ankle is (the foot stays put), so a lean moves the body, not the room.
Skeleton Solve(const Pose& pose);

// Where a grip is on a solved leg (near leg for every grip but kWall).
Vec2 GripPoint(const Pose& pose, const LegPoints& leg, Vec2 shoulder, Grip grip, float slide);

}  // namespace core::stretch
