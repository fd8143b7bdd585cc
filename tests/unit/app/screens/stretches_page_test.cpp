// The Stretches screen: a card per routine with its play button; playing moves the figure,
// counts the holds, pauses, steps on and stops, buzzes at each new step, and draws no
// frames once paused, stopped or left. Reduced motion (the device's or Settings') shows key
// poses that never move.
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "core/stretch/routine.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::stretch::RoutineId;

namespace {

std::string PlayId(RoutineId id) {
  return "###routine_" + std::string(core::stretch::Name(id));
}

// Opens Stretches and plays `id`, scrolling to its card as a person would.
void Play(UiDriver& ui, RoutineId id) {
  ASSERT_TRUE(ui.Press("###nav_stretches"));
  // A long list on a small phone: keep dragging until the card shows.
  bool shown = false;
  for (int i = 0; i < 3 && !shown; ++i) shown = ui.ScrollTo(PlayId(id));
  ASSERT_TRUE(shown) << PlayId(id);
  ASSERT_TRUE(ui.Press(PlayId(id)));
}

// Seconds until the routine's first hold begins (the figure has moved into the stretch).
double FirstHoldStart(const core::stretch::Routine& routine) {
  double at = 0.0;
  for (const auto& step : routine.steps)
    for (const auto& segment : step.segments) {
      if (segment.hold && segment.seconds > 2.0f) return at;
      at += static_cast<double>(segment.seconds);
    }
  return at;
}

}  // namespace

TEST(StretchesScreen, EveryRoutineHasACardWithAPlayButton) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_stretches"));
  for (RoutineId id : core::stretch::kAllRoutines)
    EXPECT_TRUE(ui.ScrollTo(PlayId(id))) << PlayId(id);
}

TEST(StretchesScreen, EachRoutinePlaysMovingThenHoldsAndTheScreenStopsDrawingWhenItEnds) {
  for (RoutineId id : core::stretch::kAllRoutines) {
    UiDriver ui;
    Play(ui, id);
    const core::stretch::Routine& routine = core::stretch::GetRoutine(id);
    EXPECT_NE(app::FindItem("###stretch_pause"), nullptr) << routine.name;
    EXPECT_NE(app::FindItem("###stretch_stop"), nullptr) << routine.name;
    EXPECT_TRUE(ui.App().IsAnimating()) << routine.name << ": the figure moves from the start";
    EXPECT_GE(ui.App().VisibleTick(), 0);
    ui.Clock().Advance(static_cast<double>(core::stretch::TotalSeconds(routine)) + 1.0);
    ui.Frame();
    EXPECT_FALSE(ui.App().IsAnimating()) << routine.name << ": still at the end";
    const int end_tick = ui.App().VisibleTick();
    ui.Clock().Advance(5.0);
    EXPECT_EQ(ui.App().VisibleTick(), end_tick) << routine.name << ": no frames after the end";
    EXPECT_NE(app::FindItem("###stretch_again"), nullptr) << routine.name;
    EXPECT_EQ(app::FindItem("###stretch_next"), nullptr) << routine.name << ": nothing next";
    ASSERT_TRUE(ui.Press("###stretch_stop"));
    EXPECT_EQ(ui.App().VisibleTick(), -1) << routine.name << ": nothing ticks on the list";
    EXPECT_NE(app::FindItem(PlayId(RoutineId::kToe)), nullptr)
        << routine.name << ": back on the list, at its top";
  }
}

TEST(StretchesScreen, ARoutinePlayingFitsOneSmallPhoneScreenWithItsControls) {
  for (RoutineId id : core::stretch::kAllRoutines) {
    UiDriver ui(360.0f, 640.0f);
    Play(ui, id);
    const app::RecordedItem* stop = app::FindItem("###stretch_stop");
    const app::RecordedItem* nav = app::FindItem("###nav_home");
    ASSERT_NE(stop, nullptr);
    ASSERT_NE(nav, nullptr);
    EXPECT_LE(stop->y + stop->h, nav->y) << core::stretch::Name(id) << ": Stop above the tab bar";
    EXPECT_NE(app::FindItem("###stretch_pause"), nullptr);
    EXPECT_NE(app::FindItem("###stretch_next"), nullptr);
  }
}

