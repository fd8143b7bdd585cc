// Number answers without a keyboard: four big steppers, preset buttons for the common
// answers, and a typed field for those who prefer it. Age stays a real number because the
// rules need it (65 or over, under 18).
#include <imgui.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "app/fonts.h"
#include "app/selfcheck/selfcheck_ui.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app::selfcheck {
namespace {

struct Preset {
  const char* label;
  double value;
};

// How one number question is stepped: where a first step starts, the two step sizes with
// their button labels, and the presets (up to 8).
struct NumberUi {
  std::string_view id;
  double anchor;
  double small_step;
  double big_step;
  std::array<const char*, 4> step_labels;  // -big, -small, +small, +big
  std::array<Preset, 8> presets;
  int preset_count;
};

const NumberUi kNumberUis[] = {
    {"age_years", 40, 1, 10, {"-10", "-1", "+1", "+10"}, {}, 0},
    {"episodes_per_week",
     1,
     0.5,
     1,
     {"-1", "-0.5", "+0.5", "+1"},
     {{{"About once a month", 0.25},
       {"Once a week", 1},
       {"2 a week", 2},
       {"3 a week", 3},
       {"5 a week", 5},
       {"Every night", 7}}},
     6},
    {"typical_duration_s",
     60,
     10,
     60,
     {"-1 min", "-10 s", "+10 s", "+1 min"},
     {{{"30 seconds", 30},
       {"1 minute", 60},
       {"2 minutes", 120},
       {"5 minutes", 300},
       {"10 minutes", 600},
       {"15 minutes", 900}}},
     6},
    {"quinine_weeks",
     4,
     1,
     4,
     {"-4", "-1", "+1", "+4"},
     {{{"1 week", 1}, {"4 weeks", 4}, {"8 weeks", 8}, {"6 months", 26}}},
     4},
};

const NumberUi& UiFor(std::string_view id) {
  for (const NumberUi& ui : kNumberUis) {
    if (ui.id == id) return ui;
  }
  return kNumberUis[0];
}

// The diary so far (under 14 days): offered as a value to take, not used on its own.
void DrawDiaryHint(SelfCheckFlow& flow, const core::triage::Question& question) {
  const core::triage::DiaryFacts& diary = flow.Diary();
  if (diary.days_covered <= 0 || diary.has_enough_data) return;
  double value = 0.0;
  if (question.id == "episodes_per_week") {
    value = diary.episodes_per_week;
  } else if (question.id == "typical_duration_s" && diary.typical_duration_s) {
    value = *diary.typical_duration_s;
  } else {
    return;
  }
  const std::string text = Text("from_diary") + " (" + std::to_string(diary.days_covered) +
                           " days so far): " + FormatNumber(question.id, value);
  widgets::Note(text.c_str());
  if (widgets::BigButton("Use this###use_diary")) flow.AnswerNumber(value);
}

}  // namespace

std::string FormatNumber(std::string_view question_id, double value) {
  char text[64];
  if (question_id == "typical_duration_s") {
    const long seconds = std::lround(value);
    if (seconds < 60) {
      std::snprintf(text, sizeof text, "%ld seconds", seconds);
    } else if (seconds % 60 == 0) {
      std::snprintf(text, sizeof text, "%ld min", seconds / 60);
    } else {
      std::snprintf(text, sizeof text, "%ld min %ld s", seconds / 60, seconds % 60);
    }
  } else if (question_id == "episodes_per_week") {
    std::snprintf(text, sizeof text, "%g a week", std::round(value * 10.0) / 10.0);
  } else if (question_id == "age_years") {
    std::snprintf(text, sizeof text, "%ld years", std::lround(value));
  } else {
    std::snprintf(text, sizeof text, "%ld weeks", std::lround(value));
  }
  return text;
}

void DrawNumberAnswer(SelfCheckFlow& flow) {
  const core::triage::Question& question = flow.CurrentQuestion();
  const NumberUi& ui = UiFor(question.id);
  const core::triage::AnswerState state = flow.CurrentState();
  const nlohmann::json value = flow.CurrentValue();
  const bool answered = value.is_number();
  const double current = answered ? value.get<double>() : ui.anchor;

  // The value, big and centred.
  std::string shown = answered ? FormatNumber(question.id, current)
                      : state == core::triage::AnswerState::kNotSure ? Text("answer.unsure")
                                                                     : "Not answered";
  ImGui::PushFont(GetFonts().heading);
  const float text_width = ImGui::CalcTextSize(shown.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                       std::fmax(0.0f, (ImGui::GetContentRegionAvail().x - text_width) * 0.5f));
  ImGui::TextColored(answered ? theme::kAccent : theme::kTextMuted, "%s", shown.c_str());
  ImGui::PopFont();

  // Steppers: the first tap on an unanswered question steps from the anchor.
  const std::array<double, 4> deltas = {-ui.big_step, -ui.small_step, ui.small_step, ui.big_step};
  const std::array<const char*, 4> ids = {"step_down_big", "step_down", "step_up", "step_up_big"};
  const float quarter = widgets::RowButtonWidth(4);
  for (int i = 0; i < 4; ++i) {
    if (i > 0) ImGui::SameLine();
    const std::string label =
        Label(ui.step_labels[static_cast<std::size_t>(i)], ids[static_cast<std::size_t>(i)]);
    if (widgets::BigButton(label.c_str(), false, quarter))
      flow.AnswerNumber(current + deltas[static_cast<std::size_t>(i)]);
  }

  // Presets, two a row.
  const float half = widgets::RowButtonWidth(2);
  for (int i = 0; i < ui.preset_count; ++i) {
    const Preset& preset = ui.presets[static_cast<std::size_t>(i)];
    if (i % 2 == 1) ImGui::SameLine();
    const bool selected = answered && std::fabs(current - preset.value) < 1e-9;
    const std::string label = Label(preset.label, "preset_" + std::to_string(i));
    if (widgets::ToggleButton(label.c_str(), selected, half)) flow.AnswerNumber(preset.value);
  }

  // Typed entry, for a keyboard. Empty text clears the answer.
  char buffer[32] = "";
  if (answered) std::snprintf(buffer, sizeof buffer, "%g", current);
  const std::string unit = Text(question.unit_key);
  const std::string hint = "Or type it (" + unit + ")";
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::PushFont(GetFonts().large);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(14.0f, (theme::kTouchTarget - ImGui::GetFontSize()) * 0.5f));
  if (ImGui::InputTextWithHint("###number_input", hint.c_str(), buffer, sizeof buffer,
                               ImGuiInputTextFlags_CharsDecimal)) {
    if (buffer[0] == '\0') {
      flow.ClearAnswer();
    } else {
      char* end = nullptr;
      const double typed = std::strtod(buffer, &end);
      if (end != buffer && *end == '\0') flow.AnswerNumber(typed);
    }
  }
  ImGui::PopStyleVar();
  ImGui::PopFont();
  DrawDiaryHint(flow, question);

  DrawUnsureAndClear(flow);
}

}  // namespace app::selfcheck
