#include "core/stretch/routine.h"

#include <algorithm>
#include <cmath>

namespace core::stretch {
namespace {

constexpr float kCooledWarmth = 0.15f;

// Seconds of a step's segments (all, or the holds only), times its repeats.
float SumSeconds(const Step& step, bool holds_only) {
  float seconds = 0.0f;
  for (const Segment& segment : step.segments)
    if (segment.hold || !holds_only) seconds += segment.seconds;
  return seconds * static_cast<float>(std::max(1, step.repeat));
}
float HoldSeconds(const Step& step) {
  return SumSeconds(step, true);
}

float TotalHoldSeconds(const Routine& routine) {
  float seconds = 0.0f;
  for (const Step& step : routine.steps) seconds += HoldSeconds(step);
  return seconds;
}

// The pose a step starts from: the end of the one before, or its own first pose (a cut).
Pose StepFrom(const Routine& routine, int step) {
  const Step& current = routine.steps[static_cast<size_t>(step)];
  if (current.cut && !current.segments.empty()) return current.segments.front().to;
  if (step == 0) return routine.start;
  const Step& previous = routine.steps[static_cast<size_t>(step - 1)];
  return previous.segments.empty() ? StepFrom(routine, step - 1) : previous.segments.back().to;
}

}  // namespace

float Ease(Easing easing, float u) {
  u = std::clamp(u, 0.0f, 1.0f);
  if (easing == Easing::kLinear) return u;
  return u * u * (3.0f - 2.0f * u);  // smoothstep: starts and ends at rest
}

float StepSeconds(const Step& step) {
  return SumSeconds(step, false);
}

float TotalSeconds(const Routine& routine) {
  float seconds = 0.0f;
  for (const Step& step : routine.steps) seconds += StepSeconds(step);
  return seconds;
}

float StepStart(const Routine& routine, int step) {
  float seconds = 0.0f;
  for (int i = 0; i < step && i < static_cast<int>(routine.steps.size()); ++i)
    seconds += StepSeconds(routine.steps[static_cast<size_t>(i)]);
  return seconds;
}

Moment Sample(const Routine& routine, float seconds) {
  Moment moment;
  moment.pose = routine.start;
  if (routine.steps.empty()) {
    moment.finished = true;
    return moment;
  }
  if (!(seconds >= 0.0f)) seconds = 0.0f;  // also NaN
  const float total_hold = TotalHoldSeconds(routine);
  float held = 0.0f;  // hold seconds before `seconds`
  float clock = 0.0f;
  const int last = static_cast<int>(routine.steps.size()) - 1;
  for (int s = 0; s <= last; ++s) {
    const Step& step = routine.steps[static_cast<size_t>(s)];
    const float length = StepSeconds(step);
    const bool in_step = seconds < clock + length || s == last;
    if (!in_step) {
      clock += length;
      held += HoldSeconds(step);
      continue;
    }
    moment.step = s;
    moment.text_key = step.text_key;
    moment.repeat_count = std::max(1, step.repeat);
    moment.stretched_far_leg = step.stretched_far_leg;
    moment.arrow = step.arrow;
    const float into_step = std::min(seconds - clock, length);
    moment.finished = seconds >= clock + length && s == last;
    moment.step_left = std::max(0.0f, length - into_step);
    const float round = length / static_cast<float>(moment.repeat_count);
    int rep = round > 0.0f ? static_cast<int>(into_step / round) : 0;
    rep = std::clamp(rep, 0, moment.repeat_count - 1);
    moment.repeat_index = rep;
    float into_round = into_step - static_cast<float>(rep) * round;
    held += HoldSeconds(step) / static_cast<float>(moment.repeat_count) * static_cast<float>(rep);
    Pose from = rep == 0 ? StepFrom(routine, s) : step.segments.back().to;
    moment.pose = from;
    for (size_t g = 0; g < step.segments.size(); ++g) {
      const Segment& segment = step.segments[g];
      const bool last_segment = g + 1 == step.segments.size();
      if (into_round >= segment.seconds && !last_segment) {
        into_round -= segment.seconds;
        if (segment.hold) held += segment.seconds;
        from = segment.to;
        continue;
      }
      const float u = segment.seconds > 0.0f ? std::min(1.0f, into_round / segment.seconds) : 1.0f;
      moment.pose = Lerp(from, segment.to, Ease(segment.easing, u));
      if (!segment.text_key.empty()) moment.text_key = segment.text_key;
      moment.holding = segment.hold && !moment.finished;
      moment.moving = !segment.hold && u < 1.0f && !moment.finished;
      if (segment.hold) {
        held += std::min(into_round, segment.seconds);
        moment.hold_seconds = segment.seconds;
        moment.hold_left = std::max(0.0f, segment.seconds - into_round);
      }
      break;
    }
    break;
  }
  moment.warmth = total_hold > 0.0f
                      ? 1.0f - (1.0f - kCooledWarmth) * std::clamp(held / total_hold, 0.0f, 1.0f)
                      : 1.0f;
  return moment;
}

float KeyTime(const Routine& routine, int step) {
  if (step < 0 || step >= static_cast<int>(routine.steps.size())) return 0.0f;
  const Step& current = routine.steps[static_cast<size_t>(step)];
  const float start = StepStart(routine, step);
  float at = start;
  for (const Segment& segment : current.segments) {
    at += segment.seconds;
    if (segment.hold) break;
  }
  // Just inside the step, so the sample is this step's and not the next one's.
  return std::min(at, start + StepSeconds(current)) - 1e-3f;
}

Pose KeyPose(const Routine& routine, int step) {
  if (step < 0 || step >= static_cast<int>(routine.steps.size())) return routine.start;
  return Sample(routine, KeyTime(routine, step)).pose;
}

int PreviewStep(const Routine& routine) {
  const int count = static_cast<int>(routine.steps.size());
  for (int step = 0; step < count; ++step) {
    for (const Segment& segment : routine.steps[static_cast<size_t>(step)].segments)
      // A real hold, not a rest (it has words) nor a cut's moment of stillness.
      if (segment.hold && segment.text_key.empty() && segment.seconds > 2.0f) return step;
  }
  return count - 1;
}

}  // namespace core::stretch
