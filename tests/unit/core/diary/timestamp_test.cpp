#include "core/diary/timestamp.h"

#include <gtest/gtest.h>

using namespace core::diary;

namespace {
std::string Why(const char* text, TimestampKind kind = TimestampKind::kLocalWithOffset) {
  std::string why;
  EXPECT_FALSE(ParseTimestamp(text, kind, &why)) << text;
  return why;
}
}  // namespace

TEST(Timestamp, ParsesLocalTimeWithOffset) {
  const auto t = ParseTimestamp("2026-11-23T03:12:00+08:00", TimestampKind::kLocalWithOffset);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->date, (LocalDate{2026, 11, 23}));
  EXPECT_EQ(t->hour, 3);
  EXPECT_EQ(t->minute, 12);
  EXPECT_EQ(t->offset_minutes, 480);
  // 03:12 at +08:00 is 19:12 UTC the day before.
  EXPECT_EQ(FormatUtcSeconds(t->UtcSeconds()), "2026-11-22T19:12:00Z");
  EXPECT_EQ(FormatTimestamp(*t), "2026-11-23T03:12:00+08:00");
}

TEST(Timestamp, ParsesNegativeAndOddOffsets) {
  const auto ny = ParseTimestamp("2026-11-23T03:12:00-05:00", TimestampKind::kLocalWithOffset);
  ASSERT_TRUE(ny);
  EXPECT_EQ(FormatUtcSeconds(ny->UtcSeconds()), "2026-11-23T08:12:00Z");
  const auto nepal = ParseTimestamp("2026-11-23T03:12:00+05:45", TimestampKind::kLocalWithOffset);
  ASSERT_TRUE(nepal);
  EXPECT_EQ(nepal->offset_minutes, 345);
  EXPECT_TRUE(ParseTimestamp("2026-11-23T03:12:00+14:00", TimestampKind::kLocalWithOffset));
  EXPECT_TRUE(ParseTimestamp("2026-11-23T03:12:00-12:00", TimestampKind::kLocalWithOffset));
  EXPECT_TRUE(ParseTimestamp("2026-11-23T03:12:00Z", TimestampKind::kLocalWithOffset));
}

TEST(Timestamp, ParsesUtcWithFraction) {
  const auto t = ParseTimestamp("2026-11-22T19:12:05.123Z", TimestampKind::kUtc);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->nanos, 123000000);
  EXPECT_TRUE(t->utc);
  EXPECT_NE(Why("2026-11-22T19:12:05+00:00", TimestampKind::kUtc).find("UTC"), std::string::npos);
}

