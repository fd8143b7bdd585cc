#pragma once
// The stretch routines of CLINICAL.md "Self-care and stretches" as data: each routine is a
// list of steps (a text key, how many times it repeats, its moves and holds as pose
// keyframes with an easing), and Sample() says what to show at any moment: the pose, the
// step and its words, the hold's countdown, how warm the cramping muscle is drawn, and
// whether the figure is moving (the app draws every frame only then).
#include <optional>
#include <string_view>
#include <vector>

#include "core/stretch/pose.h"

namespace core::stretch {

// Ids as in DESIGN.md (###routine_<id>).
enum class RoutineId {
  kToe,
  kCalfBack,
  kCalfBackPregnancy,
  kCalfFront,
  kThighBack,
  kThighFront,
  kBedtime,
  kPregnancyFoot,
};
inline constexpr RoutineId kAllRoutines[] = {
    RoutineId::kToe,       RoutineId::kCalfBack,     RoutineId::kCalfBackPregnancy,
    RoutineId::kCalfFront, RoutineId::kThighBack,    RoutineId::kThighFront,
    RoutineId::kBedtime,   RoutineId::kPregnancyFoot};

// The muscle drawn warm: where the cramp is, or what the stretch works on.
enum class Muscle { kSole, kCalfBack, kCalfFront, kThighBack, kThighFront };

enum class Easing { kLinear, kInOut };
float Ease(Easing easing, float u);  // 0..1 -> 0..1, Ease(e, 0) = 0, Ease(e, 1) = 1

// One move (the figure goes to `to`) or one hold (it stays; the ring counts down).
struct Segment {
  float seconds = 1.0f;
  Pose to;
  Easing easing = Easing::kInOut;
  bool hold = false;
  std::string_view text_key;  // words of this part only (a rest between holds), else none
};

// The arrow that shows which way to pull, press or move (placed on the figure).
enum class Arrow {
  kNone,
  kTowardBody,     // foot and toes pulled up towards the person
  kKneeDown,       // the knee pressed straight
  kLeanForward,    // the chest towards the feet
  kPointToes,      // foot and toes pointed down
  kHeelUp,         // the heel towards the buttock
  kLeanToWall,     // the hips forward, towards the wall
  kUpDown,         // the foot flexed up and down
  kCircleForward,  // the foot turned in circles, one way
  kCircleBack,     // and the other way
};

struct Step {
  std::string_view text_key;  // "stretch.toe.hold" in the app's text tables
  int repeat = 1;             // how many times the segments play
  std::vector<Segment> segments;
  // The picture changes at once at the start of this step (a new scene: from the wall to
  // the bed); every other change of pose is a move.
  bool cut = false;
  bool stretched_far_leg = false;  // the highlight is on the far leg (the other side)
  Arrow arrow = Arrow::kNone;
};

struct Routine {
  RoutineId id;
  std::string_view name;       // "calf_back_pregnancy"
  std::string_view title_key;  // "stretch.calf_back.title"
  Muscle muscle;
  bool during_cramp;  // false: a prevention routine
  Pose start;
  std::vector<Step> steps;
};

const Routine& GetRoutine(RoutineId id);
std::string_view Name(RoutineId id);
std::optional<RoutineId> ParseRoutineId(std::string_view name);
float StepSeconds(const Step& step);
float TotalSeconds(const Routine& routine);
// When each step begins (seconds from the start of the routine).
float StepStart(const Routine& routine, int step);

// What to show `seconds` after the routine started. Past its end the last pose stays
// (the person keeps holding) and `finished` is set.
struct Moment {
  Pose pose;
  int step = 0;
  std::string_view text_key;
  int repeat_index = 0;  // 0-based, of repeat_count
  int repeat_count = 1;
  bool moving = false;  // the pose changes now (a move), not a hold
  bool holding = false;
  float hold_left = 0.0f;     // seconds left in the current hold
  float hold_seconds = 0.0f;  // that hold's length
  float step_left = 0.0f;     // seconds left in the current step
  // 1 = the cramping muscle drawn warm .. 0 = cooled: it cools as the holds go on.
  float warmth = 1.0f;
  bool stretched_far_leg = false;
  Arrow arrow = Arrow::kNone;
  bool finished = false;
};
Moment Sample(const Routine& routine, float seconds);

// The key moment of each step (the end of its first hold, else its end), in seconds from
// the start of the routine, and the pose there: what reduced motion shows one by one.
float KeyTime(const Routine& routine, int step);
Pose KeyPose(const Routine& routine, int step);
// The step a still picture of the routine shows (a routine card's preview): the first
// that holds the stretch, else the last.
int PreviewStep(const Routine& routine);

}  // namespace core::stretch
