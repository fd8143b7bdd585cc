// The questions and their pages match the answer fields and their gates, every key the
// engine can produce has English text, no text writes an emergency number itself, and the
// question wording keeps to CLINICAL.md "Questions".
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "core/triage/assessment_json.h"
#include "core/triage/dependencies.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/questions.h"
#include "core/triage/rules.h"
#include "core/triage/triage_text.h"
#include "triage_cases.h"
#include "triage_test_util.h"

using core::triage::EmergencyRegion;
using core::triage::FindQuestion;
using core::triage::Level;
using core::triage::OpenSign;
using core::triage::Question;
using core::triage::QuestionKind;
using core::triage::QuestionList;
using core::triage::QuestionPage;
using core::triage::QuestionPages;
using core::triage::TriageTextEn;
using triage_test::AnswersFrom;

namespace {
std::string Key(std::string_view prefix, std::string_view rest) {
  return std::string(prefix) + std::string(rest);
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Contains(std::string_view text, std::string_view piece) {
  return text.find(piece) != std::string_view::npos;
}

const EmergencyRegion& Region(std::string_view code) {
  return *core::triage::FindEmergencyRegion(code);
}

// Placeholders filled with markers: any real number left in a message was written in it.
const EmergencyRegion kMarkerRegion{"zz", "Marker", "<NUMBER>", "<URGENT LINE>", "<ED>"};

std::set<std::string> EmergencyNumbers() {
  std::set<std::string> numbers;
  for (const auto& region : core::triage::EmergencyRegions())
    numbers.insert(std::string(region.number));
  return numbers;
}

// Every maximal run of digits in `text`.
std::vector<std::string> DigitRuns(std::string_view text) {
  std::vector<std::string> runs;
  std::string run;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      run += c;
    } else if (!run.empty()) {
      runs.push_back(run);
      run.clear();
    }
  }
  if (!run.empty()) runs.push_back(run);
  return runs;
}

// The literal emergency number written in `text`, or empty.
std::string LiteralEmergencyNumber(std::string_view text) {
  static const std::set<std::string> numbers = EmergencyNumbers();
  for (const std::string& run : DigitRuns(text)) {
    if (numbers.count(run)) return run;
  }
  return {};
}

// Every text key the engine and the question flow can use.
std::set<std::string> AllTextKeys() {
  std::set<std::string> keys = {"sign.format",
                                "list.comma",
                                "list.last",
                                "answer.yes",
                                "answer.no",
                                "answer.unsure",
                                "answer.none",
                                "answer.none_else",
                                "disclaimer",
                                "myth.growing",
                                "from_diary",
                                "result.not_ruled_out.one",
                                "result.not_ruled_out.other",
                                "result.open_signs_after_level",
                                "result.unconfirmed"};
  for (const auto& rule : core::triage::RuleTable()) keys.insert(std::string(rule.message_key));
  for (int i = 0; i < core::triage::kLevelCount; ++i) {
    const auto name = core::triage::LevelName(static_cast<Level>(i));
    keys.insert(Key("level.", name));
    keys.insert(Key("act.", name));
    keys.insert(Key("advice.level.", name));
  }
  for (std::string_view medicine : core::triage::EnumNames<core::triage::Medicine>::kValues) {
    keys.insert(Key("medicine.", medicine));
  }
  for (const QuestionPage& page : QuestionPages()) keys.insert(std::string(page.title_key));
  for (const Question& question : QuestionList()) {
    keys.insert(std::string(question.prompt_key));
    if (!question.unit_key.empty()) keys.insert(std::string(question.unit_key));
    for (std::string_view choice : question.choices) {
      keys.insert(Key("choice.", question.id) + "." + std::string(choice));
    }
    if (question.kind == QuestionKind::kYesNo) {
      keys.insert(Key("if.", question.id));
      keys.insert(Key("cond.", question.id));
    }
  }
  for (const auto& c : triage_test::TableCases()) {
    const auto result = triage_test::AssessJson(c.answers);
    for (std::string_view key : result.advice_keys) keys.insert(std::string(key));
  }
  return keys;
}

