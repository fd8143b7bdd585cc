#pragma once
// What App gives a page when it makes it, so a page holds what it works with instead of
// being handed everything each frame (page.h's PageContext brings only the frame's width,
// clock, region, language and the router). Each struct is one service a few pages share;
// App owns them and they live as long as it does. The diary itself is given as
// model::DiaryModel (its verbs and views); no page holds Storage or the raw episode list.
#include <functional>
#include <string>

namespace app {
class AppSettings;
class FigureRenderer;
namespace model {
class DiaryModel;
}

// The diary file actions App offers; a page shows a button only for what is possible.
enum class DataAction {
  kExportJson,
  kExportCsv,
  kReport,
  kImport,
  kDeleteAll,
  kBedtimeReminder,
  kShareReport
};
struct DataActions {
  std::function<bool()> can_save_files;  // export and report need the platform's file saver
  std::function<void(DataAction)> run;
  const std::string& message;             // the last outcome ("Saved as ...")
  const DataAction& message_from;         // the action `message` tells of, shown beside its button
  std::function<bool()> can_share_files;  // the report through the system share sheet
};

// The installed app as Settings shows it: install where the browser offers it, "installed"
// once it is, and the update offer once "not now" moved it out of the banner.
struct InstalledAppState {
  bool can_install = false;
  bool installed = false;
  bool offer_update = false;  // a version waits, the banner was dismissed, nothing in progress
  bool updating = false;      // the person accepted: it is taking over
};
struct InstalledAppActions {
  std::function<InstalledAppState()> state;  // as the platform says now
  std::function<void()> install;
  std::function<void()> update;
};

// What the stretch figures need of the device (Cramp now, Stretches).
struct StretchDevice {
  // Draws the figures; null without a GL context (UI tests): the words stand in. Set by
  // the platform once it has one (App::SetFigureRenderer).
  FigureRenderer* figures = nullptr;
  // Figures show their key poses one by one instead of moving (the device asks for less
  // motion, or the person turned moving pictures off in Settings).
  std::function<bool()> reduced_motion;
  // A short buzz where the device has one (a stretch moving on to its next step).
  std::function<void(int milliseconds)> vibrate;
};

// Dialling a phone number (the call buttons: Home, the self-check result). Where the device
// cannot dial (the desktop), pages show the number to dial by hand instead of a button.
struct PhoneLine {
  std::function<bool()> can_call;
  std::function<void(const std::string& digits)> call;  // digits only, e.g. "999"
};

}  // namespace app
