#include "app/diary/detail_pickers.h"

#include <imgui.h>

#include <cstdio>
#include <optional>
#include <string>

#include "app/cramp/cramp_flow.h"
#include "app/language.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/entry_rules.h"

namespace app::diary {
namespace {

using core::diary::Episode;
using core::diary::Relief;

std::string Id(const char* prefix, const char* value) {
  return std::string("###") + prefix + value;
}

// The words for each relief: in running text ("Eased by stretching") and as a choice.
struct ReliefKeys {
  Relief relief;
  const char* words;
  const char* choice;
};
constexpr ReliefKeys kReliefKeys[] = {
    {Relief::kStretch, "relief.stretch", "relief_choice.stretch"},
    {Relief::kMassage, "relief.massage", "relief_choice.massage"},
    {Relief::kHeat, "relief.heat", "relief_choice.heat"},
    {Relief::kWalking, "relief.walking", "relief_choice.walking"},
    {Relief::kNone, "relief.none", "relief_choice.none"},
    {Relief::kOther, "relief.something_else", "relief_choice.something_else"},
};

const ReliefKeys& KeysOf(Relief relief) {
  for (const ReliefKeys& keys : kReliefKeys) {
    if (keys.relief == relief) return keys;
  }
  return kReliefKeys[4];  // never reached: every Relief is in the table
}

// Keeps the notes within the contract while the person types or pastes: ImGui's own
// buffer is cut, so what is shown is what will be saved.
struct NotesCallbackState {
  std::string* text;
  std::size_t cut_characters;
};

int NotesCallback(ImGuiInputTextCallbackData* data) {
  auto* state = static_cast<NotesCallbackState*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    state->text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = state->text->data();
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit &&
             static_cast<std::size_t>(data->BufTextLen) > core::diary::kMaxNotesBytes) {
    const core::diary::CutNotes cut = core::diary::CutNotesToLimit(
        std::string(data->Buf, static_cast<std::size_t>(data->BufTextLen)));
    const int kept = static_cast<int>(cut.text.size());
    state->cut_characters = cut.removed_characters;
    data->DeleteChars(kept, data->BufTextLen - kept);
  }
  return 0;
}

}  // namespace

std::string ReliefWords(Relief relief) {
  return T(KeysOf(relief).words);
}

bool PainPicker(Episode& episode) {
  bool changed = false;
  widgets::Paragraph(T("cramp.how_bad").c_str());
  const float sixth = widgets::RowButtonWidth(6);
  for (int pain = 0; pain <= core::diary::kMaxPain; ++pain) {
    char label[24];
    std::snprintf(label, sizeof label, "%d###pain_%d", pain, pain);
    if (pain % 6 != 0) ImGui::SameLine();
    if (widgets::ToggleButton(label, episode.pain == pain, sixth)) {
      episode.pain = pain;
      changed = true;
    }
  }
  ImGui::SameLine();
  if (widgets::ToggleButton((T("details.pain_not_rated") + "###pain_not_rated").c_str(),
                            !episode.pain.has_value())) {
    episode.pain.reset();
    changed = true;
  }
  return changed;
}

bool WokeToggle(Episode& episode) {
  if (!widgets::ToggleButton((T("cramp.woke") + "###woke_from_sleep").c_str(),
                             episode.woke_from_sleep))
    return false;
  episode.woke_from_sleep = !episode.woke_from_sleep;
  return true;
}

bool TriggerPicker(Episode& episode, bool& open) {
  bool changed = false;
  const std::string label =
      core::i18n::Fill(T("cramp.triggers"), {{"count", std::to_string(episode.triggers.Count())}}) +
      "###details_triggers";
  if (widgets::ToggleButton(label.c_str(), open)) {
    open = !open;
    changed = true;
  }
  if (!open) return changed;
  const float half = widgets::RowButtonWidth(2);
  int column = 0;
  for (const core::diary::Trigger trigger : core::diary::kAllTriggers) {
    if (column == 1) ImGui::SameLine();
    column = 1 - column;
    const std::string choice =
        cramp::TriggerWords(trigger) + Id("trigger_", core::diary::Name(trigger));
    if (!widgets::ToggleButton(choice.c_str(), episode.triggers.Has(trigger), half)) continue;
    if (episode.triggers.Has(trigger))
      episode.triggers.Remove(trigger);
    else
      episode.triggers.Add(trigger);
    changed = true;
  }
  return changed;
}

bool ReliefPicker(Episode& episode) {
  bool changed = false;
  widgets::Paragraph(T("details.relief").c_str());
  const float half = widgets::RowButtonWidth(2);
  int column = 0;
  for (const Relief relief : core::diary::kAllReliefs) {
    if (column == 1) ImGui::SameLine();
    column = 1 - column;
    const std::string label = T(KeysOf(relief).choice) + Id("relief_", core::diary::Name(relief));
    if (widgets::ToggleButton(label.c_str(), episode.relief == relief, half)) {
      episode.relief = relief;
      changed = true;
    }
  }
  if (episode.relief == Relief::kNone) return changed;
  widgets::Paragraph(T("details.helped").c_str());
  const float third = widgets::RowButtonWidth(3);
  const struct {
    std::optional<bool> value;
    const char* key;
    const char* id;
  } answers[] = {{true, "details.helped_yes", "###helped_yes"},
                 {false, "details.helped_no", "###helped_no"},
                 {std::nullopt, "details.helped_unknown", "###helped_unknown"}};
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine();
    const auto& answer = answers[i];
    if (widgets::ToggleButton((T(answer.key) + answer.id).c_str(),
                              episode.relief_helped == answer.value, third)) {
      episode.relief_helped = answer.value;
      changed = true;
    }
  }
  return changed;
}

bool NotesEditor::Draw(Episode& episode) {
  widgets::Paragraph(T("details.notes").c_str());
  NotesCallbackState state{&episode.notes, 0};
  const float height = ImGui::GetTextLineHeight() * 4.0f + ImGui::GetStyle().FramePadding.y * 2.0f;
  const bool edited = ImGui::InputTextMultiline(
      "###notes", episode.notes.data(), episode.notes.capacity() + 1, ImVec2(-1.0f, height),
      ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackEdit, NotesCallback, &state);
  if (state.cut_characters > 0) cut_characters_ = state.cut_characters;
  if (edited && state.cut_characters == 0 && episode.notes.size() < core::diary::kMaxNotesBytes)
    cut_characters_ = 0;  // typed again within the limit: the old cut is no longer news
  const std::string count = core::i18n::Fill(
      T("details.notes_count"), {{"used", std::to_string(episode.notes.size())},
                                 {"max", std::to_string(core::diary::kMaxNotesBytes)}});
  widgets::Callout((count + "###notes_count").c_str(), theme::kSurface);
  if (cut_characters_ > 0) {
    const std::string cut = core::i18n::Plural(CurrentLanguage(), "details.notes_cut",
                                               static_cast<long long>(cut_characters_));
    widgets::Callout((cut + "###notes_cut").c_str(), theme::kWarningPanel);
  }
  return edited;
}

}  // namespace app::diary
