#include "app/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "app/fonts.h"
#include "app/language.h"
#include "app/text_wrap.h"
#include "app/theme.h"

namespace app::widgets {
namespace {

// A chosen button's tick needs this much width, and keeps this margin free at each side.
constexpr float kTickButtonMinWidth = 120.0f;
constexpr float kTickMargin = 30.0f;

// Wrapped text: ImGui's own wrapping for English, ours for Chinese (text_wrap.h).
void WrappedText(const char* text) {
  if (!HasCjk(text)) {
    ImGui::TextWrapped("%s", text);
    return;
  }
  const std::string lines = WrapText(text, ImGui::GetContentRegionAvail().x);
  ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
}

// The widest line of `lines` ('\n'-separated) in the current font.
float WidestLine(const std::string& lines) {
  float widest = 0.0f;
  for (std::size_t start = 0; start <= lines.size();) {
    std::size_t stop = lines.find('\n', start);
    if (stop == std::string::npos) stop = lines.size();
    widest = std::max(widest, ImGui::CalcTextSize(lines.c_str() + start, lines.c_str() + stop).x);
    start = stop + 1;
  }
  return widest;
}

// A button whose words always show, inside it: in `font` on one line when they fit, else on
// as many centred lines as they need (the button grows taller), and a word too wide for the
// button even alone ("Somewhere" at 200 %, "10" in a row of eleven) in a smaller size. Long
// medicine names, larger text sizes and Chinese all end up here instead of being cut off or
// spilling over. `inset` keeps that much free at each side (a chosen button's tick). A button
// is never lower than a touch target for the full text size, so a row of them lines up.
bool FittedButton(const char* label, ImVec2 size, FontRole font, float inset = 0.0f) {
  const char* end = std::strstr(label, "###");
  if (end == nullptr) end = label + std::strlen(label);
  const std::string_view text(label, static_cast<std::size_t>(end - label));
  const ImGuiStyle& style = ImGui::GetStyle();
  // ImGui's convention: a negative width is "the available width less that much".
  if (size.x < 0.0f) size.x = std::max(4.0f, ImGui::GetContentRegionAvail().x + size.x);
  PushFont(font);
  size.y = std::max(size.y, theme::ButtonHeight(ImGui::GetFontSize()));
  const float room = std::max(1.0f, size.x - 2.0f * (style.FramePadding.x + inset));
  std::string words = WrapText(text, room);
  if (const float widest = WidestLine(words); widest > room) {
    PopFont();
    // Sizes are rounded to whole pixels when drawn: leave a little slack.
    PushFontCapped(font, std::max(0.3f, TextScale() * room / widest - 0.02f));
    words = WrapText(text, room);
  }
  const ImVec2 text_size = ImGui::CalcTextSize(words.c_str());
  if (words.find('\n') != std::string::npos)
    size.y = std::max(size.y, text_size.y + 2.0f * style.FramePadding.y + 12.0f);

  const ImVec2 min = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(label, size);
  const ImGuiCol colour = ImGui::IsItemActive()    ? ImGuiCol_ButtonActive
                          : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered
                                                   : ImGuiCol_Button;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), ImGui::GetColorU32(colour),
                      style.FrameRounding);
  const float left = min.x + style.FramePadding.x + inset;
  float y = min.y + (size.y - text_size.y) * 0.5f;
  for (std::size_t start = 0; start <= words.size();) {
    std::size_t stop = words.find('\n', start);
    if (stop == std::string::npos) stop = words.size();
    const char* line = words.c_str() + start;
    const char* line_end = words.c_str() + stop;
    const float line_width = ImGui::CalcTextSize(line, line_end).x;
    draw->AddText(ImVec2(left + std::max(0.0f, (room - line_width) * 0.5f), y),
                  ImGui::GetColorU32(ImGuiCol_Text), line, line_end);
    y += ImGui::GetTextLineHeight();
    start = stop + 1;
  }
  PopFont();
  return pressed;
}

}  // namespace

namespace {
bool ButtonIn(FontRole font, const char* label, bool primary, float width, float height) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1.0f, 0.78f, 0.48f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.86f, 0.60f, 0.28f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccentText);
  }
  const bool pressed =
      FittedButton(label, ImVec2(width, height > 0.0f ? height : theme::kTouchTarget), font);
  if (primary) ImGui::PopStyleColor(4);
  return pressed;
}

}  // namespace

bool BigButton(const char* label, bool primary, float width, float height) {
  return ButtonIn(FontRole::kLarge, label, primary, width, height);
}

