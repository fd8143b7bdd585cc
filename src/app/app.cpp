#include "app/app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string_view>
#include <utility>

#include "app/data/doctor_report.h"
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

// No background: the frame is cleared to theme::kBackground already, and a second
// full-screen fill is what a software-rendered phone browser pays for every frame.
constexpr ImGuiWindowFlags kFixedWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
    ImGuiWindowFlags_NoBackground;

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
          // Ours that could not be written yet are not in the other tab's view: keep them.
          for (const core::diary::Episode& episode : unsaved_)
            core::storage::PutInto(stored_.episodes, episode);
        } else if (result.status == core::storage::Status::kVersionChanged) {
          storage_status_ = result;
        }
        MarkChanged();
      });
  storage_.Load([this](const core::storage::Result& result, core::storage::Snapshot snapshot) {
    storage_status_ = result;
    // Entries logged before the diary was read (a tap in the first second) are stored
    // already, but the read may have begun before they were: keep them in view.
    std::vector<core::diary::Episode> logged_meanwhile = std::move(stored_.episodes);
    stored_ = std::move(snapshot);
    for (const core::diary::Episode& episode : logged_meanwhile)
      core::storage::PutInto(stored_.episodes, episode);
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
    data_message_.clear();  // "Downloaded ..." belongs to the page it was asked on
    if (shown_last_frame_ == Screen::kDiary) entry_.ForgetDeleted();
    shown_last_frame_ = navigation_.Current();
    MarkChanged();
  }
  if (PageKey() != shown_page_) {
    shown_page_ = PageKey();
    scroll_to_top_ = true;
    MarkChanged();
  }
}

int App::PageKey() const {
  int step = 0;
  if (navigation_.Current() == Screen::kCramp) step = static_cast<int>(cramp_.CurrentStep());
  if (navigation_.Current() == Screen::kImport) step = static_cast<int>(import_.CurrentStep());
  if (navigation_.Current() == Screen::kDeleteAll)
    step = static_cast<int>(delete_all_.CurrentStep());
  if (navigation_.Current() == Screen::kEntry) step = static_cast<int>(entry_.CurrentStep());
  if (navigation_.Current() == Screen::kSelfCheck) {
    step = selfcheck_.PageKey();
  }
  return static_cast<int>(navigation_.Current()) * 100000 + step;
}

void App::MarkChanged() {
  state_changed_ = true;
  ++change_generation_;
}

// Every change to the diary marks the app changed, so the statistics (10,000 entries take a
// few ms in the browser) are worked out again only then, or on a new day.
const core::diary::DiaryStats& App::Stats() {
  const core::diary::LocalDate today = Today();
  if (!stats_ || stats_generation_ != change_generation_ || stats_->as_of != today) {
    stats_ = core::diary::ComputeStats(stored_.episodes, today);
    stats_generation_ = change_generation_;
  }
  return *stats_;
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
  data_message_ = where ? *where : std::string("Export failed: the file could not be written.");
  MarkChanged();
}

void App::SaveReport() {
  const core::diary::LocalDate today = Today();
  const auto last_answers = stored_.meta.find(selfcheck::kLastAnswersMetaKey);
  const std::string html = data::MakeDoctorReport(
      stored_.episodes, last_answers != stored_.meta.end() ? last_answers->second : "", today,
      core::diary::FormatUtcSeconds(clock_.Now().utc_seconds), settings_.EmergencyRegion());
  const std::optional<std::string> where =
      file_saver_(data::DoctorReportFileName(today), "text/html", html);
  data_message_ = where ? *where + " Open it to print it or to send it to your doctor."
                        : std::string("The report could not be written.");
  MarkChanged();
}

void App::RunDataAction(screens::DataAction action) {
  switch (action) {
    case screens::DataAction::kExportJson:
      ExportDiary(false);
      break;
    case screens::DataAction::kExportCsv:
      ExportDiary(true);
      break;
    case screens::DataAction::kReport:
      SaveReport();
      break;
    case screens::DataAction::kImport:
      if (file_opener_) {
        file_opener_();
      } else {
        import_.WaitForFile();
        navigation_.GoTo(Screen::kImport);
      }
      break;
    case screens::DataAction::kDeleteAll:
      delete_all_.Start();
      navigation_.GoTo(Screen::kDeleteAll);
      break;
  }
}

