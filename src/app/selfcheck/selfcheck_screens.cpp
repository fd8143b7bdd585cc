// The self-check's intro, saved-details and question pages. A sign page lists related signs,
// each with Yes / No / Not sure, and one "None of these" for the rest: a person with nothing
// to report passes it with one tap. "None of these", Back and Next stay in the same place at
// the bottom; the page body scrolls above them when it is long.
//
// Index of this file:
// [SECTION] Text helpers
// [SECTION] Intro and progress
// [SECTION] Answer controls: signs, choices, frequency, lists
// [SECTION] A page
// [SECTION] Saved details to confirm
// [SECTION] The screen
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/scroll_region.h"
#include "app/selfcheck/selfcheck_ui.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/i18n/date_format.h"
#include "core/triage/answers_json.h"
#include "core/triage/dependencies.h"
#include "core/triage/triage_text.h"

namespace app::selfcheck {

using core::triage::AnswerState;
using core::triage::PageKind;
using core::triage::Question;
using core::triage::QuestionKind;

// [SECTION] Text helpers
std::string Text(std::string_view key) {
  return T(key);
}

std::string Text(std::string_view key, const core::triage::EmergencyRegion& region) {
  return T(key, region);
}

std::string Label(std::string_view text, std::string_view id) {
  return std::string(text).append("###").append(id);
}

namespace {

constexpr float kProgressHeight = 34.0f;

std::string Id(std::string_view prefix, std::string_view field) {
  return std::string(prefix).append(field);
}

// [SECTION] Intro and progress
void DrawIntro(screens::ScreenContext& context, SelfCheckFlow& flow) {
  widgets::Heading(T("selfcheck.title").c_str());
  widgets::Paragraph(T("selfcheck.intro").c_str());
  ImGui::Spacing();
  widgets::Note(T("selfcheck.intro_emergency", context.region).c_str());
  ImGui::Spacing();
  if (widgets::BigButton((T("selfcheck.start") + "###selfcheck_start").c_str(), true))
    flow.Start(/*offer_saved_facts=*/true);
  if (widgets::BigButton((T("selfcheck.stretches") + "###selfcheck_stretches").c_str()))
    context.navigation.GoTo(Screen::kStretches);
}

// "Step 3 of 11" and a bar, as one item "...###page_<id>" so tests can tell which page is
// shown.
void DrawProgress(const SelfCheckFlow& flow) {
  const core::triage::QuestionPage& page = flow.CurrentPage();
  const std::string step = core::i18n::Fill(
      T("selfcheck.step"),
      {{"position", std::to_string(flow.Position())}, {"count", std::to_string(flow.Count())}});
  const char* text = step.c_str();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  // The text above the bar, however large the text size.
  const float height = std::max(kProgressHeight, ImGui::GetFontSize() + 12.0f);
  ImGui::InvisibleButton(Label(text, Id("page_", page.id)).c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(origin, ImGui::GetColorU32(theme::kTextMuted), text);
  const float bar_y = origin.y + height - 6.0f;
  const float done = static_cast<float>(flow.Position()) / static_cast<float>(flow.Count());
  draw->AddRectFilled(ImVec2(origin.x, bar_y), ImVec2(origin.x + width, bar_y + 4.0f),
                      ImGui::GetColorU32(theme::kSurfaceActive), 2.0f);
  draw->AddRectFilled(ImVec2(origin.x, bar_y), ImVec2(origin.x + width * done, bar_y + 4.0f),
                      ImGui::GetColorU32(theme::kAccent), 2.0f);
}

// What the diary measured for a question it answers, in words.
// [SECTION] Answer controls: signs, choices, frequency, lists
std::string DiaryValue(const SelfCheckFlow& flow, const Question& question) {
  const core::triage::DiaryFacts& diary = flow.Diary();
  if (question.id == "episodes_per_week") {
    return core::i18n::Fill(T("selfcheck.diary_over_4_weeks"),
                            {{"value", FormatNumber(question.id, diary.episodes_per_week)}});
  }
  if (question.id == "typical_duration_s") {
    return diary.typical_duration_s
               ? core::i18n::Fill(T("selfcheck.diary_usually"),
                                  {{"value", FormatNumber(question.id, *diary.typical_duration_s)}})
               : T("selfcheck.diary_no_cramps");
  }
  if (!diary.relief_taking_longer) return T("selfcheck.diary_too_few");
  return T(*diary.relief_taking_longer ? "selfcheck.diary_longer_yes"
                                       : "selfcheck.diary_longer_no");
}

// One sign of a sign page: its words, then Yes / No / Not sure.
void DrawSign(SelfCheckFlow& flow, const Question& question) {
  ImGui::PushID(question.id.data(), question.id.data() + question.id.size());
  widgets::Paragraph(Text(question.prompt_key).c_str());
  if (flow.DiaryAnswers(question)) {
    const std::string line =
        core::i18n::Fill(T("selfcheck.from_diary_line"),
                         {{"from", Text("from_diary")}, {"value", DiaryValue(flow, question)}});
    // Two sentences: a space between them in English, none after a Chinese full stop.
    widgets::Note(core::i18n::Fill(T("selfcheck.two_sentences"),
                                   {{"first", line}, {"second", T("selfcheck.diary_correct")}})
                      .c_str());
  }
  const AnswerState state = flow.StateOf(question.id);
  const nlohmann::json value = flow.ValueOf(question.id);
  const float third = widgets::RowButtonWidth(3);
  if (widgets::ToggleButton(Label(Text("answer.yes"), Id("answer_yes_", question.id)).c_str(),
                            value == true, third))
    flow.AnswerSign(question.id, true);
  ImGui::SameLine();
  if (widgets::ToggleButton(Label(Text("answer.no"), Id("answer_no_", question.id)).c_str(),
                            value == false, third))
    flow.AnswerSign(question.id, false);
  ImGui::SameLine();
  if (widgets::ToggleButton(Label(Text("answer.unsure"), Id("answer_unsure_", question.id)).c_str(),
                            state == AnswerState::kNotSure, third))
    flow.AnswerSignNotSure(question.id);
  ImGui::PopID();
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
}

void DrawChoices(SelfCheckFlow& flow, const Question& question) {
  const nlohmann::json value = flow.ValueOf(question.id);
  for (std::string_view choice : question.choices) {
    const bool selected =
        value.is_array() ? std::find(value.begin(), value.end(), std::string(choice)) != value.end()
                         : value == std::string(choice);
    const std::string key = std::string("choice.").append(question.id).append(".").append(choice);
    if (widgets::ToggleButton(Label(Text(key), Id("choice_", choice)).c_str(), selected))
      flow.ToggleChoice(question.id, choice);
  }
}

void DrawUnsure(SelfCheckFlow& flow, const Question& question, std::string_view id) {
  if (widgets::ToggleButton(Label(Text("answer.unsure"), id).c_str(),
                            flow.StateOf(question.id) == AnswerState::kNotSure))
    flow.AnswerNotSure(question.id);
}

// How often and how long: from the diary when it has 14 days or more, to confirm or correct.
void DrawFrequency(SelfCheckFlow& flow, const std::vector<const Question*>& questions) {
  const bool from_diary = std::any_of(questions.begin(), questions.end(),
                                      [&](const Question* q) { return flow.DiaryAnswers(*q); });
  if (from_diary) {
    std::string values;
    for (const Question* question : questions) {
      if (!flow.DiaryAnswers(*question)) continue;
      if (!values.empty()) values += T("selfcheck.from_diary_separator");
      values += DiaryValue(flow, *question);
    }
    const std::string line = core::i18n::Fill(T("selfcheck.from_diary_line"),
                                              {{"from", Text("from_diary")}, {"value", values}});
    PushFont(FontRole::kLarge);
    widgets::Paragraph(line.c_str());
    PopFont();
    widgets::Note(
        core::i18n::Plural(CurrentLanguage(), "selfcheck.diary_covers", flow.Diary().days_covered)
            .c_str());
    if (widgets::BigButton((T("selfcheck.diary_confirm") + "###diary_confirm").c_str(), true))
      flow.Next();
    ImGui::Spacing();
  }
  for (const Question* question : questions) {
    ImGui::PushID(question->id.data(), question->id.data() + question->id.size());
    PushFont(FontRole::kLarge);
    widgets::Paragraph(Text(question->prompt_key).c_str());
    PopFont();
    DrawNumberAnswer(flow, *question);
    DrawUnsure(flow, *question, Id("answer_unsure_", question->id));
    ImGui::PopID();
    ImGui::Spacing();
  }
}

void DrawLists(SelfCheckFlow& flow, const std::vector<const Question*>& questions) {
  for (const Question* question : questions) {
    ImGui::PushID(question->id.data(), question->id.data() + question->id.size());
    PushFont(FontRole::kLarge);
    widgets::Paragraph(Text(question->prompt_key).c_str());
    PopFont();
    DrawChoices(flow, *question);
    ImGui::PopID();
    ImGui::Spacing();
  }
}

// True when some question of the page already has an answer: "None of these" then means
// "no to the rest".
bool AnyAnswered(const SelfCheckFlow& flow, const std::vector<const Question*>& questions) {
  return std::any_of(questions.begin(), questions.end(), [&](const Question* q) {
    return flow.StateOf(q->id) != AnswerState::kNotAnswered;
  });
}

// [SECTION] A page
// The footer's widths: Back and Next as wide as their words, "None of these" the rest.
struct FooterRow {
  bool one_row = false;  // all three in one row
  float back = 0.0f, none = 0.0f, next = 0.0f;
};

// On a short screen (a 360 x 640 phone) the three footer buttons share one row, their words
// in the body font, when those fit: the page above them then shows more than one sign.
// Measured with the longer of the two words "None of these" takes, so the row never
// changes between two taps.
FooterRow MeasureFooter(bool has_none, float height) {
  FooterRow row;
  if (!has_none || height >= 600.0f) return row;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  PushFont(FontRole::kBody);
  const float pad = 2.0f * style.FramePadding.x + 4.0f;
  row.back = std::max(72.0f, ImGui::CalcTextSize(T("nav.back").c_str()).x + pad);
  row.next = std::max(72.0f, ImGui::CalcTextSize(T("nav.next").c_str()).x + pad);
  const float none = std::max(ImGui::CalcTextSize(Text("answer.none").c_str()).x,
                              ImGui::CalcTextSize(Text("answer.none_else").c_str()).x) +
                     pad;
  PopFont();
  row.none = width - row.back - row.next - 2.0f * style.ItemSpacing.x;
  row.one_row = row.none >= none;
  return row;
}

void DrawPage(SelfCheckFlow& flow, bool new_step) {
  const core::triage::QuestionPage& page = flow.CurrentPage();
  const std::vector<const Question*> questions = flow.CurrentQuestions();
  const bool has_none = page.kind == PageKind::kSigns || page.kind == PageKind::kLists;
  const FooterRow row = MeasureFooter(has_none, ImGui::GetContentRegionAvail().y);
  // The "More below" bar and the footer (None, Back/Next), plus what App::DrawContent adds
  // below every screen (spacing, a 16 px margin, padding), so the page itself never scrolls.
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float button =
      theme::ButtonHeight(FontSizeOf(row.one_row ? FontRole::kBody : FontRole::kLarge));
  const float rows = has_none && !row.one_row ? 2.0f : 1.0f;
  const float footer =
      widgets::MoreBelowHeight() + spacing + rows * (button + spacing) + spacing + 28.0f;
  DrawProgress(flow);
  const float body = ImGui::GetContentRegionAvail().y - footer;
  // Every page opens at its top, title and first question in view (one child window
  // serves every page, so it would keep the scroll of the page before).
  widgets::ScrollRegion body_region("##page_body", ImVec2(0.0f, body > 120.0f ? body : 120.0f), 0,
                                    new_step);
  ImGui::PushID(page.id.data(), page.id.data() + page.id.size());
  ImGui::PushTextWrapPos(0.0f);
  widgets::Heading(Text(page.title_key).c_str());
  switch (page.kind) {
    case PageKind::kSigns:
      for (const Question* question : questions) DrawSign(flow, *question);
      break;
    case PageKind::kNumber:
      for (const Question* question : questions) {
        widgets::Paragraph(Text(question->prompt_key).c_str());
        DrawNumberAnswer(flow, *question);
        DrawUnsure(flow, *question, "answer_unsure");
      }
      break;
    case PageKind::kChoice:
      for (const Question* question : questions) {
        DrawChoices(flow, *question);
        DrawUnsure(flow, *question, "answer_unsure");
      }
      break;
    case PageKind::kFrequency:
      DrawFrequency(flow, questions);
      break;
    case PageKind::kLists:
      DrawLists(flow, questions);
      break;
  }
  ImGui::PopTextWrapPos();
  ImGui::PopID();
  body_region.End();
  body_region.MoreBelow(ImGui::GetContentRegionAvail().x);

  const std::string none =
      Label(Text(AnyAnswered(flow, questions) ? "answer.none_else" : "answer.none"), "answer_none");
  const std::string back = T("nav.back") + "###back";
  const std::string next = T("nav.next") + "###next";
  if (row.one_row) {
    if (widgets::CompactButton(back.c_str(), false, row.back)) flow.Back();
    ImGui::SameLine();
    if (widgets::CompactButton(none.c_str(), true, row.none)) flow.AnswerNone();
    ImGui::SameLine();
    if (widgets::CompactButton(next.c_str(), false, row.next)) flow.Next();
    return;
  }
  if (has_none && widgets::BigButton(none.c_str(), true)) flow.AnswerNone();
  const float half = widgets::RowButtonWidth(2);
  if (widgets::BigButton(back.c_str(), false, half)) flow.Back();
  ImGui::SameLine();
  if (widgets::BigButton(next.c_str(), !has_none, half)) flow.Next();
}

// The stable facts of the last check, in words, to confirm with one tap.
// [SECTION] Saved details to confirm
std::string FactLine(const core::triage::Answers& facts, const Question& question) {
  const nlohmann::json all = core::triage::AnswersToJson(facts);
  const auto found = all.find(std::string(question.id));
  if (found == all.end() || found->is_null()) return "";
  switch (question.kind) {
    case QuestionKind::kYesNo:
      return core::i18n::Fill(T("selfcheck.fact_answer"),
                              {{"question", Text(question.prompt_key)},
                               {"answer", Text(found->get<bool>() ? "answer.yes" : "answer.no")}});
    case QuestionKind::kWholeNumber:
    case QuestionKind::kNumber:
      return FormatNumber(question.id, found->get<double>());
    case QuestionKind::kChoice:
      return Text(std::string("choice.")
                      .append(question.id)
                      .append(".")
                      .append(found->get_ref<const std::string&>()));
    case QuestionKind::kMultiChoice: {
      std::string chosen;
      for (const auto& item : *found) {
        if (!chosen.empty()) chosen += T("selfcheck.fact_list_separator");
        chosen += Text(std::string("choice.")
                           .append(question.id)
                           .append(".")
                           .append(item.get_ref<const std::string&>()));
      }
      return core::i18n::Fill(
          T("selfcheck.fact_choices"),  // the list's question ends in its own "?"
          {{"question", Text(question.prompt_key)},
           {"answer", chosen.empty() ? Text("answer.none") : chosen}});
    }
  }
  return "";
}

// "Mar 2026" / "2026年3月": when a fact was given.
std::string MonthAndYear(const core::diary::LocalDate& date) {
  return core::i18n::Fill(
      T("diary.month"),
      {{"month", std::string(core::i18n::MonthName(CurrentLanguage(), date.month))},
       {"year", std::to_string(date.year)}});
}

// The date a counted fact (the age, the weeks on quinine) was said, if known.
std::optional<core::diary::LocalDate> DateOf(const core::triage::FactDates& dates,
                                             std::string_view field) {
  if (field == "age_years") return dates.age_years;
  if (field == "quinine_weeks") return dates.quinine_weeks;
  return std::nullopt;
}

// A fact offered back. A counted one says when it was said, and what it was then if time
// has moved it on ("65 years (you said 64 years, in Mar 2026)"), so a stale fact is seen.
std::string OfferedFactLine(const SelfCheckFlow& flow, const Question& question) {
  const std::string now = FactLine(flow.Answers(), question);
  const auto said_on = DateOf(flow.OfferedAsSaidOn(), question.id);
  if (now.empty() || !said_on) return now;
  const std::string said = FactLine(flow.OfferedAsSaid(), question);
  const std::string when = MonthAndYear(*said_on);
  if (said == now)
    return core::i18n::Fill(T("selfcheck.fact_said"), {{"value", now}, {"when", when}});
  return core::i18n::Fill(T("selfcheck.fact_counted"),
                          {{"now", now}, {"value", said}, {"when", when}});
}

void DrawFacts(SelfCheckFlow& flow) {
  widgets::Heading(T("selfcheck.facts_title").c_str());
  widgets::Note(T("selfcheck.facts_note").c_str());
  ImGui::Spacing();
  // The facts as one item "...###facts_saved": when they were given, then a line each.
  const core::triage::FactDates& dates = flow.OfferedAsSaidOn();
  std::optional<core::diary::LocalDate> latest = dates.age_years;
  if (dates.quinine_weeks && (!latest || *latest < *dates.quinine_weeks))
    latest = dates.quinine_weeks;
  std::string facts;
  if (latest)
    facts = core::i18n::Fill(T("selfcheck.facts_given"), {{"when", MonthAndYear(*latest)}});
  for (const Question& question : core::triage::QuestionList()) {
    if (!question.stable || !core::triage::Applies(flow.Answers(), question.id)) continue;
    const std::string line = OfferedFactLine(flow, question);
    if (line.empty()) continue;
    if (!facts.empty()) facts += "\n";
    facts += "- " + line;
  }
  widgets::Callout(Label(facts, "facts_saved").c_str(), theme::kSurface);
  ImGui::Spacing();
  if (widgets::BigButton((T("selfcheck.facts_confirm") + "###facts_confirm").c_str(), true))
    flow.ConfirmFacts();
  if (widgets::BigButton((T("selfcheck.facts_change") + "###facts_change").c_str()))
    flow.ChangeFacts();
  if (widgets::BigButton((T("nav.back") + "###back").c_str())) flow.Back();
}

}  // namespace

}  // namespace app::selfcheck

// [SECTION] The screen
namespace app::screens {

void DrawSelfCheck(ScreenContext& context, selfcheck::SelfCheckFlow& flow, const PhoneLine& phone,
                   const DataActions& data, bool new_step) {
  switch (flow.CurrentStage()) {
    case selfcheck::Stage::kIntro:
      selfcheck::DrawIntro(context, flow);
      break;
    case selfcheck::Stage::kFacts:
      selfcheck::DrawFacts(flow);
      break;
    case selfcheck::Stage::kPage:
      selfcheck::DrawPage(flow, new_step);
      break;
    case selfcheck::Stage::kResult:
      selfcheck::DrawResult(context, flow, phone, data);
      break;
  }
}

}  // namespace app::screens
