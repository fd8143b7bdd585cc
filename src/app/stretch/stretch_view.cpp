#include "app/stretch/stretch_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/fonts.h"
#include "app/language.h"
#include "app/text_wrap.h"
#include "app/theme.h"

namespace app::stretch {

using core::stretch::Moment;
using core::stretch::RoutineId;

RoutineId RoutineFor(core::diary::Muscle muscle, bool pregnant) {
  switch (muscle) {
    case core::diary::Muscle::kToe:
    case core::diary::Muscle::kFoot:
      return RoutineId::kToe;
    case core::diary::Muscle::kCalfBack:
    case core::diary::Muscle::kOther:
      return pregnant ? RoutineId::kCalfBackPregnancy : RoutineId::kCalfBack;
    case core::diary::Muscle::kCalfFront:
      return RoutineId::kCalfFront;
    case core::diary::Muscle::kThighBack:
      return RoutineId::kThighBack;
    case core::diary::Muscle::kThighFront:
      return RoutineId::kThighFront;
  }
  return RoutineId::kCalfBack;
}

void StretchPlayer::Start(RoutineId id, double now_seconds) {
  id_ = id;
  started_ = now_seconds;
  playing_ = true;
  paused_ = false;
  step_seen_ = 0;
}

void StretchPlayer::Pause(double now_seconds) {
  if (!playing_ || paused_) return;
  paused_ = true;
  paused_at_ = now_seconds;
}

void StretchPlayer::Resume(double now_seconds) {
  if (!playing_ || !paused_) return;
  started_ += now_seconds - paused_at_;
  paused_ = false;
}

void StretchPlayer::NextStep(double now_seconds) {
  if (!playing_) return;
  const core::stretch::Routine& routine = Routine();
  const int next = At(now_seconds).step + 1;
  const double to = static_cast<double>(next < static_cast<int>(routine.steps.size())
                                            ? core::stretch::StepStart(routine, next)
                                            : core::stretch::TotalSeconds(routine));
  // Keep a pause paused: the next step waits for "resume" too.
  started_ = (paused_ ? paused_at_ : now_seconds) - to;
}

double StretchPlayer::Elapsed(double now_seconds) const {
  return std::max(0.0, (paused_ ? paused_at_ : now_seconds) - started_);
}

Moment StretchPlayer::At(double now_seconds) const {
  const core::stretch::Routine& routine = Routine();
  Moment moment = core::stretch::Sample(routine, static_cast<float>(Elapsed(now_seconds)));
  if (reduced_motion_) {
    // The step's key pose, still: what the step asks for, without the move towards it.
    const Moment key = core::stretch::Sample(routine, core::stretch::KeyTime(routine, moment.step));
    moment.pose = key.pose;
    moment.arrow = key.arrow;
    moment.moving = false;
  }
  if (paused_) moment.moving = false;
  return moment;
}

int StretchPlayer::Tick(double now_seconds) const {
  if (!playing_) return -1;
  // Past the end nothing changes by itself: the finished picture stays without frames.
  const double end = static_cast<double>(core::stretch::TotalSeconds(Routine()));
  const double elapsed = std::min(Elapsed(now_seconds), end);
  const Moment moment = At(now_seconds);
  // A hold: the ring and the muscle's colour change every quarter second (even ticks). A
  // move draws every frame anyway unless motion is reduced, and then only its step and
  // repeat change what is shown (odd ticks).
  if (moment.holding || moment.finished) return static_cast<int>(elapsed * 4.0) * 2;
  return (moment.step * 64 + std::min(moment.repeat_index, 63)) * 2 + 1;
}

bool StretchPlayer::TakeStepChange(double now_seconds) {
  if (!playing_) return false;
  // The end counts as one more step: the last hold is over.
  const Moment moment = At(now_seconds);
  const int step = moment.finished ? static_cast<int>(Routine().steps.size()) : moment.step;
  if (step == step_seen_) return false;
  step_seen_ = step;
  return true;
}

bool DrawFigure(FigureRenderer* renderer, int slot, const core::stretch::Routine& routine,
                const Moment& moment, ImVec2 size) {
  const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
  const int width = static_cast<int>(std::lround(size.x * scale.x));
  const int height = static_cast<int>(std::lround(size.y * scale.y));
  std::optional<ImTextureID> texture;
  if (renderer != nullptr && width > 1 && height > 1)
    texture = renderer->Draw(slot, core::stretch::BuildScene(routine, moment),
                             NightFigurePalette(moment.warmth), width, height,
                             1.6f * std::max(1.0f, scale.x));
  if (texture) {
    // Framebuffer textures are stored bottom row first.
    ImGui::Image(ImTextureRef(*texture), size, ImVec2(0.0f, 1.0f), ImVec2(1.0f, 0.0f));
    return true;
  }
  // No picture: the step's words, large, on the card where the picture would be.
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y),
                                            ImGui::GetColorU32(theme::kSurface), 12.0f);
  PushFont(FontRole::kLarge);
  const std::string words = T(std::string(moment.text_key).c_str());
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + size.x - 16.0f);
  ImGui::SetCursorScreenPos(ImVec2(at.x + 16.0f, at.y + 16.0f));
  ImGui::TextUnformatted(words.c_str());
  ImGui::PopTextWrapPos();
  PopFont();
  ImGui::SetCursorScreenPos(at);
  ImGui::Dummy(size);
  return false;
}

