// Number answers without a keyboard: preset buttons for the common answers (one tap answers
// and moves on), age as a decade then a year (two taps, a real number because the rules
// need it: 65 or over, under 18), and a typed field for those who prefer a keyboard.
#include <imgui.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "app/fonts.h"
#include "app/language.h"
#include "app/selfcheck/selfcheck_ui.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/i18n/date_format.h"

namespace app::selfcheck {
namespace {

struct Preset {
  const char* key;  // the label's key (app_text.h)
  double value;
};

struct Presets {
  std::string_view id;
  std::array<Preset, 8> items;
  int count;
};

// The bands of CLINICAL.md: a few times a year, about weekly, 3 or more a week.
const Presets kPresets[] = {
    {"episodes_per_week",
     {{{"preset.episodes.few_a_year", 0.1},
       {"preset.episodes.monthly", 0.25},
       {"preset.episodes.weekly", 1},
       {"preset.episodes.2_week", 2},
       {"preset.episodes.3_week", 3},
       {"preset.episodes.5_week", 5},
       {"preset.episodes.nightly", 7},
       {"preset.episodes.several_night", 14}}},
     8},
    {"typical_duration_s",
     {{{"preset.duration.30s", 30},
       {"preset.duration.1m", 60},
       {"preset.duration.2m", 120},
       {"preset.duration.5m", 300},
       // Either side of the 10 minutes of long_episodes (over 600 s), never on it.
       {"preset.duration.up_to_10m", 600},
       {"preset.duration.over_10m", 900}}},
     6},
    {"quinine_weeks",
     {{{"preset.quinine.under_4w", 2},
       {"preset.quinine.4w", 4},
       {"preset.quinine.2m", 8},
       {"preset.quinine.longer", 26}}},
     4},
};

const Presets* PresetsFor(std::string_view id) {
  for (const Presets& presets : kPresets) {
    if (presets.id == id) return &presets;
  }
  return nullptr;
}

// Age: a row of decades, then the years of the decade chosen.
void DrawAge(SelfCheckFlow& flow, const core::triage::Question& question, bool answered,
             double current) {
  static int open_decade = -1;  // UI state only: which decade's years are shown
  if (answered && open_decade < 0) open_decade = static_cast<int>(current) / 10;
  const float quarter = widgets::RowButtonWidth(4);
  for (int decade = 0; decade <= 10; ++decade) {
    if (decade % 4 != 0) ImGui::SameLine();
    char label[32];
    if (decade == 0) {
      std::snprintf(label, sizeof label, "0-9###decade_0");
    } else if (decade == 10) {
      std::snprintf(label, sizeof label, "100+###decade_10");
    } else {
      std::snprintf(label, sizeof label, "%d-%d###decade_%d", decade * 10, decade * 10 + 9, decade);
    }
    if (widgets::ToggleButton(label, open_decade == decade, quarter)) open_decade = decade;
  }
  if (open_decade < 0) return;
  ImGui::Spacing();
  const float fifth = widgets::RowButtonWidth(5);
  const int last = open_decade == 10 ? 120 : open_decade * 10 + 9;
  for (int age = open_decade * 10, i = 0; age <= last; ++age, ++i) {
    if (i % 5 != 0) ImGui::SameLine();
    char label[32];
    std::snprintf(label, sizeof label, "%d###age_%d", age, age);
    if (widgets::ToggleButton(label, answered && std::lround(current) == age, fifth)) {
      flow.AnswerNumber(question.id, age, /*move_on=*/true);
      open_decade = -1;
    }
  }
}

void DrawTyped(SelfCheckFlow& flow, const core::triage::Question& question, bool answered,
               double current) {
  char buffer[32] = "";
  if (answered) std::snprintf(buffer, sizeof buffer, "%g", current);
  const std::string hint =
      core::i18n::Fill(T("number.type_it"), {{"unit", Text(question.unit_key)}});
  ImGui::SetNextItemWidth(-1.0f);
  PushFont(FontRole::kLarge);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(14.0f, (theme::kTouchTarget - ImGui::GetFontSize()) * 0.5f));
  const std::string id = "###number_input_" + std::string(question.id);
  if (ImGui::InputTextWithHint(id.c_str(), hint.c_str(), buffer, sizeof buffer,
                               ImGuiInputTextFlags_CharsDecimal)) {
    if (buffer[0] == '\0') {
      flow.ClearAnswer(question.id);
    } else {
      char* end = nullptr;
      const double typed = std::strtod(buffer, &end);
      if (end != buffer && *end == '\0') flow.AnswerNumber(question.id, typed, /*move_on=*/false);
    }
  }
  ImGui::PopStyleVar();
  PopFont();
}

}  // namespace

std::string FormatNumber(std::string_view question_id, double value) {
  const core::i18n::Language language = CurrentLanguage();
  if (question_id == "typical_duration_s")
    return core::i18n::FormatDuration(language, static_cast<int>(std::lround(value)));
  if (question_id == "episodes_per_week") {
    char count[32];
    std::snprintf(count, sizeof count, "%g", std::round(value * 10.0) / 10.0);
    return core::i18n::Fill(T("number.per_week"), {{"count", count}});
  }
  if (question_id == "age_years")
    return core::i18n::Plural(language, "number.years", std::lround(value));
  return core::i18n::Plural(language, "number.weeks", std::lround(value));
}

void DrawNumberAnswer(SelfCheckFlow& flow, const core::triage::Question& question) {
  const core::triage::AnswerState state = flow.StateOf(question.id);
  const nlohmann::json value = flow.ValueOf(question.id);
  const bool answered = value.is_number();
  const double current = answered ? value.get<double>() : 0.0;

  // The value, big and centred.
  const std::string shown = answered ? FormatNumber(question.id, current)
                            : state == core::triage::AnswerState::kNotSure
                                ? Text("answer.unsure")
                                : T("number.not_answered");
  PushFont(FontRole::kHeading);
  const float text_width = ImGui::CalcTextSize(shown.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                       std::fmax(0.0f, (ImGui::GetContentRegionAvail().x - text_width) * 0.5f));
  ImGui::TextColored(answered ? theme::kAccent : theme::kTextMuted, "%s", shown.c_str());
  PopFont();

  if (question.id == "age_years") {
    DrawAge(flow, question, answered, current);
  } else if (const Presets* presets = PresetsFor(question.id)) {
    const float half = widgets::RowButtonWidth(2);
    for (int i = 0; i < presets->count; ++i) {
      const Preset& preset = presets->items[static_cast<std::size_t>(i)];
      if (i % 2 == 1) ImGui::SameLine();
      const bool selected = answered && std::fabs(current - preset.value) < 1e-9;
      const std::string label =
          Label(Text(preset.key), "preset_" + std::string(question.id) + "_" + std::to_string(i));
      if (widgets::ToggleButton(label.c_str(), selected, half))
        flow.AnswerNumber(question.id, preset.value, /*move_on=*/true);
    }
  }
  DrawTyped(flow, question, answered, current);
}

}  // namespace app::selfcheck
