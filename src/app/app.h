#pragma once
// The whole user interface, one call a frame. Platform mains (src/platform/*) own the
// window, the GL context and the loop; they call App::Frame() between ImGui::NewFrame()
// and ImGui::Render() and never reach into screens.
//
// Where things live: each screen is a Page (page.h), made here with what it works with
// (page_services.h) and chosen by the Router; the diary and every write to it go through
// model::DiaryModel; making an entry is entry/ (save_step.h, entry_choices.h); the bars and the
// content column are app_chrome.cpp, the storage notes app_banners.cpp, export / report /
// import / delete-everything app_data_actions.cpp, scrolling (touch, More below) scroll_region.h.
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

#include "app/app_settings.h"
#include "app/cramp/cramp_flow.h"
#include "app/data/delete_all_flow.h"
#include "app/data/import_flow.h"
#include "app/diary/entry_page.h"
#include "app/diary/log_past_flow.h"
#include "app/model/diary_model.h"
#include "app/new_screen_guard.h"
#include "app/page.h"
#include "app/page_services.h"
#include "app/platform.h"
#include "app/router.h"
#include "app/selfcheck/selfcheck_flow.h"
#include "core/clock.h"
#include "core/diary/civil_date.h"
#include "core/storage/storage.h"

namespace app {

class App {
 public:
  // Loads everything from `storage` and shows home. Both must outlive the app; `platform`
  // brings the clock, the locale and the device's services (platform.h).
  App(core::storage::Storage& storage, Platform& platform);

  // True once storage has answered the first load (successfully or not): the app can be
  // used. window.crampcheck.ready waits for this and a drawn frame.
  bool IsLoaded() const { return diary_.Loaded(); }

  // Builds this frame's UI: top bar, the current page, the navigation bar.
  void Frame();

  // The stable screen name of window.crampcheck.screen(), e.g. "home".
  const char* ScreenName() const { return ScreenId(router_.Current()); }
  // One step back (Escape, the browser's back button): inside the page first, then the
  // router's previous page. False when there is nowhere to go back to.
  bool GoBack();
  // How many pages the router holds (the browser keeps as many history entries).
  std::size_t RouterDepth() const { return router_.Depth(); }

  // What the shell draws for, besides input and answers (app/redraw_policy.h); the app
  // never says that it changed. True while something moves smoothly (a stretch figure):
  // the platform draws every frame.
  bool IsAnimating() const;
  // Changes whenever the picture changes by itself at a slower pace (the relief timer's
  // whole seconds); -1 while nothing on screen changes by itself. The platform draws one
  // frame per change (RedrawPolicy::SetTick).
  int VisibleTick() const;

  // The device's locale changed (the browser's languagechange): it picks the emergency
  // number until the person chooses a region in Settings. Read from the platform at start.
  void SetLocale(std::string_view locale) { settings_.SetLocale(locale); }

  // Opens the page a link names (the manifest's "Cramp now" shortcut and bookmarks:
  // ?start=cramp): "cramp" is Cramp now at "where is the cramp?". Anything else stays home.
  void OpenLink(std::string_view link);

  // Whether the person is in the middle of something a reload would lose: the Cramp-now
  // flow, an entry, an import or "delete everything", a self-check under way, entries not
  // saved yet, or a diary kept only on this page (storage refused). The update offer waits
  // until this is false.
  bool WorkInProgress() const;
  // The update offer (###update_reload) is on screen.
  bool OffersUpdate() const;

  // A file to import (picked, or dropped on the window): shows what it would add.
  void OpenFile(std::string name, std::string content);
  void OpenFileFailed(std::string name, std::string why);

  // The stretch figures' renderer, made by the platform once it has a GL context (null:
  // the words are shown instead). It must outlive the app's frames.
  void SetFigureRenderer(FigureRenderer* renderer) { stretch_device_.figures = renderer; }

