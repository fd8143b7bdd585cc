#include "app/entry/episode_details.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "app/entry/entry_choices.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/i18n/date_format.h"

namespace app::entry {
namespace {

void Centered(const char* text, FontRole font, const ImVec4& colour) {
  PushFont(font);
  const float width = ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                       std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
  ImGui::TextColored(colour, "%s", text);
  PopFont();
}

}  // namespace

void EpisodeDetails::Reset() {
  saved_ = false;
  show_triggers_ = false;
  show_more_ = false;
  notes_.Reset();
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

  PainPicker(episode);
  ImGui::Spacing();
  WokeToggle(episode);
  ImGui::Spacing();
  TriggerPicker(episode, show_triggers_);
  ImGui::Spacing();
  // What helped and notes, folded like the triggers: at 3 a.m. Save and Done stay in reach.
  if (widgets::ToggleButton((T("details.more") + "###details_more").c_str(), show_more_)) {
    show_more_ = !show_more_;
  }
  if (show_more_) {
    ReliefPicker(episode);
    ImGui::Spacing();
    notes_.Draw(episode);
  }
  ImGui::Spacing();
  if (widgets::BigButton((T("cramp.save_details") + "###save").c_str(), true)) return Action::kSave;
  if (widgets::BigButton((T("common.done") + "###skip").c_str())) return Action::kDone;
  return Action::kNone;
}

}  // namespace app::entry