// Every assessment the tests can produce: the table cases, plus what a yes to each open sign
// would give.
std::vector<core::triage::Assessment> AllAssessments() {
  std::vector<core::triage::Assessment> all;
  for (const auto& c : triage_test::TableCases()) all.push_back(triage_test::AssessJson(c.answers));
  for (const char* extra :
       {R"({"new_medicines":["diuretic","inhaled_beta_agonist","calcium_channel_blocker",
            "raloxifene","oestrogen","teriparatide","naproxen","iv_iron","other"]})",
        R"({"new_medicines":["other"],"episodes_per_week":1.5,"insomnia":true})",
        R"({"postpartum_6_weeks":true,"episodes_per_week":2})",
        R"({"episodes_per_week":3,"relief_taking_longer":null,"numbness_or_tingling":null,
            "sleep_disturbed":null,"tremor":null,"pregnant":null,"on_quinine":null})"}) {
    all.push_back(triage_test::AssessJson(extra));
  }
  return all;
}

std::vector<std::string> QuestionAndIfTexts(std::vector<std::string>* keys_out) {
  std::vector<std::string> texts;
  for (const Question& question : QuestionList()) {
    texts.emplace_back(TriageTextEn(question.prompt_key));
    keys_out->emplace_back(question.prompt_key);
    if (question.kind == QuestionKind::kYesNo) {
      texts.emplace_back(TriageTextEn(Key("if.", question.id)));
      keys_out->push_back(Key("if.", question.id));
      texts.emplace_back(TriageTextEn(Key("cond.", question.id)));
      keys_out->push_back(Key("cond.", question.id));
    }
  }
  return texts;
}
}  // namespace

// [SECTION] Questions and pages.

TEST(TriageQuestions, OneQuestionPerAnswerFieldWithMatchingIds) {
  std::set<std::string_view> ids;
  for (const Question& question : QuestionList()) {
    EXPECT_TRUE(core::triage::IsAnswerField(question.id)) << question.id;
    EXPECT_TRUE(ids.insert(question.id).second) << "duplicate " << question.id;
    EXPECT_EQ(question.prompt_key, Key("question.", question.id));
    EXPECT_EQ(FindQuestion(question.id), &question);
  }
  EXPECT_EQ(ids.size(), core::triage::AnswerFieldNames().size());
  EXPECT_EQ(FindQuestion("nope"), nullptr);
}

TEST(TriageQuestions, KindsChoicesAndUnitsMatchTheAnswerTypes) {
  core::triage::Answers answers;
  for (const Question& question : QuestionList()) {
    const bool yes_no = core::triage::FindYesNoAnswer(answers, question.id) != nullptr;
    EXPECT_EQ(question.kind == QuestionKind::kYesNo, yes_no) << question.id;
    const bool number =
        question.kind == QuestionKind::kWholeNumber || question.kind == QuestionKind::kNumber;
    EXPECT_EQ(!question.unit_key.empty(), number) << question.id;
  }
  EXPECT_EQ(FindQuestion("age_years")->kind, QuestionKind::kWholeNumber);
  EXPECT_EQ(FindQuestion("age_years")->unit_key, "unit.years");
  EXPECT_EQ(FindQuestion("age_years")->range.max, 120.0);
  EXPECT_EQ(FindQuestion("quinine_weeks")->kind, QuestionKind::kWholeNumber);
  EXPECT_EQ(FindQuestion("quinine_weeks")->unit_key, "unit.weeks");
  EXPECT_EQ(FindQuestion("typical_duration_s")->unit_key, "unit.seconds");
  EXPECT_EQ(FindQuestion("episodes_per_week")->kind, QuestionKind::kNumber);
  EXPECT_EQ(FindQuestion("episodes_per_week")->unit_key, "unit.per_week");
  EXPECT_EQ(FindQuestion("sex")->kind, QuestionKind::kChoice);
  EXPECT_EQ(FindQuestion("sex")->choices,
            (std::vector<std::string_view>{"female", "male", "other"}));
  const auto& medicines = FindQuestion("new_medicines")->choices;
  EXPECT_EQ(FindQuestion("new_medicines")->kind, QuestionKind::kMultiChoice);
  EXPECT_EQ(medicines.size(), 10u);
  EXPECT_NE(std::find(medicines.begin(), medicines.end(), "calcium_channel_blocker"),
            medicines.end());
  const auto& conditions = FindQuestion("conditions")->choices;
  EXPECT_EQ(FindQuestion("conditions")->kind, QuestionKind::kMultiChoice);
  EXPECT_EQ(conditions.size(), 10u);
  EXPECT_NE(std::find(conditions.begin(), conditions.end(), "heart_failure"), conditions.end());
  EXPECT_NE(std::find(conditions.begin(), conditions.end(), "parkinsons"), conditions.end());
}

