// The stretch routines as data (core/stretch): what CLINICAL.md says to do, with poses that
// move continuously, stay inside anatomical ranges and keep the hands on the foot.
#include "core/stretch/routine.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/i18n/app_text.h"
#include "core/stretch/pose.h"
#include "core/stretch/scene.h"

namespace {

using namespace core::stretch;

constexpr float kFrame = 1.0f / 60.0f;

bool InRange(float value, Range range) {
  return value >= range.min - 1e-3f && value <= range.max + 1e-3f;
}

// Every joint of the drawn figure, for measuring how far it moved between two frames.
std::vector<Vec2> Joints(const Skeleton& s) {
  std::vector<Vec2> joints = {s.hip, s.shoulder, s.head};
  for (const LegPoints* leg : {&s.near_leg, &s.far_leg})
    for (Vec2 p : {leg->knee, leg->ankle, leg->heel, leg->ball, leg->toe_tip}) joints.push_back(p);
  for (const ArmPoints* arm : {&s.near_arm, &s.far_arm})
    for (Vec2 p : {arm->elbow, arm->hand}) joints.push_back(p);
  return joints;
}

bool StartsACut(const Routine& routine, float t) {
  for (size_t i = 0; i < routine.steps.size(); ++i) {
    const float start = StepStart(routine, static_cast<int>(i));
    if (routine.steps[i].cut && t >= start - kFrame && t <= start + kFrame) return true;
  }
  return false;
}

TEST(StretchRoutines, EveryIdHasItsRoutineAndName) {
  const char* names[] = {"toe",        "calf_back",     "calf_back_pregnancy",
                         "calf_front", "thigh_back",    "thigh_front",
                         "bedtime",    "pregnancy_foot"};
  int i = 0;
  for (RoutineId id : kAllRoutines) {
    EXPECT_EQ(Name(id), names[i]);
    EXPECT_EQ(GetRoutine(id).id, id);
    EXPECT_EQ(ParseRoutineId(names[i]), id);
    EXPECT_FALSE(GetRoutine(id).steps.empty()) << names[i];
    ++i;
  }
  EXPECT_FALSE(ParseRoutineId("calf"));
}

TEST(StretchRoutines, DurationsAddUpAndEachStepComesInTurn) {
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    float sum = 0.0f;
    for (size_t i = 0; i < routine.steps.size(); ++i) {
      const Step& step = routine.steps[i];
      float one_round = 0.0f;
      for (const Segment& segment : step.segments) {
        EXPECT_GT(segment.seconds, 0.0f) << routine.name;
        one_round += segment.seconds;
      }
      EXPECT_FLOAT_EQ(StepSeconds(step), one_round * static_cast<float>(step.repeat));
      EXPECT_NEAR(StepStart(routine, static_cast<int>(i)), sum, 1e-3f);
      // Just inside each step, Sample says it is that step, with its words.
      const Moment inside = Sample(routine, sum + 0.01f);
      EXPECT_EQ(inside.step, static_cast<int>(i)) << routine.name;
      EXPECT_EQ(inside.repeat_count, step.repeat);
      EXPECT_FALSE(inside.finished);
      EXPECT_NEAR(inside.step_left, StepSeconds(step) - 0.01f, 1e-2f) << routine.name << " " << i;
      sum += StepSeconds(step);
    }
    EXPECT_NEAR(TotalSeconds(routine), sum, 1e-3f) << routine.name;
    const Moment after = Sample(routine, sum + 5.0f);
    EXPECT_TRUE(after.finished);
    EXPECT_FALSE(after.moving);
    EXPECT_EQ(after.step, static_cast<int>(routine.steps.size()) - 1);
  }
}

TEST(StretchRoutines, TheFigureMovesContinuouslyExceptWhereTheSceneChanges) {
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    std::vector<Vec2> before = Joints(Solve(Sample(routine, 0.0f).pose));
    float worst = 0.0f, worst_at = 0.0f;
    for (float t = kFrame; t <= TotalSeconds(routine) + 1.0f; t += kFrame) {
      const std::vector<Vec2> now = Joints(Solve(Sample(routine, t).pose));
      if (!StartsACut(routine, t)) {
        for (size_t j = 0; j < now.size(); ++j) {
          const float moved = Distance(before[j], now[j]);
          if (moved > worst) {
            worst = moved;
            worst_at = t;
          }
        }
      }
      before = now;
    }
    // 2.5 units a frame is 150 cm/s at 60 frames a second: a brisk, not a jumping, move.
    EXPECT_LT(worst, 2.5f) << routine.name << " jumps at " << worst_at << " s";
  }
}

