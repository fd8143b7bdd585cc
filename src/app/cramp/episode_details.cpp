#include "app/cramp/episode_details.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "app/cramp/cramp_flow.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/i18n/date_format.h"

namespace app::cramp {
namespace {

using core::diary::Trigger;

// The words for each trigger (the choices themselves are diary/detail_pickers.h's).
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

void Centered(const char* text, FontRole font, const ImVec4& colour) {
  PushFont(font);
  const float width = ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                       std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
  ImGui::TextColored(colour, "%s", text);
  PopFont();
}

}  // namespace

std::string TriggerWords(Trigger trigger) {
  for (const TriggerChoice& choice : kTriggerChoices) {
    if (choice.trigger != trigger) continue;
    return T(choice.key);
  }
  return core::diary::Name(trigger);
}

void EpisodeDetails::Reset() {
  saved_ = false;
  show_triggers_ = false;
  show_more_ = false;
  notes_.Reset();
}

bool EpisodeDetails::TakeChange() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

EpisodeDetails::Action EpisodeDetails::Draw(core::diary::Episode& episode,
                                            bool kept_in_memory_only) {
  const std::string duration = core::i18n::FormatDuration(CurrentLanguage(), episode.duration_s);
  const std::string saved_line =
      core::i18n::Fill(T("cramp.saved_line"),
                       {{"state", T(kept_in_memory_only ? "cramp.kept_on_page" : "cramp.saved")},
                        {"duration", duration},
                        {"muscle", MuscleLabel(episode.muscle)}});
  Centered(saved_line.c_str(), FontRole::kLarge, theme::kAccent);
  widgets::Note(T(saved_ ? "cramp.details_saved" : "cramp.add_details").c_str());
  ImGui::Spacing();

  changed_ |= diary::PainPicker(episode);
  ImGui::Spacing();
  changed_ |= diary::WokeToggle(episode);
  ImGui::Spacing();
  changed_ |= diary::TriggerPicker(episode, show_triggers_);
  ImGui::Spacing();
  // What helped and notes, folded like the triggers: at 3 a.m. Save and Done stay in reach.
  if (widgets::ToggleButton((T("details.more") + "###details_more").c_str(), show_more_)) {
    show_more_ = !show_more_;
    changed_ = true;
  }
  if (show_more_) {
    changed_ |= diary::ReliefPicker(episode);
    ImGui::Spacing();
    changed_ |= notes_.Draw(episode);
  }
  ImGui::Spacing();
  if (widgets::BigButton((T("cramp.save_details") + "###save").c_str(), true)) return Action::kSave;
  if (widgets::BigButton((T("common.done") + "###skip").c_str())) return Action::kDone;
  return Action::kNone;
}

}  // namespace app::cramp
