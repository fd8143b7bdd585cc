// "Cramp now" through the real UI: the taps a person makes at 3 a.m.
#include <gtest/gtest.h>

#include "app/item_recorder.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::storage::Status;

namespace {

void TapToSide(UiDriver& ui, const char* muscle, const char* side) {
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_STREQ(ui.App().ScreenName(), "cramp");
  ASSERT_TRUE(ui.Press(muscle));
  ASSERT_TRUE(ui.Press(side));
}

}  // namespace

TEST(CrampNow, FourTapsSaveAnEpisodeTimedFromSideToDone) {
  UiDriver ui;
  TapToSide(ui, "###muscle_calf_back", "###side_right");
  EXPECT_TRUE(ui.App().IsAnimating()) << "the stretch figure moves into the stretch";
  // calf_back's moves take 11 s; then the figure holds and only the timer changes.
  ui.Clock().Advance(12.0);
  const int tick = ui.App().VisibleTick();
  EXPECT_GE(tick, 0) << "the relief timer ticks";
  ui.Clock().Advance(1.0);
  EXPECT_NE(ui.App().VisibleTick(), tick) << "a new second is a new frame";
  EXPECT_FALSE(ui.App().IsAnimating()) << "but not 60 frames a second while holding";
  ui.Clock().Advance(82.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  const auto& episodes = ui.Storage().Contents().episodes;
  ASSERT_EQ(episodes.size(), 1u);
  EXPECT_EQ(episodes[0].duration_s, 95);
  EXPECT_EQ(episodes[0].muscle, core::diary::Muscle::kCalfBack);
  EXPECT_EQ(episodes[0].side, core::diary::Side::kRight);
  EXPECT_EQ(episodes[0].started_at, "2026-11-23T03:12:00+08:00");
  EXPECT_TRUE(episodes[0].woke_from_sleep);
  EXPECT_EQ(ui.App().VisibleTick(), -1) << "no timer once saved: the app idles";
  EXPECT_NE(app::FindItem("###save"), nullptr) << "details are offered after saving";
}

// Issue 24, item 12: the phone's clock set an hour on mid-cramp (a network time fix, a
// time zone change) does not store a cramp of an hour.
TEST(CrampNow, AWallClockJumpDuringTheCrampDoesNotChangeItsDuration) {
  UiDriver ui;
  TapToSide(ui, "###muscle_calf_back", "###side_left");
  ui.Clock().Advance(40.0);
  core::WallClockReading jumped = ui.Clock().Now();
  jumped.utc_seconds += 3600;
  ui.Clock().Set(jumped);
  ui.Clock().Advance(35.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  const auto& episodes = ui.Storage().Contents().episodes;
  ASSERT_EQ(episodes.size(), 1u);
  EXPECT_EQ(episodes[0].duration_s, 75);
  EXPECT_EQ(episodes[0].started_at, "2026-11-23T03:12:00+08:00");
}

// The browser shows the app after a while even when the diary is still being read: a cramp
// logged meanwhile must not vanish from the Diary when the (older) read arrives.
TEST(CrampNow, TheMusclesRoutinePlaysFromTheSideTapAndStopsWhenItEases) {
  const struct {
    const char* muscle;
  } cases[] = {{"###muscle_toe"},        {"###muscle_foot"},       {"###muscle_calf_back"},
               {"###muscle_calf_front"}, {"###muscle_thigh_back"}, {"###muscle_thigh_front"}};
  for (const auto& c : cases) {
    UiDriver ui;
    TapToSide(ui, c.muscle, "###side_left");
    ui.Frame();
    EXPECT_EQ(ui.App().IsAnimating(), true) << c.muscle;
    ASSERT_TRUE(ui.Press("###cramp_done")) << c.muscle;
    ui.Frame();
    EXPECT_FALSE(ui.App().IsAnimating()) << c.muscle << ": no frames once it has eased";
  }
}

TEST(CrampNow, AnEntryLoggedBeforeTheDiaryIsReadStaysInView) {
  const core::diary::Episode earlier = test_diary::MakeEpisode(7, "2026-11-20T02:00:00+08:00");
  UiDriver ui(390, 844, {}, {earlier}, UiDriver::Load::kHeld);
  EXPECT_FALSE(ui.App().IsLoaded());
  TapToSide(ui, "###muscle_calf_back", "###side_left");
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 2u);
  const std::string logged = ui.Storage().Contents().episodes.back().id;
  ui.Storage().AnswerHeldLoads();  // the read began before the entry was saved
  EXPECT_TRUE(ui.App().IsLoaded());
  ASSERT_TRUE(ui.Press("###skip"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_NE(app::FindItem("###episode_" + logged), nullptr) << "the entry just logged";
  EXPECT_NE(app::FindItem("###episode_" + earlier.id), nullptr) << "and the stored diary";
}

TEST(CrampNow, EveryMuscleAndSideHasItsStableId) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###cramp_now"));
  for (const char* id :
       {"###muscle_toe", "###muscle_foot", "###muscle_calf_back", "###muscle_calf_front",
        "###muscle_thigh_back", "###muscle_thigh_front", "###muscle_other"})
    EXPECT_NE(app::FindItem(id), nullptr) << id;
  ASSERT_TRUE(ui.Press("###muscle_toe"));
  for (const char* id : {"###side_left", "###side_right", "###side_both", "###back"})
    EXPECT_NE(app::FindItem(id), nullptr) << id;
}

TEST(CrampNow, DetailsUpdateTheSameEpisode) {
  UiDriver ui;
  TapToSide(ui, "###muscle_foot", "###side_left");
  ui.Clock().Advance(40.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_TRUE(ui.Press("###pain_8"));
  ASSERT_TRUE(ui.Press("###details_triggers"));
  ASSERT_TRUE(ui.Press("###trigger_cold"));
  ASSERT_TRUE(ui.Press("###details_triggers"));
  ui.Clock().Advance(30.0);
  ASSERT_TRUE(ui.Press("###save"));
  const auto& episodes = ui.Storage().Contents().episodes;
  ASSERT_EQ(episodes.size(), 1u);
  EXPECT_EQ(episodes[0].pain, 8);
  EXPECT_TRUE(episodes[0].triggers.Has(core::diary::Trigger::kCold));
  EXPECT_EQ(episodes[0].duration_s, 40) << "details do not change the measured duration";
  EXPECT_GT(episodes[0].updated_at, episodes[0].created_at);
  ASSERT_TRUE(ui.Press("###skip"));
  EXPECT_STREQ(ui.App().ScreenName(), "home");
}

TEST(CrampNow, AFullDeviceKeepsTheEntryAndOffersARetry) {
  UiDriver ui;
  TapToSide(ui, "###muscle_calf_back", "###side_both");
  ui.Storage().FailWritesWith(Status::kQuotaExceeded);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());
  EXPECT_EQ(app::FindItem("###save"), nullptr) << "never claims saved after a failed write";
  ASSERT_NE(app::FindItem("###save_retry"), nullptr);
  ui.Storage().FailWritesWith(Status::kOk);
  ASSERT_TRUE(ui.Press("###save_retry"));
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_NE(app::FindItem("###save"), nullptr);
}

TEST(CrampNow, StillCrampingKeepsTimingAndWarnsAfterTenMinutes) {
  UiDriver ui;
  TapToSide(ui, "###muscle_calf_back", "###side_left");
  ASSERT_TRUE(ui.Press("###cramp_still"));
  EXPECT_GE(ui.App().VisibleTick(), 0);
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());
  ui.Clock().Advance(601.0);
  ui.Frame();
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].duration_s, 601);
}