TEST(StretchRoutines, AnglesStayInsideAnatomicalRanges) {
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    for (float t = 0.0f; t <= TotalSeconds(routine); t += 0.1f) {
      const Pose pose = Sample(routine, t).pose;
      const Skeleton s = Solve(pose);
      ASSERT_TRUE(InRange(pose.trunk, kTrunkRange)) << routine.name << " " << t;
      for (const LegPoints* leg : {&s.near_leg, &s.far_leg}) {
        ASSERT_TRUE(InRange(leg->angles.hip, kHipRange)) << routine.name << " " << t;
        ASSERT_TRUE(InRange(leg->angles.knee, kKneeRange)) << routine.name << " " << t;
        ASSERT_TRUE(InRange(leg->angles.ankle, kAnkleRange)) << routine.name << " " << t;
        ASSERT_TRUE(InRange(leg->angles.toes, kToesRange)) << routine.name << " " << t;
      }
      for (const ArmPoints* arm : {&s.near_arm, &s.far_arm}) {
        ASSERT_TRUE(InRange(arm->shoulder_angle, kShoulderRange))
            << routine.name << " " << t << " shoulder " << arm->shoulder_angle;
        ASSERT_TRUE(InRange(arm->elbow_angle, kElbowRange))
            << routine.name << " " << t << " elbow " << arm->elbow_angle;
      }
      // Standing: the supporting foot is on the floor, not in it or above it.
      if (pose.support != Support::kSeated) {
        const LegPoints& foot = pose.support == Support::kNearFoot ? s.near_leg : s.far_leg;
        EXPECT_NEAR(std::min({foot.heel.y, foot.ball.y, foot.toe_tip.y}), 2.5f, 0.01f);
      }
    }
  }
}

TEST(StretchRoutines, HandsStayOnTheFootWhileItMoves) {
  int checked = 0;
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    for (float t = 0.0f; t <= TotalSeconds(routine); t += 0.05f) {
      const Pose pose = Sample(routine, t).pose;
      const Skeleton s = Solve(pose);
      for (const auto& [arm, points, grip] : {std::tuple{pose.near_arm, s.near_arm, s.near_grip},
                                              std::tuple{pose.far_arm, s.far_arm, s.far_grip}}) {
        if (arm.grip == Grip::kFree || arm.blend < 1.0f) continue;
        ++checked;
        ASSERT_TRUE(points.reached) << routine.name << " at " << t << " s cannot reach";
        ASSERT_LT(Distance(points.hand, grip), 0.1f) << routine.name << " at " << t << " s";
        const LegPoints& leg = arm.far_leg ? s.far_leg : s.near_leg;
        ASSERT_LT(Distance(grip, GripPoint(pose, leg, s.shoulder, arm.grip, arm.slide)), 0.01f);
      }
    }
  }
  EXPECT_GT(checked, 1000);
  // The toe stretch really holds the toes while they bend back.
  const Routine& toe = GetRoutine(RoutineId::kToe);
  const Pose bending = Sample(toe, StepStart(toe, 1) + 2.0f).pose;
  const Skeleton s = Solve(bending);
  EXPECT_EQ(bending.near_arm.grip, Grip::kToes);
  EXPECT_LT(Distance(s.near_arm.hand, s.near_leg.toe_tip), 8.0f);
}

