#include "app/entry/entry_choices.h"

#include <imgui.h>

#include <cstdio>
#include <string_view>
#include <vector>

#include "app/language.h"
#include "app/widgets.h"

namespace app::entry {
namespace {

using core::diary::Muscle;
using core::diary::Side;
using core::diary::Trigger;

// A table's text as a C string: the tables hold string literals, so it stays valid.
const char* Words(std::string_view key) {
  const std::string_view text = core::i18n::Text(CurrentLanguage(), key);
  return text.empty() ? "" : text.data();
}

// The words for each trigger (the choices themselves are detail_pickers.h's).
struct TriggerChoice {
  Trigger trigger;
  const char* key;
};

const TriggerChoice kTriggerChoices[] = {
    {Trigger::kLongSitting, "trigger.long_sitting"},
    {Trigger::kLongStanding, "trigger.long_standing"},
    {Trigger::kHardExercise, "trigger.hard_exercise"},
    {Trigger::kLateNight, "trigger.late_night"},
    {Trigger::kPoorSleep, "trigger.poor_sleep"},
    {Trigger::kCold, "trigger.cold"},
    {Trigger::kDehydration, "trigger.dehydration"},
    {Trigger::kAlcohol, "trigger.alcohol"},
    {Trigger::kNewMedicine, "trigger.new_medicine"},
    {Trigger::kPregnancy, "trigger.pregnancy"},
    {Trigger::kOther, "trigger.something_else"},
};

}  // namespace

const char* SideLabel(Side side) {
  switch (side) {
    case Side::kLeft:
      return Words("side.left");
    case Side::kRight:
      return Words("side.right");
    case Side::kBoth:
      return Words("side.both");
  }
  return "";
}

const char* MuscleLabel(Muscle muscle) {
  switch (muscle) {
    case Muscle::kToe:
      return Words("muscle.toe");
    case Muscle::kFoot:
      return Words("muscle.foot");
    case Muscle::kCalfBack:
      return Words("muscle.calf_back");
    case Muscle::kCalfFront:
      return Words("muscle.calf_front");
    case Muscle::kThighBack:
      return Words("muscle.thigh_back");
    case Muscle::kThighFront:
      return Words("muscle.thigh_front");
    case Muscle::kOther:
      return Words("muscle.elsewhere");
  }
  return "";
}

std::string TriggerWords(Trigger trigger) {
  for (const TriggerChoice& choice : kTriggerChoices) {
    if (choice.trigger != trigger) continue;
    return T(choice.key);
  }
  return core::diary::Name(trigger);
}

std::optional<Muscle> MuscleChoice() {
  std::optional<Muscle> chosen;
  const float half = widgets::RowButtonWidth(2);
  // The commonest place first, but looking like the others: an orange button here read as
  // already chosen. The rest keep the order of the leg, from the toes up.
  std::vector<Muscle> order = {Muscle::kCalfBack};
  for (Muscle muscle : core::diary::kAllMuscles)
    if (muscle != Muscle::kCalfBack) order.push_back(muscle);
  int column = 0;
  for (Muscle muscle : order) {
    char label[64];
    std::snprintf(label, sizeof label, "%s###muscle_%s", MuscleLabel(muscle),
                  core::diary::Name(muscle));
    if (column == 1) ImGui::SameLine();
    if (widgets::BigButton(label, false, half)) chosen = muscle;
    column = 1 - column;
  }
  return chosen;
}

std::optional<Side> SideChoice() {
  const struct {
    Side side;
    std::string label;
  } sides[] = {{Side::kLeft, T("cramp.side_left") + "###side_left"},
               {Side::kRight, T("cramp.side_right") + "###side_right"},
               {Side::kBoth, T("cramp.side_both") + "###side_both"}};
  std::optional<Side> chosen;
  const float third = widgets::RowButtonWidth(3);
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine();
    if (widgets::BigButton(sides[i].label.c_str(), false, third)) chosen = sides[i].side;
  }
  return chosen;
}

}  // namespace app::entry