void App::OpenFile(std::string name, std::string content) {
  import_.Open(std::move(name), std::move(content), stored_.episodes);
  navigation_.GoTo(Screen::kImport);
  MarkChanged();
}

void App::OpenFileFailed(std::string name, std::string why) {
  import_.OpenFailed(std::move(name), std::move(why));
  navigation_.GoTo(Screen::kImport);
  MarkChanged();
}

void App::DrawImport() {
  bool finished = false;
  bool open_diary = false;
  data::ImportContext context{storage_, stored_.episodes, finished, open_diary};
  import_.Draw(context);
  if (import_.TakeChange()) MarkChanged();
  if (finished) navigation_.GoTo(Screen::kSettings);
  if (open_diary) navigation_.GoTo(Screen::kDiary);
}

void App::DrawDeleteAll() {
  bool finished = false;
  std::function<void()> export_first;
  if (file_saver_) export_first = [this] { ExportDiary(false); };
  data::DeleteAllContext context{
      storage_, stored_.episodes, export_first, data_message_, [this] { ForgetEverything(); },
      finished};
  delete_all_.Draw(context);
  if (delete_all_.TakeChange()) MarkChanged();
  if (finished) {
    navigation_.GoTo(delete_all_.CurrentStep() == data::DeleteAllFlow::Step::kDeleted
                         ? Screen::kHome
                         : Screen::kSettings);
  }
}

void App::DrawEntry() {
  bool back_to_diary = false;
  diary::EntryContext context{storage_, stored_.episodes, unsaved_, back_to_diary};
  entry_.Draw(context);
  if (entry_.TakeChange()) MarkChanged();
  if (back_to_diary || entry_.Deleted()) navigation_.GoTo(Screen::kDiary);
}

void App::DrawUndoDelete() {
  if (!entry_.Deleted()) return;
  const std::string text =
      entry_.UndoError().empty()
          ? std::string("Entry deleted.###entry_deleted")
          : "Entry deleted; undo failed: " + entry_.UndoError() + "###entry_deleted";
  widgets::Callout(text.c_str(), theme::kSurface);
  if (widgets::BigButton("Undo###entry_undo")) {
    bool unused = false;
    diary::EntryContext context{storage_, stored_.episodes, unsaved_, unused};
    entry_.Undo(context);
  }
  if (entry_.TakeChange()) MarkChanged();
  ImGui::Spacing();
}

void App::ForgetEverything() {
  load_problems_seen_ = true;  // the unreadable records went too
  stored_.episodes.clear();
  stored_.meta.clear();
  unsaved_.clear();
  unsaved_error_.clear();
  settings_.Reset();
  selfcheck_.ForgetLastAnswers();
  data_message_.clear();
  MarkChanged();
}

