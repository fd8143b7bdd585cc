// The frame around every page: the top bar (name, Settings), the content column (readable
// width, centred on wide screens, scrolled by touch), and the navigation bar of tabs.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <utility>

#include "app/app.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/scroll_region.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app {
namespace {

struct Tab {
  Screen screen;
  const char* key;  // the visible text's key (app_text.h)
  const char* id;   // stable "###nav_*" id (DESIGN.md contract)
  std::string Label() const { return T(key) + id; }
};

const Tab kTabs[] = {
    {Screen::kHome, "nav.home", "###nav_home"},
    {Screen::kDiary, "nav.diary", "###nav_diary"},
    {Screen::kSelfCheck, "nav.selfcheck", "###nav_selfcheck"},
    {Screen::kStretches, "nav.stretches", "###nav_stretches"},
    {Screen::kInsights, "nav.insights", "###nav_insights"},
};

}  // namespace

void App::DrawTopBar() {
  const float width = ImGui::GetContentRegionAvail().x;
  // The bar keeps its height: its words grow with the text size only as far as they fit.
  constexpr float kMaxChromeScale = 1.25f;
  PushFontCapped(FontRole::kLarge, kMaxChromeScale);
  ImGui::SetCursorPos(ImVec2(16.0f, (theme::kTopBarHeight - ImGui::GetFontSize()) * 0.5f));
  ImGui::TextColored(theme::kAccent, "CrampCheck");
  PopFont();
  PushFontCapped(FontRole::kBody, kMaxChromeScale);

  // Import and "delete everything" are pages of Settings.
  const Screen current = router_.Current();
  const bool on_settings =
      current == Screen::kSettings || current == Screen::kImport || current == Screen::kDeleteAll;
  const std::string settings_label = T("nav.settings") + "###nav_settings";
  const char* settings = settings_label.c_str();
  const float button_width = std::max(112.0f, ImGui::CalcTextSize(settings, nullptr, true).x +
                                                  2.0f * ImGui::GetStyle().FramePadding.x);
  ImGui::SetCursorPos(ImVec2(width - button_width - 8.0f, 4.0f));
  if (on_settings) ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  if (ImGui::Button(settings, ImVec2(button_width, theme::kTopBarHeight - 8.0f)))
    router_.GoTo(Screen::kSettings);
  if (on_settings) ImGui::PopStyleColor();
  PopFont();
}

PageContext App::MakePageContext(float column_width) {
  return PageContext{router_, column_width, clock_, settings_.EmergencyRegion(),
                     settings_.Language()};
}

void App::DrawContent() {
  ImGui::SetCursorPos(ImVec2(0.0f, theme::kTopBarHeight));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBackground);
  constexpr ImVec2 kPadding(16.0f, 8.0f);
  // A readable column on wide screens, centred; the whole width on phones. The content area
  // spans the window (its scrollbar at the window's edge, the wheel scrolling it anywhere)
  // and its padding narrows what it lays out to the column: full-width buttons and children
  // end at the column's edge. Its width leaves out the scrollbar, which ImGui decides in
  // BeginChild from the content it saw the frame before (ScrollRegion::ScrollsNextFrame()).
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID scrollbar_key = ImGui::GetID("##screen_scrollbar");
  const float scrollbar = storage->GetFloat(scrollbar_key, 0.0f);
  const float avail = ImGui::GetContentRegionAvail().x - 2.0f * kPadding.x - scrollbar;
  const float margin =
      avail > theme::kContentMaxWidth ? (avail - theme::kContentMaxWidth) * 0.5f : 0.0f;
  Page& page = CurrentPage();
  const bool more_below = page.ShowsMoreBelow();
  const float cue = more_below ? widgets::MoreBelowHeight() : 0.0f;
  const float padded = kPadding.x + margin;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padded, kPadding.y));
  widgets::ScrollRegion screen("##screen", ImVec2(0.0f, -theme::kNavBarHeight - cue),
                               ImGuiChildFlags_AlwaysUseWindowPadding, scroll_to_top_);
  ImGui::PopStyleVar();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, kPadding);  // for windows inside
  scroll_to_top_ = false;
  const float column = ImGui::GetContentRegionAvail().x;
  const float column_x = ImGui::GetCursorScreenPos().x;
  ImGui::PushItemWidth(column);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  // Just after a new page or step appeared it looks the same but takes no tap (App's tap
  // guard). Its end needs no frame of its own: it changes nothing drawn, and the next tap's
  // frames ask again.
  const bool ignores_taps = NewScreenIgnoresTaps();
  if (ignores_taps) {
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);  // before: BeginDisabled applies it
    ImGui::BeginDisabled(true);
  }
  if (page.ShowsNotes()) {
    DrawStorageBanner();
    DrawUnsavedBanner();
  }
  DrawUpdateOffer();
  ImGui::PushID(ScreenId(router_.Current()));
  PageContext context = MakePageContext(column);
  page.Draw(context);
  ImGui::PopID();
  if (ignores_taps) {
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
  }
  ImGui::PopTextWrapPos();
  ImGui::PopItemWidth();
  ImGui::Dummy(ImVec2(0.0f, 16.0f));
  ImGui::PopStyleVar();
  screen.End();
  storage->SetFloat(scrollbar_key,
                    screen.ScrollsNextFrame() ? ImGui::GetStyle().ScrollbarSize : 0.0f);
  ImGui::PopStyleColor();
  if (more_below) {
    // Right under the content area (not an item's spacing below it: the navigation bar
    // follows), across the column's width.
    ImGui::SetCursorScreenPos(ImVec2(column_x, ImGui::GetItemRectMax().y));
    screen.MoreBelow(column);
  }
}

