// The routines of CLINICAL.md "Self-care and stretches", in its words (the step keys'
// English text is in core/i18n/app_text_en.cpp). Each is written as the figure's moves
// from one pose to the next; the hold is where the ring counts down.
#include <functional>

#include "core/stretch/routine.h"

namespace core::stretch {
namespace {

// Writes a routine step by step, each move changing a copy of the pose before it.
class Writer {
 public:
  Writer(RoutineId id, std::string_view name, std::string_view title_key, Muscle muscle,
         bool during_cramp, const Pose& start)
      : pose_(start) {
    routine_.id = id;
    routine_.name = name;
    routine_.title_key = title_key;
    routine_.muscle = muscle;
    routine_.during_cramp = during_cramp;
    routine_.start = start;
  }
  Writer& Step(std::string_view key, Arrow arrow = Arrow::kNone, int repeat = 1) {
    routine_.steps.push_back({});
    routine_.steps.back().text_key = key;
    routine_.steps.back().arrow = arrow;
    routine_.steps.back().repeat = repeat;
    routine_.steps.back().stretched_far_leg = far_leg_;
    return *this;
  }
  // A new scene shown at once (the first pose of the step is `change` of the last one).
  Writer& Cut(const std::function<void(Pose&)>& change) {
    routine_.steps.back().cut = true;
    change(pose_);
    routine_.steps.back().segments.push_back({0.4f, pose_, Easing::kLinear, true, {}});
    return *this;
  }
  Writer& OtherLeg() {
    far_leg_ = true;
    routine_.steps.back().stretched_far_leg = true;
    return *this;
  }
  Writer& Move(float seconds, const std::function<void(Pose&)>& change,
               Easing easing = Easing::kInOut) {
    change(pose_);
    routine_.steps.back().segments.push_back({seconds, pose_, easing, false, {}});
    return *this;
  }
  Writer& Hold(float seconds, std::string_view text_key = {}) {
    routine_.steps.back().segments.push_back({seconds, pose_, Easing::kLinear, true, text_key});
    return *this;
  }
  Routine Done() { return routine_; }

