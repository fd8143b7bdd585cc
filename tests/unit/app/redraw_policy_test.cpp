#include "app/redraw_policy.h"

#include <gtest/gtest.h>

namespace {

using app::RedrawPolicy;

int DrawUntilIdle(RedrawPolicy& policy, int limit = 100) {
  int frames = 0;
  while (policy.ShouldDraw() && frames < limit) {
    policy.OnFrameDrawn();
    ++frames;
  }
  return frames;
}

RedrawPolicy Idle() {
  RedrawPolicy policy;
  DrawUntilIdle(policy);
  return policy;
}

}  // namespace

TEST(RedrawPolicy, DrawsTheFirstFramesThenIdles) {
  RedrawPolicy policy;
  EXPECT_EQ(DrawUntilIdle(policy), RedrawPolicy::kFramesAfter);
  EXPECT_FALSE(policy.ShouldDraw());
}

TEST(RedrawPolicy, OneFramePerQueuedEventThenTheWindow) {
  RedrawPolicy policy = Idle();
  // A tap that arrived between two frames: the move, the press, the release.
  policy.OnInput();
  policy.OnInput();
  policy.OnInput();
  EXPECT_EQ(DrawUntilIdle(policy), 3 + RedrawPolicy::kFramesAfter);
  EXPECT_FALSE(policy.ShouldDraw());
}

TEST(RedrawPolicy, InputImGuiIgnoresOpensTheWindowOnly) {
  RedrawPolicy policy = Idle();
  policy.OnInput(0);
  EXPECT_EQ(DrawUntilIdle(policy), RedrawPolicy::kFramesAfter);
}

TEST(RedrawPolicy, AnAnswerDrawsTheWindowAndDoesNotStackUp) {
  RedrawPolicy policy = Idle();
  policy.OnAnswer();
  policy.OnAnswer();
  EXPECT_EQ(DrawUntilIdle(policy), RedrawPolicy::kFramesAfter);
}


TEST(RedrawPolicy, InputDuringTheWindowStartsItAgain) {
  RedrawPolicy policy = Idle();
  policy.OnAnswer();
  policy.OnFrameDrawn();
  policy.OnFrameDrawn();
  policy.OnInput();
  EXPECT_EQ(DrawUntilIdle(policy), 1 + RedrawPolicy::kFramesAfter);
}

TEST(RedrawPolicy, KeepsDrawingWhileAnimatingThenTheWindow) {
  RedrawPolicy policy = Idle();
  policy.SetAnimating(true);
  EXPECT_EQ(DrawUntilIdle(policy, 50), 50);
  policy.SetAnimating(false);
  EXPECT_EQ(DrawUntilIdle(policy), RedrawPolicy::kFramesAfter);
  EXPECT_FALSE(policy.ShouldDraw());
}

TEST(RedrawPolicy, ATickingTimerDrawsOneFramePerTick) {
  RedrawPolicy policy = Idle();
  policy.SetTick(7);
  EXPECT_EQ(DrawUntilIdle(policy), 1);
  EXPECT_EQ(DrawUntilIdle(policy), 0) << "the same quarter second is not drawn again";
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

TEST(RedrawPolicy, SettledOnceTheInputAndTheWindowAreDrawn) {
  RedrawPolicy policy = Idle();
  EXPECT_TRUE(policy.Settled());
  policy.OnInput();
  policy.OnInput();
  EXPECT_FALSE(policy.Settled());
  policy.OnFrameDrawn();
  policy.OnFrameDrawn();  // both events taken in
  for (int frame = 0; frame < RedrawPolicy::kFramesAfter; ++frame) {
    EXPECT_FALSE(policy.Settled()) << "the window's frame " << frame << " is not drawn yet";
    policy.OnFrameDrawn();
  }
  EXPECT_TRUE(policy.Settled());
}

TEST(RedrawPolicy, SettlesWhileAFigureMoves) {
  RedrawPolicy policy = Idle();
  policy.SetAnimating(true);
  policy.OnInput();
  EXPECT_EQ(DrawUntilIdle(policy, 1 + RedrawPolicy::kFramesAfter), 1 + RedrawPolicy::kFramesAfter);
  EXPECT_TRUE(policy.Settled()) << "the figure keeps drawing, the tap is shown";
  EXPECT_TRUE(policy.ShouldDraw());
}

TEST(RedrawPolicy, TheWindowWaitsForAWritesAnswerButInputDoesNot) {
  RedrawPolicy policy = Idle();
  policy.OnInput();  // the release of "It has eased"
  policy.OnFrameDrawn();  // the frame that took the tap in and sent the write
  policy.SetWaitingForWrite(true);
  EXPECT_FALSE(policy.ShouldDraw()) << "the window waits while the write commits";
  EXPECT_FALSE(policy.Settled()) << "what the write changes is not drawn yet";
  policy.OnInput();  // another touch meanwhile is drawn at once
  EXPECT_EQ(DrawUntilIdle(policy), 1);
  policy.SetTick(3);  // so is a timer's tick
  EXPECT_EQ(DrawUntilIdle(policy), 1);
  // The answer: the window follows it.
  policy.SetWaitingForWrite(false);
  policy.OnAnswer();
  EXPECT_EQ(DrawUntilIdle(policy), RedrawPolicy::kFramesAfter);
  EXPECT_TRUE(policy.Settled());
}

TEST(RedrawPolicy, AMovingFigureIsNotHeldByAWrite) {
  RedrawPolicy policy = Idle();
  policy.SetWaitingForWrite(true);
  policy.SetAnimating(true);
  EXPECT_EQ(DrawUntilIdle(policy, 20), 20);
}

TEST(RedrawPolicy, ATimerStoppedWhileAWriteCommitsIsDrawnWithItsAnswer) {
  RedrawPolicy policy = Idle();
  policy.SetTick(12);
  EXPECT_EQ(DrawUntilIdle(policy), 1);
  // "It has eased": the tap stops the timer and sends the write.
  policy.SetWaitingForWrite(true);
  policy.SetTick(-1);
  EXPECT_EQ(DrawUntilIdle(policy), 0);
  policy.SetWaitingForWrite(false);
  policy.OnAnswer();
  EXPECT_EQ(DrawUntilIdle(policy), RedrawPolicy::kFramesAfter);
  policy.SetTick(0);  // a new cramp's timer starts at 0 s
  EXPECT_EQ(DrawUntilIdle(policy), 1);
}
