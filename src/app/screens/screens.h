#pragma once
// One function a screen, each drawing into the content area App::DrawScreen() prepares.
#include <functional>
#include <string>
#include <vector>

#include "app/navigation.h"
#include "core/diary/episode.h"
#include "core/storage/storage.h"

namespace app {
class AppSettings;
namespace selfcheck {
class SelfCheckFlow;
}
}  // namespace app

namespace app::screens {

struct ScreenContext {
  Navigation& navigation;
  float column_width;  // width of the readable column, in ImGui units
  // Settings and the self-check state, owned by App, which saves them when they change.
  AppSettings& settings;
  selfcheck::SelfCheckFlow& selfcheck;
  const std::vector<core::diary::Episode>& episodes;  // the diary as stored
  core::storage::Persistence persistence;             // for the storage line in Settings
  // Export the diary (null when the platform cannot save files) and the last outcome.
  std::function<void(bool csv)> export_diary;
  const std::string& export_message;
};

void DrawHome(ScreenContext& context);
void DrawDiary(ScreenContext& context);  // screens/diary_screen.cpp
void DrawInsights(ScreenContext& context);
void DrawSelfCheck(ScreenContext& context);  // selfcheck/selfcheck_screens.cpp
void DrawStretches(ScreenContext& context);
void DrawSettings(ScreenContext& context);  // screens/settings_screen.cpp

}  // namespace app::screens
