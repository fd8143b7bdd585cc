#pragma once
// The whole user interface, one call a frame. Platform mains (src/platform/*) own the
// window, the GL context and the loop; they call App::Frame() between ImGui::NewFrame()
// and ImGui::Render() and never reach into screens.
#include <functional>
#include <optional>
#include <string_view>

#include "app/app_settings.h"
#include "app/cramp/cramp_flow.h"
#include "app/data/delete_all_flow.h"
#include "app/data/import_flow.h"
#include "app/diary/entry_page.h"
#include "app/navigation.h"
#include "app/screens/screens.h"
#include "app/selfcheck/selfcheck_flow.h"
#include "core/clock.h"
#include "core/diary/civil_date.h"
#include "core/storage/storage.h"

namespace app {

class App {
 public:
  // Loads everything from `storage` (which must outlive the app) and shows home.
  explicit App(core::storage::Storage& storage);
  // The same with a clock of the caller's (tests move it by hand); it must outlive the app.
  App(core::storage::Storage& storage, const core::Clock& clock);

  // True once storage has answered the first load (successfully or not): the app can be
  // used. window.crampcheck.ready waits for this and a drawn frame.
  bool IsLoaded() const { return loaded_; }

  // Builds this frame's UI: top bar, the current screen, the navigation bar.
  void Frame();

  Screen CurrentScreen() const { return navigation_.Current(); }
  // The stable screen name of window.crampcheck.screen(), e.g. "home".
  const char* ScreenName() const { return ScreenId(navigation_.Current()); }

  // True once after a frame that changed what the app shows; the platform then draws
  // one more frame so the change reaches the screen.
  bool ConsumeStateChanged();
  // True while something moves smoothly (animations): the platform draws every frame.
  bool IsAnimating() const;
  // Changes whenever the picture changes by itself at a slower pace (the relief timer's
  // whole seconds); -1 while nothing on screen changes by itself. The platform draws one
  // frame per change (RedrawPolicy::SetTick).
  int VisibleTick() const;

  // The device's locale ("en-GB" from the browser, "en_GB.UTF-8" from $LANG): picks the
  // emergency number until the person chooses a region in Settings.
  void SetLocale(std::string_view locale) { settings_.SetLocale(locale); }
  // The local date the diary's facts are computed for; defaults to the device's clock.
  // Tests set it so diary-based answers do not depend on the day they run.
  void SetToday(core::diary::LocalDate today) { today_ = today; }

  // How the platform hands a file to the person: a download in the browser, a file in the
  // data folder on the desktop. Returns where it went ("Downloaded", a path) or nullopt
  // when it failed. Without one, export buttons are hidden.
  using FileSaver = std::function<std::optional<std::string>(
      const std::string& name, const std::string& mime, const std::string& content)>;
  void SetFileSaver(FileSaver saver) { file_saver_ = std::move(saver); }

  // How the platform lets the person pick a file to import (the browser's file picker).
  // It answers later with OpenFile() or OpenFileFailed(), or never when the person
  // cancels. Without one, "Import" explains how to drop a file on the window.
  using FileOpener = std::function<void()>;
  void SetFileOpener(FileOpener opener) { file_opener_ = std::move(opener); }
  // A file to import (picked, or dropped on the window): shows what it would add.
  void OpenFile(std::string name, std::string content);
  void OpenFileFailed(std::string name, std::string why);

  // Reloads the page (the browser): offered when a newer version took over storage.
  void SetReloader(std::function<void()> reloader) { reloader_ = std::move(reloader); }

 private:
  void DrawTopBar();
  void DrawScreen();
  void DrawNavigationBar();
  void DrawCramp();
  void DrawStorageBanner();
  // Entries whose write failed, after the person left the cramp flow: says so, offers to
  // save them again.
  void DrawUnsavedBanner();
  void DrawLoadProblems();
  void SaveUnsaved();
  // Exports the diary as JSON or CSV through file_saver_ and remembers the outcome.
  void ExportDiary(bool csv);
  void SaveReport();
  void RunDataAction(screens::DataAction action);
  void DrawImport();
  void DrawEntry();
  // On the Diary screen after an entry was deleted: says so and offers to undo.
  void DrawUndoDelete();
  void DrawDeleteAll();
  // After "delete everything" was stored: the app's copy goes too.
  void ForgetEverything();
  // Touch scrolling: a drag that starts in the content area scrolls it (and cancels the
  // press on the button under the finger) instead of needing a mouse wheel.
  void DragToScroll();
  void SaveChanges();
  void MarkChanged();
  // Tells pages apart: the screen, and the step of a flow on it (a question, a cramp step).
  int PageKey() const;
  core::diary::LocalDate Today() const;
  const core::diary::DiaryStats& Stats();

  core::storage::Storage& storage_;
  const core::Clock& clock_;
  core::storage::Snapshot stored_;  // what storage holds, kept in step with every write
  // Entries in stored_.episodes whose write failed (device full): never dropped, offered
  // for saving until a write succeeds.
  std::vector<core::diary::Episode> unsaved_;
  std::string unsaved_error_;
  core::storage::Result storage_status_;  // how the first load went (banner when not Ok)
  bool load_problems_seen_ = false;       // the person closed the "could not be read" note
  bool loaded_ = false;
  Navigation navigation_;
  Screen shown_last_frame_ = Screen::kHome;
  bool state_changed_ = false;      // what the app shows changed: draw it
  unsigned change_generation_ = 0;  // counts MarkChanged() calls
  std::optional<core::diary::DiaryStats> stats_;
  unsigned stats_generation_ = 0;
  bool scroll_to_top_ = false;  // a new page starts at its top, not where the last one was
  int shown_page_ = -1;         // PageKey() of the last frame
  AppSettings settings_;
  selfcheck::SelfCheckFlow selfcheck_;
  cramp::CrampFlow cramp_;
  std::optional<core::diary::LocalDate> today_;
  unsigned int drag_scroll_window_ = 0;  // ImGuiID of the window being drag-scrolled
  FileSaver file_saver_;
  FileOpener file_opener_;
  std::function<void()> reloader_;
  std::string data_message_;  // the last export's or report's outcome, shown under the buttons
  data::ImportFlow import_;
  data::DeleteAllFlow delete_all_;
  diary::EntryPage entry_;
};

}  // namespace app