bool CompactButton(const char* label, bool primary, float width) {
  return ButtonIn(FontRole::kBody, label, primary, width, 0.0f);
}

bool DangerButton(const char* label, float width) {
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kDanger);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.66f, 0.16f, 0.16f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.45f, 0.10f, 0.10f, 1.0f));
  const bool pressed = BigButton(label, false, width);
  ImGui::PopStyleColor(3);
  return pressed;
}

void Callout(const char* label, const ImVec4& background) {
  const char* end = std::strstr(label, "###");
  if (end == nullptr) end = label + std::strlen(label);
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 padding(14.0f, 12.0f);
  std::string words(label, end);
  if (HasCjk(words)) words = WrapText(words, width - 2.0f * padding.x);
  const ImVec2 text_size =
      ImGui::CalcTextSize(words.c_str(), nullptr, false, width - 2.0f * padding.x);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const ImVec2 size(width, text_size.y + 2.0f * padding.y);
  ImGui::InvisibleButton(label, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(top_left, ImVec2(top_left.x + size.x, top_left.y + size.y),
                      ImGui::GetColorU32(background), 10.0f);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(top_left.x + padding.x, top_left.y + padding.y),
                ImGui::GetColorU32(theme::kText), words.c_str(), nullptr, width - 2.0f * padding.x);
}

void Heading(const char* text) {
  PushFont(FontRole::kHeading);
  WrappedText(text);
  PopFont();
  ImGui::Spacing();
}

void Paragraph(const char* text) {
  WrappedText(text);
}

void Note(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  WrappedText(text);
  ImGui::PopStyleColor();
}

bool ToggleButton(const char* label, bool selected, float width) {
  // Chosen: a lighter fill, a thick accent border and a tick in a margin of its own at the
  // left (the words are centred in what is left, never under the tick); narrow buttons (a
  // digit) have no room for a tick and get an underline instead: never colour alone.
  if (width < 0.0f) width = std::max(4.0f, ImGui::GetContentRegionAvail().x + width);
  const bool with_tick = width >= kTickButtonMinWidth;
  if (selected) ImGui::PushStyleColor(ImGuiCol_Button, theme::kSurfaceActive);
  const bool pressed = FittedButton(label, ImVec2(width, theme::kTouchTarget), FontRole::kLarge,
                                    selected && with_tick ? kTickMargin : 0.0f);
  if (selected) {
    ImGui::PopStyleColor();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 accent = ImGui::GetColorU32(theme::kAccent);
    draw->AddRect(min, max, accent, ImGui::GetStyle().FrameRounding, 0, 3.0f);
    const float mid = (min.y + max.y) * 0.5f;
    if (!with_tick) {
      draw->AddLine(ImVec2(min.x + 12.0f, max.y - 9.0f), ImVec2(max.x - 12.0f, max.y - 9.0f),
                    accent, 3.0f);
      return pressed;
    }
    const ImVec2 tick[3] = {ImVec2(min.x + 14.0f, mid), ImVec2(min.x + 21.0f, mid + 7.0f),
                            ImVec2(min.x + 34.0f, mid - 8.0f)};
    draw->AddPolyline(tick, 3, accent, ImDrawFlags_None, 3.5f);
  }
  return pressed;
}

void KeepInPlace(bool chosen_now) {
  // In the scrolled window's own storage: which control, where it was, for how many frames
  // more (the new size is applied from the next frame; a scroll set now shows in the next).
  constexpr int kFrames = 4;
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID which = ImGui::GetID("##keep_in_place_item");
  const ImGuiID where = ImGui::GetID("##keep_in_place_y");
  const ImGuiID frames = ImGui::GetID("##keep_in_place_frames");
  const int item = static_cast<int>(ImGui::GetItemID());
  const float y = ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y;  // from the window's top
  if (chosen_now) {
    storage->SetInt(which, item);
    storage->SetFloat(where, y);
    storage->SetInt(frames, kFrames);
    return;
  }
  const int left = storage->GetInt(frames, 0);
  if (left <= 0 || storage->GetInt(which, 0) != item) return;
  storage->SetInt(frames, left - 1);
  const float drift = y - storage->GetFloat(where);
  if (drift > 0.5f || drift < -0.5f) ImGui::SetScrollY(ImGui::GetScrollY() + drift);
}

float RowButtonWidth(int count) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  return count > 0 ? (avail - spacing * static_cast<float>(count - 1)) / static_cast<float>(count)
                   : avail;
}

void Bullet(const char* text) {
  ImGui::Bullet();
  WrappedText(text);
}

}  // namespace app::widgets
