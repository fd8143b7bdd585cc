// Index of this file:
// [SECTION] Plain words: muscles, sides, triggers, stretch instructions
// [SECTION] Steps and back
// [SECTION] Where and which leg
// [SECTION] The stretch and the relief timer
// [SECTION] Saving
// [SECTION] Optional details

#include "app/language.h"
#include "app/cramp/cramp_flow.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "app/fonts.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"
#include "core/diary/uuid.h"
#include "core/triage/rules.h"
#include "core/triage/triage_text.h"

// [SECTION] Plain words: muscles, sides, triggers, stretch instructions
namespace app::cramp {
namespace {

using core::diary::Muscle;
using core::diary::Side;
using core::diary::Trigger;

// Ten minutes of stretching without relief is CLINICAL.md's cramp_persisting rule.
constexpr double kPersistingSeconds = core::triage::kCrampPersistingS;

struct TriggerChoice {
  Trigger trigger;
  const char* label;
};
const TriggerChoice kTriggerChoices[] = {
    {Trigger::kLongSitting, "Long sitting###trigger_long_sitting"},
    {Trigger::kLongStanding, "Long standing###trigger_long_standing"},
    {Trigger::kHardExercise, "Hard exercise###trigger_hard_exercise"},
    {Trigger::kLateNight, "Late night###trigger_late_night"},
    {Trigger::kPoorSleep, "Poor sleep###trigger_poor_sleep"},
    {Trigger::kCold, "Cold###trigger_cold"},
    {Trigger::kDehydration, "Not drinking enough###trigger_dehydration"},
    {Trigger::kAlcohol, "Alcohol###trigger_alcohol"},
    {Trigger::kNewMedicine, "New medicine###trigger_new_medicine"},
    {Trigger::kPregnancy, "Pregnancy###trigger_pregnancy"},
    {Trigger::kOther, "Something else###trigger_other"},
};

// What to do during the cramp, per muscle: the self-check's own advice lines (CLINICAL.md,
// "Self-care and stretches"), so the words are the same everywhere.
std::string StretchInstruction(Muscle muscle) {
  const char* key = "advice.during_cramp_calf";
  switch (muscle) {
    case Muscle::kToe:
    case Muscle::kFoot:
      key = "advice.during_cramp_foot";
      break;
    case Muscle::kCalfBack:
      key = "advice.during_cramp_calf";
      break;
    case Muscle::kCalfFront:
      key = "advice.during_cramp_shin";
      break;
    case Muscle::kThighBack:
    case Muscle::kThighFront:
    case Muscle::kOther:
      key = "advice.during_cramp_thigh";
      break;
  }
  return T(key);
}

void Centered(const char* text, FontRole font, const ImVec4& colour) {
  PushFont(font);
  const float width = ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                       std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
  ImGui::TextColored(colour, "%s", text);
  PopFont();
}

std::string NowUtc(const core::Clock& clock) {
  return core::diary::FormatUtcSeconds(clock.Now().utc_seconds);
}

}  // namespace

const char* SideLabel(core::diary::Side side) {
  switch (side) {
    case core::diary::Side::kLeft:
      return "left";
    case core::diary::Side::kRight:
      return "right";
    case core::diary::Side::kBoth:
      return "both legs";
  }
  return "";
}

std::string TriggerWords(Trigger trigger) {
  for (const TriggerChoice& choice : kTriggerChoices) {
    if (choice.trigger != trigger) continue;
    const std::string label = choice.label;
    return label.substr(0, label.find("###"));
  }
  return core::diary::Name(trigger);
}

const char* MuscleLabel(Muscle muscle) {
  switch (muscle) {
    case Muscle::kToe:
      return "Toes";
    case Muscle::kFoot:
      return "Foot (sole)";
    case Muscle::kCalfBack:
      return "Back of calf";
    case Muscle::kCalfFront:
      return "Front of calf (shin)";
    case Muscle::kThighBack:
      return "Back of thigh";
    case Muscle::kThighFront:
      return "Front of thigh";
    case Muscle::kOther:
      return "Somewhere else";
  }
  return "";
}

// [SECTION] Steps and back
void CrampFlow::Start() {
  ++save_generation_;
  start_ = core::diary::QuickLogStart{};
  still_cramping_ = false;
  persisting_ = -1;
  details_saved_ = false;
  show_triggers_ = false;
  save_error_.clear();
  GoTo(Step::kMuscle);
}

bool CrampFlow::TakeChange() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

void CrampFlow::GoTo(Step step) {
  step_ = step;
  changed_ = true;
}

bool CrampFlow::Back() {
  // Only the choice of leg has a step behind it; a running timer or a saved entry is left
  // the way it is left by the bars.
  if (step_ != Step::kSide) return false;
  GoTo(Step::kMuscle);
  return true;
}

void CrampFlow::Draw(PageContext& context) {
  switch (step_) {
    case Step::kMuscle:
      DrawMuscle();
      break;
    case Step::kSide:
      DrawSide(context);
      break;
    case Step::kStretching:
      DrawStretching(context);
      break;
    case Step::kSaving:
      DrawSaving();
      break;
    case Step::kSaveFailed:
      DrawSaveFailed(context);
      break;
    case Step::kDetails:
      DrawDetails(context);
      break;
  }
}

// [SECTION] Where and which leg
void CrampFlow::DrawMuscle() {
  widgets::Heading("Where is the cramp?");
  const float half = widgets::RowButtonWidth(2);
  int column = 0;
  for (Muscle muscle : core::diary::kAllMuscles) {
    char label[64];
    std::snprintf(label, sizeof label, "%s###muscle_%s", MuscleLabel(muscle),
                  core::diary::Name(muscle));
    if (column == 1) ImGui::SameLine();
    if (widgets::BigButton(label, muscle == Muscle::kCalfBack, half)) {
      start_.muscle = muscle;
      GoTo(Step::kSide);
    }
    column = 1 - column;
  }
}

void CrampFlow::DrawSide(PageContext& context) {
  char heading[96];
  std::snprintf(heading, sizeof heading, "%s: which leg?", MuscleLabel(start_.muscle));
  widgets::Heading(heading);
  const struct {
    Side side;
    const char* label;
  } sides[] = {{Side::kLeft, "Left###side_left"},
               {Side::kRight, "Right###side_right"},
               {Side::kBoth, "Both###side_both"}};
  const float third = widgets::RowButtonWidth(3);
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine();
    if (widgets::BigButton(sides[i].label, false, third)) {
      start_.side = sides[i].side;
      start_.started = context.clock.Now();
      timer_start_ = context.clock.MonotonicSeconds();
      GoTo(Step::kStretching);
    }
  }
  ImGui::Spacing();
  if (widgets::BigButton("Back###back")) GoTo(Step::kMuscle);
}

