#include "app/new_screen_guard.h"

#include <gtest/gtest.h>

namespace {

using app::NewScreenGuard;

// The app opened on its first screen at t = 10 s, no finger down.
NewScreenGuard Opened() {
  NewScreenGuard guard;
  guard.See(1, 0, 10.0, false);
  guard.BeginFrame(10.0, false);
  return guard;
}

}  // namespace

TEST(NewScreenGuard, TheFirstScreenTakesTapsAtOnce) {
  const NewScreenGuard guard = Opened();
  EXPECT_FALSE(guard.IgnoresTaps(10.0));
}

TEST(NewScreenGuard, ANewStepIgnoresTapsFor400MsFromItsFirstDrawnFrame) {
  NewScreenGuard guard = Opened();
  // "Still cramping" tapped at 12 s: its release opens the next step in that frame...
  guard.See(1, 1, 12.0, false);
  EXPECT_TRUE(guard.IgnoresTaps(12.0));
  // ... which is first drawn a slow frame later: the count starts there.
  guard.BeginFrame(12.1, false);
  EXPECT_TRUE(guard.IgnoresTaps(12.45)) << "the second tap of a double tap 350 ms later";
  EXPECT_FALSE(guard.IgnoresTaps(12.1 + NewScreenGuard::kSeconds + 0.001));
}

TEST(NewScreenGuard, APressHeldOverTheChangeIsIgnoredUntilReleased) {
  NewScreenGuard guard = Opened();
  guard.See(2, 0, 20.0, true);  // another page, a finger still down
  guard.BeginFrame(20.0, true);
  guard.BeginFrame(21.0, true);
  EXPECT_TRUE(guard.IgnoresTaps(21.0)) << "long after 400 ms, still the same press";
  guard.BeginFrame(21.1, false);  // let go
  EXPECT_FALSE(guard.IgnoresTaps(21.1));
}

TEST(NewScreenGuard, TheSameScreenSeenAgainDoesNotRestartTheCount) {
  NewScreenGuard guard = Opened();
  guard.See(3, 0, 30.0, false);
  guard.BeginFrame(30.0, false);
  guard.See(3, 0, 30.3, false);  // seen again after the page was drawn
  EXPECT_FALSE(guard.IgnoresTaps(30.0 + NewScreenGuard::kSeconds + 0.001));
}
