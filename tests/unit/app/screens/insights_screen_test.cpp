// The Trends screen: what the diary says, read back from the findings' items as a person
// (or a screen reader) would see them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/item_recorder.h"
#include "core/diary/civil_date.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::diary::Episode;
using core::diary::LocalDate;

namespace {

constexpr LocalDate kToday{2026, 11, 23};

// One cramp at 03:00 on the night that began `nights_ago` nights before kToday's night.
Episode CrampNightsAgo(std::uint64_t n, int nights_ago, int duration_s) {
  const LocalDate morning = core::diary::AddDays(kToday, 1 - nights_ago);
  return test_diary::MakeEpisode(n, core::diary::FormatDate(morning) + "T03:00:00+08:00",
                                 duration_s);
}

std::string Finding(const char* id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item == nullptr ? std::string("(not shown)") : item->label;
}

// Opens Trends at 03:12 on the morning after kToday: in kToday's night, the last one counted.
void OpenTrends(UiDriver& ui) {
  ui.SetToday(core::diary::AddDays(kToday, 1));
  ASSERT_TRUE(ui.Press("###nav_insights"));
  ASSERT_STREQ(ui.App().ScreenName(), "insights");
}

bool Has(const std::string& text, const char* part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST(Trends, AnEmptyDiaryLeadsToTheDiaryInsteadOfEmptyNumbers) {
  UiDriver ui;
  OpenTrends(ui);
  EXPECT_NE(app::FindItem("###insights_diary"), nullptr);
  EXPECT_EQ(app::FindItem("###trend_weeks"), nullptr);
}

TEST(Trends, FrequentAndLengtheningCrampsAskForADoctorSoon) {
  // Every other night for 8 weeks (3.5 a week), each a little longer than the one before.
  std::vector<Episode> diary;
  for (int i = 0; i < 28; ++i) diary.push_back(CrampNightsAgo(i, 55 - 2 * i, 60 + 10 * i));
  UiDriver ui(390, 844, {}, diary);
  OpenTrends(ui);
  const std::string frequency = Finding("###trend_frequency");
  EXPECT_TRUE(Has(frequency, "frequent (3 or more a week)")) << frequency;
  const std::string longer = Finding("###trend_longer");
  EXPECT_TRUE(Has(longer, "Cramps are lasting longer")) << longer;
  EXPECT_TRUE(Has(longer, "within days to two weeks")) << longer;
  EXPECT_TRUE(Has(Finding("###trend_weeks"), "Last 4 weeks: 14 cramps, 3.5 a week"))
      << Finding("###trend_weeks");
  ASSERT_TRUE(ui.ScrollTo("###trend_muscles"));
  EXPECT_TRUE(Has(Finding("###trend_muscles"), "Back of calf 28")) << Finding("###trend_muscles");
  // The 12-week grid ends with the week of kToday (a Monday): 78 past nights, every other
  // one with a cramp from 55 nights ago on. It is below the fold on a phone.
  ASSERT_TRUE(ui.ScrollTo("###trend_nights"));
  EXPECT_TRUE(Has(Finding("###trend_nights"), "28 nights with a cramp"))
      << Finding("###trend_nights");
}

TEST(Trends, SteadyOccasionalCrampsAreNotCalledFrequentOrLonger) {
  std::vector<Episode> diary;
  for (int i = 0; i < 10; ++i) diary.push_back(CrampNightsAgo(i, 60 - 6 * i, 90));
  UiDriver ui(390, 844, {}, diary);
  OpenTrends(ui);
  const std::string frequency = Finding("###trend_frequency");
  EXPECT_TRUE(Has(frequency, "between rare and frequent")) << frequency;
  EXPECT_TRUE(Has(Finding("###trend_longer"), "not lasting longer")) << Finding("###trend_longer");
  EXPECT_TRUE(Has(Finding("###trend_duration"), "Half of your 10 cramps were over within 1 min 30 s"))
      << Finding("###trend_duration");
}

TEST(Trends, AShortDiaryWaitsForTwoWeeksBeforeSayingHowOften) {
  UiDriver ui(390, 844, {},
              {CrampNightsAgo(1, 3, 700), CrampNightsAgo(2, 1, 650), CrampNightsAgo(3, 0, 800)});
  OpenTrends(ui);
  const std::string frequency = Finding("###trend_frequency");
  EXPECT_TRUE(Has(frequency, "once the diary covers 2 weeks (4 nights so far)")) << frequency;
  EXPECT_FALSE(Has(frequency, "frequent")) << frequency;
  EXPECT_TRUE(Has(Finding("###trend_duration"), "longer than 10 minutes"))
      << Finding("###trend_duration");
}

TEST(Trends, AfterMidnightTheNightUnderWayIsTheLastCramplessNightCounted) {
  // A cramp at 03:00 this morning, Trends opened at 00:39 the next night: the night under
  // way is the only cramp-free one. The calendar date would add the coming night too.
  UiDriver ui(390, 844, {}, {CrampNightsAgo(1, 1, 60)});
  ASSERT_TRUE(ui.Press("###nav_insights"));
  ui.Clock().Set(
      {core::diary::DaysFromCivil(core::diary::AddDays(kToday, 1)) * 86400 + (39 - 480) * 60, 480});
  ASSERT_TRUE(ui.Press("###nav_home"));
  ASSERT_TRUE(ui.Press("###nav_insights"));
  const std::string streaks = Finding("###trend_streaks");
  EXPECT_TRUE(Has(streaks, "1 night without a cramp since the last one.")) << streaks;
  EXPECT_TRUE(Has(streaks, "Most nights in a row without a cramp: 1. Nights with a cramp: 1 of 2."))
      << streaks;
}

TEST(Trends, ACrampLoggedNowIsCountedWhenTrendsIsOpenedAgain) {
  UiDriver ui(390, 844, {}, {CrampNightsAgo(1, 5, 60)});
  OpenTrends(ui);
  EXPECT_TRUE(Has(Finding("###trend_weeks"), "1 cramp since your first entry 5 nights ago."))
      << Finding("###trend_weeks");
  EXPECT_FALSE(Has(Finding("###trend_weeks"), "a week.")) << "no weekly rate before 7 nights";
  ASSERT_TRUE(ui.Press("###nav_home"));
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_foot"));
  ASSERT_TRUE(ui.Press("###side_left"));
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_TRUE(ui.Press("###skip"));
  ASSERT_TRUE(ui.Press("###nav_insights"));
  EXPECT_TRUE(Has(Finding("###trend_weeks"), "2 cramps since your first entry"))
      << Finding("###trend_weeks");
  ASSERT_TRUE(ui.ScrollTo("###trend_muscles"));  // below the chart's title and axis line
  EXPECT_TRUE(Has(Finding("###trend_muscles"), "Foot (sole) 1")) << Finding("###trend_muscles");
}

namespace {

// `count` cramps on consecutive nights ending last night, built by `shape`.
template <typename Shape>
std::vector<Episode> Cramps(int count, Shape shape) {
  std::vector<Episode> diary;
  for (int i = 0; i < count; ++i) {
    Episode e = CrampNightsAgo(static_cast<std::uint64_t>(i), count - i, 60);
    shape(i, e);
    diary.push_back(e);
  }
  return diary;
}

std::string OpenAndRead(UiDriver& ui, const char* id) {
  OpenTrends(ui);
  if (!ui.ScrollTo(id)) return "(not shown)";
  return Finding(id);
}

}  // namespace

TEST(Trends, ReliefThatHelpedIsShownWithItsNumbersOnlyFromTheMinimum) {
  const auto stretched = [](int answered) {
    return Cramps(answered, [](int i, Episode& e) {
      e.relief = core::diary::Relief::kStretch;
      e.relief_helped = i != 0;  // all but the first helped
    });
  };
  {
    UiDriver ui(390, 844, {}, stretched(4));
    const std::string relief = OpenAndRead(ui, "###trend_relief");
    EXPECT_TRUE(Has(relief, "once one kind of relief has 5 answers")) << relief;
    EXPECT_FALSE(Has(relief, "3 of 4")) << "no claim from 4 answers: " << relief;
  }
  {
    UiDriver ui(390, 844, {}, stretched(5));
    const std::string relief = OpenAndRead(ui, "###trend_relief");
    EXPECT_TRUE(Has(relief, "Relief that helped: stretching 4 of 5 times")) << relief;
  }
}

TEST(Trends, TriggersShowTheNightsBehindThemOnlyWithEnoughNights) {
  // Hard exercise logged before 6 of the cramp nights.
  const auto exercised = [](int nights) {
    return Cramps(nights, [](int i, Episode& e) {
      if (i % 3 != 0 || i == 0) e.triggers.Add(core::diary::Trigger::kHardExercise);
    });
  };
  {
    UiDriver ui(390, 844, {}, exercised(9));
    const std::string triggers = OpenAndRead(ui, "###trend_triggers");
    EXPECT_TRUE(Has(triggers, "once the diary has 10 cramp nights")) << triggers;
    EXPECT_FALSE(Has(triggers, "Hard exercise")) << triggers;
  }
  {
    UiDriver ui(390, 844, {}, exercised(10));
    const std::string triggers = OpenAndRead(ui, "###trend_triggers");
    EXPECT_TRUE(Has(triggers, "Hard exercise on 7 of 10 cramp nights")) << triggers;
    EXPECT_TRUE(Has(triggers, "not what causes them")) << triggers;
  }
}

TEST(Trends, PainOverTimeWaitsForEnoughRatings) {
  const auto rated = [](int count) {
    return Cramps(count, [](int i, Episode& e) { e.pain = 4 + (i % 2) * 2; });
  };
  {
    UiDriver ui(390, 844, {}, rated(4));
    const std::string pain = OpenAndRead(ui, "###trend_pain");
    EXPECT_TRUE(Has(pain, "once 5 cramps have a pain rating")) << pain;
  }
  {
    UiDriver ui(390, 844, {}, rated(6));
    const std::string pain = OpenAndRead(ui, "###trend_pain");
    EXPECT_TRUE(Has(pain, "5.0 of 10 on average over 12 weeks (6 ratings)")) << pain;
    EXPECT_TRUE(Has(pain, "Last 4 weeks: 5.0 of 10 (6 ratings)")) << pain;
  }
}

TEST(Trends, TheCalendarSaysWhatItShows) {
  UiDriver ui(390, 844, {}, {CrampNightsAgo(1, 2, 60)});
  EXPECT_TRUE(Has(OpenAndRead(ui, "###trend_calendar"), "Nights with a cramp, last 12 weeks"));
}
