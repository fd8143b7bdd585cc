#include "app/app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string_view>
#include <utility>

#include "app/fonts.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"
#include "core/diary/triage_facts.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"

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

// How far a finger moves before a press becomes a scroll, in CSS pixels.
constexpr float kDragScrollThreshold = 8.0f;

const char* kScreenChildName = "##screen";

void IgnoreSaveResult(const core::storage::Result&) {}

const core::Clock& SystemClock() {
  static const core::SystemClock clock;
  return clock;
}

}  // namespace

App::App(core::storage::Storage& storage) : App(storage, SystemClock()) {}

App::App(core::storage::Storage& storage, const core::Clock& clock)
    : storage_(storage), clock_(clock) {
  selfcheck_.SetDiarySource([this] { return core::diary::TriageFacts(stored_.episodes, Today()); });
  // Another tab saved something: show its entries (and keep ours: each write is one record).
  storage_.SetChangeListener(
      [this](const core::storage::Result& result, core::storage::Snapshot snapshot) {
        if (result.Ok()) {
          stored_.episodes = std::move(snapshot.episodes);
        } else if (result.status == core::storage::Status::kVersionChanged) {
          storage_status_ = result;
        }
        MarkChanged();
      });
  storage_.Load([this](const core::storage::Result& result, core::storage::Snapshot snapshot) {
    storage_status_ = result;
    stored_ = std::move(snapshot);
    if (auto found = stored_.meta.find(kSettingsMetaKey); found != stored_.meta.end())
      settings_.LoadJson(found->second);
    if (auto found = stored_.meta.find(selfcheck::kLastAnswersMetaKey); found != stored_.meta.end())
      selfcheck_.SetLastAnswers(found->second);
    loaded_ = true;
    MarkChanged();
  });
}

core::diary::LocalDate App::Today() const {
  if (today_) return *today_;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return core::diary::LocalDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

void App::Frame() {
  const unsigned changes_before = changes_;
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
  DragToScroll();
  SaveChanges();

  if (navigation_.Current() != shown_last_frame_) {
    // Every way into the cramp flow starts it afresh at "where is the cramp?".
    if (navigation_.Current() == Screen::kCramp) cramp_.Start();
    shown_last_frame_ = navigation_.Current();
    MarkChanged();
  }
  if (PageKey() != shown_page_) {
    shown_page_ = PageKey();
    scroll_to_top_ = true;
  }
  // A change made in this frame shows in the next one; ask for one frame more after that,
  // so the last frame drawn before idling is also the one items() reports (the recorder
  // publishes a frame's items when the following frame starts).
  if (changes_ != changes_before) {
    settle_frame_pending_ = true;
  } else if (settle_frame_pending_) {
    settle_frame_pending_ = false;
    state_changed_ = true;
  }
}

int App::PageKey() const {
  int step = 0;
  if (navigation_.Current() == Screen::kCramp) step = static_cast<int>(cramp_.CurrentStep());
  if (navigation_.Current() == Screen::kSelfCheck) {
    step = static_cast<int>(selfcheck_.CurrentStage()) * 1000;
    if (selfcheck_.CurrentStage() == selfcheck::Stage::kQuestion) step += selfcheck_.Position();
  }
  return static_cast<int>(navigation_.Current()) * 100000 + step;
}

void App::MarkChanged() {
  state_changed_ = true;
  ++changes_;
}

void App::SaveChanges() {
  // Saved after every change, not on exit: a phone may kill the page at any time.
  if (selfcheck_.ConsumeAnswersChanged())
    storage_.PutMeta(selfcheck::kLastAnswersMetaKey, selfcheck_.AnswersJson(), IgnoreSaveResult);
  if (settings_.ConsumeChanged()) {
    storage_.PutMeta(kSettingsMetaKey, settings_.ToJson(), IgnoreSaveResult);
    MarkChanged();
  }
  if (selfcheck_.ConsumeChanged()) MarkChanged();
}

void App::DragToScroll() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    drag_scroll_window_ = 0;
    return;
  }
  if (drag_scroll_window_ == 0) {
    if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, kDragScrollThreshold)) return;
    // The innermost scrollable window under the finger, if it is the content area or
    // inside it (never the bars).
    ImGuiWindow* target = g.HoveredWindow;
    while (target != nullptr && target->ScrollMax.y <= 0.0f) target = target->ParentWindow;
    bool in_content = false;
    for (ImGuiWindow* w = target; w != nullptr; w = w->ParentWindow) {
      if (std::strstr(w->Name, kScreenChildName) != nullptr) in_content = true;
    }
    if (target == nullptr || !in_content) return;
    drag_scroll_window_ = target->ID;
  }
  ImGuiWindow* window = ImGui::FindWindowByID(drag_scroll_window_);
  if (window == nullptr) {
    drag_scroll_window_ = 0;
    return;
  }
  ImGui::SetScrollY(window, window->Scroll.y - ImGui::GetIO().MouseDelta.y);
  ImGui::ClearActiveID();  // the button under the finger must not fire on release
  MarkChanged();
}

