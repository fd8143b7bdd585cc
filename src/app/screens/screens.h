#pragma once
// One function a screen, each drawing into the content area App::DrawScreen() prepares.
#include "app/navigation.h"

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
};

void DrawHome(ScreenContext& context);
void DrawDiary(ScreenContext& context);
void DrawInsights(ScreenContext& context);
void DrawSelfCheck(ScreenContext& context);  // selfcheck/selfcheck_screens.cpp
void DrawStretches(ScreenContext& context);
void DrawSettings(ScreenContext& context);   // screens/settings_screen.cpp

}  // namespace app::screens