TEST(StretchRoutines, HoldsAndRepeatsAreWhatCLINICALSays) {
  const auto hold_of = [](RoutineId id, int step) {
    float seconds = 0.0f;
    for (const Segment& segment : GetRoutine(id).steps[static_cast<size_t>(step)].segments)
      if (segment.hold) seconds += segment.seconds;
    return seconds;
  };
  // Toe: hold 1 to 2 minutes.
  const Routine& toe = GetRoutine(RoutineId::kToe);
  const float toe_hold = hold_of(RoutineId::kToe, static_cast<int>(toe.steps.size()) - 1);
  EXPECT_GE(toe_hold, 60.0f);
  EXPECT_LE(toe_hold, 120.0f);
  // Bedtime: 10-second holds, 3 times, with rests, on both legs, calf and hamstring.
  int sets = 0;
  for (const Step& step : GetRoutine(RoutineId::kBedtime).steps) {
    if (step.repeat != 3) continue;
    ++sets;
    float hold = 0.0f, rest = 0.0f;
    for (const Segment& segment : step.segments) {
      if (segment.hold && segment.text_key.empty()) hold += segment.seconds;
      if (!segment.hold || !segment.text_key.empty()) rest += segment.seconds;
    }
    EXPECT_FLOAT_EQ(hold, 10.0f);
    EXPECT_FLOAT_EQ(rest, 10.0f);
  }
  EXPECT_EQ(sets, 4);
  // Pregnancy: flex 30 times, turn 8 times each way.
  const Routine& foot = GetRoutine(RoutineId::kPregnancyFoot);
  EXPECT_EQ(foot.steps[1].repeat, 30);
  EXPECT_EQ(foot.steps[2].repeat, 8);
  EXPECT_EQ(foot.steps[3].repeat, 8);
  EXPECT_NE(foot.steps[2].arrow, foot.steps[3].arrow);
  // Pregnancy calf: heel down, knee straight, a towel; no yanking (a slow move).
  const Routine& pregnant = GetRoutine(RoutineId::kCalfBackPregnancy);
  const Pose held = pregnant.steps.back().segments.back().to;
  EXPECT_LT(held.near_leg.knee, 5.0f);
  EXPECT_GT(held.props.towel, 0.9f);
  EXPECT_GE(pregnant.steps[1].segments.front().seconds, 5.0f);
  // Back of calf: the foot pulled up, then the knee straightened.
  const Routine& calf = GetRoutine(RoutineId::kCalfBack);
  const Pose end = calf.steps.back().segments.back().to;
  EXPECT_GT(end.near_leg.ankle, 15.0f);
  EXPECT_LT(end.near_leg.knee, 10.0f);
}

TEST(StretchRoutines, HoldsAreStillAndCountDown) {
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    float previous_warmth = 1.0f;
    bool any_hold = false;
    for (float t = 0.0f; t <= TotalSeconds(routine); t += 0.25f) {
      const Moment m = Sample(routine, t);
      EXPECT_FALSE(m.holding && m.moving);
      EXPECT_LE(m.warmth, previous_warmth + 1e-5f) << routine.name;  // cools, never warms up
      previous_warmth = m.warmth;
      if (!m.holding) continue;
      any_hold = true;
      EXPECT_GT(m.hold_seconds, 0.0f);
      EXPECT_GE(m.hold_left, 0.0f);
      EXPECT_LE(m.hold_left, m.hold_seconds);
      const Moment later = Sample(routine, t + 0.1f);
      if (later.holding && later.step == m.step) {
        EXPECT_EQ(Solve(later.pose).near_leg.toe_tip.x, Solve(m.pose).near_leg.toe_tip.x);
      }
    }
    EXPECT_TRUE(any_hold || id == RoutineId::kPregnancyFoot) << routine.name;
    if (routine.during_cramp) {
      EXPECT_LT(Sample(routine, TotalSeconds(routine)).warmth, 0.3f);
    }
  }
}

TEST(StretchRoutines, EveryStepSpeaksBothLanguages) {
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    EXPECT_FALSE(core::i18n::AppTextEn(routine.title_key).empty()) << routine.title_key;
    EXPECT_FALSE(core::i18n::AppTextZhHans(routine.title_key).empty()) << routine.title_key;
    for (const Step& step : routine.steps) {
      EXPECT_FALSE(core::i18n::AppTextEn(step.text_key).empty()) << step.text_key;
      EXPECT_FALSE(core::i18n::AppTextZhHans(step.text_key).empty()) << step.text_key;
      for (const Segment& segment : step.segments) {
        if (segment.text_key.empty()) continue;
        EXPECT_FALSE(core::i18n::AppTextEn(segment.text_key).empty()) << segment.text_key;
        EXPECT_FALSE(core::i18n::AppTextZhHans(segment.text_key).empty()) << segment.text_key;
      }
    }
  }
}