void App::ExportDiary(bool csv) {
  const core::diary::LocalDate today = Today();
  char name[64];
  std::snprintf(name, sizeof name, "crampcheck-%04d-%02d-%02d.%s", today.year, today.month,
                today.day, csv ? "csv" : "json");
  const std::string content =
      csv ? core::io::ExportDiaryCsv(stored_.episodes)
          : core::io::ExportDiaryJson(stored_.episodes,
                                      core::diary::FormatUtcSeconds(clock_.Now().utc_seconds));
  const std::optional<std::string> where =
      file_saver_(name, csv ? "text/csv" : "application/json", content);
  export_message_ = where ? *where : std::string("Export failed: the file could not be written.");
  MarkChanged();
}

void App::DrawStorageBanner() {
  using core::storage::Status;
  const char* text = nullptr;
  switch (storage_status_.status) {
    case Status::kOk:
      return;
    case Status::kUnavailable:
      text =
          "Saving is off in this browser (private window or a policy). Entries stay only "
          "until you close this page.###storage_banner";
      break;
    case Status::kVersionChanged:
      text =
          "A newer CrampCheck is open in another tab. Reload this page to keep "
          "saving.###storage_banner";
      break;
    case Status::kQuotaExceeded:
    case Status::kFailed:
      text = "Your diary could not be read. Nothing was deleted.###storage_banner";
      break;
  }
  // A lasting banner: wrapped text on an item of its own, so tests (and later a screen
  // reader mirror) find it by its id.
  const std::string_view full = text;
  const std::string_view words = full.substr(0, full.find("###"));
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 padding(14.0f, 12.0f);
  const ImVec2 text_size = ImGui::CalcTextSize(words.data(), words.data() + words.size(), false,
                                               width - 2.0f * padding.x);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const ImVec2 size(width, text_size.y + 2.0f * padding.y);
  ImGui::InvisibleButton("###storage_banner", size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(top_left, ImVec2(top_left.x + size.x, top_left.y + size.y),
                      ImGui::GetColorU32(ImVec4(0.35f, 0.22f, 0.08f, 1.0f)), 10.0f);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(top_left.x + padding.x, top_left.y + padding.y),
                ImGui::GetColorU32(theme::kText), words.data(), words.data() + words.size(),
                width - 2.0f * padding.x);
  if (storage_status_.status == Status::kUnavailable && file_saver_ && !stored_.episodes.empty()) {
    if (widgets::BigButton("Export what is on this page###banner_export")) ExportDiary(false);
  }
  ImGui::Spacing();
}

bool App::IsAnimating() const {
  return navigation_.Current() == Screen::kCramp && cramp_.IsTiming();
}

void App::DrawCramp() {
  bool finished = false;
  cramp::CrampContext context{storage_, clock_, stored_.episodes, finished};
  cramp_.Draw(context);
  if (cramp_.TakeChange()) MarkChanged();
  if (finished) navigation_.GoTo(Screen::kHome);
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
  ImGui::BeginChild(kScreenChildName, ImVec2(0.0f, -theme::kNavBarHeight),
                    ImGuiChildFlags_AlwaysUseWindowPadding);
  if (scroll_to_top_) {
    ImGui::SetScrollY(0.0f);
    scroll_to_top_ = false;
  }
  // A readable column on wide screens, the whole width on phones.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float column = avail < theme::kContentMaxWidth ? avail : theme::kContentMaxWidth;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - column) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushItemWidth(column);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  DrawStorageBanner();
  ImGui::PushID(ScreenId(navigation_.Current()));
  std::function<void(bool)> export_diary;
  if (file_saver_) export_diary = [this](bool csv) { ExportDiary(csv); };
  screens::ScreenContext context{navigation_,  column,           settings_,
                                 selfcheck_,   stored_.episodes, storage_.PersistenceStatus(),
                                 export_diary, export_message_};
  switch (navigation_.Current()) {
    case Screen::kHome:
      screens::DrawHome(context);
      break;
    case Screen::kDiary:
      screens::DrawDiary(context);
      break;
    case Screen::kInsights:
      screens::DrawInsights(context);
      break;
    case Screen::kSelfCheck:
      screens::DrawSelfCheck(context);
      break;
    case Screen::kStretches:
      screens::DrawStretches(context);
      break;
    case Screen::kSettings:
      screens::DrawSettings(context);
      break;
    case Screen::kCramp:
      DrawCramp();
      break;
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
    if (ImGui::Button(tab.label, ImVec2(tab_width, theme::kNavBarHeight)))
      navigation_.GoTo(tab.screen);
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
