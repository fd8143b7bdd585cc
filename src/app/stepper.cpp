#include "app/stepper.h"

#include <imgui.h>

#include <algorithm>

#include "app/fonts.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app::widgets {
namespace {

bool StepButton(const std::string& label, bool allowed, float width) {
  ImGui::BeginDisabled(!allowed);
  const bool pressed = BigButton(label.c_str(), false, width);
  ImGui::EndDisabled();
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
  if (StepButton("-###" + id + "_minus", can_decrease, button_width)) step = -1;
  ImGui::SameLine();
  if (!own_line) {
    const float row_top = ImGui::GetCursorPosY();
    PushFont(FontRole::kLarge);
    const float x = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(x + (middle - value_width) * 0.5f);
    ImGui::SetCursorPosY(row_top + (theme::kTouchTarget - ImGui::GetFontSize()) * 0.5f);
    ImGui::TextUnformatted(value.c_str());
    PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPos(ImVec2(x + middle + spacing, row_top));
  }
  if (StepButton("+###" + id + "_plus", can_increase, button_width)) step = 1;
  return step;
}

}  // namespace app::widgets
