#pragma once
// One function a screen, each drawing into the content area App::DrawScreen() prepares.
#include "app/navigation.h"

namespace app::screens {

struct ScreenContext {
  Navigation& navigation;
  float column_width;  // width of the readable column, in ImGui units
};

void DrawHome(ScreenContext& context);
void DrawDiary(ScreenContext& context);
void DrawInsights(ScreenContext& context);
void DrawSelfCheck(ScreenContext& context);
void DrawStretches(ScreenContext& context);
void DrawSettings(ScreenContext& context);

}  // namespace app::screens
