#include "app/new_screen_guard.h"

namespace app {

void NewScreenGuard::BeginFrame(double now, bool pressed) {
  if (!pressed) press_from_before_ = false;
  if (!drawn_) {
    since_ = now;
    drawn_ = true;
  }
}

void NewScreenGuard::See(unsigned generation, int step, double now, bool pressed) {
  if (seen_any_ && generation == generation_ && step == step_) return;
  const bool first = !seen_any_;
  seen_any_ = true;
  generation_ = generation;
  step_ = step;
  if (first) return;
  guarding_ = true;
  drawn_ = false;
  since_ = now;
  press_from_before_ = pressed;
}

bool NewScreenGuard::IgnoresTaps(double now) const {
  if (!guarding_) return false;
  return press_from_before_ || now - since_ < kSeconds;
}

}  // namespace app
