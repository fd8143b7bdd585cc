// "Log a past cramp" through the real UI: "it woke me at 3, I log it at 7".
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::storage::Status;

namespace {

// 07:00:20 on Monday 23 November 2026 in Shanghai: the morning after the night of the 22nd.
constexpr std::int64_t kSevenAm = 1795374720 + 3 * 3600 + 48 * 60 + 20;

void MorningAfter(UiDriver& ui) {
  ui.Clock().Set({kSevenAm, 480});
}

std::string Text(const char* id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item == nullptr ? std::string("(not shown)") : item->label;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// From ###log_past through `when_id`, `muscle_id` and `side_id` to "how long?".
void ToHowLong(UiDriver& ui, const char* when_id, const char* muscle_id = "###muscle_calf_back",
               const char* side_id = "###side_right") {
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_STREQ(ui.App().ScreenName(), "log_past");
  ASSERT_TRUE(ui.Press(when_id));
  ASSERT_TRUE(ui.Press(muscle_id));
  ASSERT_TRUE(ui.Press(side_id));
}

// From "where?" on: `muscle_id`, `side_id`, `duration_id`, then Save.
void SaveWhereAndHowLong(UiDriver& ui, const char* muscle_id, const char* side_id,
                         const char* duration_id) {
  ASSERT_TRUE(ui.Press(muscle_id));
  ASSERT_TRUE(ui.Press(side_id));
  ASSERT_TRUE(ui.Press(duration_id));
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
}

// From `when_id` on the first step to a saved calf cramp of `duration_id`.
void LogPast(UiDriver& ui, const char* when_id, const char* duration_id = "###duration_120") {
  ToHowLong(ui, when_id);
  ASSERT_TRUE(ui.Press(duration_id));
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
}

}  // namespace

TEST(LogPast, ACrampAfterMidnightLandsOnThePreviousNight) {
  UiDriver ui;
  MorningAfter(ui);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_earlier"));
  // The picker starts an hour back, on a whole five minutes: 06:00; four hours back is 02:00.
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(ui.Press("###hour_minus"));
  const std::string night = Text("###log_night");
  EXPECT_TRUE(Has(night, "night from Sun 22 Nov to Mon 23 Nov")) << night;
  EXPECT_TRUE(Has(night, "02:00")) << night;
  ASSERT_TRUE(ui.ScrollTo("###next"));
  ASSERT_TRUE(ui.Press("###next"));
  SaveWhereAndHowLong(ui, "###muscle_foot", "###side_left", "###duration_300");
  const auto& stored = ui.Storage().Contents().episodes;
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].started_at, "2026-11-23T02:00:00+08:00");
  EXPECT_EQ(stored[0].duration_s, 300);
  EXPECT_EQ(stored[0].muscle, core::diary::Muscle::kFoot);
  EXPECT_EQ(stored[0].created_at, "2026-11-22T23:00:20Z");
  // Cramp now's details follow; Done returns to the Diary, where the night heads the entry.
  EXPECT_NE(app::FindItem("###pain_0"), nullptr);
  ASSERT_TRUE(ui.ScrollTo("###skip"));
  ASSERT_TRUE(ui.Press("###skip"));
  EXPECT_STREQ(ui.App().ScreenName(), "diary");
  EXPECT_TRUE(Has(Text("###night_2026-11-22"), "Night of Sun 22 Nov: 1 cramp"))
      << Text("###night_2026-11-22");
  EXPECT_NE(app::FindItem("###episode_" + stored[0].id), nullptr);
}

TEST(LogPast, PresetsSetTheTimeThatManyMinutesBeforeNow) {
  const struct {
    const char* id;
    const char* started_at;
  } cases[] = {{"###when_now", "2026-11-23T07:00:00+08:00"},
               {"###when_15", "2026-11-23T06:45:00+08:00"},
               {"###when_30", "2026-11-23T06:30:00+08:00"},
               {"###when_60", "2026-11-23T06:00:00+08:00"}};
  for (const auto& c : cases) {
    UiDriver ui;
    MorningAfter(ui);
    LogPast(ui, c.id);
    const auto& stored = ui.Storage().Contents().episodes;
    ASSERT_EQ(stored.size(), 1u) << c.id;
    EXPECT_EQ(stored[0].started_at, c.started_at) << c.id;
    EXPECT_EQ(stored[0].duration_s, 120) << c.id;
  }
}

