#include "app/call_button.h"

#include <algorithm>
#include <cfloat>

#include "app/fonts.h"
#include "app/language.h"
#include "app/text_wrap.h"
#include "app/theme.h"

namespace app {
namespace {

using core::triage::Level;

// Taller than any other button: the one tap that matters at 3 a.m.
constexpr float kMinHeight = 64.0f;
constexpr float kPadding = 16.0f;

struct CallWords {
  std::string_view number;  // as written: "999", "1800 022 222"
  std::string words;        // "Call 999 now"
  std::string note;         // "Emergency number: United Kingdom"
  Level level;
  const char* button_id;
  const char* shown_id;
};

CallWords WordsOf(CallKind kind, const core::triage::EmergencyRegion& region) {
  if (kind == CallKind::kEmergency) {
    return {region.number,
            T("result.call_now", region),
            core::i18n::Fill(T("result.emergency_number"), {{"name", RegionName(region)}}),
            Level::kEmergency,
            "call_emergency",
            "emergency_number"};
  }
  return {region.urgent_number,
          T("call.urgent_now", region),
          T("call.urgent_line", region),
          Level::kUrgent,
          "call_urgent",
          "urgent_number"};
}

// `text` broken into lines no wider than `width` in the current font (Chinese breaks between
// characters, which ImGui's own wrapping does not).
std::string Wrapped(const std::string& text, float width) {
  return HasCjk(text) ? WrapText(text, width) : text;
}

// The words at twice the body size, and always well above the person's own text size (the
// caption under them grows with it): the largest words on the screen, in every language.
constexpr float kWordsOverText = 1.6f;  // above the headings (26 / 18)
void PushCallFont() {
  const float scale = std::max(TextScale(), 0.01f);
  const float wanted = CallWordsFontSize(scale);
  ImGui::PushFont(FontOf(FontRole::kBody), wanted / scale);  // ImGui applies the scale itself
}

}  // namespace

float CallWordsFontSize(float text_scale) {
  return std::max(2.0f * theme::kBodyFontSize, kWordsOverText * theme::kBodyFontSize * text_scale);
}

ImVec4 LevelColour(Level level) {
  switch (level) {
    case Level::kEmergency:
      return ImVec4(0.92f, 0.26f, 0.24f, 1.0f);
    case Level::kUrgent:
      return ImVec4(0.96f, 0.52f, 0.22f, 1.0f);
    case Level::kSoon:
      return ImVec4(0.95f, 0.80f, 0.30f, 1.0f);
    case Level::kRoutine:
      return ImVec4(0.45f, 0.68f, 0.96f, 1.0f);
    case Level::kSelfCare:
      return ImVec4(0.42f, 0.80f, 0.52f, 1.0f);
  }
  return theme::kText;
}

bool HasCallNumber(CallKind kind, const core::triage::EmergencyRegion& region) {
  const std::string_view number =
      kind == CallKind::kEmergency ? region.number : region.urgent_number;
  return !core::triage::DialableNumber(number).empty();
}

void DrawCallButton(const PhoneLine& phone, CallKind kind,
                    const core::triage::EmergencyRegion& region) {
  if (!HasCallNumber(kind, region)) return;
  const CallWords call = WordsOf(kind, region);
  const bool can_call = phone.can_call && phone.can_call();
  std::string note = call.note;
  if (!can_call) note += (note.empty() ? "" : "\n") + T("call.by_hand");

  const float width = ImGui::GetContentRegionAvail().x;
  // A button is filled with the level's colour; the number shown without one has only a bar
  // of it beside the words, so it never looks like something to press.
  const float text_x = can_call ? kPadding : kPadding + 8.0f;
  const float inner = std::max(1.0f, width - text_x - kPadding);

  PushCallFont();
  const std::string words = Wrapped(call.words, inner);
  ImFont* big_font = ImGui::GetFont();
  const float big_size = ImGui::GetFontSize();
  const ImVec2 words_size = ImGui::CalcTextSize(words.c_str(), nullptr, false, inner);
  const bool one_line = ImGui::CalcTextSize(words.c_str()).x <= inner;
  ImGui::PopFont();
  const std::string note_lines = Wrapped(note, inner);
  const ImVec2 note_size = note_lines.empty()
                               ? ImVec2(0.0f, 0.0f)
                               : ImGui::CalcTextSize(note_lines.c_str(), nullptr, false, inner);
  const float gap = note_lines.empty() ? 0.0f : 6.0f;
  const float height = std::max(kMinHeight, 2.0f * kPadding + words_size.y + gap + note_size.y);

  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + height);
  const std::string label = call.words + "###" + (can_call ? call.button_id : call.shown_id);
  const bool pressed = ImGui::InvisibleButton(label.c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec4 colour = LevelColour(call.level);
  ImU32 ink = ImGui::GetColorU32(colour);
  if (can_call) {
    if (ImGui::IsItemActive())
      colour = ImVec4(colour.x * 0.8f, colour.y * 0.8f, colour.z * 0.8f, 1.0f);
    draw->AddRectFilled(min, max, ImGui::GetColorU32(colour), 14.0f);
    // Dark words: more contrast than white on both the red and the orange.
    ink = ImGui::GetColorU32(theme::kBackground);
  } else {
    draw->AddRectFilled(min, ImVec2(min.x + 6.0f, max.y), ink, 3.0f);
  }
  // One line is centred on a button; wrapped lines and the shown number read from the left.
  const bool centred = can_call && one_line;
  const float words_x = centred ? min.x + (width - words_size.x) * 0.5f : min.x + text_x;
  draw->AddText(big_font, big_size, ImVec2(words_x, min.y + kPadding), ink, words.c_str(), nullptr,
                inner);
  if (!note_lines.empty()) {
    const bool note_centred = centred && ImGui::CalcTextSize(note_lines.c_str()).x <= inner;
    const float note_x = note_centred ? min.x + (width - note_size.x) * 0.5f : min.x + text_x;
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                  ImVec2(note_x, min.y + kPadding + words_size.y + gap),
                  can_call ? ink : ImGui::GetColorU32(theme::kText), note_lines.c_str(), nullptr,
                  inner);
  }
  if (pressed && can_call && phone.call) phone.call(core::triage::DialableNumber(call.number));
}

}  // namespace app