 private:
  Routine routine_;
  Pose pose_;
  bool far_leg_ = false;
};

void Grip(Arm& arm, stretch::Grip grip, float slide = 0.0f) {
  arm.grip = grip;
  arm.blend = 1.0f;
  arm.slide = slide;
}
void BothHands(Pose& pose, stretch::Grip grip, float slide = 0.0f) {
  Grip(pose.near_arm, grip, slide);
  Grip(pose.far_arm, grip, slide);
}
// Sitting, the trunk leans at the hips: the thighs stay where they lie on the bed.
void Sit(Pose& pose, float trunk) {
  const float change = pose.trunk - trunk;
  pose.trunk = trunk;
  pose.near_leg.hip += change;
  pose.far_leg.hip += change;
}
// A leg's thigh at a world angle (0 = along the bed, towards the feet).
void Thigh(const Pose& pose, Leg& leg, float degrees) {
  leg.hip = degrees - (pose.trunk - 180.0f);
}

void LetGo(Pose& pose) {
  pose.near_arm.blend = 0.0f;
  pose.far_arm.blend = 0.0f;
}

// Sitting up on the bed, the near leg out in front, the far one a little bent beside it,
// hands resting on the bed.
Pose Seated() {
  Pose pose;
  pose.support = Support::kSeated;
  pose.trunk = 88.0f;
  pose.near_leg = {90.0f, 0.0f, 0.0f, 0.0f};
  pose.far_leg = {100.0f, 20.0f, -5.0f, 0.0f};
  pose.near_arm.shoulder = 20.0f;
  pose.near_arm.elbow = 10.0f;
  pose.far_arm = pose.near_arm;
  pose.props.bed = 1.0f;
  return pose;
}

// Standing, both feet flat, the supporting one at x = 0.
Pose Standing(Support support) {
  Pose pose;
  pose.support = support;
  pose.trunk = 90.0f;
  pose.near_leg = {0.0f, 0.0f, 0.0f, 0.0f};
  pose.far_leg = pose.near_leg;
  pose.near_arm.shoulder = 8.0f;
  pose.near_arm.elbow = 12.0f;
  pose.far_arm = pose.near_arm;
  return pose;
}

// Leaning the whole straight body `lean` degrees forward over the supporting foot, heel
// down: the ankle bends as much as the body leans.
void Lean(Pose& pose, Leg& back_leg, float lean) {
  pose.trunk = 90.0f - lean;
  back_leg.hip = 0.0f;
  back_leg.knee = 0.0f;
  back_leg.ankle = lean;
}

Routine Toe() {
  Pose start = Seated();
  start.near_leg = {0.0f, 38.0f, 10.0f, 0.0f};
  Thigh(start, start.near_leg, 16.0f);
  return Writer(RoutineId::kToe, "toe", "stretch.toe.title", Muscle::kSole, true, start)
      .Step("stretch.toe.reach")
      .Move(3.0f,
            [](Pose& p) {
              Sit(p, 46.5f);
              BothHands(p, Grip::kToes);
            })
      .Step("stretch.toe.bend", Arrow::kTowardBody)
      .Move(4.0f,
            [](Pose& p) {
              p.near_leg.toes = 65.0f;
              p.near_leg.ankle = 12.0f;
            })
      .Step("stretch.toe.hold", Arrow::kTowardBody)
      .Hold(90.0f)
      .Done();
}

Routine CalfBack() {
  Pose start = Seated();
  start.near_leg = {0.0f, 38.0f, 15.0f, 0.0f};
  Thigh(start, start.near_leg, 16.0f);
  return Writer(RoutineId::kCalfBack, "calf_back", "stretch.calf_back.title", Muscle::kCalfBack,
                true, start)
      .Step("stretch.calf_back.hold_foot")
      .Move(3.0f,
            [](Pose& p) {
              Sit(p, 46.5f);
              BothHands(p, Grip::kBall);
            })
      .Step("stretch.calf_back.pull", Arrow::kTowardBody)
      .Move(4.0f,
            [](Pose& p) {
              p.near_leg.ankle = 25.0f;
              p.near_leg.toes = 20.0f;
            })
      .Step("stretch.calf_back.straighten", Arrow::kKneeDown)
      .Move(4.0f,
            [](Pose& p) {
              Sit(p, 42.0f);
              Thigh(p, p.near_leg, 2.0f);
              p.near_leg.knee = 4.0f;
            })
      .Step("stretch.calf_back.hold", Arrow::kTowardBody)
      .Hold(60.0f)
      .Done();
}

Routine CalfBackPregnancy() {
  Pose start = Seated();
  Sit(start, 96.0f);
  start.props.bump = 1.0f;
  return Writer(RoutineId::kCalfBackPregnancy, "calf_back_pregnancy",
                "stretch.calf_back_pregnancy.title", Muscle::kCalfBack, true, start)
      .Step("stretch.calf_back_pregnancy.towel")
      .Move(3.0f,
            [](Pose& p) {
              p.props.towel = 1.0f;
              BothHands(p, Grip::kTowel);
            })
      .Step("stretch.calf_back_pregnancy.toes_up", Arrow::kTowardBody)
      .Move(6.0f,
            [](Pose& p) {
              p.near_leg.ankle = 18.0f;
              p.near_leg.toes = 10.0f;
            })
      .Step("stretch.calf_back_pregnancy.hold", Arrow::kTowardBody)
      .Hold(60.0f)
      .Done();
}

Routine CalfFront() {
  Pose start = Seated();
  start.trunk = 80.0f;
  start.near_leg = {0.0f, 80.0f, -20.0f, 0.0f};
  Thigh(start, start.near_leg, 40.0f);
  Writer writer(RoutineId::kCalfFront, "calf_front", "stretch.calf_front.title", Muscle::kCalfFront,
                true, start);
  writer.Step("stretch.calf_front.warm")
      .Move(3.0f,
            [](Pose& p) {
              Sit(p, 66.0f);
              p.props.heat = 1.0f;
              BothHands(p, Grip::kShin, 0.5f);
            })
      .Step("stretch.calf_front.massage", Arrow::kNone, 6)
      .Move(1.5f, [](Pose& p) { BothHands(p, Grip::kShin, 0.95f); })
      .Move(1.5f, [](Pose& p) { BothHands(p, Grip::kShin, 0.5f); })
      .Step("stretch.calf_front.point", Arrow::kPointToes)
      .Move(2.0f,
            [](Pose& p) {
              LetGo(p);
              p.props.heat = 0.0f;
              Sit(p, 84.0f);
            })
      .Move(4.0f,
            [](Pose& p) {
              p.near_leg = {0.0f, 10.0f, -45.0f, -25.0f};
              Thigh(p, p.near_leg, 6.0f);
            })
      .Step("stretch.calf_front.hold", Arrow::kPointToes)
      .Hold(20.0f);
  return writer.Done();
}

Routine ThighBack() {
  Pose start = Seated();
  start.far_leg = {95.0f, 5.0f, -5.0f, 0.0f};
  return Writer(RoutineId::kThighBack, "thigh_back", "stretch.thigh_back.title", Muscle::kThighBack,
                true, start)
      .Step("stretch.thigh_back.sit")
      .Move(2.5f,
            [](Pose& p) {
              Sit(p, 76.0f);
              BothHands(p, Grip::kShin, 0.0f);
            })
      .Step("stretch.thigh_back.lean", Arrow::kLeanForward)
      .Move(5.0f,
            [](Pose& p) {
              Sit(p, 50.0f);
              BothHands(p, Grip::kShin, 0.85f);
            })
      .Step("stretch.thigh_back.hold", Arrow::kLeanForward)
      .Hold(30.0f)
      .Step("stretch.thigh_back.massage")
      .Move(1.5f,
            [](Pose& p) {
              LetGo(p);
              Sit(p, 72.0f);
            })
      .Move(1.5f, [](Pose& p) { BothHands(p, Grip::kThigh, 0.3f); })
      .Move(1.5f, [](Pose& p) { BothHands(p, Grip::kThigh, 0.9f); })
      .Move(1.5f, [](Pose& p) { BothHands(p, Grip::kThigh, 0.3f); })
      .Move(1.5f, [](Pose& p) { BothHands(p, Grip::kThigh, 0.9f); })
      .Move(1.5f, [](Pose& p) { BothHands(p, Grip::kThigh, 0.3f); })
      .Done();
}

Routine ThighFront() {
  Pose start = Standing(Support::kFarFoot);
  start.props.wall = 1.0f;
  start.props.wall_x = 40.0f;
  return Writer(RoutineId::kThighFront, "thigh_front", "stretch.thigh_front.title",
                Muscle::kThighFront, true, start)
      .Step("stretch.thigh_front.steady")
      .Move(4.0f, [](Pose& p) { Grip(p.far_arm, Grip::kWall, 128.0f); })
      .Step("stretch.thigh_front.bend", Arrow::kHeelUp)
      .Move(2.5f,
            [](Pose& p) {
              p.near_leg = {-5.0f, 90.0f, -25.0f, 0.0f};
              p.near_arm.shoulder = -35.0f;
              p.near_arm.elbow = 30.0f;
            })
      .Move(2.5f,
            [](Pose& p) {
              p.near_leg = {-6.0f, 148.0f, -30.0f, 0.0f};
              Grip(p.near_arm, Grip::kAnkle);
            })
      .Step("stretch.thigh_front.hold", Arrow::kHeelUp)
      .Hold(30.0f)
      .Done();
}

// Facing the wall, hands on it, one foot back and flat; the far foot planted ahead.
Pose AtWall(bool far_leg_back, float lean) {
  Pose pose = Standing(far_leg_back ? Support::kFarFoot : Support::kNearFoot);
  pose.props.wall = 1.0f;
  pose.props.wall_x = 84.0f;
  Lean(pose, far_leg_back ? pose.far_leg : pose.near_leg, lean);
  pose.plant_other = 46.0f;
  BothHands(pose, Grip::kWall, 138.0f);
  return pose;
}

Routine Bedtime() {
  Pose start = Standing(Support::kNearFoot);
  start.props.wall = 1.0f;
  start.props.wall_x = 84.0f;
  start.plant_other = 0.1f;
  const auto lean_at_wall = [](float lean) {
    return [lean](Pose& p) {
      const bool far = p.support == Support::kFarFoot;
      Lean(p, far ? p.far_leg : p.near_leg, lean);
    };
  };
  Writer writer(RoutineId::kBedtime, "bedtime", "stretch.bedtime.title", Muscle::kCalfBack, false,
                start);
  writer.Step("stretch.bedtime.wall")
      .Move(4.0f, [](Pose& p) { p = AtWall(false, 8.0f); })
      .Step("stretch.bedtime.calf", Arrow::kLeanToWall, 3)
      .Move(2.0f, lean_at_wall(22.0f))
      .Hold(10.0f)
      .Move(2.0f, lean_at_wall(8.0f))
      .Hold(6.0f, "stretch.rest")
      .Step("stretch.bedtime.other_leg")
      .OtherLeg()
      .Cut([](Pose& p) { p = AtWall(true, 8.0f); })
      .Hold(2.0f)
      .Step("stretch.bedtime.calf", Arrow::kLeanToWall, 3)
      .Move(2.0f, lean_at_wall(22.0f))
      .Hold(10.0f)
      .Move(2.0f, lean_at_wall(8.0f))
      .Hold(6.0f, "stretch.rest");
  // The hamstrings, sitting: the near leg straight, the far knee up.
  writer.Step("stretch.bedtime.sit")
      .Cut([](Pose& p) {
        p = Seated();
        Sit(p, 78.0f);
        p.far_leg = {0.0f, 145.0f, -20.0f, 0.0f};
        Thigh(p, p.far_leg, 4.0f);
        BothHands(p, Grip::kShin, 0.0f);
      })
      .Move(3.0f, [](Pose& p) { Sit(p, 80.0f); })
      .Step("stretch.bedtime.hamstring", Arrow::kLeanForward, 3)
      .Move(2.0f,
            [](Pose& p) {
              Sit(p, 55.0f);
              BothHands(p, Grip::kShin, 0.8f);
            })
      .Hold(10.0f)
      .Move(2.0f,
            [](Pose& p) {
              Sit(p, 80.0f);
              BothHands(p, Grip::kShin, 0.0f);
            })
      .Hold(6.0f, "stretch.rest")
      .Step("stretch.bedtime.other_leg")
      .OtherLeg()
      .Cut([](Pose& p) {
        p = Seated();
        Sit(p, 80.0f);
        p.near_leg = {0.0f, 145.0f, -20.0f, 0.0f};
        Thigh(p, p.near_leg, 4.0f);
        Thigh(p, p.far_leg, 0.0f);
        p.far_leg.knee = 0.0f;
        BothHands(p, Grip::kShin, 0.0f);
        p.near_arm.far_leg = p.far_arm.far_leg = true;
      })
      .Hold(2.0f)
      .Step("stretch.bedtime.hamstring", Arrow::kLeanForward, 3)
      .Move(2.0f,
            [](Pose& p) {
              Sit(p, 55.0f);
              BothHands(p, Grip::kShin, 0.8f);
            })
      .Hold(10.0f)
      .Move(2.0f,
            [](Pose& p) {
              Sit(p, 80.0f);
              BothHands(p, Grip::kShin, 0.0f);
            })
      .Hold(6.0f, "stretch.rest");
  return writer.Done();
}

Routine PregnancyFoot() {
  Pose start = Seated();
  Sit(start, 98.0f);
  start.props.bump = 1.0f;
  start.near_arm.shoulder = -25.0f;
  start.near_arm.elbow = 5.0f;
  start.far_arm = start.near_arm;
  Writer writer(RoutineId::kPregnancyFoot, "pregnancy_foot", "stretch.pregnancy_foot.title",
                Muscle::kCalfBack, false, start);
  writer.Step("stretch.pregnancy_foot.sit").Move(2.0f, [](Pose& p) { Sit(p, 96.0f); });
  writer.Step("stretch.pregnancy_foot.flex", Arrow::kUpDown, 30)
      .Move(0.8f,
            [](Pose& p) {
              p.near_leg.ankle = 22.0f;
              p.near_leg.toes = 10.0f;
            })
      .Move(0.8f, [](Pose& p) {
        p.near_leg.ankle = -35.0f;
        p.near_leg.toes = -10.0f;
      });
  for (const auto& [key, arrow] :
       {std::pair{"stretch.pregnancy_foot.circle_one_way", Arrow::kCircleForward},
        std::pair{"stretch.pregnancy_foot.circle_other_way", Arrow::kCircleBack}}) {
    writer.Step(key, arrow, 8)
        .Move(0.6f,
              [](Pose& p) {
                p.near_leg.ankle = 15.0f;
                p.near_leg.toes = 0.0f;
              })
        .Move(0.6f, [](Pose& p) { p.near_leg.ankle = -5.0f; })
        .Move(0.6f, [](Pose& p) { p.near_leg.ankle = -30.0f; })
        .Move(0.6f, [](Pose& p) {
          p.near_leg.ankle = -35.0f;
          p.near_leg.toes = -10.0f;
        });
  }
  return writer.Done();
}

}  // namespace

const Routine& GetRoutine(RoutineId id) {
  static const Routine kRoutines[] = {Toe(),       CalfBack(),     CalfBackPregnancy(),
                                      CalfFront(), ThighBack(),    ThighFront(),
                                      Bedtime(),   PregnancyFoot()};
  for (const Routine& routine : kRoutines)
    if (routine.id == id) return routine;
  return kRoutines[0];
}

std::string_view Name(RoutineId id) {
  return GetRoutine(id).name;
}

std::optional<RoutineId> ParseRoutineId(std::string_view name) {
  for (RoutineId id : kAllRoutines)
    if (Name(id) == name) return id;
  return std::nullopt;
}

}  // namespace core::stretch