TEST(LogPast, DurationPresetsAndExactSteppers) {
  UiDriver ui;
  MorningAfter(ui);
  ToHowLong(ui, "###when_30", "###muscle_thigh_back", "###side_both");
  for (const char* id : {"###duration_30", "###duration_60", "###duration_120", "###duration_300",
                         "###duration_600"})
    EXPECT_NE(app::FindItem(id), nullptr) << id;
  ASSERT_TRUE(ui.Press("###duration_600"));
  ASSERT_TRUE(ui.ScrollTo("###duration_minute_plus"));
  ASSERT_TRUE(ui.Press("###duration_minute_plus"));
  ASSERT_TRUE(ui.ScrollTo("###duration_second_minus"));
  ASSERT_TRUE(ui.Press("###duration_second_minus"));
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].duration_s, 659);
}

TEST(LogPast, SavingWithoutADurationNamesTheFieldAndSavesNothing) {
  UiDriver ui;
  MorningAfter(ui);
  ToHowLong(ui, "###when_15", "###muscle_toe", "###side_left");
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());
  ASSERT_TRUE(ui.ScrollTo("###duration_error"));
  EXPECT_TRUE(Has(Text("###duration_error"), "1 second to 60 minutes"))
      << Text("###duration_error");
  ASSERT_TRUE(ui.ScrollTo("###duration_60"));
  ASSERT_TRUE(ui.Press("###duration_60"));
  EXPECT_EQ(app::FindItem("###duration_error"), nullptr) << "a new choice clears the problem";
}

TEST(LogPast, ThePickerNeverGoesPastNow) {
  UiDriver ui;
  MorningAfter(ui);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_earlier"));
  ASSERT_TRUE(ui.Press("###day_minus"));
  EXPECT_TRUE(Has(Text("###log_night"), "night from Sat 21 Nov to Sun 22 Nov"))
      << Text("###log_night");
  ASSERT_TRUE(ui.Press("###day_plus"));
  ASSERT_TRUE(ui.Press("###hour_plus"));  // 06:00 -> 07:00, the minute it is now
  EXPECT_TRUE(Has(Text("###log_night"), "07:00")) << Text("###log_night");
  ASSERT_TRUE(ui.Press("###hour_plus"));  // refused: that would be 08:00
  ASSERT_TRUE(ui.Press("###minute_plus"));
  EXPECT_TRUE(Has(Text("###log_night"), "07:00")) << Text("###log_night");
}

TEST(LogPast, BackStepsBackThroughTheSteps) {
  UiDriver ui;
  MorningAfter(ui);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_earlier"));
  ASSERT_TRUE(ui.ScrollTo("###next"));
  ASSERT_TRUE(ui.Press("###next"));
  ASSERT_TRUE(ui.Press("###muscle_calf_front"));
  ASSERT_TRUE(ui.Press("###side_right"));
  ASSERT_NE(app::FindItem("###duration_30"), nullptr);
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_NE(app::FindItem("###side_right"), nullptr) << "back to which leg";
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_NE(app::FindItem("###muscle_calf_front"), nullptr) << "back to where";
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_NE(app::FindItem("###hour_minus"), nullptr) << "back to the picker it came from";
  ASSERT_TRUE(ui.ScrollTo("###back"));
  ASSERT_TRUE(ui.Press("###back"));
  EXPECT_NE(app::FindItem("###when_now"), nullptr) << "back to when";
  ASSERT_TRUE(ui.ScrollTo("###back"));
  ASSERT_TRUE(ui.Press("###back"));
  EXPECT_STREQ(ui.App().ScreenName(), "diary") << "and out to where it was opened";
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());
}

