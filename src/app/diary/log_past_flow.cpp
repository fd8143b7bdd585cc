// Index of this file:
// [SECTION] Steps and back
// [SECTION] When
// [SECTION] Where, which leg, how long
// [SECTION] Checking and saving

#include "app/diary/log_past_flow.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/entry/entry_choices.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/stepper.h"
#include "app/text_wrap.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"
#include "core/diary/uuid.h"
#include "core/i18n/date_format.h"

namespace app::diary {
namespace {

using core::diary::kMaxDurationS;
using core::diary::kMinDurationS;

struct Preset {
  int value;
  const char* key;
  const char* id;
};

constexpr Preset kWhenPresets[] = {
    {0, "log_past.when_now", "###when_now"},
    {15, "log_past.when_15", "###when_15"},
    {30, "log_past.when_30", "###when_30"},
    {60, "log_past.when_60", "###when_60"},
};
// The hours night cramps are logged at most ("it woke me at 3"), one tap each.
constexpr int kFirstNightHour = 1;
constexpr int kLastNightHour = 5;
constexpr int kPickerStartMinutes = 60;  // "earlier": the picker starts an hour back
constexpr int kMinuteStep = 5;

// Either side of CLINICAL.md's 10 minutes (long_episodes: over 600 s), never a lone
// "10 minutes" on it: 600 is "up to 10 minutes", 900 "more than 10 minutes".
constexpr int kDurationPresets[] = {30, 60, 120, 300, 600, 900};

std::string DurationPresetLabel(core::i18n::Language language, int seconds) {
  if (seconds == 600) return T("log_past.up_to_10m");
  if (seconds == 900) return T("log_past.over_10m");
  return core::i18n::FormatDuration(language, seconds);
}

core::diary::LocalDate Today(const core::Clock& clock) {
  const core::WallClockReading now = clock.Now();
  return core::diary::LocalDateAt(now.utc_seconds, now.offset_minutes);
}

}  // namespace

// [SECTION] Steps and back
void LogPastFlow::Start() {
  cramp_ = core::diary::PastCramp{};
  picked_by_hand_ = false;
  skipped_time_.reset();
  errors_.clear();
  save_.Reset();
  step_ = Step::kWhen;
}

int LogPastFlow::StepKey() const {
  const int step = static_cast<int>(step_);
  return step_ == Step::kWriting ? step + static_cast<int>(save_.CurrentPhase()) : step;
}

bool LogPastFlow::Back() {
  switch (step_) {
    case Step::kPickTime:
      step_ = Step::kWhen;
      return true;
    case Step::kMuscle:
      step_ = picked_by_hand_ ? Step::kPickTime : Step::kWhen;
      return true;
    case Step::kSide:
      step_ = Step::kMuscle;
      return true;
    case Step::kDuration:
      step_ = Step::kSide;
      return true;
    case Step::kWhen:
    case Step::kWriting:
      break;
  }
  return false;  // the entry is saved (or kept): leaving is safe
}

void LogPastFlow::Draw(PageContext& context) {
  switch (step_) {
    case Step::kWhen:
      DrawWhen(context);
      break;
    case Step::kPickTime:
      DrawPickTime(context);
      break;
    case Step::kMuscle:
      DrawMuscle(context);
      break;
    case Step::kSide:
      DrawSide(context);
      break;
    case Step::kDuration:
      DrawDuration(context);
      break;
    case Step::kWriting:
      DrawWriting(context);
      break;
  }
  if (step_ < Step::kWriting) {
    ImGui::Spacing();
    if (widgets::BigButton((T("nav.back") + "###back").c_str()) && !Back())
      context.navigation.Back();
  }
}

// [SECTION] When
void LogPastFlow::ChooseTime(const core::WallClockReading& started) {
  cramp_.started = started;
  skipped_time_.reset();
  errors_.clear();
}

void LogPastFlow::DrawNight(PageContext& /*context*/) const {
  const core::diary::WallClockParts parts = core::diary::PartsOf(cramp_.started);
  const core::i18n::Language language = CurrentLanguage();
  // A night spans two dates: naming both says plainly why 04:30 on Tuesday counts for Monday.
  const core::diary::LocalDate evening = core::diary::NightOfReading(cramp_.started);
  const std::string text = core::i18n::Fill(
      T("log_past.night_line_plain"),
      {{"evening", core::i18n::FormatDayDate(language, evening)},
       {"morning", core::i18n::FormatDayDate(language, core::diary::AddDays(evening, 1))},
       {"time", core::i18n::FormatTime(language, parts.hour, parts.minute)}});
  widgets::Callout((text + "###log_night").c_str(), theme::kSurface);
  ImGui::Spacing();
}

void LogPastFlow::DrawWhen(PageContext& context) {
  widgets::Heading(T("log_past.when").c_str());
  const core::WallClockReading now = context.clock.Now();
  for (const Preset& preset : kWhenPresets) {
    if (widgets::BigButton((T(preset.key) + preset.id).c_str(), preset.value == 0)) {
      ChooseTime(core::diary::WithOffsetThen(context.clock,
                                             core::diary::MinutesBefore(now, preset.value)));
      picked_by_hand_ = false;
      step_ = Step::kMuscle;
    }
  }
  DrawNightHours(context);
  if (widgets::BigButton((T("log_past.when_earlier") + "###when_earlier").c_str())) {
    // Whole steps of the picker from the start: 02:55, not 02:57.
    const core::WallClockReading start = core::diary::WithOffsetThen(
        context.clock, core::diary::MinutesBefore(now, kPickerStartMinutes));
    const int off_step = core::diary::PartsOf(start).minute % kMinuteStep;
    ChooseTime(
        core::diary::WithOffsetThen(context.clock, core::diary::MinutesBefore(start, off_step)));
    picked_by_hand_ = true;
    step_ = Step::kPickTime;
  }
  widgets::Note(T("log_past.several").c_str());
}

void LogPastFlow::DrawNightHours(PageContext& context) {
  ImGui::Spacing();
  widgets::Paragraph(T("log_past.night_hours").c_str());
  std::vector<std::string> labels;
  for (int hour = kFirstNightHour; hour <= kLastNightHour; ++hour)
    labels.push_back(core::i18n::Fill(T("log_past.night_hour"), {{"hour", std::to_string(hour)}}));
  // As many a row as fit on at most two lines each ("around" / "3 a.m."): three on a phone,
  // fewer at large text sizes; never a word broken inside.
  PushFont(FontRole::kBody);  // the compact buttons' font
  const float padding = 2.0f * ImGui::GetStyle().FramePadding.x;
  int columns = 1;
  for (const int candidate : {3, 2}) {
    const float wrap = widgets::RowButtonWidth(candidate) - padding;
    bool fits = true;
    for (const std::string& label : labels) {
      const std::string lines = WrapText(label, wrap);
      const ImVec2 size = ImGui::CalcTextSize(lines.c_str());
      fits = fits && size.x <= wrap && size.y <= 2.0f * ImGui::GetTextLineHeight() + 1.0f;
    }
    if (fits) {
      columns = candidate;
      break;
    }
  }
  PopFont();
  const float width = widgets::RowButtonWidth(columns);
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    const int hour = kFirstNightHour + i;
    if (i % columns != 0) ImGui::SameLine();
    const std::string id = "###night_hour_" + std::to_string(hour);
    if (widgets::CompactButton((labels[static_cast<std::size_t>(i)] + id).c_str(), false, width)) {
      const core::diary::LocalTimeReading at =
          core::diary::LatestWallClockHour(context.clock, hour);
      ChooseTime(at.reading);
      if (at.moved_over_gap)
        skipped_time_ = core::diary::WallClockParts{core::diary::PartsOf(at.reading).date, hour, 0};
      picked_by_hand_ = true;  // Back from "where": the picker at this time, to fine-tune it
      step_ = Step::kMuscle;
    }
  }
  ImGui::Spacing();
}