// [SECTION] The stretch and the relief timer
int CrampFlow::ElapsedWholeSeconds(const core::Clock& clock) const {
  return static_cast<int>(std::max(0.0, clock.MonotonicSeconds() - timer_start_));
}

void CrampFlow::DrawStretching(PageContext& context) {
  const double elapsed = std::max(0.0, context.clock.MonotonicSeconds() - timer_start_);
  widgets::Heading(MuscleLabel(start_.muscle));
  widgets::Paragraph(StretchInstruction(start_.muscle).c_str());
  char timer[32];
  const int seconds = static_cast<int>(elapsed);
  std::snprintf(timer, sizeof timer, "%d:%02d", seconds / 60, seconds % 60);
  ImGui::Spacing();
  Centered(timer, FontRole::kHeading, theme::kAccent);
  ImGui::Spacing();
  const auto text = CurrentLookup();
  if (elapsed >= kPersistingSeconds && persisting_ < 0) {
    // The self-check's own question, asked when it matters (CLINICAL.md "Questions").
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    widgets::Paragraph("10 minutes have passed. Is the cramp still going?");
    ImGui::PopStyleColor();
    widgets::Note(std::string(text("question.cramp_ongoing_over_10_min")).c_str());
    const float half = widgets::RowButtonWidth(2);
    if (widgets::BigButton("Yes, still going###answer_yes", false, half)) {
      persisting_ = 1;
      changed_ = true;
    }
    ImGui::SameLine();
    if (widgets::BigButton("No, it is easing###answer_no", false, half)) {
      persisting_ = 0;
      changed_ = true;
    }
  } else if (persisting_ == 1) {
    const std::string advice =
        core::triage::RegionText(text, "advice.level.urgent", context.region, CurrentLanguage()) + " " +
        std::string(text("rule.cramp_persisting")) + " (Mayo Clinic; NHS)";
    widgets::Callout((advice + "###cramp_persisting").c_str(), theme::kWarningPanel);
  } else if (still_cramping_) {
    widgets::Note(
        "Keep holding the stretch. Massage the muscle and warm it. When it eases, walk a little.");
  }
  if (widgets::BigButton("It has eased###cramp_done", true)) {
    episode_ = core::diary::MakeQuickEpisode(
        start_, context.clock.Now(), core::diary::NewUuidV4(core::diary::SystemRandomSource()));
    Save(context, Step::kDetails, /*is_new=*/true);
  }
  if (widgets::BigButton("Still cramping###cramp_still")) {
    still_cramping_ = true;
    changed_ = true;
  }
}

