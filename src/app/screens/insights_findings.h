#pragma once
// The findings of Insights that say what helps and what comes before cramps, each a
// readable item (###trend_*), with the numbers behind it and never below the core's
// minimums (core/diary/relief_findings.h, stats.h, pain_over_time.h); under a minimum the
// item says how much more the diary needs instead:
//   ###trend_relief    relief that helped, per kind: "stretching 7 of 9 times"
//   ###trend_triggers  cramp nights after a trigger: "Hard exercise on 6 of 9 cramp nights"
//   ###trend_pain      rated pain over the 12 weeks, with a bar a week
//   ###trend_calendar  what the 12-week calendar below shows
#include "app/page.h"
#include "core/diary/stats.h"

namespace app::screens {

void DrawReliefFinding(const core::diary::DiaryStats& stats);
void DrawTriggerFinding(const core::diary::DiaryStats& stats);
void DrawPainFinding(PageContext& context, const core::diary::DiaryStats& stats);
void DrawCalendarCaption();

}  // namespace app::screens