TEST(TriageQuestions, PagesHoldEveryQuestionOnceInTheQuestionOrder) {
  std::set<std::string_view> page_ids;
  std::vector<std::string_view> in_page_order;
  for (const QuestionPage& page : QuestionPages()) {
    EXPECT_TRUE(page_ids.insert(page.id).second) << "duplicate page " << page.id;
    EXPECT_EQ(page.title_key, Key("page.", page.id));
    EXPECT_FALSE(page.fields.empty()) << page.id;
    EXPECT_EQ(core::triage::FindPage(page.id), &page);
    for (std::string_view field : page.fields) {
      in_page_order.push_back(field);
      ASSERT_NE(FindQuestion(field), nullptr) << field;
      EXPECT_EQ(FindQuestion(field)->page, page.id) << field;
    }
  }
  ASSERT_EQ(in_page_order.size(), QuestionList().size());
  for (std::size_t i = 0; i < in_page_order.size(); ++i) {
    EXPECT_EQ(QuestionList()[i].id, in_page_order[i]) << i;
  }
  EXPECT_EQ(core::triage::FindPage("nope"), nullptr);
}

TEST(TriageQuestions, SuddenEmergencySignsComeFirst) {
  const QuestionPage& first = QuestionPages().front();
  EXPECT_EQ(first.id, "sudden");
  EXPECT_EQ(first.kind, core::triage::PageKind::kSigns);
  EXPECT_EQ(QuestionList().front().id, "breathless_or_chest_pain");
  const std::set<std::string_view> fields(first.fields.begin(), first.fields.end());
  for (const char* sign :
       {"breathless_or_chest_pain", "foot_cold_pale_or_numb", "sudden_one_side_weakness_or_speech",
        "jaw_stiffness_or_spreading_spasms", "saddle_numbness_or_bladder_change",
        "severe_pain_after_injury"}) {
    EXPECT_TRUE(fields.count(sign)) << sign;
  }
}

TEST(TriageQuestions, OnlyFrequencyFactsAreDiaryFillable) {
  std::set<std::string_view> fillable;
  for (const Question& question : QuestionList()) {
    if (question.diary_fillable) fillable.insert(question.id);
  }
  EXPECT_EQ(fillable, (std::set<std::string_view>{"episodes_per_week", "relief_taking_longer",
                                                  "typical_duration_s"}));
}

TEST(TriageQuestions, DependentQuestionsApplyUnlessTheirGateIsAPlainNo) {
  struct GateCase {
    const char* answers;
    const char* field;
    bool applies;
  };
  const GateCase cases[] = {
      {R"({})", "pregnant", true},
      {R"({"sex":null})", "pregnant", true},
      {R"({"sex":"other"})", "postpartum_6_weeks", true},
      {R"({"sex":"male"})", "pregnant", false},
      {R"({"sex":"male"})", "postpartum_6_weeks", false},
      {R"({})", "preeclampsia_signs", true},
      {R"({"pregnant":null,"postpartum_6_weeks":false})", "preeclampsia_signs", true},
      {R"({"pregnant":false})", "preeclampsia_signs", true},
      {R"({"pregnant":false,"postpartum_6_weeks":false})", "preeclampsia_signs", false},
      {R"({"sex":"male"})", "preeclampsia_signs", false},
      {R"({"age_years":17})", "child_very_unwell", true},
      {R"({"age_years":null})", "fever", true},
      {R"({"age_years":18})", "child_very_unwell", false},
      {R"({"age_years":18})", "limp_or_one_leg_daytime_pain", false},
      {R"({"age_years":40})", "fever", false},
      {R"({"age_years":40})", "cannot_bear_weight", false},
      {R"({})", "quinine_weeks", true},
      {R"({"on_quinine":null})", "quinine_weeks", true},
      {R"({"on_quinine":true})", "quinine_more_than_prescribed", true},
      {R"({"on_quinine":false})", "quinine_weeks", false},
      {R"({"on_quinine":false})", "quinine_side_effects", false},
      {R"({"on_quinine":false})", "quinine_fainting_or_sight_loss", false},
      {R"({"on_quinine":false})", "quinine_more_than_prescribed", false},
      {R"({"on_quinine":false})", "bruising_or_bleeding", false},
      {R"({})", "cramps_since_statin", true},
      {R"({"on_statin":false})", "cramps_since_statin", false},
      {R"({"on_statin":false,"new_medicines":["statin"]})", "cramps_since_statin", true},
      {R"({"on_statin":false,"new_medicines":["diuretic"]})", "cramps_since_statin", false},
      {R"({})", "leg_pain_one_side", true},
      {R"({"leg_pain_persistent":true})", "leg_pain_one_side", true},
      {R"({"leg_pain_persistent":false})", "leg_pain_one_side", false},
      // Questions without a gate always apply.
      {R"({"sex":"male","age_years":90,"on_quinine":false,"on_statin":false})",
       "breathless_or_chest_pain", true},
      {R"({"on_quinine":false})", "on_quinine", true},
      {R"({"age_years":40})", "age_years", true},
  };
  for (const GateCase& c : cases) {
    const auto answers = AnswersFrom(c.answers);
    EXPECT_EQ(core::triage::Applies(answers, c.field), c.applies) << c.answers << ": " << c.field;
    EXPECT_EQ(core::triage::IsQuestionShown(*FindQuestion(c.field), answers), c.applies)
        << c.answers << ": " << c.field;
  }
}

