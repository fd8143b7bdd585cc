// App: the pages and the frame. The bars and the column are in
// app_chrome.cpp, the storage notes in app_banners.cpp, the data actions in
// app_data_actions.cpp, scrolling (touch, More below) in scroll_region.cpp.
#include "app/app.h"

#include <imgui.h>

#include <utility>

#include "app/fonts.h"
#include "app/language.h"
#include "app/screens/stretches_page.h"
#include "app/screens/tab_pages.h"
#include "core/diary/timestamp.h"

namespace app {
namespace {

// No background: the frame is cleared to theme::kBackground already, and a second
// full-screen fill is what a software-rendered phone browser pays for every frame.
constexpr ImGuiWindowFlags kFixedWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
    ImGuiWindowFlags_NoBackground;

std::size_t IndexOf(Screen screen) {
  return static_cast<std::size_t>(screen);
}

// What Cramp now needs of the self-check: the pregnancy variant from the saved facts, the
// warning about a leg from the last result (until the next check is completed).
cramp::LastCheck LastCheckOf(const selfcheck::SelfCheckFlow& flow) {
  cramp::LastCheck last;
  const auto& pregnant = flow.SavedFacts().pregnant;
  last.pregnant = pregnant.IsAnswered() && pregnant.value;
  if (const core::triage::Assessment* result = flow.LastResult(); result && result->LegWarning()) {
    last.leg_warning = true;
    last.level = result->level;
    last.advice_keys = result->advice_keys;
  }
  return last;
}

}  // namespace

App::App(core::storage::Storage& storage, Platform& platform)
    : platform_(platform),
      clock_(platform.Clock()),
      diary_(storage),
      data_actions_{[this] { return platform_.CanSaveFiles(); },
                    [this](DataAction action) { RunDataAction(action); }, data_message_,
                    data_message_from_, [this] { return platform_.CanShareFiles(); }},
      installed_app_actions_{
          [this] {
            return InstalledAppState{
                installed_app_.can_install, installed_app_.installed,
                update_dismissed_ && installed_app_.update_ready && !WorkInProgress(),
                update_accepted_};
          },
          [this] { platform_.Install(); }, [this] { AcceptUpdate(); }},
      stretch_device_{
          nullptr,
          [this] { return !settings_.StretchMotion().value_or(!platform_.PrefersReducedMotion()); },
          [this](int milliseconds) { platform_.Vibrate(milliseconds); }},
      phone_line_{[this] { return platform_.CanCall(); },
                  [this](const std::string& digits) { platform_.Call(digits); }},
      cramp_(diary_, stretch_device_, phone_line_),
      import_(diary_),
      delete_all_(diary_, data_actions_, [this] { ForgetEverything(); }),
      entry_(diary_),
      log_past_(diary_) {
  settings_.SetLocale(platform_.Locale());
  tab_pages_[IndexOf(Screen::kHome)] = std::make_unique<screens::HomePage>(
      phone_line_, screens::RunningCramp{[this] { return cramp_.IsTiming(); },
                                         [this] { cramp_.ResumeOnEnter(); }});
  tab_pages_[IndexOf(Screen::kDiary)] =
      std::make_unique<screens::DiaryPage>(diary_, data_actions_, [this](const std::string& id) {
        entry_.Open(id);
        router_.GoTo(Screen::kEntry);
      });
  tab_pages_[IndexOf(Screen::kInsights)] = std::make_unique<screens::InsightsPage>(
      diary_, [this]() -> const core::diary::DiaryStats& { return diary_.Stats(CurrentNight()); },
      data_actions_);
  tab_pages_[IndexOf(Screen::kSelfCheck)] =
      std::make_unique<screens::SelfCheckPage>(selfcheck_, phone_line_, data_actions_);
  tab_pages_[IndexOf(Screen::kStretches)] =
      std::make_unique<screens::StretchesPage>(stretch_device_, settings_, data_actions_);
  tab_pages_[IndexOf(Screen::kSettings)] =
      std::make_unique<screens::SettingsPage>(screens::SettingsServices{
          settings_, diary_, data_actions_, installed_app_actions_, stretch_device_});

  // Saved after every change, not on exit: a phone may kill the page at any time.
  settings_.SetSaver([this](const std::string& json) { SaveMeta(kSettingsMetaKey, json); });
  selfcheck_.SetSaver([this](const char* key, const std::string& json) { SaveMeta(key, json); });
  selfcheck_.SetDiarySource([this] { return diary_.TriageFacts(CurrentNight()); });
  selfcheck_.SetTodaySource([this] { return Today(); });
  diary_.Load([this](const core::storage::Result&) {
    if (const std::string* json = diary_.Meta(kSettingsMetaKey)) settings_.LoadJson(*json);
    // When the facts were given: they are offered back counted forward from then.
    if (const std::string* dates = diary_.Meta(selfcheck::kFactDatesMetaKey))
      selfcheck_.SetFactDates(*dates);
    const std::string* answers = diary_.Meta(selfcheck::kLastAnswersMetaKey);
    if (answers != nullptr) selfcheck_.SetLastAnswers(*answers);
    // The last result, for Cramp now; answers saved by an older version are the last check's.
    const std::string* result = diary_.Meta(selfcheck::kLastResultMetaKey);
    if (result == nullptr) result = answers;
    if (result != nullptr) selfcheck_.SetLastResultAnswers(*result);
  });
}

// The one place that says which Page shows which Screen.
Page& App::CurrentPage() {
  switch (router_.Current()) {
    case Screen::kCramp:
      return cramp_;
    case Screen::kImport:
      return import_;
    case Screen::kDeleteAll:
      return delete_all_;
    case Screen::kEntry:
      return entry_;
    case Screen::kLogPast:
      return log_past_;
    default:
      return *tab_pages_[IndexOf(router_.Current())];
  }
}

core::diary::LocalDate App::Today() const {
  const core::WallClockReading now = clock_.Now();
  return core::diary::LocalDateAt(now.utc_seconds, now.offset_minutes);
}

core::diary::LocalDate App::CurrentNight() const {
  const core::WallClockReading now = clock_.Now();
  return core::diary::NightAt(now.utc_seconds, now.offset_minutes);
}

void App::Frame() {
  // The person's text size and language, applied before anything is laid out.
  SetTextScale(static_cast<float>(settings_.TextSizePercent()) / 100.0f);
  SetCurrentLanguage(settings_.Language());
  if (applied_language_ != settings_.Language()) {
    applied_language_ = settings_.Language();
    platform_.SetLanguage(core::i18n::LanguageTag(settings_.Language()));
  }
  // The installed app: a version waiting, the install prompt (the platform asks for a
  // frame when it changes).
  const Platform::InstalledApp installed = platform_.InstalledAppState();
  if (installed.update_ready != installed_app_.update_ready ||
      installed.can_install != installed_app_.can_install ||
      installed.installed != installed_app_.installed) {
    if (!installed.update_ready) update_accepted_ = false;  // the version went away
    installed_app_ = installed;
  }
  // Escape goes back, like the browser's back button (which the web shell turns into
  // GoBack() too); not while a text field has the keyboard.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::GetIO().WantTextInput) GoBack();

  // A page brought up between frames (a storage answer, the back button, Escape) is
  // guarded before it is drawn, and its count starts with this frame.
  GuardNewScreen();
  new_screen_.BeginFrame(clock_.MonotonicSeconds(), ImGui::IsMouseDown(ImGuiMouseButton_Left));

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("CrampCheck", nullptr, kFixedWindow);
  ImGui::PopStyleVar();

  cramp_.SetLastCheck(LastCheckOf(selfcheck_));
  if (shown_page_ == nullptr) shown_page_ = &CurrentPage();
  DrawTopBar();
  DrawContent();
  DrawNavigationBar();

  ImGui::End();
  DragToScroll();

  // A page the router brought up (this frame, or between frames when a storage answer
  // moved on): the one shown before leaves, the new one enters (unless it was there
  // before, under the one left) and is shown from its top.
  if (router_.Generation() != shown_generation_) {
    if (shown_generation_ != ~0u && shown_page_ != &CurrentPage()) shown_page_->Leave();
    shown_page_ = &CurrentPage();
    shown_generation_ = router_.Generation();
    if (!router_.CameBack()) CurrentPage().Enter();
    data_message_.clear();  // "Saved as ..." belongs to the page it was asked on
    scroll_to_top_ = true;
    shown_step_ = CurrentPage().StepKey();
  } else if (CurrentPage().StepKey() != shown_step_) {
    shown_step_ = CurrentPage().StepKey();
    scroll_to_top_ = true;
  }
  GuardNewScreen();  // this frame's taps opened it
}

void App::GuardNewScreen() {
  new_screen_.See(router_.Generation(), CurrentPage().StepKey(), clock_.MonotonicSeconds(),
                  ImGui::IsMouseDown(ImGuiMouseButton_Left));
}

void App::OpenLink(std::string_view link) {
  if (link == "cramp") router_.GoTo(Screen::kCramp);
}

bool App::WorkInProgress() const {
  if (!diary_.Unsaved().empty()) return true;
  // The browser refused storage: the diary lives only on this page, and a reload loses it.
  if (diary_.LoadResult().status == core::storage::Status::kUnavailable &&
      !diary_.Episodes().empty())
    return true;
  const Screen current = router_.Current();
  if (!IsTab(current)) return true;  // Cramp now, an entry, an import, delete everything
  const selfcheck::Stage stage = selfcheck_.CurrentStage();
  return current == Screen::kSelfCheck &&
         (stage == selfcheck::Stage::kFacts || stage == selfcheck::Stage::kPage);
}

bool App::OffersUpdate() const {
  return installed_app_.update_ready && !update_dismissed_ && !WorkInProgress();
}

bool App::GoBack() {
  return CurrentPage().Back() || router_.Back();
}

void App::SaveMeta(const char* key, const std::string& json) {
  diary_.PutMeta(key, json, [](const core::storage::Result&) {});
}

bool App::IsAnimating() const {
  // Only while a stretch figure moves; its holds tick (VisibleTick).
  return const_cast<App*>(this)->CurrentPage().Animating(clock_);
}

int App::VisibleTick() const {
  return const_cast<App*>(this)->CurrentPage().VisibleTick(clock_);
}

}  // namespace app
