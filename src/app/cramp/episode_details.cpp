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

struct TriggerChoice {
  Trigger trigger;
  const char* key;
  const char* id;
  std::string Label() const { return T(key) + id; }
};

const TriggerChoice kTriggerChoices[] = {
    {Trigger::kLongSitting, "trigger.long_sitting", "###trigger_long_sitting"},
    {Trigger::kLongStanding, "trigger.long_standing", "###trigger_long_standing"},
    {Trigger::kHardExercise, "trigger.hard_exercise", "###trigger_hard_exercise"},
    {Trigger::kLateNight, "trigger.late_night", "###trigger_late_night"},
    {Trigger::kPoorSleep, "trigger.poor_sleep", "###trigger_poor_sleep"},
    {Trigger::kCold, "trigger.cold", "###trigger_cold"},
    {Trigger::kDehydration, "trigger.dehydration", "###trigger_dehydration"},
    {Trigger::kAlcohol, "trigger.alcohol", "###trigger_alcohol"},
    {Trigger::kNewMedicine, "trigger.new_medicine", "###trigger_new_medicine"},
    {Trigger::kPregnancy, "trigger.pregnancy", "###trigger_pregnancy"},
    {Trigger::kOther, "trigger.something_else", "###trigger_other"},
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

std::string ReliefWords(core::diary::Relief relief) {
  switch (relief) {
    case core::diary::Relief::kStretch:
      return T("relief.stretch");
    case core::diary::Relief::kMassage:
      return T("relief.massage");
    case core::diary::Relief::kHeat:
      return T("relief.heat");
    case core::diary::Relief::kWalking:
      return T("relief.walking");
    case core::diary::Relief::kNone:
      return T("relief.none");
    case core::diary::Relief::kOther:
      return T("relief.something_else");
  }
  return {};
}

void EpisodeDetails::Reset() {
  saved_ = false;
  show_triggers_ = false;
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

  ImGui::TextUnformatted(T("cramp.how_bad").c_str());
  const float sixth = widgets::RowButtonWidth(6);
  for (int pain = 0; pain <= 10; ++pain) {
    char label[24];
    std::snprintf(label, sizeof label, "%d###pain_%d", pain, pain);
    if (pain % 6 != 0) ImGui::SameLine();
    if (widgets::ToggleButton(label, episode.pain == pain, sixth)) {
      episode.pain = pain;
      changed_ = true;
    }
  }
  ImGui::Spacing();
  if (widgets::ToggleButton((T("cramp.woke") + "###woke_from_sleep").c_str(),
                            episode.woke_from_sleep)) {
    episode.woke_from_sleep = !episode.woke_from_sleep;
    changed_ = true;
  }
  ImGui::Spacing();
  const std::string triggers_label =
      core::i18n::Fill(T("cramp.triggers"), {{"count", std::to_string(episode.triggers.Count())}}) +
      "###details_triggers";
  if (widgets::ToggleButton(triggers_label.c_str(), show_triggers_)) {
    show_triggers_ = !show_triggers_;
    changed_ = true;
  }
  const float half = widgets::RowButtonWidth(2);
  for (size_t i = 0; show_triggers_ && i < std::size(kTriggerChoices); ++i) {
    const TriggerChoice& choice = kTriggerChoices[i];
    if (i % 2 == 1) ImGui::SameLine();
    if (widgets::ToggleButton(choice.Label().c_str(), episode.triggers.Has(choice.trigger), half)) {
      if (episode.triggers.Has(choice.trigger))
        episode.triggers.Remove(choice.trigger);
      else
        episode.triggers.Add(choice.trigger);
      changed_ = true;
    }
  }
  ImGui::Spacing();
  if (widgets::BigButton((T("cramp.save_details") + "###save").c_str(), true)) return Action::kSave;
  if (widgets::BigButton((T("common.done") + "###skip").c_str())) return Action::kDone;
  return Action::kNone;
}

}  // namespace app::cramp
