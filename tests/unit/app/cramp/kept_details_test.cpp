// Issue 24 item 2, "nothing lost, nothing invented": details chosen count however the
// person leaves, what eased the cramp and whether it helped stay unanswered until
// answered, and a cramp left during its stretch is offered back on Home.
#include <gtest/gtest.h>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

void StartACramp(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_left"));
}

void LogACramp(UiDriver& ui) {
  StartACramp(ui);
  ui.Clock().Advance(40.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_NE(app::FindItem("###save"), nullptr);
}

const core::diary::Episode& OnlyEntry(UiDriver& ui) {
  return ui.Storage().Contents().episodes.at(0);
}

}  // namespace

TEST(KeptDetails, ACrampNowEntryHasNoInventedReliefOrHelped) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  EXPECT_FALSE(OnlyEntry(ui).relief.has_value()) << "not \"nothing\", not \"stretching\"";
  EXPECT_FALSE(OnlyEntry(ui).relief_helped.has_value()) << "\"it helped\" is never chosen";
  ASSERT_TRUE(ui.Press("###details_more"));
  for (const char* id : {"###helped_yes", "###helped_no", "###helped_unknown"})
    EXPECT_EQ(app::FindItem(id), nullptr) << id << " before any relief is chosen";
}

TEST(KeptDetails, PainFiveThenDoneStoresPainFive) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  ASSERT_TRUE(ui.Press("###pain_5"));
  ASSERT_TRUE(ui.Press("###skip"));  // "Done", without Save
  EXPECT_EQ(OnlyEntry(ui).pain, 5);
  EXPECT_NE(app::FindItem("###cramp_now"), nullptr) << "Done still goes Home";
}

TEST(KeptDetails, DetailsChosenThenATabAreSaved) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  const bool guessed_woke = OnlyEntry(ui).woke_from_sleep;
  ASSERT_TRUE(ui.Press("###pain_7"));
  ASSERT_TRUE(ui.Press("###woke_from_sleep"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_EQ(OnlyEntry(ui).pain, 7);
  EXPECT_EQ(OnlyEntry(ui).woke_from_sleep, !guessed_woke);
  EXPECT_GE(OnlyEntry(ui).updated_at, OnlyEntry(ui).created_at);
}

TEST(KeptDetails, ReliefChosenThenDoneIsSavedWithoutAHelpedAnswer) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  ASSERT_TRUE(ui.Press("###details_more"));
  ASSERT_TRUE(ui.Press("###relief_heat"));
  ASSERT_TRUE(ui.Press("###skip"));
  EXPECT_EQ(OnlyEntry(ui).relief, core::diary::Relief::kHeat);
  EXPECT_FALSE(OnlyEntry(ui).relief_helped.has_value());
}

TEST(KeptDetails, NothingChangedThenDoneWritesNothingMore) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  const core::diary::Episode before = OnlyEntry(ui);
  ASSERT_TRUE(ui.Press("###skip"));
  EXPECT_EQ(OnlyEntry(ui), before);
}

TEST(KeptDetails, ACrampLeftDuringTheStretchIsOfferedBackOnHome) {
  UiDriver ui(390, 2000);
  StartACramp(ui);
  ui.Clock().Advance(30.0);
  ASSERT_TRUE(ui.Press("###nav_home"));
  ASSERT_NE(app::FindItem("###resume_cramp"), nullptr) << "the cramp must not vanish";
  ui.Clock().Advance(15.0);
  ASSERT_TRUE(ui.Press("###resume_cramp"));
  ASSERT_NE(app::FindItem("###cramp_done"), nullptr) << "back at the running timer";
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(OnlyEntry(ui).duration_s, 45) << "the time away counts: the cramp went on";
}

TEST(KeptDetails, HomeOffersNothingToResumeWhenNoCrampRuns) {
  UiDriver ui(390, 2000);
  EXPECT_EQ(app::FindItem("###resume_cramp"), nullptr);
  LogACramp(ui);
  ASSERT_TRUE(ui.Press("###skip"));
  EXPECT_EQ(app::FindItem("###resume_cramp"), nullptr) << "a saved cramp is not running";
}

TEST(KeptDetails, CrampNowStillStartsAfreshWhileOneRuns) {
  UiDriver ui(390, 2000);
  StartACramp(ui);
  ASSERT_TRUE(ui.Press("###nav_home"));
  ASSERT_TRUE(ui.Press("###cramp_now"));
  EXPECT_NE(app::FindItem("###muscle_calf_back"), nullptr);
}

// Log a past cramp shares the details step: Back from it keeps what was chosen.
TEST(KeptDetails, LogPastDetailsChosenThenBackAreSaved) {
  UiDriver ui(390, 2000);
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_30"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_right"));
  ASSERT_TRUE(ui.Press("###duration_120"));
  ASSERT_TRUE(ui.ScrollTo("###save"));
  ASSERT_TRUE(ui.Press("###save"));
  ASSERT_TRUE(ui.Press("###pain_3"));
  EXPECT_FALSE(OnlyEntry(ui).pain.has_value()) << "not saved yet: the test sees the leaving";
  ASSERT_TRUE(ui.Press("###nav_insights"));
  EXPECT_EQ(OnlyEntry(ui).pain, 3);
  EXPECT_FALSE(OnlyEntry(ui).relief.has_value());
}