TEST(StretchesScreen, PauseFreezesTheHoldAndDrawsNothingUntilResumed) {
  UiDriver ui;
  Play(ui, RoutineId::kToe);
  const core::stretch::Routine& toe = core::stretch::GetRoutine(RoutineId::kToe);
  ui.Clock().Advance(FirstHoldStart(toe) + 10.0);
  ui.Frame();
  ASSERT_TRUE(ui.Press("###stretch_pause"));
  const int paused_tick = ui.App().VisibleTick();
  EXPECT_FALSE(ui.App().IsAnimating());
  ui.Clock().Advance(30.0);
  EXPECT_EQ(ui.App().VisibleTick(), paused_tick) << "a pause draws no frames";
  ASSERT_NE(app::FindItem("###stretch_resume"), nullptr);
  ASSERT_TRUE(ui.Press("###stretch_resume"));
  ui.Clock().Advance(1.0);
  EXPECT_NE(ui.App().VisibleTick(), paused_tick) << "the hold counts on after resuming";
  // Paused for 30 s: the routine ends 30 s later than it would have.
  ui.Clock().Advance(static_cast<double>(core::stretch::TotalSeconds(toe)) - FirstHoldStart(toe) - 12.0);
  ui.Frame();
  EXPECT_NE(app::FindItem("###stretch_next"), nullptr) << "still holding";
}

TEST(StretchesScreen, NextStepMovesOnAndBuzzes) {
  UiDriver ui;
  Play(ui, RoutineId::kBedtime);
  const int buzzes = ui.Platform().vibrations;
  ASSERT_TRUE(ui.Press("###stretch_next"));
  EXPECT_EQ(ui.Platform().vibrations, buzzes + 1) << "one buzz for the new step";
  const auto& steps = core::stretch::GetRoutine(RoutineId::kBedtime).steps;
  for (std::size_t i = 1; i < steps.size(); ++i) ASSERT_TRUE(ui.Press("###stretch_next"));
  EXPECT_NE(app::FindItem("###stretch_again"), nullptr) << "past the last step: the end";
  EXPECT_EQ(ui.Platform().vibrations, buzzes + static_cast<int>(steps.size()));
}

TEST(StretchesScreen, LeavingThePageStopsTheRoutine) {
  UiDriver ui;
  Play(ui, RoutineId::kCalfBack);
  ASSERT_TRUE(ui.Press("###nav_home"));
  EXPECT_FALSE(ui.App().IsAnimating());
  EXPECT_EQ(ui.App().VisibleTick(), -1);
  ASSERT_TRUE(ui.Press("###nav_stretches"));
  EXPECT_NE(app::FindItem(PlayId(RoutineId::kToe)), nullptr) << "the list again, not the routine";
}

TEST(StretchesScreen, BackFromARoutineGoesToTheList) {
  UiDriver ui;
  Play(ui, RoutineId::kThighFront);
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_EQ(std::string(ui.App().ScreenName()), "stretches");
  EXPECT_EQ(ui.App().VisibleTick(), -1);
}

TEST(StretchesScreen, TheDeviceAskingForLessMotionShowsStillKeyPoses) {
  UiDriver ui;
  ui.Platform().reduced_motion = true;
  Play(ui, RoutineId::kToe);
  EXPECT_FALSE(ui.App().IsAnimating()) << "no continuous motion";
  EXPECT_GE(ui.App().VisibleTick(), 0) << "the timer still counts";
}

TEST(StretchesScreen, TheSettingsSwitchTurnsMotionOffAndIsSaved) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###stretch_motion"));
  ASSERT_TRUE(ui.Press("###stretch_motion"));
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"), R"({"stretch_motion":false})");
  Play(ui, RoutineId::kCalfFront);
  EXPECT_FALSE(ui.App().IsAnimating());
}

TEST(StretchesScreen, ChoosingMotionInSettingsOverridesTheDevice) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"stretch_motion":true})"}});
  ui.Platform().reduced_motion = true;
  Play(ui, RoutineId::kToe);
  EXPECT_TRUE(ui.App().IsAnimating());
}

TEST(CrampNowMotion, ReducedMotionHoldsTheFigureStillWhileTheReliefTimerRuns) {
  UiDriver ui;
  ui.Platform().reduced_motion = true;
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_left"));
  EXPECT_FALSE(ui.App().IsAnimating());
  EXPECT_GE(ui.App().VisibleTick(), 0);
}