void LogPastFlow::DrawMovedNote() const {
  if (!skipped_time_) return;
  const core::i18n::Language language = CurrentLanguage();
  const core::diary::WallClockParts moved_to = core::diary::PartsOf(cramp_.started);
  const std::string note = core::i18n::Fill(
      T("log_past.moved_over_gap"),
      {{"skipped", core::i18n::FormatTime(language, skipped_time_->hour, skipped_time_->minute)},
       {"time", core::i18n::FormatTime(language, moved_to.hour, moved_to.minute)}});
  widgets::Callout((note + "###when_moved").c_str(), theme::kWarningPanel);
  ImGui::Spacing();
}

void LogPastFlow::StepTime(PageContext& context, std::int64_t seconds) {
  const core::WallClockReading now = context.clock.Now();
  // Steps move the time on the wall (a day back keeps the hour across a daylight-saving
  // change); the offset is the zone's at the moment reached.
  const core::diary::WallClockParts wanted =
      core::diary::PartsOf(core::diary::Shifted(cramp_.started, seconds));
  core::diary::LocalTimeReading moved =
      core::diary::ShiftedOnTheWall(context.clock, cramp_.started, seconds);
  if (moved.reading.utc_seconds > now.utc_seconds)
    moved = {core::diary::MinutesBefore(now, 0), false};
  ChooseTime(moved.reading);
  if (moved.moved_over_gap) skipped_time_ = wanted;
}

void LogPastFlow::DrawPickTime(PageContext& context) {
  widgets::Heading(T("log_past.when_pick").c_str());
  const core::diary::WallClockParts parts = core::diary::PartsOf(cramp_.started);
  const core::i18n::Language language = CurrentLanguage();
  const std::int64_t now = context.clock.Now().utc_seconds;
  const std::int64_t at = cramp_.started.utc_seconds;
  char two_digits[8];
  ImGui::TextUnformatted(T("log_past.day").c_str());
  const int day = widgets::Stepper(
      "day", core::i18n::FormatDateNear(language, parts.date, Today(context.clock)), true,
      at + 86400 <= now);
  if (day != 0) StepTime(context, day * std::int64_t{86400});
  ImGui::TextUnformatted(T("log_past.hour").c_str());
  std::snprintf(two_digits, sizeof two_digits, "%02d", parts.hour);
  const int hour = widgets::Stepper("hour", two_digits, true, at + 3600 <= now);
  if (hour != 0) StepTime(context, hour * std::int64_t{3600});
  ImGui::TextUnformatted(T("log_past.minute").c_str());
  std::snprintf(two_digits, sizeof two_digits, "%02d", parts.minute);
  const int minute = widgets::Stepper("minute", two_digits, true, at + 60 * kMinuteStep <= now);
  if (minute != 0) StepTime(context, minute * std::int64_t{60 * kMinuteStep});
  ImGui::Spacing();
  DrawMovedNote();
  DrawNight(context);
  if (widgets::BigButton((T("log_past.next") + "###next").c_str(), true)) step_ = Step::kMuscle;
}