TEST(LogPast, AFailedWriteKeepsTheEntryAndTryAgainSavesIt) {
  UiDriver ui;
  MorningAfter(ui);
  ui.Storage().FailWritesWith(Status::kQuotaExceeded);
  LogPast(ui, "###when_30");
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());
  ASSERT_NE(app::FindItem("###save_retry"), nullptr);
  EXPECT_EQ(ui.App().Diary().Unsaved().size(), 1u) << "kept in memory, not lost";
  ui.Storage().FailWritesWith(Status::kOk);
  ASSERT_TRUE(ui.Press("###save_retry"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].started_at, "2026-11-23T06:30:00+08:00");
  EXPECT_NE(app::FindItem("###pain_0"), nullptr) << "then the details";
}

TEST(LogPast, DetailsAreCrampNowsAndSeveralCrampsANightAreLogged) {
  UiDriver ui;
  MorningAfter(ui);
  LogPast(ui, "###when_60");
  ASSERT_TRUE(ui.Press("###pain_7"));
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].pain, 7) << "the same entry, detailed";
  ASSERT_TRUE(ui.ScrollTo("###log_another"));
  ASSERT_TRUE(ui.Press("###log_another"));
  ASSERT_TRUE(ui.Press("###when_30"));
  SaveWhereAndHowLong(ui, "###muscle_calf_back", "###side_left", "###duration_60");
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 2u);
}

TEST(LogPast, SaysWhichNightInChinese) {
  UiDriver ui(390, 844, {{"settings", R"({"language":"zh-Hans"})"}});
  MorningAfter(ui);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_earlier"));
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(ui.Press("###hour_minus"));
  EXPECT_TRUE(Has(Text("###log_night"), "11月22日 周日晚上到11月23日 周一早上"))
      << Text("###log_night");
  EXPECT_TRUE(Has(Text("###log_night"), "01:00")) << Text("###log_night");
}

// Issue 24, item 12: Sunday 29 March 2026 in Berlin, 07:00:20 summer time (+02:00); the
// clocks went from 02:00 (+01:00) to 03:00 (+02:00) at 01:00 UTC that night.
namespace {
constexpr std::int64_t kBerlinSpringForward = 1774746000;  // 2026-03-29T01:00:00Z
constexpr std::int64_t kBerlinSevenAm = 1774760420;        // 2026-03-29T07:00:20+02:00

void BerlinMorningAfterSpringForward(UiDriver& ui) {
  ui.Clock().SetZoneRules(60, {{kBerlinSpringForward, 120}});
  ui.Clock().Set({kBerlinSevenAm, 120});
}

// From the picker at `time` on to a saved calf cramp of 2 minutes.
void SaveFromPicker(UiDriver& ui) {
  ASSERT_TRUE(ui.ScrollTo("###next"));
  ASSERT_TRUE(ui.Press("###next"));
  SaveWhereAndHowLong(ui, "###muscle_calf_back", "###side_right", "###duration_120");
}
}  // namespace

TEST(LogPast, ACrampBeforeTheClocksWentForwardKeepsThatNightsOffset) {
  UiDriver ui;
  ui.Clock().SetZoneRules(60, {{kBerlinSpringForward, 120}});
  ui.Clock().Set({kBerlinSpringForward + 10 * 60 + 20, 120});  // 03:10:20 summer time
  LogPast(ui, "###when_15");
  const auto& stored = ui.Storage().Contents().episodes;
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].started_at, "2026-03-29T01:55:00+01:00") << "not 02:55+02:00";
}

TEST(LogPast, ADayBackAcrossTheChangeKeepsTheHourInThatDaysOffset) {
  UiDriver ui;
  BerlinMorningAfterSpringForward(ui);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_earlier"));
  ASSERT_TRUE(ui.Press("###day_minus"));
  EXPECT_TRUE(Has(Text("###log_night"), "06:00")) << Text("###log_night");
  SaveFromPicker(ui);
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].started_at, "2026-03-28T06:00:00+01:00");
}

