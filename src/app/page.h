#pragma once
// A page: one screen's drawing and state behind one small interface, so App knows no
// screen by name. App keeps one Page per Screen (router.h) and each frame draws the
// router's current one inside the content column (app_chrome.cpp).
//
//   Enter()       the router brought the page up (a tab, a link; not a Back): start afresh
//   Leave()       the router moved on to another page
//   Draw()        this frame's UI; navigation goes through context.navigation (the Router)
//   StepKey()     changes when the page moves to another step: the column scrolls to top
//   Back()        a step back inside the page (a flow's previous step); false lets the
//                 router go back a page
//   ShowsNotes()  whether the storage notes may be drawn above it (not during Cramp now)
//   ShowsMoreBelow()  a "More below" bar under the column while more of it lies below
//   Animating()   something on it moves now (a stretch figure): every frame is drawn
//   VisibleTick() changes whenever it changes by itself at a slower pace (a timer's
//                 seconds), one frame per change; -1 while nothing changes by itself
#include <functional>
#include <string>
#include <vector>

#include "app/router.h"
#include "core/clock.h"
#include "core/diary/episode.h"
#include "core/diary/stats.h"
#include "core/storage/storage.h"
#include "core/triage/emergency_numbers.h"

namespace app {
class AppSettings;
class FigureRenderer;
namespace selfcheck {
class SelfCheckFlow;
}
namespace model {
class DiaryModel;
}

// The diary file actions App offers; a page shows a button only for what is possible.
enum class DataAction { kExportJson, kExportCsv, kReport, kImport, kDeleteAll, kBedtimeReminder };
struct DataActions {
  bool can_save_files = false;  // export and report need the platform's file saver
  std::function<void(DataAction)> run;
  const std::string& message;  // the last outcome ("Saved as ...")
  DataAction message_from;     // the action `message` tells of, shown beside its button
};

// The installed app as Settings shows it: install where the browser offers it, "installed"
// once it is, and the update offer once "not now" moved it out of the banner.
struct InstalledAppActions {
  bool can_install = false;
  bool installed = false;
  bool offer_update = false;  // a version waits, the banner was dismissed, nothing in progress
  bool updating = false;      // the person accepted: it is taking over
  std::function<void()> install;
  std::function<void()> update;
};

struct PageContext {
  Router& navigation;
  float column_width;  // width of the readable column, in ImGui units
  // Settings and the self-check state, owned by App, which saves them when they change.
  AppSettings& settings;
  selfcheck::SelfCheckFlow& selfcheck;
  const std::vector<core::diary::Episode>& episodes;  // the diary as shown (diary.Episodes())
  core::storage::Persistence persistence;             // for the storage line in Settings
  DataActions data;
  InstalledAppActions installed_app;
  std::function<void(const std::string& id)> open_entry;  // shows one diary entry
  // The diary's statistics as of today, computed again only after a change.
  std::function<const core::diary::DiaryStats&()> stats;
  model::DiaryModel& diary;  // every change to the diary goes through its verbs
  const core::Clock& clock;
  const core::triage::EmergencyRegion& region;  // whose emergency number and urgent line
  // Draws the stretch figures; null without a GL context (UI tests): the words stand in.
  FigureRenderer* figures = nullptr;
  // Stretch figures show their key poses one by one instead of moving (the device asks
  // for less motion, or the person turned moving pictures off in Settings).
  bool reduced_motion = false;
  // A short buzz where the device has one (a stretch moving on to its next step).
  std::function<void(int milliseconds)> vibrate;
  // This frame shows a new page or a new step of one from its top: a region that scrolls
  // inside the page starts at its top too.
  bool new_step = false;
};

class Page {
 public:
  virtual ~Page() = default;
  virtual void Enter() {}
  virtual void Leave() {}
  virtual void Draw(PageContext& context) = 0;
  virtual int StepKey() const { return 0; }
  // Pages do not report changes (the shell draws for input, answers, Animating and
  // VisibleTick): removed once the entry-writing pages no longer override it. App never
  // calls it.
  virtual bool TakeChange() { return false; }
  virtual bool Back() { return false; }
  virtual bool ShowsNotes() const { return true; }
  virtual bool ShowsMoreBelow() const { return false; }
  virtual bool Animating(const core::Clock&) const { return false; }
  virtual int VisibleTick(const core::Clock&) const { return -1; }
};

}  // namespace app