TEST(TriageQuestions, APageIsShownWhenAnyOfItsQuestionsApplies) {
  const auto shown = [](const char* page, const char* answers) {
    return core::triage::PageApplies(*core::triage::FindPage(page), AnswersFrom(answers));
  };
  EXPECT_TRUE(shown("children", R"({})"));
  EXPECT_TRUE(shown("children", R"({"age_years":17})"));
  EXPECT_FALSE(shown("children", R"({"age_years":18})"));
  EXPECT_TRUE(shown("pregnancy", R"({"sex":"female"})"));
  EXPECT_TRUE(shown("pregnancy", R"({"sex":"female","pregnant":false,"postpartum_6_weeks":false})"))
      << "the pregnancy questions themselves still apply";
  EXPECT_FALSE(shown("pregnancy", R"({"sex":"male"})"));
  EXPECT_TRUE(shown("quinine_weeks", R"({})"));
  EXPECT_FALSE(shown("quinine_weeks", R"({"on_quinine":false})"));
  EXPECT_TRUE(shown("medicines", R"({"on_quinine":false,"on_statin":false})"));
  for (const QuestionPage& page : QuestionPages()) {
    EXPECT_TRUE(core::triage::PageApplies(page, AnswersFrom("{}"))) << page.id;
  }
}