TEST(LogPast, ATimeTheClocksSkippedIsMovedOutOfTheGapWithANote) {
  UiDriver ui;
  BerlinMorningAfterSpringForward(ui);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_earlier"));                            // 06:00
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(ui.Press("###hour_minus"));  // 03:00
  EXPECT_EQ(app::FindItem("###when_moved"), nullptr);
  ASSERT_TRUE(ui.Press("###hour_minus"));  // 02:00 never happened: back to 01:00
  const std::string note = Text("###when_moved");
  EXPECT_TRUE(Has(note, "02:00") && Has(note, "01:00")) << note;
  EXPECT_TRUE(Has(Text("###log_night"), "01:00")) << Text("###log_night");
  ASSERT_TRUE(ui.Press("###hour_plus"));  // 02:00 again: on to 03:00
  EXPECT_TRUE(Has(Text("###when_moved"), "03:00")) << Text("###when_moved");
  SaveFromPicker(ui);
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].started_at, "2026-03-29T03:00:00+02:00");
}

// Issue 24, item 7: the common night hours, one tap each.
TEST(LogPast, ANightHourIsOneTapToThreeInTheMorningOfTheNightJustGone) {
  UiDriver ui;
  MorningAfter(ui);  // 07:00 on Mon 23 Nov
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###night_hour_3"));
  EXPECT_STREQ(ui.App().ScreenName(), "log_past");
  const std::string night = Text("###log_night");
  EXPECT_TRUE(Has(night, "night from Sun 22 Nov") && Has(night, "03:00")) << night;
  SaveWhereAndHowLong(ui, "###muscle_calf_back", "###side_left", "###duration_60");
  const auto& stored = ui.Storage().Contents().episodes;
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].started_at, "2026-11-23T03:00:00+08:00");
  EXPECT_TRUE(stored[0].woke_from_sleep);
}

TEST(LogPast, BackFromANightHourOpensTheFineSteppersAtThatTime) {
  UiDriver ui;
  MorningAfter(ui);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###night_hour_4"));
  ASSERT_TRUE(ui.ScrollTo("###back"));
  ASSERT_TRUE(ui.Press("###back"));
  ASSERT_NE(app::FindItem("###minute_plus"), nullptr) << "the picker, with its steppers";
  ASSERT_TRUE(ui.Press("###minute_plus"));  // 04:05
  EXPECT_TRUE(Has(Text("###log_night"), "04:05")) << Text("###log_night");
}

TEST(LogPast, ANightHourStillToComeTonightIsLastNights) {
  UiDriver ui;
  ui.Clock().Set({kSevenAm - 5 * 3600, 480});  // 02:00:20 on Mon 23 Nov, awake with a cramp
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###night_hour_3"));  // 03:00 today has not come: the night before
  const std::string night = Text("###log_night");
  EXPECT_TRUE(Has(night, "night from Sat 21 Nov") && Has(night, "03:00")) << night;
  for (int i = 0; i < 2; ++i) {  // where -> the picker -> when
    ASSERT_TRUE(ui.ScrollTo("###back"));
    ASSERT_TRUE(ui.Press("###back"));
  }
  ASSERT_TRUE(ui.Press("###night_hour_1"));  // 01:00 tonight has
  EXPECT_TRUE(Has(Text("###log_night"), "night from Sun 22 Nov")) << Text("###log_night");
}

TEST(LogPast, ANightHourTheClocksSkippedIsMovedOnWithANote) {
  UiDriver ui;
  BerlinMorningAfterSpringForward(ui);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###night_hour_2"));  // 02:00 never happened that night
  const std::string note = Text("###when_moved");
  EXPECT_TRUE(Has(note, "02:00") && Has(note, "03:00")) << note;
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_right"));
  ASSERT_TRUE(ui.Press("###duration_120"));
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].started_at, "2026-03-29T03:00:00+02:00");
}

TEST(LogPast, ANightHourBeforeTheClocksWentForwardKeepsThatNightsOffset) {
  UiDriver ui;
  BerlinMorningAfterSpringForward(ui);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###night_hour_1"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_right"));
  ASSERT_TRUE(ui.Press("###duration_120"));
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].started_at, "2026-03-29T01:00:00+01:00");
}
