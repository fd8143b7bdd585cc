// The frame loop over the real app, frames counted: the shell's decision (Step() in
// src/platform/sdl_gl_shell.cpp) run once per 60 Hz animation frame, with input through
// ImGui's own trickled queue. Idle draws nothing after the window; a tap whose move, press
// and release arrive together is a click over drawn frames only; a moving figure draws
// every frame and a hold four a second; a storage answer draws the window that shows it.
#include <gtest/gtest.h>

#include <imgui.h>

#include <string>

#include "app/item_recorder.h"
#include "app/redraw_policy.h"
#include "ui_driver.h"

using app::RedrawPolicy;
using app_test::UiDriver;

namespace {

constexpr double kFrameSeconds = 1.0 / 60.0;

// The shell around a UiDriver: what it sees, what it draws.
class Loop {
 public:
  explicit Loop(UiDriver& ui) : ui_(ui) {}

  // `count` animation frames; returns how many were drawn.
  int Run(int count) {
    int drawn = 0;
    for (int i = 0; i < count; ++i) {
      ui_.Clock().Advance(kFrameSeconds);
      policy_.SetAnimating(ui_.App().IsAnimating());
      policy_.SetTick(ui_.App().VisibleTick());
      if (!policy_.ShouldDraw()) continue;
      ui_.Frame();
      policy_.OnFrameDrawn();
      ++drawn;
    }
    return drawn;
  }
  int RunSeconds(double seconds) { return Run(static_cast<int>(seconds / kFrameSeconds + 0.5)); }

  // A finger's tap on `id`, its move, press and release queued at once between two frames
  // (as a slow phone hands them over), fed the way the shell feeds SDL's events.
  bool QueueTap(const std::string& id) {
    const app::RecordedItem* item = app::FindItem(id);
    if (item == nullptr) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(item->x + item->w * 0.5f, item->y + item->h * 0.5f);
    io.AddMouseButtonEvent(0, true);
    io.AddMouseButtonEvent(0, false);
    policy_.OnInput(3);
    return true;
  }
  RedrawPolicy& Policy() { return policy_; }

 private:
  UiDriver& ui_;
  RedrawPolicy policy_;
};

}  // namespace

TEST(FrameLoop, IdleDrawsNothingAfterTheWindow) {
  UiDriver ui;
  Loop loop(ui);
  EXPECT_EQ(loop.Run(RedrawPolicy::kFramesAfter), RedrawPolicy::kFramesAfter);
  EXPECT_EQ(loop.RunSeconds(5.0), 0) << "an idle home screen draws nothing in 5 s";
}

TEST(FrameLoop, ATapArrivingAtOnceIsAClickInDrawnFramesThenIdle) {
  UiDriver ui;
  Loop loop(ui);
  loop.RunSeconds(1.0);
  ASSERT_TRUE(loop.QueueTap("###nav_diary"));
  const int drawn = loop.RunSeconds(1.0);
  EXPECT_STREQ(ui.App().ScreenName(), "diary") << "the press and the release made a click";
  EXPECT_EQ(drawn, 3 + RedrawPolicy::kFramesAfter) << "one frame per event, then the window";
  EXPECT_EQ(loop.RunSeconds(5.0), 0);
}

TEST(FrameLoop, TwoTapsArrivingTogetherAreTwoClicks) {
  UiDriver ui;
  Loop loop(ui);
  loop.RunSeconds(1.0);
  ASSERT_TRUE(loop.QueueTap("###nav_stretches"));
  ASSERT_TRUE(loop.QueueTap("###nav_stretches"));  // a double tap: both before one frame
  loop.RunSeconds(1.0);
  EXPECT_STREQ(ui.App().ScreenName(), "stretches");
  ASSERT_TRUE(loop.QueueTap("###routine_toe"));
  loop.RunSeconds(0.2);
  ASSERT_NE(app::FindItem("###stretch_next"), nullptr) << "the routine plays";
}

TEST(FrameLoop, AFigureDrawsEveryFrameWhileItMovesAHoldFourASecondAndNothingOnceStopped) {
  UiDriver ui;
  Loop loop(ui);
  loop.RunSeconds(1.0);
  ASSERT_TRUE(loop.QueueTap("###nav_stretches"));
  loop.RunSeconds(1.0);
  ASSERT_TRUE(loop.QueueTap("###routine_toe"));
  loop.Run(10);
  ASSERT_TRUE(ui.App().IsAnimating()) << "the toe stretch begins by moving";
  EXPECT_EQ(loop.Run(30), 30) << "every frame while the figure moves";
  // On to the first hold: the figure is still, the ring ticks each quarter second.
  int guard = 0;
  while (ui.App().IsAnimating() && guard++ < 60 * 30) loop.Run(1);
  ASSERT_FALSE(ui.App().IsAnimating());
  ASSERT_GE(ui.App().VisibleTick(), 0) << "a hold ticks";
  loop.Run(RedrawPolicy::kFramesAfter);  // the window after the move
  const int hold = loop.RunSeconds(1.0);
  EXPECT_GE(hold, 3);
  EXPECT_LE(hold, 5) << "a hold draws its quarter seconds, not 60 frames a second";
  ASSERT_TRUE(loop.QueueTap("###stretch_stop"));
  loop.RunSeconds(1.0);
  ASSERT_NE(app::FindItem("###routine_toe"), nullptr);
  EXPECT_EQ(loop.RunSeconds(5.0), 0) << "stopped: nothing moves, nothing is drawn";
}

TEST(FrameLoop, AStorageAnswerDrawsTheWindowThatShowsIt) {
  UiDriver ui(390, 844, {}, {}, UiDriver::Load::kHeld);
  Loop loop(ui);
  loop.RunSeconds(1.0);
  ASSERT_FALSE(ui.App().IsLoaded());
  EXPECT_EQ(loop.RunSeconds(5.0), 0) << "waiting for storage draws nothing";
  ui.Storage().AnswerHeldLoads();
  loop.Policy().OnAnswer();  // what the web shell's storage hook does
  EXPECT_EQ(loop.RunSeconds(1.0), RedrawPolicy::kFramesAfter);
  EXPECT_TRUE(ui.App().IsLoaded());
  EXPECT_EQ(loop.RunSeconds(5.0), 0);
}