TEST(TriageQuestions, StableFactsKeepThePersonAndDropEveryWarningSign) {
  const auto answers = AnswersFrom(
      R"({"age_years":50,"sex":"female","pregnant":false,"postpartum_6_weeks":false,
          "high_intensity_exercise":true,"on_statin":true,"on_quinine":true,"quinine_weeks":6,
          "new_medicines":["diuretic"],"conditions":["diabetes"],
          "breathless_or_chest_pain":false,"calf_swelling_one_side":true,"episodes_per_week":3,
          "clot_risk":true,"cramps_since_statin":true,"quinine_side_effects":false,
          "insomnia":true})");
  const auto kept = core::triage::StableFacts(answers);
  EXPECT_EQ(kept.age_years.Get(), 50);
  EXPECT_EQ(kept.sex.Get(), core::triage::Sex::kFemale);
  EXPECT_EQ(kept.pregnant.Get(), false);
  // Clinical 3.1: "gave birth in the last 6 weeks" stops being true: asked afresh.
  EXPECT_EQ(kept.postpartum_6_weeks.state, core::triage::AnswerState::kNotAnswered);
  EXPECT_EQ(kept.on_statin.Get(), true);
  EXPECT_EQ(kept.on_quinine.Get(), true);
  EXPECT_EQ(kept.quinine_weeks.Get(), 6);
  EXPECT_EQ(kept.new_medicines.value,
            std::vector<core::triage::Medicine>{core::triage::Medicine::kDiuretic});
  EXPECT_EQ(kept.conditions.value,
            std::vector<core::triage::Condition>{core::triage::Condition::kDiabetes});
  for (const char* dropped :
       {"breathless_or_chest_pain", "calf_swelling_one_side", "episodes_per_week",
        "cramps_since_statin", "quinine_side_effects", "insomnia", "postpartum_6_weeks"}) {
    EXPECT_EQ(core::triage::StateOf(kept, dropped), core::triage::AnswerState::kNotAnswered)
        << dropped;
  }
  EXPECT_TRUE(core::triage::HasStableFacts(kept));
  EXPECT_TRUE(core::triage::HasStableFacts(answers));
  EXPECT_FALSE(core::triage::HasStableFacts(AnswersFrom(R"({"breathless_or_chest_pain":false})")));
  EXPECT_FALSE(core::triage::HasStableFacts(AnswersFrom(R"({"age_years":null})")));

  // Warning signs are asked afresh every time: none of them is stable. (Facts such as
  // pregnancy or a statin are listed too since 3.1, but only with a sign in `with`.)
  for (const OpenSign& sign : triage_test::AssessJson("{}").not_ruled_out) {
    if (sign.with.empty()) {
      EXPECT_FALSE(FindQuestion(sign.field)->stable) << sign.field;
    }
  }
  for (const char* stable : {"age_years", "sex", "pregnant", "new_medicines", "conditions"}) {
    EXPECT_TRUE(FindQuestion(stable)->stable) << stable;
  }
}

// [SECTION] English text for every key.

TEST(TriageText, EveryKeyTheFlowAndTheEngineUseHasEnglishText) {
  const auto keys = AllTextKeys();
  EXPECT_GT(keys.size(), 200u);
  for (const std::string& key : keys) {
    EXPECT_FALSE(TriageTextEn(key).empty()) << key;
  }
  EXPECT_TRUE(TriageTextEn("no.such.key").empty());
}

TEST(TriageText, EveryIfClauseAndRuleActionTheOpenSignsUseHasText) {
  for (const auto& assessment : AllAssessments()) {
    for (const auto* signs : {&assessment.not_ruled_out, &assessment.unsure_raisers}) {
      for (const OpenSign& sign : *signs) {
        EXPECT_FALSE(TriageTextEn(Key("if.", sign.field)).empty()) << sign.field;
        const std::string text = core::triage::OpenSignText(TriageTextEn, sign, kMarkerRegion);
        EXPECT_FALSE(Contains(text, "{")) << text;
        EXPECT_EQ(text.back(), '.') << text;
      }
    }
  }
}

TEST(TriageText, NoTextWritesAnEmergencyNumberOrServiceItself) {
  for (const std::string& key : AllTextKeys()) {
    const std::string_view text = TriageTextEn(key);
    EXPECT_EQ(LiteralEmergencyNumber(text), "") << key << ": " << text;
    for (const char* service : {"A&E", "NHS 111", "\xE6\x80\xA5\xE8\xAF\x8A" /* 急诊 */,
                                "emergency room", "healthdirect", "Healthline"}) {
      EXPECT_FALSE(Contains(text, service)) << key << ": " << text;
    }
  }
}

