#include "app/stepper.h"

#include <imgui.h>

#include <algorithm>

#include "app/fonts.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app::widgets {
namespace {

bool StepButton(const std::string& label, bool allowed, float width) {
  // Dimmed by its own alpha, not BeginDisabled's: inside App's tap guard (a page disabled at
  // full alpha) a nested BeginDisabled dims nothing, and the button would look usable.
  if (!allowed)
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * theme::kDisabledAlpha);
  ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);
  ImGui::BeginDisabled(!allowed);
  const bool pressed = BigButton(label.c_str(), false, width);
  ImGui::EndDisabled();
  ImGui::PopStyleVar(allowed ? 1 : 2);
  return pressed && allowed;
}

}  // namespace

int Stepper(const std::string& id, const std::string& value, bool can_decrease, bool can_increase) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float button = std::max(theme::kTouchTarget * 1.25f, width * 0.22f);
  const float middle = width - 2.0f * (button + spacing);
  PushFont(FontRole::kLarge);
  const float value_width = ImGui::CalcTextSize(value.c_str()).x;
  const bool own_line = value_width > middle;
  if (own_line) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - value_width) * 0.5f));
    ImGui::TextWrapped("%s", value.c_str());
  }
  PopFont();
  int step = 0;
  const float button_width = own_line ? RowButtonWidth(2) : button;
  // U+2212, the minus sign: as wide and heavy as the "+" beside it (a hyphen is not).
  if (StepButton("\xE2\x88\x92###" + id + "_minus", can_decrease, button_width)) step = -1;
  if (!own_line) {
    // Drawn, not laid out as text: text after a button on one line is moved down to the
    // button's baseline, and the value belongs in the middle of the row.
    ImGui::SameLine();
    const ImVec2 corner = ImGui::GetCursorScreenPos();
    const float row_height = ImGui::GetItemRectSize().y;
    ImGui::Dummy(ImVec2(middle, row_height));
    PushFont(FontRole::kLarge);
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(corner.x + (middle - value_width) * 0.5f,
               corner.y + (row_height - ImGui::GetFontSize()) * 0.5f),
        ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
    PopFont();
  }
  ImGui::SameLine();
  if (StepButton("+###" + id + "_plus", can_increase, button_width)) step = 1;
  return step;
}

}  // namespace app::widgets