void App::DrawStorageBanner() {
  using core::storage::Status;
  const char* text = nullptr;
  switch (storage_status_.status) {
    case Status::kOk:
      DrawLoadProblems();
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
  // A lasting banner, found (and read) by its id.
  widgets::Callout(text, theme::kWarningPanel);
  if (storage_status_.status == Status::kUnavailable && file_saver_ && !stored_.episodes.empty()) {
    if (widgets::BigButton("Export what is on this page###banner_export")) ExportDiary(false);
  }
  if (storage_status_.status == Status::kVersionChanged && reloader_) {
    if (widgets::BigButton("Reload###storage_reload", true)) reloader_();
  }
  ImGui::Spacing();
}

// Stored records that could not be read were skipped, not deleted: say so (with the first
// one, for whoever looks into it) until the person has seen it, but not in the cramp flow.
void App::DrawLoadProblems() {
  if (storage_status_.message.empty() || load_problems_seen_) return;
  if (navigation_.Current() == Screen::kCramp) return;
  widgets::Callout((storage_status_.message + "###storage_problems").c_str(), theme::kWarningPanel);
  if (widgets::BigButton("OK###storage_problems_ok")) {
    load_problems_seen_ = true;
    MarkChanged();
  }
  ImGui::Spacing();
}

void App::DrawUnsavedBanner() {
  if (unsaved_.empty()) return;
  if (navigation_.Current() == Screen::kCramp && cramp_.ShowsSaveFailure()) return;
  const std::size_t count = unsaved_.size();
  std::string text = count == 1
                         ? "1 entry is not saved on this device yet."
                         : std::to_string(count) + " entries are not saved on this device yet.";
  if (!unsaved_error_.empty()) text += " " + unsaved_error_;
  text += " They stay here while this page is open. Free some space, then save them.";
  widgets::Callout((text + "###unsaved_banner").c_str(), theme::kWarningPanel);
  if (widgets::BigButton("Save them now###unsaved_retry", true)) SaveUnsaved();
  if (file_saver_) {
    if (widgets::BigButton("Export the diary###unsaved_export")) ExportDiary(false);
  }
  ImGui::Spacing();
}

void App::SaveUnsaved() {
  const std::vector<core::diary::Episode> batch = unsaved_;
  storage_.PutEpisodes(batch, [this, batch](const core::storage::Result& result) {
    // Storage turned off altogether: the storage banner tells the person instead.
    if (result.Ok() || result.status == core::storage::Status::kUnavailable) {
      for (const core::diary::Episode& saved : batch) {
        unsaved_.erase(std::remove_if(unsaved_.begin(), unsaved_.end(),
                                      [&](const auto& e) {
                                        return e.id == saved.id && e.updated_at == saved.updated_at;
                                      }),
                       unsaved_.end());
      }
      unsaved_error_.clear();
    } else {
      unsaved_error_ = result.message;
    }
    MarkChanged();
  });
}

bool App::IsAnimating() const {
  return false;  // no smooth animation yet (the stretch diagrams will have one)
}

int App::VisibleTick() const {
  if (navigation_.Current() != Screen::kCramp || !cramp_.IsTiming()) return -1;
  return cramp_.ElapsedWholeSeconds(clock_);
}

void App::DrawCramp() {
  bool finished = false;
  cramp::CrampContext context{storage_,  clock_,   stored_.episodes,
                              unsaved_, finished, settings_.EmergencyRegion()};
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
  PushFont(FontRole::kLarge);
  ImGui::TextColored(theme::kAccent, "CrampCheck");
  PopFont();

  // Import and "delete everything" are pages of Settings.
  const Screen current = navigation_.Current();
  const bool on_settings =
      current == Screen::kSettings || current == Screen::kImport || current == Screen::kDeleteAll;
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
  // Set before Begin so this very frame is laid out from the top (SetScrollY would only
  // take effect in the next one).
  if (scroll_to_top_) {
    ImGui::SetNextWindowScroll(ImVec2(-1.0f, 0.0f));
    scroll_to_top_ = false;
  }
  ImGui::BeginChild(kScreenChildName, ImVec2(0.0f, -theme::kNavBarHeight),
                    ImGuiChildFlags_AlwaysUseWindowPadding);
  // A readable column on wide screens, the whole width on phones.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float column = avail < theme::kContentMaxWidth ? avail : theme::kContentMaxWidth;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - column) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushItemWidth(column);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  DrawStorageBanner();
  DrawUnsavedBanner();
  if (navigation_.Current() == Screen::kDiary) DrawUndoDelete();
  ImGui::PushID(ScreenId(navigation_.Current()));
  screens::DataActions data{file_saver_ != nullptr,
                            [this](screens::DataAction action) { RunDataAction(action); },
                            data_message_};
  auto open_entry = [this](const std::string& id) {
    entry_.Open(id);
    navigation_.GoTo(Screen::kEntry);
  };
  screens::ScreenContext context{navigation_,
                                 column,
                                 settings_,
                                 selfcheck_,
                                 stored_.episodes,
                                 storage_.PersistenceStatus(),
                                 data,
                                 open_entry,
                                 [this]() -> const core::diary::DiaryStats& { return Stats(); }};
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
    case Screen::kImport:
      DrawImport();
      break;
    case Screen::kDeleteAll:
      DrawDeleteAll();
      break;
    case Screen::kEntry:
      DrawEntry();
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