// [SECTION] Where, which leg, how long
void LogPastFlow::DrawMuscle(PageContext& context) {
  widgets::Heading(T("cramp.where").c_str());
  DrawMovedNote();  // a night hour the clocks skipped
  DrawNight(context);
  if (const auto muscle = entry::MuscleChoice()) {
    cramp_.muscle = *muscle;
    step_ = Step::kSide;
  }
}

void LogPastFlow::DrawSide(PageContext& context) {
  widgets::Heading(
      core::i18n::Fill(T("cramp.which_leg"), {{"muscle", entry::MuscleLabel(cramp_.muscle)}})
          .c_str());
  DrawNight(context);
  if (const auto side = entry::SideChoice()) {
    cramp_.side = *side;
    step_ = Step::kDuration;
  }
}

void LogPastFlow::DrawDuration(PageContext& context) {
  widgets::Heading(T("log_past.how_long").c_str());
  DrawNight(context);
  DrawFieldError("started_at", "###when_error");
  if (!errors_.empty() && errors_.front().field == "started_at" &&
      widgets::BigButton((T("log_past.change_time") + "###when_change").c_str())) {
    picked_by_hand_ = true;
    step_ = Step::kPickTime;
  }
  const core::i18n::Language language = CurrentLanguage();
  const float third = widgets::RowButtonWidth(3);
  int column = 0;
  for (const int seconds : kDurationPresets) {
    const std::string label =
        DurationPresetLabel(language, seconds) + "###duration_" + std::to_string(seconds);
    if (column > 0) ImGui::SameLine();
    if (widgets::ToggleButton(label.c_str(), cramp_.duration_s == seconds, third)) {
      cramp_.duration_s = seconds;
      errors_.clear();
    }
    column = (column + 1) % 3;
  }
  ImGui::Spacing();
  ImGui::TextUnformatted(T("log_past.exact").c_str());
  const int duration = cramp_.duration_s;
  const int minutes = widgets::Stepper(
      "duration_minute",
      core::i18n::Fill(T("log_past.minutes"), {{"count", std::to_string(duration / 60)}}),
      duration > 60, duration + 60 <= kMaxDurationS);
  const int seconds = widgets::Stepper(
      "duration_second",
      core::i18n::Fill(T("log_past.seconds"), {{"count", std::to_string(duration % 60)}}),
      duration > kMinDurationS, duration < kMaxDurationS);
  if (minutes != 0 || seconds != 0) {
    cramp_.duration_s = std::clamp(duration + 60 * minutes + seconds, kMinDurationS, kMaxDurationS);
    errors_.clear();
  }
  DrawFieldError("duration_s", "###duration_error");
  ImGui::Spacing();
  if (widgets::BigButton((T("log_past.save") + "###save").c_str(), true)) Validate(context);
}

// [SECTION] Checking and saving
void LogPastFlow::DrawFieldError(const char* field, const char* id) const {
  for (const core::diary::FieldError& error : errors_) {
    if (error.field != field) continue;
    const std::string key = std::string("log_past.bad_") + field;
    const std::string text = core::i18n::Fill(T(key), {{"reason", error.message}});
    widgets::Callout((text + id).c_str(), theme::kWarningPanel);
    ImGui::Spacing();
    return;
  }
}

void LogPastFlow::Validate(PageContext& context) {
  const core::WallClockReading now = context.clock.Now();
  core::diary::Episode episode = core::diary::MakePastEpisode(
      cramp_, now, core::diary::NewUuidV4(core::diary::SystemRandomSource()));
  errors_ = core::diary::ValidateEpisode(episode);
  // A time after now is never a past cramp (the picker cannot reach one; the clock can
  // move back under it).
  if (cramp_.started.utc_seconds > now.utc_seconds)
    errors_.insert(errors_.begin(), {"started_at", T("log_past.future")});
  if (!errors_.empty()) return;
  step_ = Step::kWriting;
  save_.SaveNew(episode);
}

// The night above the details, and one more cramp of it below.
void LogPastFlow::DrawWriting(PageContext& context) {
  const bool details = save_.CurrentPhase() == entry::SaveStep::Phase::kDetails;
  if (details) DrawNight(context);
  if (save_.Draw(context)) context.navigation.Back();  // "Done": where it was opened
  if (details && widgets::BigButton((T("log_past.another") + "###log_another").c_str())) Start();
}

}  // namespace app::diary