TEST(TriageText, EveryRenderedMessageFillsItsPlaceholdersFromTheRegion) {
  for (const auto& assessment : AllAssessments()) {
    const auto json = core::triage::AssessmentToJson(assessment, TriageTextEn, kMarkerRegion);
    std::vector<std::string> texts;
    for (const auto& rule : json["rules"]) texts.push_back(rule["message"].get<std::string>());
    for (const auto& line : json["advice"]) texts.push_back(line.get<std::string>());
    for (const auto& sign : json["not_ruled_out"])
      texts.push_back(sign["message"].get<std::string>());
    for (const auto& sign : json["unsure_raisers"])
      texts.push_back(sign["message"].get<std::string>());
    for (const std::string& text : texts) {
      EXPECT_FALSE(text.empty());
      EXPECT_EQ(LiteralEmergencyNumber(text), "") << text;
      EXPECT_FALSE(Contains(text, "{")) << text;
      EXPECT_FALSE(Contains(text, "}")) << text;
    }
    const std::string first_advice = json["advice"][0].get<std::string>();
    if (assessment.level == Level::kEmergency) {
      EXPECT_TRUE(Contains(first_advice, "<NUMBER>")) << first_advice;
    }
    if (assessment.level == Level::kUrgent) {
      // Clinical 3.1: a rule's own action ("stop taking the statin ...") may lead; the level's
      // line follows it and names the urgent line and, if it gets worse, the number.
      const auto& keys = assessment.advice_keys;
      const auto level_line = std::find(keys.begin(), keys.end(), "advice.level.urgent");
      ASSERT_NE(level_line, keys.end());
      const std::string line = json["advice"][level_line - keys.begin()].get<std::string>();
      EXPECT_TRUE(Contains(line, "<URGENT LINE>")) << line;
      EXPECT_TRUE(Contains(line, "<NUMBER>")) << "if it gets worse: " << line;
      for (auto key = keys.begin(); key != level_line; ++key) {
        EXPECT_EQ(key->substr(0, 12), "advice.rule.") << *key;
      }
    }
    for (const auto& sign : json["not_ruled_out"]) {
      if (sign["level"] == "emergency") {
        EXPECT_TRUE(Contains(sign["message"].get<std::string>(), "<NUMBER>")) << sign.dump();
      }
    }
  }
}

TEST(TriageText, OpenSignReadsAsOneSentenceWithTheRegionsNumber) {
  const OpenSign pe{"breathless_or_chest_pain", Level::kEmergency, {"pe"}};
  EXPECT_EQ(core::triage::OpenSignText(TriageTextEn, pe, Region("uk")),
            "If you have breathlessness that is new, not usual for you or suddenly worse, or new "
            "chest pain, or you have coughed up blood or fainted, call 999 now.");
  EXPECT_TRUE(Contains(core::triage::OpenSignText(TriageTextEn, pe, Region("cn")), "call 120 now"));
  EXPECT_TRUE(Contains(core::triage::OpenSignText(TriageTextEn, pe, Region("au")), "call 000 now"));
  const OpenSign statin{"cramps_since_statin", Level::kUrgent, {"statin_muscle"}};
  const std::string statin_text = core::triage::OpenSignText(TriageTextEn, statin, Region("uk"));
  EXPECT_TRUE(Contains(statin_text, "stop taking the statin")) << statin_text;
  EXPECT_TRUE(Contains(statin_text, "NHS 111")) << statin_text;
}

TEST(TriageText, MedicineMessageNamesEveryReviewedMedicine) {
  const auto result = triage_test::AssessJson(
      R"({"new_medicines":["diuretic","statin","calcium_channel_blocker","naproxen"]})");
  const core::triage::FiredRule* medicine = nullptr;
  for (const auto& rule : result.rules) {
    if (rule.id == "medicine") medicine = &rule;
  }
  ASSERT_NE(medicine, nullptr);
  const std::string text = core::triage::RuleMessage(TriageTextEn, *medicine, result, Region("uk"));
  for (const char* name : {"diuretic", "calcium-channel blocker", "naproxen"}) {
    EXPECT_TRUE(Contains(text, name)) << text;
  }
  EXPECT_FALSE(Contains(text, "statin")) << "statin_muscle speaks for the statin: " << text;
  EXPECT_TRUE(Contains(Lower(text), "do not stop")) << text;
}

TEST(TriageText, AssessmentJsonUsesTheLookupAndTheRegion) {
  const auto json = core::triage::AssessmentToJson(
      triage_test::AssessJson(R"({"calf_swelling_one_side":true,"tremor":null,"insomnia":true})"),
      TriageTextEn, Region("uk"));
  EXPECT_EQ(json["level"], "urgent");
  EXPECT_EQ(json["rules"][0]["id"], "dvt");
  EXPECT_EQ(json["rules"][0]["message"], TriageTextEn("rule.dvt"));
  EXPECT_EQ(json["advice"][0],
            "Get medical advice now: contact NHS 111 (in England; 24 hours). Do not wait for the "
            "morning. If it gets worse, call 999.");
  EXPECT_EQ(json["advice"][1], TriageTextEn("advice.no_massage_leg"));
  EXPECT_EQ(json["frequency_source"], "answers");
  EXPECT_TRUE(json["frequency"]["episodes_per_week"].is_null());
  EXPECT_FALSE(json.contains("diary_days"));
  EXPECT_TRUE(json["unsure_raisers"].empty()) << "tremor would only add a routine rule";
  EXPECT_EQ(json["not_sure"][0], "tremor");
  ASSERT_TRUE(json["not_ruled_out"].is_array());
  ASSERT_FALSE(json["not_ruled_out"].empty());
  EXPECT_EQ(json["not_ruled_out"][0]["field"], "breathless_or_chest_pain");
  EXPECT_EQ(json["not_ruled_out"][0]["level"], "emergency");
  EXPECT_EQ(json["not_ruled_out"][0]["rules"], nlohmann::ordered_json::array({"pe"}));
}

