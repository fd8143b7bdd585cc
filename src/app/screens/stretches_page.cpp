// Stretches: the routine cards and the routine playing (stretches_page.h).
#include "app/screens/stretches_page.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/fonts.h"
#include "app/language.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/i18n/date_format.h"

namespace app::screens {
namespace {

using core::stretch::RoutineId;

constexpr int kStepBuzzMs = 40;
// Slot 0 of the figure renderer is the routine playing; the cards' stills follow it.
constexpr int kPlayingSlot = 0;
constexpr float kCardPadding = 12.0f;

std::string PlayId(RoutineId id) {
  return "###routine_" + std::string(core::stretch::Name(id));
}

// How long a routine takes, in the person's words ("1 min 37 s").
std::string Length(const core::stretch::Routine& routine) {
  const int seconds = static_cast<int>(std::lround(core::stretch::TotalSeconds(routine)));
  return core::i18n::FormatDuration(CurrentLanguage(), seconds);
}

}  // namespace

void StretchesPage::Draw(PageContext& context) {
  player_.SetReducedMotion(device_.reduced_motion());
  if (player_.Playing()) {
    DrawPlaying(context);
  } else {
    DrawList(context);
  }
}


bool StretchesPage::Back() {
  if (!player_.Playing()) return false;
  player_.Stop();
  return true;
}

// [list] The cards, during a cramp first, then before bed, with the cautions and the
// bedtime reminder.
void StretchesPage::DrawList(PageContext& context) {
  widgets::Heading(T("stretches.during").c_str());
  int slot = kPlayingSlot + 1;
  for (RoutineId id : core::stretch::kAllRoutines)
    if (core::stretch::GetRoutine(id).during_cramp) DrawCard(context, id, slot++);
  widgets::Note(T("advice.stretch_caution").c_str());
  widgets::Note(T("advice.after_cramp").c_str());

  ImGui::Spacing();
  widgets::Heading(T("stretches.before_bed").c_str());
  for (RoutineId id : core::stretch::kAllRoutines)
    if (!core::stretch::GetRoutine(id).during_cramp) DrawCard(context, id, slot++);
  widgets::Bullet(T("advice.habits").c_str());
  ImGui::Spacing();
  DrawBedtimeReminder(settings_, data_);
}

// One card: the still picture beside the title, its length and the play button; stacked
// when the column is too narrow for both (large text on a phone).
void StretchesPage::DrawCard(PageContext& context, RoutineId id, int slot) {
  const core::stretch::Routine& routine = core::stretch::GetRoutine(id);
  const float column = ImGui::GetContentRegionAvail().x;
  const bool side_by_side = column >= ImGui::GetFontSize() * 19.0f;
  const float inner = column - 2.0f * kCardPadding;
  const float picture_width = side_by_side ? std::min(inner * 0.42f, 200.0f) : inner;
  const ImVec2 picture(picture_width, std::min(picture_width * 0.75f, 220.0f));

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float left_x = ImGui::GetCursorPosX();
  ImGui::SetCursorPos(ImVec2(left_x + kCardPadding, ImGui::GetCursorPosY() + kCardPadding));
  ImGui::BeginGroup();
  const int still_step = core::stretch::PreviewStep(routine);
  const core::stretch::Moment still =
      core::stretch::Sample(routine, core::stretch::KeyTime(routine, still_step));
  stretch::DrawFigure(device_.figures, slot, routine, still, picture);
  if (side_by_side) ImGui::SameLine(0.0f, kCardPadding);
  ImGui::BeginGroup();
  const float words_width = side_by_side ? inner - picture.x - kCardPadding : inner;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + words_width);
  PushFont(FontRole::kLarge);
  ImGui::TextUnformatted(T(std::string(routine.title_key).c_str()).c_str());
  PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  ImGui::TextUnformatted(Length(routine).c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  if (widgets::BigButton((T("stretch.play") + PlayId(id)).c_str(), true, words_width)) {
    player_.Start(id, context.clock.MonotonicSeconds());
    player_.TakeStepChange(context.clock.MonotonicSeconds());
  }
  ImGui::EndGroup();
  ImGui::EndGroup();
  const ImVec2 bottom(top.x + column, ImGui::GetItemRectMax().y + kCardPadding);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(top, bottom, ImGui::GetColorU32(theme::kSurface), 12.0f);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom.y));
  ImGui::Dummy(ImVec2(column, ImGui::GetStyle().ItemSpacing.y));
}

// [playing] The figure large, the step, its words, the ring, then the controls: on one
// phone screen without scrolling.
void StretchesPage::DrawPlaying(PageContext& context) {
  const double now = context.clock.MonotonicSeconds();
  if (player_.TakeStepChange(now) && device_.vibrate) device_.vibrate(kStepBuzzMs);
  const core::stretch::Routine& routine = player_.Routine();
  const core::stretch::Moment moment = player_.At(now);

  widgets::Heading(T(std::string(routine.title_key).c_str()).c_str());
  // "Step 2 of 4, stretch 1 of 6": which step of the routine, and which of its repeats.
  const core::i18n::Values step = {{"step", std::to_string(moment.step + 1)},
                                   {"count", std::to_string(routine.steps.size())},
                                   {"index", std::to_string(moment.repeat_index + 1)},
                                   {"repeats", std::to_string(moment.repeat_count)}};
  const std::string where = core::i18n::Fill(
      T(moment.repeat_count > 1 ? "stretch.step_and_repeat" : "stretch.step_of"), step);
  widgets::Note(where.c_str());

  const float width = ImGui::GetContentRegionAvail().x;
  const float button = theme::ButtonHeight(ImGui::GetFontSize()) + ImGui::GetStyle().ItemSpacing.y;
  const float ring = 72.0f;
  const float words = stretch::TallestStepWords(routine, width);
  const float room = ImGui::GetContentRegionAvail().y - 2.0f * button - ring - words -
                     ImGui::GetStyle().ItemSpacing.y * 4.0f;
  const float height = std::clamp(room, 120.0f, width * 0.8f);
  stretch::DrawFigure(device_.figures, kPlayingSlot, routine, moment, ImVec2(width, height));
  widgets::Paragraph(T(std::string(moment.text_key).c_str()).c_str());
  stretch::DrawHoldRing(moment, ring);

  const float half = widgets::RowButtonWidth(2);
  if (!moment.finished) {
    if (player_.Paused()) {
      if (widgets::BigButton((T("stretch.resume") + "###stretch_resume").c_str(), true, half)) {
        player_.Resume(now);
      }
    } else if (widgets::BigButton((T("stretch.pause") + "###stretch_pause").c_str(), false, half)) {
      player_.Pause(now);
    }
    ImGui::SameLine();
    if (widgets::BigButton((T("stretch.next") + "###stretch_next").c_str(), false, half)) {
      player_.NextStep(now);
    }
  } else if (widgets::BigButton((T("stretch.again") + "###stretch_again").c_str(), true)) {
    player_.Start(routine.id, now);
    player_.TakeStepChange(now);
  }
  if (widgets::BigButton((T("stretch.stop") + "###stretch_stop").c_str())) {
    player_.Stop();
  }
}

}  // namespace app::screens
