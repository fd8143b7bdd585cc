#pragma once
// One function a screen, each drawing into the content column App::DrawContent() prepares
// (app_chrome.cpp), from what its page (tab_pages.h) was given when App made it.
#include <functional>

#include "app/page.h"
#include "app/page_services.h"
#include "core/diary/stats.h"

namespace app::diary {
class DiaryList;
}
namespace app::selfcheck {
class SelfCheckFlow;
}

namespace app::screens {

using ScreenContext = PageContext;
using DataAction = app::DataAction;
using DataActions = app::DataActions;

// What Settings works with.
struct SettingsServices {
  AppSettings& settings;
  model::DiaryModel& diary;  // how many entries, and what storage says of itself
  const DataActions& data;
  const InstalledAppActions& installed_app;
  const StretchDevice& stretch;  // whether the figures move
};

// A cramp left during its stretch: Home offers it back (###resume_cramp) above Cramp now.
struct RunningCramp {
  std::function<bool()> running;  // a Cramp now timer is still running
  std::function<void()> resume;   // back to it, timer and all
};
void DrawHome(ScreenContext& context, const PhoneLine& phone, const RunningCramp& cramp);
// screens/diary_screen.cpp
void DrawDiary(ScreenContext& context, diary::DiaryList& list, model::DiaryModel& diary,
               const DataActions& data);
class PainCache;
// screens/insights_screen.cpp; `stats` is the diary's statistics as of tonight.
void DrawInsights(ScreenContext& context, PainCache& pain, const model::DiaryModel& diary,
                  const std::function<const core::diary::DiaryStats&()>& stats,
                  const DataActions& data);
// selfcheck/selfcheck_screens.cpp; `new_step`: a page of it shown from its top.
// `phone` dials the result's call buttons.
void DrawSelfCheck(ScreenContext& context, selfcheck::SelfCheckFlow& flow, const PhoneLine& phone,
                   const DataActions& data, bool new_step);
void DrawSettings(const SettingsServices& services);  // screens/settings_screen.cpp
// The bedtime reminder's time and calendar file (screens/bedtime_reminder.cpp).
void DrawBedtimeReminder(AppSettings& settings, const DataActions& data);

}  // namespace app::screens