// [SECTION] Question wording (CLINICAL.md "Questions").

TEST(TriageWording, NoTenderAndNoSoreAlone) {
  std::vector<std::string> keys;
  const auto texts = QuestionAndIfTexts(&keys);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string text = Lower(texts[i]);
    EXPECT_FALSE(Contains(text, "tender")) << keys[i] << ": " << texts[i];
    // "sore" only as a sore that does not heal, and soreness only as what it is not.
    for (const char* allowed : {"not the soreness after", "the soreness after a cramp is not this",
                                "a sore on the foot or leg that is not healing",
                                "a sore on the foot or leg is not healing"}) {
      for (auto at = text.find(allowed); at != std::string::npos; at = text.find(allowed)) {
        text.erase(at, std::string(allowed).size());
      }
    }
    EXPECT_FALSE(Contains(text, "sore")) << keys[i] << ": " << texts[i];
  }
}

TEST(TriageWording, WarmOnlyNotFromHeat) {
  std::vector<std::string> keys;
  const auto texts = QuestionAndIfTexts(&keys);
  int warm = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string text = Lower(texts[i]);
    if (!Contains(text, "warm")) continue;
    ++warm;
    EXPECT_TRUE(Contains(text, "not from heat")) << keys[i] << ": " << texts[i];
  }
  EXPECT_GE(warm, 2) << "the dvt question and its if-clause ask about warm skin";
}

TEST(TriageWording, SignsThatCanBeEveryNightAreNewOrNotUsual) {
  for (const char* field :
       {"calf_swelling_one_side", "numbness_or_tingling", "foot_cold_pale_or_numb",
        "jaw_stiffness_or_spreading_spasms", "swelling_both_legs"}) {
    EXPECT_TRUE(Contains(Lower(TriageTextEn(Key("question.", field))), "new or not usual for you"))
        << field;
  }
  // Breathlessness: "new, not usual for you or suddenly worse" (CLINICAL.md's Questions and
  // pe's when column).
  EXPECT_TRUE(Contains(Lower(TriageTextEn("question.breathless_or_chest_pain")),
                       "new, not usual for you or suddenly worse"));
  EXPECT_TRUE(Contains(Lower(TriageTextEn("question.jaw_stiffness_or_spreading_spasms")), "new "));
  EXPECT_TRUE(Contains(Lower(TriageTextEn("question.swelling_both_legs")), "new"));
  EXPECT_TRUE(Contains(Lower(TriageTextEn("question.numbness_or_tingling")), "new"));
}

TEST(TriageWording, TheQuestionsKeepToTheClinicalWords) {
  const auto q = [](const char* field) { return Lower(TriageTextEn(Key("question.", field))); };
  EXPECT_TRUE(Contains(q("dark_urine"), "brown or cola-coloured"));
  EXPECT_TRUE(Contains(Lower(TriageTextEn("if.dark_urine")), "brown or cola-coloured"));
  EXPECT_TRUE(Contains(q("jaw_stiffness_or_spreading_spasms"), "in the back, neck or belly"));
  EXPECT_TRUE(Contains(q("typical_duration_s"), "the hard tightening, not the soreness after"));
  EXPECT_TRUE(
      Contains(q("cramp_ongoing_over_10_min"), "the hard tightening, not the soreness after"));
  EXPECT_TRUE(
      Contains(q("saddle_numbness_or_bladder_change"), "needing to pee more often is not this"));
  EXPECT_TRUE(Contains(q("foot_cold_pale_or_numb"), "a foot stiff during a cramp does not count"));
  EXPECT_TRUE(Contains(q("fever"), "38"));
  std::vector<std::string> keys;
  for (const std::string& text : QuestionAndIfTexts(&keys)) {
    EXPECT_FALSE(Contains(Lower(text), "dark yellow")) << text;
  }
}

