#include "core/diary/night_list.h"

#include <gtest/gtest.h>

#include "episode_builder.h"

using core::diary::BuildNightList;
using core::diary::LocalDate;
using core::diary::NightListFilter;
using test_diary::MakeEpisode;

TEST(NightList, GroupsByNightNewestFirstWithTheLatestCrampOfANightFirst) {
  const std::vector<core::diary::Episode> episodes = {
      MakeEpisode(0, "2026-11-20T03:00:00+08:00"),  // night of the 19th
      MakeEpisode(1, "2026-11-22T23:10:00+08:00"),  // night of the 22nd, before midnight
      MakeEpisode(2, "2026-11-23T01:30:00+08:00"),  // the same night, after midnight
      MakeEpisode(3, "2026-11-22T04:00:00+08:00"),  // night of the 21st
  };
  const core::diary::NightList list = BuildNightList(episodes, {});
  ASSERT_EQ(list.rows.size(), 7u);
  EXPECT_EQ(list.entries, 4u);
  EXPECT_TRUE(list.rows[0].header);
  EXPECT_EQ(list.rows[0].night, (LocalDate{2026, 11, 22}));
  EXPECT_EQ(list.rows[0].entries, 2);
  EXPECT_EQ(list.rows[1].episode, 2u) << "01:30 is later in that night than 23:10";
  EXPECT_EQ(list.rows[2].episode, 1u);
  EXPECT_TRUE(list.rows[3].header);
  EXPECT_EQ(list.rows[3].night, (LocalDate{2026, 11, 21}));
  EXPECT_EQ(list.rows[4].episode, 3u);
  EXPECT_EQ(list.rows[5].night, (LocalDate{2026, 11, 19}));
  EXPECT_EQ(list.rows[6].episode, 0u);
}

TEST(NightList, OrdersByTheRealInstantAcrossOffsets) {
  // 02:00 in London is 10:00 in Shanghai: the London cramp came later that night.
  const std::vector<core::diary::Episode> episodes = {
      MakeEpisode(0, "2026-11-23T03:00:00+08:00"),
      MakeEpisode(1, "2026-11-23T02:00:00+00:00"),
  };
  const core::diary::NightList list = BuildNightList(episodes, {});
  ASSERT_EQ(list.rows.size(), 3u);
  EXPECT_EQ(list.rows[1].episode, 1u);
  EXPECT_EQ(list.rows[2].episode, 0u);
}

TEST(NightList, FiltersByMuscleAndSide) {
  std::vector<core::diary::Episode> episodes;
  for (int i = 0; i < 6; ++i) {
    core::diary::Episode e = MakeEpisode(static_cast<std::uint64_t>(i),
                                         "2026-11-2" + std::to_string(i) + "T03:00:00+08:00");
    e.muscle = i % 2 == 0 ? core::diary::Muscle::kFoot : core::diary::Muscle::kCalfBack;
    e.side = i < 3 ? core::diary::Side::kLeft : core::diary::Side::kRight;
    episodes.push_back(e);
  }
  NightListFilter foot;
  foot.muscle = core::diary::Muscle::kFoot;
  EXPECT_EQ(BuildNightList(episodes, foot).entries, 3u);
  NightListFilter foot_right = foot;
  foot_right.side = core::diary::Side::kRight;
  const core::diary::NightList list = BuildNightList(episodes, foot_right);
  ASSERT_EQ(list.entries, 1u);
  EXPECT_EQ(list.rows[1].episode, 4u);
  EXPECT_EQ(BuildNightList(episodes, NightListFilter{}).entries, 6u);
}

TEST(NightList, NamesTheFirstRowOfEveryMonthNewestFirst) {
  const std::vector<core::diary::Episode> episodes = {
      MakeEpisode(0, "2026-09-15T03:00:00+08:00"),
      MakeEpisode(1, "2026-11-01T03:00:00+08:00"),  // night of 31 October
      MakeEpisode(2, "2026-11-20T03:00:00+08:00"),
      MakeEpisode(3, "2026-11-10T03:00:00+08:00"),
  };
  const core::diary::NightList list = BuildNightList(episodes, {});
  ASSERT_EQ(list.months.size(), 3u);
  EXPECT_EQ(list.months[0].month, 11);
  EXPECT_EQ(list.months[0].row, 0u);
  EXPECT_EQ(list.months[1].month, 10) << "a cramp on 1 Nov at 03:00 is October's last night";
  EXPECT_EQ(list.months[1].row, 4u);
  EXPECT_EQ(list.months[2].month, 9);
  EXPECT_EQ(list.months[2].year, 2026);
  EXPECT_TRUE(list.rows[list.months[2].row].header);
}

TEST(NightList, AnUnreadableTimeIsStillListedLast) {
  core::diary::Episode broken = MakeEpisode(1, "yesterday");
  const core::diary::NightList list =
      BuildNightList({broken, MakeEpisode(0, "2026-11-20T03:00:00+08:00")}, {});
  ASSERT_EQ(list.rows.size(), 4u);
  EXPECT_TRUE(list.rows[2].header);
  EXPECT_FALSE(list.rows[2].night.has_value());
  EXPECT_EQ(list.rows[3].episode, 0u);
}
