#include "app/entry/detail_pickers.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "app/entry/entry_choices.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/text_wrap.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/entry_rules.h"

namespace app::entry {
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

// The ratings per row: six, or fewer where "10" would not fit in a sixth of the row at the
// person's text size (a smaller "10" than its neighbours reads as a lesser choice).
int PainColumns() {
  PushFont(FontRole::kLarge);
  const float widest = ImGui::CalcTextSize("10").x + 2.0f * ImGui::GetStyle().FramePadding.x;
  PopFont();
  for (const int columns : {6, 4})
    if (widgets::RowButtonWidth(columns) >= widest) return columns;
  return 3;
}

// Two reliefs a row, or one when a word of one would not fit half the row (200 % text on a
// small phone cut "Stretching" to "Stretchir"). The room left for a tick is kept.
std::size_t ReliefColumns() {
  const float room = widgets::RowButtonWidth(2) - 2.0f * ImGui::GetStyle().FramePadding.x -
                     1.5f * ImGui::GetFontSize();
  for (const ReliefKeys& keys : kReliefKeys) {
    const std::string words = T(keys.choice);
    std::size_t begin = 0;
    while (begin < words.size()) {
      const std::size_t end = std::min(words.find(' ', begin), words.size());
      if (ImGui::CalcTextSize(words.data() + begin, words.data() + end).x > room) return 1;
      begin = end + 1;
    }
  }
  return 2;
}

}  // namespace

std::string ReliefWords(Relief relief) {
  return T(KeysOf(relief).words);
}

std::string ReliefWords(const std::optional<Relief>& relief) {
  return relief ? ReliefWords(*relief) : T("entry.relief_not_answered");
}

bool PainPicker(Episode& episode) {
  widgets::Paragraph(T("cramp.how_bad").c_str());
  constexpr std::array<std::optional<int>, 11> kRatings = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  bool changed = ChooseOne(
      kRatings, PainColumns(),
      [](std::optional<int> pain) {
        const std::string number = std::to_string(pain.value_or(0));
        return number + "###pain_" + number;
      },
      episode.pain);
  // On a row of its own: in a digit's width the words would not fit at large text.
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
  const auto tapped = ToggleGrid(
      core::diary::kAllTriggers, 2,
      [](core::diary::Trigger t) { return TriggerWords(t) + Id("trigger_", core::diary::Name(t)); },
      [&episode](core::diary::Trigger t) { return episode.triggers.Has(t); });
  if (!tapped) return changed;
  if (episode.triggers.Has(*tapped))
    episode.triggers.Remove(*tapped);
  else
    episode.triggers.Add(*tapped);
  return true;
}

bool ReliefPicker(Episode& episode) {
  widgets::Paragraph(T("details.relief").c_str());
  // Nothing is ticked until the person answers: the relief stays null, never invented.
  const auto tapped = ToggleGrid(
      core::diary::kAllReliefs, ReliefColumns(),
      [](Relief r) { return T(KeysOf(r).choice) + Id("relief_", core::diary::Name(r)); },
      [&episode](Relief r) { return episode.relief == r; });
  if (tapped) episode.relief = *tapped;
  bool changed = tapped.has_value();
  if (!episode.relief || *episode.relief == Relief::kNone) return changed;
  widgets::Paragraph(T("details.helped").c_str());
  constexpr std::array<std::optional<bool>, 3> kAnswers = {true, false, std::nullopt};
  changed |= ChooseOne(
      kAnswers, 3,
      [](std::optional<bool> answer) {
        if (!answer) return T("details.helped_unknown") + "###helped_unknown";
        return *answer ? T("details.helped_yes") + "###helped_yes"
                       : T("details.helped_no") + "###helped_no";
      },
      episode.relief_helped);
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
  // The limit is in bytes (the stored format's); a person counts characters: a Chinese
  // one takes 3 bytes, so the room is told in Chinese characters when the note or the app
  // is Chinese.
  const size_t bytes_left =
      core::diary::kMaxNotesBytes - std::min(episode.notes.size(), core::diary::kMaxNotesBytes);
  const bool chinese = CurrentLanguage() == core::i18n::Language::kZhHans || HasCjk(episode.notes);
  const size_t bytes_per_character = chinese ? 3 : 1;
  const size_t characters_left = bytes_left / bytes_per_character;
  const std::string count = characters_left == 0
                                ? T("details.notes_full")
                                : core::i18n::Plural(CurrentLanguage(), "details.notes_left",
                                                     static_cast<long long>(characters_left));
  widgets::Callout((count + "###notes_count").c_str(), theme::kSurface);
  if (cut_characters_ > 0) {
    const std::string cut = core::i18n::Plural(CurrentLanguage(), "details.notes_cut",
                                               static_cast<long long>(cut_characters_));
    widgets::Callout((cut + "###notes_cut").c_str(), theme::kWarningPanel);
  }
  return edited;
}

}  // namespace app::entry
