// Index of this file:
// [SECTION] Steps and back
// [SECTION] Where and which leg
// [SECTION] The stretch and the relief timer

#include "app/cramp/cramp_flow.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "app/call_button.h"
#include "app/entry/entry_choices.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"
#include "core/diary/uuid.h"
#include "core/i18n/date_format.h"
#include "core/triage/rules.h"
#include "core/triage/triage_text.h"

namespace app::cramp {
namespace {

using core::diary::Muscle;
using core::diary::Side;
using entry::MuscleChoice;
using entry::MuscleLabel;
using entry::SideChoice;

// Ten minutes of stretching without relief is CLINICAL.md's cramp_persisting rule.
constexpr double kPersistingSeconds = core::triage::kCrampPersistingS;
constexpr int kStepBuzzMs = 40;

}  // namespace

// [SECTION] Steps and back
void CrampFlow::Start() {
  start_ = core::diary::QuickLogStart{};
  still_cramping_ = false;
  persisting_ = -1;
  save_.Reset();
  step_ = Step::kMuscle;
}

void CrampFlow::Enter() {
  const bool resume = resume_on_enter_ && step_ == Step::kStretching;
  resume_on_enter_ = false;
  if (!resume) Start();
}

int CrampFlow::StepKey() const {
  const int step = static_cast<int>(step_);
  return step_ == Step::kWriting ? step + static_cast<int>(save_.CurrentPhase()) : step;
}

bool CrampFlow::Back() {
  // Only the choice of leg has a step behind it; a running timer or a saved entry is left
  // the way it is left by the bars.
  if (step_ != Step::kSide) return false;
  step_ = Step::kMuscle;
  return true;
}

void CrampFlow::Draw(PageContext& context) {
  switch (step_) {
    case Step::kMuscle:
      DrawMuscle(context);
      break;
    case Step::kSide:
      DrawSide(context);
      break;
    case Step::kStretching:
      DrawStretching(context);
      break;
    case Step::kWriting:
      if (save_.Draw(context)) context.navigation.GoTo(Screen::kHome);  // "Done"
      break;
  }
}

// [SECTION] Where and which leg
// The last self-check's warning about a leg and its actions, first on every step: no
// stretch or massage until a doctor has seen the leg (or the next check says otherwise).
void CrampFlow::DrawLegWarning(PageContext& context) const {
  if (!last_check_.leg_warning) return;
  std::string text = T("cramp.leg_warning");
  for (std::string_view key : last_check_.advice_keys) {
    if (key == "advice.no_massage_leg") continue;  // the warning says it
    text +=
        "\n\n" + core::triage::RegionText(CurrentLookup(), key, context.region, CurrentLanguage());
  }
  const ImVec4 panel = last_check_.level == core::triage::Level::kEmergency
                           ? ImVec4(0.42f, 0.10f, 0.10f, 1.0f)
                           : theme::kWarningPanel;
  widgets::Callout((text + "###cramp_clot_warning").c_str(), panel);
  // The result's one tap to call, here too: the person may be in pain with the phone in hand.
  const bool emergency = last_check_.level == core::triage::Level::kEmergency;
  DrawCallButton(phone_, emergency ? CallKind::kEmergency : CallKind::kUrgent, context.region);
  ImGui::Spacing();
}

void CrampFlow::DrawMuscle(PageContext& context) {
  DrawLegWarning(context);
  widgets::Heading(T("cramp.where").c_str());
  if (const std::optional<Muscle> muscle = MuscleChoice()) {
    start_.muscle = *muscle;
    step_ = Step::kSide;
  }
}

void CrampFlow::DrawSide(PageContext& context) {
  DrawLegWarning(context);
  widgets::Heading(
      core::i18n::Fill(T("cramp.which_leg"), {{"muscle", MuscleLabel(start_.muscle)}}).c_str());
  if (const std::optional<Side> side = SideChoice()) {
    start_.side = *side;
    start_.started = context.clock.Now();
    timer_start_ = context.clock.MonotonicSeconds();
    start_.monotonic_started_s = timer_start_;
    // The pregnancy variant when the last self-check said pregnant; none after a warning
    // about the leg.
    plays_stretch_ = !last_check_.leg_warning;
    if (plays_stretch_)
      player_.Start(stretch::RoutineFor(start_.muscle, last_check_.pregnant), timer_start_);
    step_ = Step::kStretching;
  }
  ImGui::Spacing();
  if (widgets::BigButton((T("nav.back") + "###back").c_str())) step_ = Step::kMuscle;
}

// [SECTION] The stretch and the relief timer
int CrampFlow::ElapsedWholeSeconds(const core::Clock& clock) const {
  return static_cast<int>(std::max(0.0, clock.MonotonicSeconds() - timer_start_));
}

void CrampFlow::DrawStretching(PageContext& context) {
  const double now = context.clock.MonotonicSeconds();
  const double elapsed = std::max(0.0, now - timer_start_);
  if (!plays_stretch_) {
    DrawTimerOnly(context, elapsed);
    return;
  }
  player_.SetReducedMotion(device_.reduced_motion());
  // A short buzz at each new step: the person may be holding the foot with eyes shut.
  if (player_.TakeStepChange(now) && device_.vibrate) device_.vibrate(kStepBuzzMs);
  const core::stretch::Moment moment = player_.At(now);
  // The figure large on top, one line of words, the hold's ring with the relief time
  // beside it, then the two answers: one screen at 360 x 640 without scrolling.
  char timer[32];
  const int seconds = static_cast<int>(elapsed);
  std::snprintf(timer, sizeof timer, "%d:%02d", seconds / 60, seconds % 60);
  const float width = ImGui::GetContentRegionAvail().x;
  const float buttons =
      2.0f * (theme::ButtonHeight(ImGui::GetFontSize()) + ImGui::GetStyle().ItemSpacing.y);
  const float ring = 72.0f;
  // The ring's row: the ring, or the named time beside it when that is taller (large text).
  PushFont(FontRole::kLarge);
  const float time_height = ImGui::GetFontSize();
  PopFont();
  const float ring_row =
      std::max(ring, ImGui::GetFontSize() + ImGui::GetStyle().ItemSpacing.y + time_height);
  const bool keeps_note_room = elapsed < kPersistingSeconds || persisting_ == 0;
  const float words = stretch::TallestStepWords(player_.Routine(), width) +
                      (keeps_note_room ? NoteHeight(context, width) : 0.0f);
  const float room = ImGui::GetContentRegionAvail().y - buttons - ring_row - words -
                     ImGui::GetStyle().ItemSpacing.y * 4.0f;
  // The answers come first: on a small phone at large text the figure gives way (down to a
  // thumbnail) so that both stay on the screen.
  constexpr float kSmallestFigure = 80.0f;
  const float height = std::clamp(room, kSmallestFigure, width * 0.8f);
  stretch::DrawFigure(device_.figures, 0, player_.Routine(), moment, ImVec2(width, height));
  widgets::Paragraph(T(moment.text_key).c_str());
  // The hold's ring at the left, the cramp's running time named beside it: side by side
  // without names, "60" and "1:05" read as two clocks of the same thing.
  const ImVec2 row = ImGui::GetCursorPos();
  stretch::DrawHoldRing(moment, ring, /*centred=*/false);
  const float after_ring = ImGui::GetCursorPosY();
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float block = ImGui::GetFontSize() + spacing + time_height;
  ImGui::SetCursorPos(ImVec2(row.x + ring + 16.0f, row.y + std::max(0.0f, (ring - block) * 0.5f)));
  ImGui::BeginGroup();
  ImGui::TextColored(theme::kTextMuted, "%s", T("cramp.so_far").c_str());
  PushFont(FontRole::kLarge);
  ImGui::TextColored(theme::kTextMuted, "%s", timer);
  PopFont();
  ImGui::EndGroup();
  ImGui::SetCursorPos(
      ImVec2(row.x, std::max(after_ring, ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y +
                                             ImGui::GetScrollY() + spacing)));
  DrawTimerAnswers(context, elapsed);
}

// Without a stretch (after a warning about the leg): the warning, the relief timer, and the
// same answers.
void CrampFlow::DrawTimerOnly(PageContext& context, double elapsed) {
  DrawLegWarning(context);
  char timer[32];
  const int seconds = static_cast<int>(elapsed);
  std::snprintf(timer, sizeof timer, "%d:%02d", seconds / 60, seconds % 60);
  widgets::Paragraph(T("cramp.timing").c_str());
  PushFont(FontRole::kHeading);
  ImGui::TextColored(theme::kTextMuted, "%s", timer);
  PopFont();
  ImGui::Spacing();
  DrawTimerAnswers(context, elapsed);
}

// After a warning about the leg there is no stretch to keep holding.
std::string CrampFlow::KeepGoingNote(const PageContext& context) const {
  return plays_stretch_ ? T("cramp.keep_holding") : T("cramp.keep_still", context.region);
}

float CrampFlow::NoteHeight(const PageContext& context, float width) const {
  return ImGui::CalcTextSize(KeepGoingNote(context).c_str(), nullptr, false, width).y +
         ImGui::GetStyle().ItemSpacing.y;
}

// The 10-minute question once the timer passes it, then "It has eased" / "Still cramping".
void CrampFlow::DrawTimerAnswers(PageContext& context, double elapsed) {
  const auto text = CurrentLookup();
  if (elapsed >= kPersistingSeconds && persisting_ < 0) {
    // The self-check's own question, asked when it matters (CLINICAL.md "Questions").
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    widgets::Paragraph(T("cramp.ten_minutes").c_str());
    ImGui::PopStyleColor();
    widgets::Note(std::string(text("question.cramp_ongoing_over_10_min")).c_str());
    const float half = widgets::RowButtonWidth(2);
    if (widgets::BigButton((T("cramp.still_going") + "###answer_yes").c_str(), false, half)) {
      persisting_ = 1;
    }
    ImGui::SameLine();
    if (widgets::BigButton((T("cramp.easing") + "###answer_no").c_str(), false, half)) {
      persisting_ = 0;
    }
  } else if (persisting_ == 1) {
    const std::string advice =
        core::triage::RegionText(text, "advice.level.urgent", context.region, CurrentLanguage()) +
        " " + std::string(text("rule.cramp_persisting")) + " " + T("cramp.sources");
    widgets::Callout((advice + "###cramp_persisting").c_str(), theme::kWarningPanel);
  }
  if (widgets::BigButton((T("cramp.eased") + "###cramp_done").c_str(), true)) {
    step_ = Step::kWriting;
    save_.SaveNew(
        core::diary::MakeQuickEpisode(start_, context.clock.Now(), context.clock.MonotonicSeconds(),
                                      core::diary::NewUuidV4(core::diary::SystemRandomSource())));
  }
  if (widgets::BigButton((T("cramp.still_cramping") + "###cramp_still").c_str()))
    still_cramping_ = true;
  if (elapsed < kPersistingSeconds || persisting_ == 0) {
    // Under the answers, so the words push nothing: a second tap lands on "Still cramping"
    // again, never on "It has eased", and at large text the answers stay on the screen. Its
    // place is kept from the start (drawn clear), so the page's length does not change.
    if (!still_cramping_) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.0f);
    widgets::Note(KeepGoingNote(context).c_str());
    if (!still_cramping_) ImGui::PopStyleVar();
  }
}

}  // namespace app::cramp
