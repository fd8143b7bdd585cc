#pragma once
// The findings of Insights that say what helps and what comes before cramps, each a
// readable item (###trend_*), with the numbers behind it and never below the core's
// minimums (core/diary/relief_findings.h, stats.h, pain_over_time.h); under a minimum the
// item says how much more the diary needs instead:
//   ###trend_relief    relief that helped, per kind: "stretching 7 of 9 times"
//   ###trend_triggers  cramp nights after a trigger: "Hard exercise on 6 of 9 cramp nights"
//   ###trend_pain      rated pain over the 12 weeks, with a bar a week
//   ###trend_calendar  what the 12-week calendar below shows
#include <cstdint>
#include <optional>

#include "app/page.h"
#include "core/diary/pain_over_time.h"
#include "core/diary/stats.h"

namespace app::model {
class DiaryModel;
}

namespace app::screens {

// Rated pain per week, worked out again only when the diary or the night changed: the
// screen is drawn on every scroll frame, and the diary may hold 10,000 entries.
class PainCache {
 public:
  const core::diary::PainOverTime& Get(const model::DiaryModel& diary,
                                       const core::diary::LocalDate& as_of);

 private:
  std::optional<std::uint64_t> revision_;  // DiaryModel::Revision() of pain_
  core::diary::LocalDate night_;
  core::diary::PainOverTime pain_;
};

void DrawReliefFinding(const core::diary::DiaryStats& stats);
void DrawTriggerFinding(const core::diary::DiaryStats& stats);
void DrawPainFinding(const model::DiaryModel& diary, const core::diary::DiaryStats& stats,
                     PainCache& cache);
void DrawCalendarCaption();

}  // namespace app::screens