void App::DragToScroll() {
  widgets::EndTouchScrollFrame();
}

void App::DrawNavigationBar() {
  const float width = ImGui::GetWindowWidth();
  const float top = ImGui::GetWindowHeight() - theme::kNavBarHeight;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetWindowPos();
  draw->AddRectFilled(ImVec2(origin.x, origin.y + top),
                      ImVec2(origin.x + width, origin.y + top + theme::kNavBarHeight),
                      ImGui::GetColorU32(theme::kSurface));

  constexpr int kCount = static_cast<int>(sizeof kTabs / sizeof kTabs[0]);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2.0f, 4.0f));
  // Every tab's label at one size, as large as the text size asks while all of them fit side
  // by side with a gap between: each tab is as wide as its own label needs ("Home" narrower
  // than "Stretch") and the room left is shared, so the labels grow further than in five
  // equal tabs, and never touch.
  constexpr float kGap = 12.0f;
  std::array<float, kCount> label_widths{};
  float labels = 0.0f;
  PushFontCapped(FontRole::kBody, 1.0f);
  for (int i = 0; i < kCount; ++i) {
    label_widths[i] = ImGui::CalcTextSize(kTabs[i].Label().c_str(), nullptr, true).x;
    labels += label_widths[i];
  }
  PopFont();
  const float fit = labels > 0.0f ? (width - kGap * kCount) / labels : TextScale();
  const float scale = std::max(0.5f, std::min(TextScale(), fit));
  const float shared = std::max(0.0f, (width - labels * scale) / kCount);
  PushFontCapped(FontRole::kBody, scale);
  float x_in_bar = 0.0f;
  for (int i = 0; i < kCount; ++i) {
    const Tab& tab = kTabs[i];
    const bool selected = router_.Current() == tab.screen;
    // The last tab ends at the edge, whatever the rounding.
    const float tab_width = i + 1 == kCount ? width - x_in_bar : label_widths[i] * scale + shared;
    ImGui::SetCursorPos(ImVec2(x_in_bar, top));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::kAccent : theme::kTextMuted);
    if (ImGui::Button(tab.Label().c_str(), ImVec2(tab_width, theme::kNavBarHeight)))
      router_.GoTo(tab.screen);
    ImGui::PopStyleColor();
    if (selected) {
      const float x = origin.x + x_in_bar;
      draw->AddRectFilled(ImVec2(x + tab_width * 0.25f, origin.y + top),
                          ImVec2(x + tab_width * 0.75f, origin.y + top + 3.0f),
                          ImGui::GetColorU32(theme::kAccent), 2.0f);
    }
    x_in_bar += tab_width;
  }
  PopFont();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

}  // namespace app
