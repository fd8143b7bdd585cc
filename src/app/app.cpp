#include "app/app.h"

#include <imgui.h>

#include <utility>

#include "app/fonts.h"
#include "app/screens/screens.h"
#include "app/theme.h"

namespace app {
namespace {

constexpr ImGuiWindowFlags kFixedWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;

struct Tab {
  Screen screen;
  const char* label;  // visible text + stable "###nav_*" id (DESIGN.md contract)
};

const Tab kTabs[] = {
    {Screen::kHome, "Home###nav_home"},
    {Screen::kDiary, "Diary###nav_diary"},
    {Screen::kSelfCheck, "Check###nav_selfcheck"},
    {Screen::kStretches, "Stretch###nav_stretches"},
    {Screen::kInsights, "Trends###nav_insights"},
};

}  // namespace

App::App(core::storage::Storage& storage) : storage_(storage) {
  storage_.Load([this](const core::storage::Result&, core::storage::Snapshot snapshot) {
    stored_ = std::move(snapshot);
    loaded_ = true;
  });
}

void App::Frame() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("CrampCheck", nullptr, kFixedWindow);
  ImGui::PopStyleVar();

  DrawTopBar();
  DrawScreen();
  DrawNavigationBar();

  ImGui::End();

  if (navigation_.Current() != shown_last_frame_) {
    shown_last_frame_ = navigation_.Current();
    state_changed_ = true;
  }
}

bool App::ConsumeStateChanged() {
  const bool changed = state_changed_;
  state_changed_ = false;
  return changed;
}

void App::DrawTopBar() {
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::SetCursorPos(ImVec2(16.0f, (theme::kTopBarHeight - ImGui::GetFontSize()) * 0.5f));
  ImGui::PushFont(GetFonts().large);
  ImGui::TextColored(theme::kAccent, "CrampCheck");
  ImGui::PopFont();

  const bool on_settings = navigation_.Current() == Screen::kSettings;
  const float button_width = 112.0f;
  ImGui::SetCursorPos(ImVec2(width - button_width - 8.0f, 4.0f));
  if (on_settings) ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  if (ImGui::Button("Settings###nav_settings", ImVec2(button_width, theme::kTopBarHeight - 8.0f)))
    navigation_.GoTo(Screen::kSettings);
  if (on_settings) ImGui::PopStyleColor();
}

void App::DrawScreen() {
  ImGui::SetCursorPos(ImVec2(0.0f, theme::kTopBarHeight));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBackground);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f, 8.0f));
  ImGui::BeginChild("##screen", ImVec2(0.0f, -theme::kNavBarHeight), ImGuiChildFlags_AlwaysUseWindowPadding);
  // A readable column on wide screens, the whole width on phones.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float column = avail < theme::kContentMaxWidth ? avail : theme::kContentMaxWidth;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - column) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushItemWidth(column);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  ImGui::PushID(ScreenId(navigation_.Current()));
  screens::ScreenContext context{navigation_, column};
  switch (navigation_.Current()) {
    case Screen::kHome: screens::DrawHome(context); break;
    case Screen::kDiary: screens::DrawDiary(context); break;
    case Screen::kInsights: screens::DrawInsights(context); break;
    case Screen::kSelfCheck: screens::DrawSelfCheck(context); break;
    case Screen::kStretches: screens::DrawStretches(context); break;
    case Screen::kSettings: screens::DrawSettings(context); break;
  }
  ImGui::PopID();
  ImGui::PopTextWrapPos();
  ImGui::PopItemWidth();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0.0f, 16.0f));
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void App::DrawNavigationBar() {
  const float width = ImGui::GetWindowWidth();
  const float top = ImGui::GetWindowHeight() - theme::kNavBarHeight;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetWindowPos();
  draw->AddRectFilled(ImVec2(origin.x, origin.y + top),
                      ImVec2(origin.x + width, origin.y + top + theme::kNavBarHeight),
                      ImGui::GetColorU32(theme::kSurface));

  const int count = static_cast<int>(sizeof kTabs / sizeof kTabs[0]);
  const float tab_width = width / static_cast<float>(count);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2.0f, 4.0f));
  for (int i = 0; i < count; ++i) {
    const Tab& tab = kTabs[i];
    const bool selected = navigation_.Current() == tab.screen;
    ImGui::SetCursorPos(ImVec2(tab_width * static_cast<float>(i), top));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::kAccent : theme::kTextMuted);
    if (ImGui::Button(tab.label, ImVec2(tab_width, theme::kNavBarHeight))) navigation_.GoTo(tab.screen);
    ImGui::PopStyleColor();
    if (selected) {
      const float x = origin.x + tab_width * static_cast<float>(i);
      draw->AddRectFilled(ImVec2(x + tab_width * 0.25f, origin.y + top),
                          ImVec2(x + tab_width * 0.75f, origin.y + top + 3.0f),
                          ImGui::GetColorU32(theme::kAccent), 2.0f);
    }
  }
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

}  // namespace app