// [SECTION] Saving
void CrampFlow::Save(PageContext& context, Step after_success, bool is_new) {
  GoTo(Step::kSaving);
  const unsigned generation = save_generation_;
  // Whatever the person does meanwhile, the model keeps a failed entry until it is saved.
  auto done = [this, generation, after_success](const core::storage::Result& result) {
    if (generation != save_generation_) return;  // the person started a new cramp meanwhile
    // With storage off (private window) the entry lives on this page only: say so, do
    // not loop on "try again".
    if (model::Applied(result)) {
      kept_in_memory_only_ = !result.Ok();
      GoTo(after_success);
    } else {
      save_error_ = result.message.empty() ? "Saving failed." : result.message;
      GoTo(Step::kSaveFailed);
    }
  };
  if (is_new) {
    context.diary.Add(episode_, done);
  } else {
    context.diary.Update(episode_, done);
  }
}

void CrampFlow::DrawSaving() {
  widgets::Heading("Saving…");
  widgets::Note("Your entry is kept while it is written to this device.");
}

void CrampFlow::DrawSaveFailed(PageContext& context) {
  widgets::Heading("Not saved yet");
  widgets::Callout((save_error_ + "###save_error").c_str(), theme::kWarningPanel);
  widgets::Note(
      "Your entry is kept in the app until it can be saved. Free some space and try again.");
  if (widgets::BigButton("Try again###save_retry", true)) Save(context, Step::kDetails, false);
  if (widgets::BigButton("Later###skip")) context.navigation.GoTo(Screen::kHome);
}

// [SECTION] Optional details
void CrampFlow::DrawDetails(PageContext& context) {
  char saved[96];
  std::snprintf(saved, sizeof saved, "%s: %d:%02d, %s",
                kept_in_memory_only_ ? "Kept on this page" : "Saved", episode_.duration_s / 60,
                episode_.duration_s % 60, MuscleLabel(episode_.muscle));
  Centered(saved, FontRole::kLarge, theme::kAccent);
  widgets::Note(details_saved_ ? "Details saved. Rest well."
                               : "Add details now or later, or go back to sleep.");
  ImGui::Spacing();

  ImGui::TextUnformatted("How bad was it? (0 none, 10 worst)");
  const float sixth = widgets::RowButtonWidth(6);
  for (int pain = 0; pain <= 10; ++pain) {
    char label[24];
    std::snprintf(label, sizeof label, "%d###pain_%d", pain, pain);
    if (pain % 6 != 0) ImGui::SameLine();
    if (widgets::ToggleButton(label, episode_.pain == pain, sixth)) {
      episode_.pain = pain;
      changed_ = true;
    }
  }
  ImGui::Spacing();
  if (widgets::ToggleButton("It woke me up###woke_from_sleep", episode_.woke_from_sleep)) {
    episode_.woke_from_sleep = !episode_.woke_from_sleep;
    changed_ = true;
  }
  ImGui::Spacing();
  char triggers_label[64];
  std::snprintf(triggers_label, sizeof triggers_label,
                "Anything before it? (%d chosen)###details_triggers", episode_.triggers.Count());
  if (widgets::ToggleButton(triggers_label, show_triggers_)) {
    show_triggers_ = !show_triggers_;
    changed_ = true;
  }
  const float half = widgets::RowButtonWidth(2);
  for (size_t i = 0; show_triggers_ && i < std::size(kTriggerChoices); ++i) {
    const TriggerChoice& choice = kTriggerChoices[i];
    if (i % 2 == 1) ImGui::SameLine();
    if (widgets::ToggleButton(choice.label, episode_.triggers.Has(choice.trigger), half)) {
      if (episode_.triggers.Has(choice.trigger))
        episode_.triggers.Remove(choice.trigger);
      else
        episode_.triggers.Add(choice.trigger);
      changed_ = true;
    }
  }
  ImGui::Spacing();
  if (widgets::BigButton("Save details###save", true)) {
    episode_.updated_at = std::max(NowUtc(context.clock), episode_.created_at);
    details_saved_ = true;
    Save(context, Step::kDetails, /*is_new=*/false);
  }
  if (widgets::BigButton("Done###skip")) context.navigation.GoTo(Screen::kHome);
}

}  // namespace app::cramp
