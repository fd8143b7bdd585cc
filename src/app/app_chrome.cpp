// The frame around every page: the top bar (name, Settings), the content column (readable
// width, centred on wide screens, scrolled by touch), and the navigation bar of tabs.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <utility>

#include "app/app.h"
#include "app/fonts.h"
#include "app/language.h"
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

// The column is the page's whole world while this lives: full-width buttons and children
// end at its right edge, not the window's, so on a wide screen the page sits centred.
class ColumnScope {
 public:
  explicit ColumnScope(float width) {
    ImGui::BeginGroup();
    window_ = ImGui::GetCurrentWindow();
    work_right_ = window_->WorkRect.Max.x;
    content_right_ = window_->ContentRegionRect.Max.x;
    window_->WorkRect.Max.x = window_->ContentRegionRect.Max.x = window_->DC.CursorPos.x + width;
  }
  ~ColumnScope() {
    window_->WorkRect.Max.x = work_right_;
    window_->ContentRegionRect.Max.x = content_right_;
    ImGui::EndGroup();
  }
  ColumnScope(const ColumnScope&) = delete;
  ColumnScope& operator=(const ColumnScope&) = delete;

 private:
  ImGuiWindow* window_ = nullptr;
  float work_right_ = 0.0f;
  float content_right_ = 0.0f;
};

}  // namespace

// The name of the content area's child window: touch scrolling looks for it.
extern const char* const kScreenChildName;
const char* const kScreenChildName = "##screen";

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
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f, 8.0f));
  // Set before Begin so this very frame is laid out from the top (SetScrollY would only
  // take effect in the next one).
  if (scroll_to_top_) {
    ImGui::SetNextWindowScroll(ImVec2(-1.0f, 0.0f));
    scroll_to_top_ = false;
  }
  Page& page = CurrentPage();
  const bool more_below = page.ShowsMoreBelow();
  const float cue = more_below ? widgets::MoreBelowHeight() : 0.0f;
  ImGui::BeginChild(kScreenChildName, ImVec2(0.0f, -theme::kNavBarHeight - cue),
                    ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGuiWindow* screen = ImGui::GetCurrentWindow();
  // A readable column on wide screens, centred; the whole width on phones.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float column = avail < theme::kContentMaxWidth ? avail : theme::kContentMaxWidth;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - column) * 0.5f);
  {
    ColumnScope in_column(column);
    ImGui::PushItemWidth(column);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    if (page.ShowsNotes()) {
      DrawStorageBanner();
      DrawUnsavedBanner();
    }
    DrawUpdateOffer();
    ImGui::PushID(ScreenId(router_.Current()));
    PageContext context = MakePageContext(column);
    page.Draw(context);
    ImGui::PopID();
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
  }
  ImGui::Dummy(ImVec2(0.0f, 16.0f));
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  if (more_below) {
    // Right under the content area (not an item's spacing below it: the navigation bar
    // follows), across the column's width (the column's place in the child's padding).
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y));
    ImGui::SetCursorPosX(16.0f + (avail - column) * 0.5f);
    ColumnScope in_column(column);
    widgets::MoreBelow(screen);
  }
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
  // Every tab's label at one size, as large as the text size asks while the widest fits.
  float scale = TextScale();
  for (const Tab& tab : kTabs)
    scale = std::min(scale, ScaleToFit(FontRole::kBody, tab.Label().c_str(), tab_width - 4.0f));
  PushFontCapped(FontRole::kBody, scale);
  for (int i = 0; i < count; ++i) {
    const Tab& tab = kTabs[i];
    const bool selected = router_.Current() == tab.screen;
    ImGui::SetCursorPos(ImVec2(tab_width * static_cast<float>(i), top));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::kAccent : theme::kTextMuted);
    if (ImGui::Button(tab.Label().c_str(), ImVec2(tab_width, theme::kNavBarHeight)))
      router_.GoTo(tab.screen);
    ImGui::PopStyleColor();
    if (selected) {
      const float x = origin.x + tab_width * static_cast<float>(i);
      draw->AddRectFilled(ImVec2(x + tab_width * 0.25f, origin.y + top),
                          ImVec2(x + tab_width * 0.75f, origin.y + top + 3.0f),
                          ImGui::GetColorU32(theme::kAccent), 2.0f);
    }
  }
  PopFont();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

}  // namespace app
