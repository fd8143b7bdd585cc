#pragma once
// One function a screen, each drawing into the content area App::DrawScreen() prepares.
#include <functional>
#include <string>
#include <vector>

#include "app/navigation.h"
#include "core/diary/episode.h"
#include "core/diary/stats.h"
#include "core/storage/storage.h"

namespace app {
class AppSettings;
namespace selfcheck {
class SelfCheckFlow;
}
}  // namespace app

namespace app::screens {

// The diary file actions App offers; a screen shows a button only for what is possible.
enum class DataAction { kExportJson, kExportCsv, kReport, kImport, kDeleteAll };
struct DataActions {
  bool can_save_files = false;  // export and report need the platform's file saver
  std::function<void(DataAction)> run;
  const std::string& message;
};

struct ScreenContext {
  Navigation& navigation;
  float column_width;  // width of the readable column, in ImGui units
  // Settings and the self-check state, owned by App, which saves them when they change.
  AppSettings& settings;
  selfcheck::SelfCheckFlow& selfcheck;
  const std::vector<core::diary::Episode>& episodes;  // the diary as stored
  core::storage::Persistence persistence;             // for the storage line in Settings
  // What the person can do with their data, and the last outcome ("Downloaded ...").
  DataActions data;
  std::function<void(const std::string& id)> open_entry;  // shows one diary entry
  // The diary's statistics as of today, computed again only after a change.
  std::function<const core::diary::DiaryStats&()> stats;
};

void DrawHome(ScreenContext& context);
void DrawDiary(ScreenContext& context);      // screens/diary_screen.cpp
void DrawInsights(ScreenContext& context);   // screens/insights_screen.cpp
void DrawSelfCheck(ScreenContext& context);  // selfcheck/selfcheck_screens.cpp
void DrawStretches(ScreenContext& context);
void DrawSettings(ScreenContext& context);  // screens/settings_screen.cpp

}  // namespace app::screens
