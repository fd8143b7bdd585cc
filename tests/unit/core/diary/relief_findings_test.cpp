#include "core/diary/relief_findings.h"

#include <gtest/gtest.h>

#include "episode_builder.h"

namespace {

constexpr core::diary::LocalDate kAsOf{2026, 11, 23};

// `helped` of `answered` answers for `relief`, then `unanswered` without an answer.
void Add(std::vector<core::diary::Episode>& episodes, core::diary::Relief relief, int helped,
         int answered, int unanswered = 0) {
  for (int i = 0; i < answered + unanswered; ++i) {
    core::diary::Episode e = test_diary::MakeEpisode(
        episodes.size(),
        test_diary::MorningAfter(core::diary::AddDays(kAsOf, -static_cast<int>(episodes.size()))));
    e.relief = relief;
    if (i < answered) e.relief_helped = i < helped;
    episodes.push_back(e);
  }
}

}  // namespace

TEST(ReliefFindings, OnlyReliefWithEnoughAnswersIsShownBestFirst) {
  std::vector<core::diary::Episode> episodes;
  Add(episodes, core::diary::Relief::kStretch, 4, 6);
  Add(episodes, core::diary::Relief::kHeat, 5, 5);
  Add(episodes, core::diary::Relief::kMassage, 4, core::diary::kMinReliefAnswers - 1, 9);
  Add(episodes, core::diary::Relief::kNone, 0, 8);
  const auto shown = core::diary::ReliefsToShow(core::diary::ComputeStats(episodes, kAsOf));
  ASSERT_EQ(shown.size(), 2u) << "massage has too few answers; nothing is not a relief";
  EXPECT_EQ(shown[0].relief, core::diary::Relief::kHeat);
  EXPECT_EQ(shown[0].helped, 5);
  EXPECT_EQ(shown[1].relief, core::diary::Relief::kStretch);
  EXPECT_EQ(shown[1].helped, 4);
  EXPECT_EQ(core::diary::Answered(shown[1]), 6);
}
