#pragma once
// One function a screen, each drawing into the content area App::DrawContent() prepares.
#include <functional>
#include <string>
#include <vector>

#include "app/page.h"
#include "core/diary/episode.h"
#include "core/diary/stats.h"
#include "core/storage/storage.h"

namespace app::diary {
class DiaryList;
}

namespace app::screens {

// The tab screens are pages without state of their own: one draw function each.
using ScreenContext = PageContext;
using DataAction = app::DataAction;
using DataActions = app::DataActions;

void DrawHome(ScreenContext& context);
void DrawDiary(ScreenContext& context, diary::DiaryList& list);  // screens/diary_screen.cpp
class PainCache;
void DrawInsights(ScreenContext& context, PainCache& pain);  // screens/insights_screen.cpp
void DrawSelfCheck(ScreenContext& context);  // selfcheck/selfcheck_screens.cpp
void DrawSettings(ScreenContext& context);  // screens/settings_screen.cpp
// The bedtime reminder's time and calendar file (screens/bedtime_reminder.cpp).
void DrawBedtimeReminder(ScreenContext& context);

}  // namespace app::screens