// The device is full and the person goes back to sleep ("Later"): the entry is not dropped.
// It stays in the diary, a banner on every screen says it is not saved and offers to save
// it, a re-read from another tab does not lose it, and once there is space it is stored.
TEST(CrampFlow, AnEntryThatCouldNotBeSavedIsKeptAndOfferedUntilSaved) {
  app_test::UiDriver ui;
  ui.Storage().FailWritesWith(core::storage::Status::kQuotaExceeded);
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_right"));
  ui.Clock().Advance(40.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  const app::RecordedItem* error = app::FindItem("###save_error");
  ASSERT_NE(error, nullptr);
  EXPECT_NE(error->label.find("Saving failed"), std::string::npos) << error->label;
  EXPECT_EQ(app::FindItem("###unsaved_banner"), nullptr) << "the step itself says it";
  ASSERT_TRUE(ui.Press("###skip"));
  EXPECT_STREQ(ui.App().ScreenName(), "home");
  EXPECT_NE(app::FindItem("###unsaved_banner"), nullptr);
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());

  ui.Storage().NotifyOutsideChange({}, {});  // another tab wrote: a re-read without our entry
  ASSERT_TRUE(ui.Press("###nav_diary"));
  bool listed = false;
  for (const app::RecordedItem& item : app::LastFrameItems())
    listed |= item.label.find("###episode_") != std::string::npos;
  EXPECT_TRUE(listed) << "the unsaved entry is still in the diary";

  ASSERT_TRUE(ui.Press("###unsaved_retry"));  // still full: stays offered
  EXPECT_NE(app::FindItem("###unsaved_retry"), nullptr);
  ui.Storage().FailWritesWith(core::storage::Status::kOk);
  ASSERT_TRUE(ui.Press("###unsaved_retry"));
  EXPECT_EQ(app::FindItem("###unsaved_banner"), nullptr);
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].duration_s, 40);
}

// CLINICAL.md: the Cramp-now timer asks cramp_persisting's question once it passes 10
// minutes; a yes says to get medical advice now, naming the region's urgent line.
TEST(CrampNow, PastTenMinutesItAsksWhetherTheCrampIsStillGoing) {
  UiDriver ui(390, 844, {{"settings", R"({"emergency_region":"uk"})"}});
  TapToSide(ui, "###muscle_calf_back", "###side_left");
  ui.Clock().Advance(599.0);
  ui.Frame();
  EXPECT_EQ(app::FindItem("###answer_yes"), nullptr) << "not before 10 minutes";
  ui.Clock().Advance(2.0);
  ui.Frame();
  ui.Frame();
  ASSERT_NE(app::FindItem("###answer_yes"), nullptr);
  ASSERT_NE(app::FindItem("###answer_no"), nullptr);
  ASSERT_TRUE(ui.Press("###answer_yes"));
  const app::RecordedItem* advice = app::FindItem("###cramp_persisting");
  ASSERT_NE(advice, nullptr);
  EXPECT_NE(advice->label.find("NHS 111"), std::string::npos) << advice->label;
  EXPECT_NE(advice->label.find("call 999"), std::string::npos) << advice->label;
  ASSERT_TRUE(ui.Press("###cramp_done")) << "the cramp can still be logged when it eases";
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].duration_s, 601);
}
