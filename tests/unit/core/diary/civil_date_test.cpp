#include "core/diary/civil_date.h"

#include <gtest/gtest.h>

using namespace core::diary;

TEST(CivilDate, DaysFromCivilKnownValues) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2026, 11, 23), 20780);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28), 2);  // 2000 is leap
  EXPECT_EQ(DaysFromCivil(1900, 3, 1) - DaysFromCivil(1900, 2, 28), 1);  // 1900 is not
}

TEST(CivilDate, RoundTripsEveryDayOfFourCenturies) {
  for (std::int64_t day = DaysFromCivil(1900, 1, 1); day <= DaysFromCivil(2300, 1, 1); ++day) {
    const LocalDate date = CivilFromDays(day);
    ASSERT_TRUE(IsValidDate(date.year, date.month, date.day));
    ASSERT_EQ(DaysFromCivil(date), day);
  }
}

TEST(CivilDate, WeekdayMondayIsZero) {
  EXPECT_EQ(Weekday(DaysFromCivil(2026, 11, 23)), 0);  // Monday
  EXPECT_EQ(Weekday(DaysFromCivil(2026, 3, 29)), 6);   // Sunday
  EXPECT_EQ(Weekday(DaysFromCivil(1969, 12, 29)), 0);  // before the epoch
  EXPECT_EQ(MondayOnOrBefore(DaysFromCivil(2026, 11, 29)), DaysFromCivil(2026, 11, 23));
}

TEST(CivilDate, IsoWeeksAtYearEdges) {
  auto week = [](int y, int m, int d) { return FormatIsoWeek(IsoWeekOf(DaysFromCivil(y, m, d))); };
  EXPECT_EQ(week(2026, 1, 1), "2026-W01");
  EXPECT_EQ(week(2027, 1, 1), "2026-W53");
  EXPECT_EQ(week(2021, 1, 3), "2020-W53");
  EXPECT_EQ(week(2024, 12, 30), "2025-W01");
  EXPECT_EQ(week(2026, 11, 23), "2026-W48");
}

TEST(CivilDate, ParseDateRejectsImpossibleDates) {
  EXPECT_TRUE(ParseDate("2024-02-29"));
  EXPECT_FALSE(ParseDate("2026-02-29"));
  EXPECT_FALSE(ParseDate("2026-02-30"));
  EXPECT_FALSE(ParseDate("2026-04-31"));
  EXPECT_FALSE(ParseDate("2026-13-01"));
  EXPECT_FALSE(ParseDate("2026-00-10"));
  EXPECT_FALSE(ParseDate("2026-1-5"));
  EXPECT_FALSE(ParseDate("2026-01-05 "));
  EXPECT_FALSE(ParseDate("20260105"));
  EXPECT_FALSE(ParseDate(""));
  const auto date = ParseDate("2026-11-23");
  ASSERT_TRUE(date);
  EXPECT_EQ(FormatDate(*date), "2026-11-23");
}
