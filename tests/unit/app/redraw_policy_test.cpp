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
