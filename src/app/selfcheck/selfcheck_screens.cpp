// The self-check's intro and question screens: one question a screen, big answers, Back
// and Next always in the same place at the bottom, the question body scrolling above them
// when it is long (the medicines list on a phone).
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/selfcheck/selfcheck_ui.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/triage/triage_text.h"

namespace app::selfcheck {

using core::triage::AnswerState;
using core::triage::Question;
using core::triage::QuestionGroup;
using core::triage::QuestionKind;

std::string Text(std::string_view key) {
  return std::string(core::triage::TriageTextEn(key));
}

std::string Label(std::string_view text, std::string_view id) {
  return std::string(text).append("###").append(id);
}

void DrawUnsureAndClear(SelfCheckFlow& flow) {
  const AnswerState state = flow.CurrentState();
  const float half = widgets::RowButtonWidth(2);
  if (widgets::ToggleButton(Label(Text("answer.unsure"), "answer_unsure").c_str(),
                            state == AnswerState::kNotSure, half))
    flow.AnswerNotSure();
  ImGui::SameLine();
  ImGui::BeginDisabled(state == AnswerState::kNotAnswered);
  if (widgets::ToggleButton("Clear###answer_clear", false, half)) flow.ClearAnswer();
  ImGui::EndDisabled();
}

namespace {

constexpr float kProgressHeight = 34.0f;

const char* GroupTitle(QuestionGroup group) {
  switch (group) {
    case QuestionGroup::kRedFlags:
      return "Warning signs";
    case QuestionGroup::kAboutYou:
      return "About you";
    case QuestionGroup::kFrequency:
      return "Your cramps";
    case QuestionGroup::kMedicines:
      return "Medicines and conditions";
  }
  return "";
}

void DrawIntro(screens::ScreenContext& context, SelfCheckFlow& flow) {
  widgets::Heading("Self-check");
  widgets::Paragraph(
      "Short questions about your cramps, one at a time. Skip any you cannot answer. At the "
      "end you see what to do now, and why.");
  ImGui::Spacing();
  char emergency[160];
  std::snprintf(emergency, sizeof emergency,
                "Breathless, chest pain, or a foot or leg suddenly cold, pale or numb? Call %s "
                "now.",
                std::string(context.settings.EmergencyRegion().number).c_str());
  widgets::Note(emergency);
  ImGui::Spacing();
  if (flow.HasLastAnswers()) {
    if (widgets::BigButton("Start from your last answers###selfcheck_last", true)) flow.Start(true);
    if (widgets::BigButton("Start afresh###selfcheck_start")) flow.Start(false);
  } else if (widgets::BigButton("Start###selfcheck_start", true)) {
    flow.Start(false);
  }
  if (widgets::BigButton("Show me the stretch###selfcheck_stretches"))
    context.navigation.GoTo(Screen::kStretches);
}

// "Question 3 of 26" and a bar, as one item so tests can tell which question is shown.
void DrawProgress(const SelfCheckFlow& flow) {
  const Question& question = flow.CurrentQuestion();
  char text[48];
  std::snprintf(text, sizeof text, "Question %d of %d", flow.Position(), flow.Count());
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(Label(text, std::string("question_").append(question.id)).c_str(),
                         ImVec2(width, kProgressHeight));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(origin, ImGui::GetColorU32(theme::kTextMuted), text);
  const char* group = GroupTitle(question.group);
  const float group_width = ImGui::CalcTextSize(group).x;
  draw->AddText(ImVec2(origin.x + width - group_width, origin.y),
                ImGui::GetColorU32(theme::kTextMuted), group);
  const float bar_y = origin.y + kProgressHeight - 6.0f;
  const float done = flow.Count() > 0
                         ? static_cast<float>(flow.Position()) / static_cast<float>(flow.Count())
                         : 0.0f;
  draw->AddRectFilled(ImVec2(origin.x, bar_y), ImVec2(origin.x + width, bar_y + 4.0f),
                      ImGui::GetColorU32(theme::kSurfaceActive), 2.0f);
  draw->AddRectFilled(ImVec2(origin.x, bar_y), ImVec2(origin.x + width * done, bar_y + 4.0f),
                      ImGui::GetColorU32(theme::kAccent), 2.0f);
}

void DrawYesNo(SelfCheckFlow& flow) {
  const AnswerState state = flow.CurrentState();
  const nlohmann::json value = flow.CurrentValue();
  const bool yes = state == AnswerState::kAnswered && value == true;
  const bool no = state == AnswerState::kAnswered && value == false;
  if (widgets::ToggleButton(Label(Text("answer.yes"), "answer_yes").c_str(), yes))
    flow.AnswerYesNo(true);
  if (widgets::ToggleButton(Label(Text("answer.no"), "answer_no").c_str(), no))
    flow.AnswerYesNo(false);
  if (widgets::ToggleButton(Label(Text("answer.unsure"), "answer_unsure").c_str(),
                            state == AnswerState::kNotSure))
    flow.AnswerNotSure();
  if (state != AnswerState::kNotAnswered && widgets::BigButton("Clear answer###answer_clear"))
    flow.ClearAnswer();
}

void DrawChoices(SelfCheckFlow& flow, const Question& question) {
  const nlohmann::json value = flow.CurrentValue();
  for (std::string_view choice : question.choices) {
    const bool selected =
        value.is_array() ? std::find(value.begin(), value.end(), std::string(choice)) != value.end()
                         : value == std::string(choice);
    const std::string key = std::string("choice.").append(question.id).append(".").append(choice);
    if (widgets::ToggleButton(Label(Text(key), std::string("choice_").append(choice)).c_str(),
                              selected))
      flow.ToggleChoice(choice);
  }
  if (question.kind == QuestionKind::kMultiChoice &&
      widgets::ToggleButton("None of these###choice_none", value.is_array() && value.empty()))
    flow.AnswerNone();
  DrawUnsureAndClear(flow);
}

// The diary's measured value replaces the answer: say so instead of asking.
void DrawDiaryValue(const SelfCheckFlow& flow, const Question& question) {
  const core::triage::DiaryFacts& diary = flow.Diary();
  std::string value;
  if (question.id == "episodes_per_week") {
    value = FormatNumber(question.id, diary.episodes_per_week);
  } else if (question.id == "typical_duration_s") {
    value = diary.typical_duration_s ? FormatNumber(question.id, *diary.typical_duration_s)
                                     : "not enough cramps logged to tell";
  } else if (question.id == "relief_taking_longer") {
    value = !diary.relief_taking_longer   ? "not enough cramps logged to tell"
            : *diary.relief_taking_longer ? "yes, they are getting longer"
                                          : "no, they are not getting longer";
  }
  ImGui::PushFont(GetFonts().large);
  widgets::Paragraph((Text("from_diary") + ": " + value).c_str());
  ImGui::PopFont();
  char note[160];
  std::snprintf(note, sizeof note,
                "Your diary covers %d days, so the check uses what it measured rather than "
                "what you remember.",
                diary.days_covered);
  widgets::Note(note);
}

void DrawQuestion(SelfCheckFlow& flow) {
  const Question& question = flow.CurrentQuestion();
  // Back/Next, plus what App::DrawScreen adds below every screen (spacing, a 16 px
  // margin, padding), so the question screen itself never scrolls.
  const float footer = theme::kTouchTarget + ImGui::GetStyle().ItemSpacing.y * 2.0f + 28.0f;
  DrawProgress(flow);
  const float body = ImGui::GetContentRegionAvail().y - footer;
  ImGui::BeginChild("##question_body", ImVec2(0.0f, body > 120.0f ? body : 120.0f));
  ImGui::PushID(question.id.data(), question.id.data() + question.id.size());
  ImGui::PushTextWrapPos(0.0f);
  widgets::Heading(Text(question.prompt_key).c_str());
  if (flow.DiaryAnswers(question)) {
    DrawDiaryValue(flow, question);
  } else {
    switch (question.kind) {
      case QuestionKind::kYesNo:
        DrawYesNo(flow);
        break;
      case QuestionKind::kWholeNumber:
      case QuestionKind::kNumber:
        DrawNumberAnswer(flow);
        break;
      case QuestionKind::kChoice:
      case QuestionKind::kMultiChoice:
        DrawChoices(flow, question);
        break;
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::PopID();
  ImGui::EndChild();

  const float half = widgets::RowButtonWidth(2);
  if (widgets::BigButton("Back###back", false, half)) flow.Back();
  ImGui::SameLine();
  if (widgets::BigButton("Next###next", true, half)) flow.Next();
}

}  // namespace

}  // namespace app::selfcheck

namespace app::screens {

void DrawSelfCheck(ScreenContext& context) {
  selfcheck::SelfCheckFlow& flow = context.selfcheck;
  switch (flow.CurrentStage()) {
    case selfcheck::Stage::kIntro:
      selfcheck::DrawIntro(context, flow);
      break;
    case selfcheck::Stage::kQuestion:
      selfcheck::DrawQuestion(flow);
      break;
    case selfcheck::Stage::kResult:
      selfcheck::DrawResult(context);
      break;
  }
}

}  // namespace app::screens