  // A new screen (another page, or the page's next step) takes no tap that began before it
  // appeared or within NewScreenGuard::kSeconds of it (new_screen_guard.h). The page is
  // drawn the same meanwhile; the bars stay live (they never move). True while it holds;
  // window.crampcheck.settled() waits for it, so a test's next tap is a new person's tap.
  static constexpr double kNewScreenTapGuardSeconds = NewScreenGuard::kSeconds;
  bool NewScreenIgnoresTaps() const { return new_screen_.IgnoresTaps(clock_.MonotonicSeconds()); }

  // The diary as the app holds it (tests read it; pages change it through its verbs).
  const model::DiaryModel& Diary() const { return diary_; }

 private:
  // [app_chrome.cpp] The bars and the readable content column around the page.
  void DrawTopBar();
  void DrawContent();
  void DrawNavigationBar();
  PageContext MakePageContext(float column_width);
  // [app_banners.cpp] Notes about storage above every page that allows them.
  void DrawStorageBanner();
  void DrawUnsavedBanner();
  void DrawLoadProblems();
  // The update offer: calm, dismissible ("not now" leaves it in Settings), never over work
  // in progress.
  void DrawUpdateOffer();
  void AcceptUpdate();
  // [app_data_actions.cpp] What Settings and the banners offer for the person's data.
  void RunDataAction(DataAction action);
  void ExportDiary(bool csv);
  void SaveReport();
  void ShareReport();
  std::string DoctorReportHtml();
  void SaveBedtimeReminder();
  void ForgetEverything();  // after "delete everything" was stored
  // [app_chrome.cpp] After every window: the shell keeps drawing while a drag scrolls the
  // content (scroll_region.h: a drag that starts in it scrolls it and cancels the press on
  // the button under the finger, instead of needing a mouse wheel).
  void DragToScroll();

  // Tells the tap guard which screen is shown; once the router may have moved, before and
  // after the page is drawn.
  void GuardNewScreen();

  Page& CurrentPage();
  // Where the settings and the self-check's answers are saved, after every change.
  void SaveMeta(const char* key, const std::string& json);
  core::diary::LocalDate Today() const;  // from the clock
  // The night under way (core::diary::NightAt), which the statistics and the self-check's
  // diary facts count up to: after midnight, the calendar date would add a night that has
  // not begun, counted as cramp-free.
  core::diary::LocalDate CurrentNight() const;

  Platform& platform_;
  const core::Clock& clock_;
  model::DiaryModel diary_;
  Router router_;
  AppSettings settings_;
  selfcheck::SelfCheckFlow selfcheck_;
  std::string data_message_;  // the last export's or report's outcome, shown under the buttons
  DataAction data_message_from_ = DataAction::kExportJson;
  // What pages are given when they are made (page_services.h).
  DataActions data_actions_;
  InstalledAppActions installed_app_actions_;
  StretchDevice stretch_device_;
  PhoneLine phone_line_;
  cramp::CrampFlow cramp_;
  data::ImportFlow import_;
  data::DeleteAllFlow delete_all_;
  diary::EntryPage entry_;
  diary::LogPastFlow log_past_;
  std::array<std::unique_ptr<Page>, kScreenCount> tab_pages_;  // stateless screens
  bool load_problems_seen_ = false;      // the person closed the "could not be read" note
  unsigned shown_generation_ = ~0u;      // Router::Generation() of the page last drawn
  Page* shown_page_ = nullptr;           // that page, told when it is left
  int shown_step_ = -1;                  // its Step()
  bool scroll_to_top_ = false;           // a new page starts at its top, not where the last one was
  NewScreenGuard new_screen_;
  std::optional<core::i18n::Language> applied_language_;  // told to the platform
  // The installed app as the platform last said (read each frame), and the person's answers
  // to the update offer.
  Platform::InstalledApp installed_app_;
  bool update_dismissed_ = false;  // "not now": offered in Settings only
  bool update_accepted_ = false;   // "reload": shows that it is updating
};

}  // namespace app
