#include "app/redraw_policy.h"

#include <gtest/gtest.h>

namespace {

int DrawUntilIdle(app::RedrawPolicy& policy, int limit = 100) {
  int frames = 0;
  while (policy.ShouldDraw() && frames < limit) {
    policy.OnFrameDrawn();
    ++frames;
  }
  return frames;
}

}  // namespace

TEST(RedrawPolicy, DrawsTheFirstFramesThenIdles) {
  app::RedrawPolicy policy;
  EXPECT_EQ(DrawUntilIdle(policy), app::RedrawPolicy::kFramesAfterInput);
  EXPECT_FALSE(policy.ShouldDraw());
}

TEST(RedrawPolicy, AtMostThreeFramesAfterInput) {
  app::RedrawPolicy policy;
  DrawUntilIdle(policy);
  policy.OnInput();
  EXPECT_LE(DrawUntilIdle(policy), 3);
}

TEST(RedrawPolicy, StateChangeOnLastFrameGetsOneMoreFrame) {
  app::RedrawPolicy policy;
  DrawUntilIdle(policy);
  policy.OnStateChanged();
  EXPECT_EQ(DrawUntilIdle(policy), 1);
}

TEST(RedrawPolicy, StateChangeDoesNotExtendPendingFrames) {
  app::RedrawPolicy policy;
  policy.OnInput();
  policy.OnFrameDrawn();
  policy.OnStateChanged();
  EXPECT_EQ(DrawUntilIdle(policy), 2);
}

TEST(RedrawPolicy, KeepsDrawingWhileAnimating) {
  app::RedrawPolicy policy;
  DrawUntilIdle(policy);
  policy.SetAnimating(true);
  EXPECT_EQ(DrawUntilIdle(policy, 50), 50);
  policy.SetAnimating(false);
  EXPECT_FALSE(policy.ShouldDraw());
}

TEST(RedrawPolicy, ATickingTimerDrawsOneFramePerTick) {
  app::RedrawPolicy policy;
  DrawUntilIdle(policy);
  policy.SetTick(7);
  EXPECT_EQ(DrawUntilIdle(policy), 1);
  EXPECT_EQ(DrawUntilIdle(policy), 0) << "the same second is not drawn again";
  policy.SetTick(8);
  EXPECT_EQ(DrawUntilIdle(policy), 1);
  policy.SetTick(-1);  // the timer is gone: one frame to show that, then idle
  EXPECT_EQ(DrawUntilIdle(policy), 1);
  EXPECT_FALSE(policy.ShouldDraw());
}

TEST(FrameHold, NothingIsDrawnBeforeTheDiaryIsReadForAtMostASecondAndAHalf) {
  EXPECT_TRUE(app::FrameHold::WaitingForDiary(false, 0.0));
  EXPECT_TRUE(app::FrameHold::WaitingForDiary(false, 1499.0));
  EXPECT_FALSE(app::FrameHold::WaitingForDiary(false, 1500.0)) << "shown anyway";
  EXPECT_FALSE(app::FrameHold::WaitingForDiary(true, 10.0)) << "read: shown at once";
}

TEST(FrameHold, AWriteInFlightHoldsFramesAtMostFiftyMilliseconds) {
  app::FrameHold hold;
  EXPECT_FALSE(hold.HoldingForWrite(false, 0.0));
  EXPECT_TRUE(hold.HoldingForWrite(true, 100.0));
  EXPECT_TRUE(hold.HoldingForWrite(true, 149.0));
  EXPECT_FALSE(hold.HoldingForWrite(true, 150.0)) << "a slow write does not freeze the page";
  EXPECT_FALSE(hold.HoldingForWrite(false, 160.0));
  EXPECT_TRUE(hold.HoldingForWrite(true, 170.0)) << "the next write is timed afresh";
}