TEST(Timestamp, RejectsImpossibleTimes) {
  EXPECT_NE(Why("2026-02-30T03:00:00+01:00").find("not a date"), std::string::npos);
  EXPECT_NE(Why("2026-02-29T03:00:00+01:00").find("not a date"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T24:00:00+01:00").find("hour"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T23:60:00+01:00").find("minute"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T23:59:60+01:00").find("second"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T03:00:00+15:00").find("offset"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T03:00:00-13:00").find("offset"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T03:00:00+05:20").find("offset"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T03:00:00+05:60").find("offset"), std::string::npos);
  EXPECT_NE(Why("2026-11-23T03:00:00-00:00").find("unknown"), std::string::npos);
  EXPECT_NE(Why("1899-12-31T03:00:00+00:00").find("year"), std::string::npos);
  EXPECT_NE(Why("2200-01-01T03:00:00+00:00").find("year"), std::string::npos);
}

TEST(Timestamp, RejectsOtherShapes) {
  for (const char* text :
       {"", "2026-11-23", "2026-11-23T03:12:00", "2026-11-23 03:12:00+08:00",
        "2026-11-23t03:12:00+08:00", "2026-11-23T03:12+08:00", "2026-11-23T03:12:00+0800",
        "2026-11-23T03:12:00+08:00 ", "2026-11-23T03:12:00+08", "2026-11-23T03:12:00.+08:00",
        "2026-11-23T03:12:00.1234567890Z", "+2026-11-23T03:12:00Z", "2026-11-23T03:1a:00Z",
        "2026-11-23T03:12:00z", "2026-11-23T03:12:00ZZ"}) {
    EXPECT_FALSE(ParseTimestamp(text, TimestampKind::kLocalWithOffset)) << text;
  }
}

TEST(Timestamp, NightRunsFromNoonToNoon) {
  auto night = [](const char* text) {
    return FormatDate(
        CivilFromDays(NightOf(*ParseTimestamp(text, TimestampKind::kLocalWithOffset))));
  };
  EXPECT_EQ(night("2026-11-24T02:30:00+08:00"), "2026-11-23");
  EXPECT_EQ(night("2026-11-23T23:59:00+08:00"), "2026-11-23");
  EXPECT_EQ(night("2026-11-24T00:00:00+08:00"), "2026-11-23");
  EXPECT_EQ(night("2026-11-24T11:59:59+08:00"), "2026-11-23");
  EXPECT_EQ(night("2026-11-24T12:00:00+08:00"), "2026-11-24");
  EXPECT_EQ(night("2026-01-01T01:00:00+01:00"), "2025-12-31");  // across the year
  EXPECT_EQ(night("2024-03-01T01:00:00+01:00"), "2024-02-29");  // leap day
}

TEST(Timestamp, NightUsesWallClockAcrossDaylightSaving) {
  auto night = [](const char* text) {
    return FormatDate(
        CivilFromDays(NightOf(*ParseTimestamp(text, TimestampKind::kLocalWithOffset))));
  };
  // Europe, 2026-03-29: clocks go from 02:00 +01:00 to 03:00 +02:00 in the same night.
  EXPECT_EQ(night("2026-03-29T01:30:00+01:00"), "2026-03-28");
  EXPECT_EQ(night("2026-03-29T03:30:00+02:00"), "2026-03-28");
  EXPECT_EQ(night("2026-03-29T11:30:00+02:00"), "2026-03-28");
  // Autumn: 02:30 happens twice; both belong to the same night.
  EXPECT_EQ(night("2026-10-25T02:30:00+02:00"), "2026-10-24");
  EXPECT_EQ(night("2026-10-25T02:30:00+01:00"), "2026-10-24");
}

TEST(Timestamp, FormatUtcSecondsBeforeEpoch) {
  EXPECT_EQ(FormatUtcSeconds(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(FormatUtcSeconds(0), "1970-01-01T00:00:00Z");
}

TEST(Timestamp, LocalDateAtUsesTheOffset) {
  // 2026-11-22T19:12:00Z is 03:12 on 23 November in Shanghai and still the 22nd in London.
  EXPECT_EQ(core::diary::LocalDateAt(1795374720, 480), (core::diary::LocalDate{2026, 11, 23}));
  EXPECT_EQ(core::diary::LocalDateAt(1795374720, 0), (core::diary::LocalDate{2026, 11, 22}));
  EXPECT_EQ(core::diary::LocalDateAt(-1, 0), (core::diary::LocalDate{1969, 12, 31}));
}

TEST(Timestamp, NightAtIsTheNightUnderWay) {
  // 2026-11-22T19:12:00Z: 03:12 on the 23rd in Shanghai and 19:12 on the 22nd in London,
  // both in the night of the 22nd, as NightOf names an episode logged then.
  EXPECT_EQ(core::diary::NightAt(1795374720, 480), (core::diary::LocalDate{2026, 11, 22}));
  EXPECT_EQ(core::diary::NightAt(1795374720, 0), (core::diary::LocalDate{2026, 11, 22}));
  // Noon in Shanghai on the 23rd begins the night of the 23rd; a second earlier is the 22nd's.
  const std::int64_t noon = 1795374720 + 8 * 3600 + 48 * 60;
  EXPECT_EQ(core::diary::NightAt(noon, 480), (core::diary::LocalDate{2026, 11, 23}));
  EXPECT_EQ(core::diary::NightAt(noon - 1, 480), (core::diary::LocalDate{2026, 11, 22}));
  const auto at_noon = ParseTimestamp("2026-11-23T12:00:00+08:00", TimestampKind::kLocalWithOffset);
  ASSERT_TRUE(at_noon);
  EXPECT_EQ(at_noon->UtcSeconds(), noon);
  EXPECT_EQ(core::diary::DaysFromCivil(core::diary::NightAt(noon, 480)), core::diary::NightOf(*at_noon));
}