float TallestStepWords(const core::stretch::Routine& routine, float width) {
  float tallest = 0.0f;
  const auto measure = [&](std::string_view key) {
    if (key.empty()) return;
    const std::string words = T(std::string(key).c_str());
    const std::string lines = HasCjk(words) ? WrapText(words, width) : words;
    tallest = std::max(tallest, ImGui::CalcTextSize(lines.c_str(), nullptr, false, width).y);
  };
  for (const core::stretch::Step& step : routine.steps) {
    measure(step.text_key);
    for (const core::stretch::Segment& segment : step.segments) measure(segment.text_key);
  }
  return tallest + ImGui::GetStyle().ItemSpacing.y;
}

void DrawHoldRing(const Moment& moment, float diameter, bool centred) {
  if (centred) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, (ImGui::GetContentRegionAvail().x - diameter) * 0.5f));
  }
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 centre(at.x + diameter * 0.5f, at.y + diameter * 0.5f);
  const float radius = diameter * 0.5f - 4.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircle(centre, radius, ImGui::GetColorU32(theme::kSurfaceActive), 48, 6.0f);
  // Only a hold counts down; while the figure moves the ring stays an empty track.
  const float left = moment.holding && moment.hold_seconds > 0.0f && !moment.finished
                         ? moment.hold_left / moment.hold_seconds
                         : 0.0f;
  if (left > 0.001f) {
    const float start = -1.5707963f;
    draw->PathArcTo(centre, radius, start, start + 6.2831853f * left, 48);
    draw->PathStroke(ImGui::GetColorU32(theme::kAccent), 0, 6.0f);
  }
  // The hold's seconds left, with their unit ("12 s"): beside the cramp's own running time
  // a bare number was read as another clock.
  std::string seconds;
  if (moment.holding)
    seconds = core::i18n::Fill(
        T("stretch.seconds_left"),
        {{"count", std::to_string(static_cast<int>(std::ceil(moment.hold_left)))}});
  else if (moment.finished)
    seconds = "\xE2\x9C\x93";
  PushFontCapped(FontRole::kBody, 1.5f);  // inside a ring of fixed size
  const ImVec2 text = ImGui::CalcTextSize(seconds.c_str());
  draw->AddText(ImVec2(centre.x - text.x * 0.5f, centre.y - text.y * 0.5f),
                ImGui::GetColorU32(theme::kText), seconds.c_str());
  PopFont();
  ImGui::Dummy(ImVec2(diameter, diameter));
}

}  // namespace app::stretch