TEST(StretchPose, InterpolationIsClampedToAnatomicalRanges) {
  Pose a, b;
  a.near_leg.ankle = -80.0f;
  b.near_leg.ankle = 90.0f;
  b.near_leg.knee = -20.0f;
  b.trunk = 200.0f;
  for (float u : {0.0f, 0.25f, 0.5f, 1.0f}) {
    const Pose p = Lerp(a, b, u);
    EXPECT_TRUE(InRange(p.near_leg.ankle, kAnkleRange)) << u;
    EXPECT_TRUE(InRange(p.near_leg.knee, kKneeRange)) << u;
    EXPECT_TRUE(InRange(p.trunk, kTrunkRange)) << u;
  }
  EXPECT_FLOAT_EQ(Lerp(a, b, 1.0f).near_leg.ankle, kAnkleRange.max);
  EXPECT_FLOAT_EQ(Lerp(a, b, 0.0f).near_leg.ankle, kAnkleRange.min);
  EXPECT_FLOAT_EQ(Ease(Easing::kInOut, 0.0f), 0.0f);
  EXPECT_FLOAT_EQ(Ease(Easing::kInOut, 1.0f), 1.0f);
  EXPECT_FLOAT_EQ(Ease(Easing::kInOut, 0.5f), 0.5f);
  // Time before the start or not a number shows the first pose.
  const Routine& toe = GetRoutine(RoutineId::kToe);
  EXPECT_EQ(Sample(toe, -5.0f).step, 0);
  EXPECT_EQ(Sample(toe, std::nanf("")).step, 0);
}

TEST(StretchScene, EveryMomentDrawsTheFigureAndTheWarmMuscleInsideTheView) {
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    for (float t : {0.0f, TotalSeconds(routine) * 0.5f, TotalSeconds(routine)}) {
      const Scene scene = BuildScene(routine, Sample(routine, t));
      int highlights = 0, arrows = 0;
      for (const Shape& shape : scene.shapes) {
        if (shape.paint == Paint::kHighlight) ++highlights;
        if (shape.paint == Paint::kArrow) ++arrows;
        if (shape.kind != ShapeKind::kCone || shape.paint == Paint::kArrow) continue;
        EXPECT_GE(shape.a.x, scene.view.min.x) << routine.name;
        EXPECT_LE(shape.a.x, scene.view.max.x) << routine.name;
        EXPECT_GE(shape.a.y, scene.view.min.y) << routine.name;
        EXPECT_LE(shape.a.y, scene.view.max.y) << routine.name;
      }
      EXPECT_GT(highlights, 0) << routine.name;
      EXPECT_GT(scene.shapes.size(), 20u);
      for (size_t i = 1; i < scene.shapes.size(); ++i)
        EXPECT_LE(scene.shapes[i - 1].layer, scene.shapes[i].layer);
      (void)arrows;
    }
  }
}


TEST(KeyPoses, EachStepsKeyMomentLiesInsideItsStepAndItsPoseIsTheOneShownThere) {
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    for (int step = 0; step < static_cast<int>(routine.steps.size()); ++step) {
      const float at = KeyTime(routine, step);
      EXPECT_GE(at, StepStart(routine, step)) << routine.name << " step " << step;
      EXPECT_LT(at, StepStart(routine, step) + StepSeconds(routine.steps[static_cast<size_t>(step)]));
      EXPECT_EQ(Sample(routine, at).step, step) << routine.name << " step " << step;
    }
  }
}

TEST(KeyPoses, ACardsStillShowsTheStretchHeldNotTheWayIntoIt) {
  // The toe routine reaches, bends, then holds: the still is the hold.
  const Routine& toe = GetRoutine(RoutineId::kToe);
  EXPECT_EQ(std::string(toe.steps[static_cast<size_t>(PreviewStep(toe))].text_key), "stretch.toe.hold");
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    const int step = PreviewStep(routine);
    ASSERT_GE(step, 0) << routine.name;
    ASSERT_LT(step, static_cast<int>(routine.steps.size())) << routine.name;
  }
}

}  // namespace