TEST(TriageWording, StopAndDoNotStopNameTheMedicine) {
  // Every sentence of every text that says "stop" about a medicine names which one.
  for (const std::string& key : AllTextKeys()) {
    const std::string text = Lower(TriageTextEn(key));
    for (const char* verb : {"do not stop", "stop taking", "stop it"}) {
      for (auto at = text.find(verb); at != std::string::npos; at = text.find(verb, at + 1)) {
        const auto dot_before = text.rfind('.', at);
        const auto begin = dot_before == std::string::npos ? 0 : dot_before + 1;
        const auto end = text.find('.', at);
        const std::string sentence =
            text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
        const bool named = Contains(sentence, "statin") || Contains(sentence, "quinine") ||
                           Contains(sentence, "{medicines}") || Contains(sentence, "medicine");
        EXPECT_TRUE(named) << key << ": " << sentence;
      }
    }
  }
  EXPECT_TRUE(Contains(Lower(TriageTextEn("rule.statin_muscle")), "stop taking the statin"));
  EXPECT_TRUE(Contains(Lower(TriageTextEn("rule.quinine_bleeding")), "stop taking the quinine"));
  EXPECT_TRUE(Contains(Lower(TriageTextEn("rule.quinine_pregnancy")), "malaria, do not stop"));
}

TEST(TriageWording, OneSourceForAQuestionAndItsCondition) {
  // Each yes/no field's if-clause is "If " + its condition, and the condition reads inside a
  // longer sentence ("If <cond1> and <cond2>, <action>.").
  for (const Question& question : QuestionList()) {
    if (question.kind != QuestionKind::kYesNo) continue;
    const std::string_view condition = TriageTextEn(Key("cond.", question.id));
    ASSERT_FALSE(condition.empty()) << question.id;
    EXPECT_EQ(TriageTextEn(Key("if.", question.id)), "If " + std::string(condition))
        << question.id;
    EXPECT_FALSE(std::isupper(static_cast<unsigned char>(condition.front()))) << condition;
    EXPECT_NE(condition.back(), '.') << condition;
  }
}

TEST(TriageWording, QuestionsAreNeitherNarrowerNorBroaderThanTheirRules) {
  // CLINICAL.md "Questions" (3.1).
  const auto each = [](const char* field) {
    return std::vector<std::string>{Lower(TriageTextEn(Key("question.", field))),
                                    Lower(TriageTextEn(Key("cond.", field))),
                                    Lower(TriageTextEn(Key("if.", field)))};
  };
  // Brown pee on its own: a statin user with brown pee and no pain must be able to say yes.
  for (const std::string& text : each("dark_urine")) {
    EXPECT_TRUE(Contains(text, "brown or cola-coloured")) << text;
    EXPECT_FALSE(Contains(text, "muscle")) << text;
  }
  EXPECT_TRUE(Contains(TriageTextEn("rule.muscle_breakdown"), "with muscle pain or weakness"));
  for (const std::string& text : each("leg_pain_since_cramp")) {
    EXPECT_TRUE(Contains(text, "has not eased since the cramp stopped")) << text;
    EXPECT_FALSE(Contains(text, "at all")) << text;
  }
  for (const std::string& text : each("swallowing_or_speech_getting_harder")) {
    EXPECT_TRUE(Contains(text, "over days or weeks")) << text;
  }
  EXPECT_TRUE(Contains(TriageTextEn("page.sudden"), "now, or in the last hours even if it has passed"));
  for (const QuestionPage& page : QuestionPages()) {
    if (page.id != "sudden") continue;
    for (std::string_view field : page.fields) {
      EXPECT_FALSE(Contains(Lower(TriageTextEn(Key("question.", field))), "right now")) << field;
    }
  }
  EXPECT_TRUE(Contains(Lower(TriageTextEn("question.cannot_bear_weight")), "any weight"));
  // Home and the self-check's introduction: breathlessness "new or not usual for you".
  EXPECT_TRUE(Contains(TriageTextEn("advice.emergency_signs"), "new or not usual for you"));
}
