#pragma once
// "Log a past cramp": the entry made afterwards ("it woke me at 3, I log it at 7"), from
// Home and the Diary (###log_past). Steps, each a screen of big targets and no keyboard:
//   when      ###when_now, ###when_15, ###when_30, ###when_60 (then straight on); the
//             night hours ###night_hour_1 .. ###night_hour_5 ("around 3 a.m.": the last
//             03:00 before now, in the night that began the evening before; then straight
//             on, and Back from "where" opens the picker at that time); or
//             ###when_earlier: a day and time stepped by hand (###day_minus/plus,
//             ###hour_minus/plus, ###minute_minus/plus, ###next), never past now; each
//             time in the offset the zone had then, and a time skipped when the clocks
//             went forward is moved out of the gap with a note (###when_moved)
//   where     ###muscle_<value>, as Cramp now      which leg  ###side_left/right/both
//   how long  ###duration_30/60/120/300/600 or exact (###duration_minute_minus/plus,
//             ###duration_second_minus/plus), then ###save
// then Cramp now's own saving step (entry/save_step.h: "Saving…", a failed write kept with
// "Try again" (###save_retry) or "Later" (###skip, Home), the details; "Done" goes back to
// where the flow was opened), and ###log_another logs one more of the same night.
// Every step says which night the cramp belongs to (###log_night: "night of Tue 1 Dec": a
// cramp at 01:30 belongs to the night that began the evening before). The time and the
// duration are checked by core::diary::ValidateEpisode before saving and a problem is
// named beside its field (###when_error, ###duration_error). Back steps back through the
// steps; after saving, Back leaves the page.
#include <optional>
#include <string>
#include <vector>

#include "app/entry/save_step.h"
#include "app/page.h"
#include "core/diary/episode.h"
#include "core/diary/episode_validation.h"
#include "core/diary/past_log.h"

namespace app::model {
class DiaryModel;
}

namespace app::diary {

class LogPastFlow final : public Page {
 public:
  enum class Step { kWhen, kPickTime, kMuscle, kSide, kDuration, kWriting };

  // Entries are written through `diary`, which must outlive the flow.
  explicit LogPastFlow(model::DiaryModel& diary) : save_(diary) {}

  void Enter() override { Start(); }
  // Details chosen and not saved yet are written when a tab or Back takes the person away.
  void Leave() override { save_.KeepDetails(); }
  void Draw(PageContext& context) override;
  int StepKey() const override;
  bool Back() override;

  void Start();
  Step CurrentStep() const { return step_; }

 private:
  void DrawWhen(PageContext& context);
  // "In the night:" and a button per hour from 1 to 5 a.m., one tap each.
  void DrawNightHours(PageContext& context);
  // Where a time the clocks skipped was moved to (###when_moved), once one was.
  void DrawMovedNote() const;
  void DrawPickTime(PageContext& context);
  void DrawMuscle(PageContext& context);
  void DrawSide(PageContext& context);
  void DrawDuration(PageContext& context);
  void DrawWriting(PageContext& context);
  // "night of Sun 22 Nov, started 02:57" for the time chosen (###log_night).
  void DrawNight(PageContext& context) const;
  // The problem ValidateEpisode found with `field`, beside it (###<id>), if any.
  void DrawFieldError(const char* field, const char* id) const;
  void ChooseTime(const core::WallClockReading& started);
  // Moves the time picked by `seconds`, never past `now`.
  void StepTime(PageContext& context, std::int64_t seconds);
  void Validate(PageContext& context);

  Step step_ = Step::kWhen;
  core::diary::PastCramp cramp_;
  bool picked_by_hand_ = false;  // Back from "where" returns to the picker
  // The time last stepped to when it did not exist (the clocks went forward then), for
  // the note saying where it was moved (###when_moved).
  std::optional<core::diary::WallClockParts> skipped_time_;
  std::vector<core::diary::FieldError> errors_;
  entry::SaveStep save_;  // saving, a failed write, the details: shared with Cramp now
};

}  // namespace app::diary
