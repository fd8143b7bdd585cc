// The question list matches the answer fields, and every key the engine can produce has
// English text.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/triage/assessment_json.h"
#include "core/triage/questions.h"
#include "core/triage/rules.h"
#include "core/triage/triage_text.h"
#include "triage_test_util.h"

using core::triage::FindQuestion;
using core::triage::Question;
using core::triage::QuestionGroup;
using core::triage::QuestionKind;
using core::triage::QuestionList;
using core::triage::TriageTextEn;

namespace {
std::string Key(std::string_view prefix, std::string_view rest) {
  return std::string(prefix) + std::string(rest);
}
}  // namespace

TEST(TriageQuestions, OneQuestionPerAnswerFieldWithMatchingIds) {
  std::set<std::string_view> ids;
  for (const Question& question : QuestionList()) {
    EXPECT_TRUE(core::triage::IsAnswerField(question.id)) << question.id;
    EXPECT_TRUE(ids.insert(question.id).second) << "duplicate " << question.id;
    EXPECT_EQ(question.prompt_key, Key("question.", question.id));
  }
  EXPECT_EQ(ids.size(), core::triage::AnswerFieldNames().size());
}

TEST(TriageQuestions, KindsMatchTheAnswerTypes) {
  core::triage::Answers answers;
  for (const Question& question : QuestionList()) {
    const bool yes_no = core::triage::FindYesNoAnswer(answers, question.id) != nullptr;
    EXPECT_EQ(question.kind == QuestionKind::kYesNo, yes_no) << question.id;
  }
  EXPECT_EQ(FindQuestion("age_years")->kind, QuestionKind::kWholeNumber);
  EXPECT_EQ(FindQuestion("episodes_per_week")->kind, QuestionKind::kNumber);
  EXPECT_EQ(FindQuestion("sex")->kind, QuestionKind::kChoice);
  EXPECT_EQ(FindQuestion("conditions")->kind, QuestionKind::kMultiChoice);
  EXPECT_EQ(FindQuestion("new_medicines")->choices.size(), 9u);
  EXPECT_EQ(FindQuestion("nope"), nullptr);
}

TEST(TriageQuestions, RedFlagsFirstEmergencyAtTheTopThenAboutYouThenFrequency) {
  const auto& list = QuestionList();
  EXPECT_EQ(list[0].id, "breathless_or_chest_pain");
  EXPECT_EQ(list[1].id, "foot_cold_pale_or_numb");
  // Groups never go backwards.
  for (std::size_t i = 1; i < list.size(); ++i) {
    EXPECT_LE(static_cast<int>(list[i - 1].group), static_cast<int>(list[i].group)) << list[i].id;
  }
  EXPECT_EQ(FindQuestion("tremor")->group, QuestionGroup::kRedFlags);
  EXPECT_EQ(FindQuestion("pregnant")->group, QuestionGroup::kAboutYou);
  EXPECT_EQ(FindQuestion("episodes_per_week")->group, QuestionGroup::kFrequency);
}

TEST(TriageQuestions, OnlyFrequencyFactsAreDiaryFillable) {
  std::set<std::string_view> fillable;
  for (const Question& question : QuestionList()) {
    if (question.diary_fillable) fillable.insert(question.id);
  }
  EXPECT_EQ(fillable, (std::set<std::string_view>{"episodes_per_week", "relief_taking_longer",
                                                  "typical_duration_s"}));
}

TEST(TriageQuestions, QuinineWeeksShownOnlyAfterYesAndPregnancyHiddenForMale) {
  const Question& weeks = *FindQuestion("quinine_weeks");
  const Question& pregnant = *FindQuestion("pregnant");
  EXPECT_FALSE(core::triage::IsQuestionShown(weeks, triage_test::AnswersFrom("{}")));
  EXPECT_FALSE(
      core::triage::IsQuestionShown(weeks, triage_test::AnswersFrom(R"({"on_quinine":null})")));
  EXPECT_TRUE(
      core::triage::IsQuestionShown(weeks, triage_test::AnswersFrom(R"({"on_quinine":true})")));
  EXPECT_TRUE(core::triage::IsQuestionShown(pregnant, triage_test::AnswersFrom("{}")));
  EXPECT_TRUE(
      core::triage::IsQuestionShown(pregnant, triage_test::AnswersFrom(R"({"sex":"other"})")));
  EXPECT_FALSE(
      core::triage::IsQuestionShown(pregnant, triage_test::AnswersFrom(R"({"sex":"male"})")));
}

TEST(TriageText, EveryQuestionChoiceAndUnitHasEnglishText) {
  for (const Question& question : QuestionList()) {
    EXPECT_FALSE(TriageTextEn(question.prompt_key).empty()) << question.prompt_key;
    for (std::string_view choice : question.choices) {
      const std::string key = Key("choice.", question.id) + "." + std::string(choice);
      EXPECT_FALSE(TriageTextEn(key).empty()) << key;
    }
    if (!question.unit_key.empty()) {
      EXPECT_FALSE(TriageTextEn(question.unit_key).empty());
    }
  }
  for (const char* key : {"answer.yes", "answer.no", "answer.unsure", "disclaimer", "myth.growing",
                          "from_diary", "raiser.format"}) {
    EXPECT_FALSE(TriageTextEn(key).empty()) << key;
  }
  EXPECT_TRUE(TriageTextEn("no.such.key").empty());
}

TEST(TriageText, EveryRuleLevelAndYesNoFieldHasEnglishText) {
  for (const auto& rule : core::triage::RuleTable()) {
    EXPECT_FALSE(TriageTextEn(rule.message_key).empty()) << rule.id;
  }
  for (int i = 0; i < core::triage::kLevelCount; ++i) {
    const auto name = core::triage::LevelName(static_cast<core::triage::Level>(i));
    EXPECT_FALSE(TriageTextEn(Key("level.", name)).empty()) << name;
    EXPECT_FALSE(TriageTextEn(Key("act.", name)).empty()) << name;
    EXPECT_FALSE(TriageTextEn(Key("advice.level.", name)).empty()) << name;
    EXPECT_EQ(core::triage::LevelFromName(name), static_cast<core::triage::Level>(i));
  }
  for (const Question& question : QuestionList()) {
    if (question.kind == QuestionKind::kYesNo) {
      EXPECT_FALSE(TriageTextEn(Key("if.", question.id)).empty()) << question.id;
    }
  }
}

TEST(TriageText, EveryAdviceKeyTheEngineProducesHasText) {
  for (const char* answers :
       {R"({})", R"({"pregnant":true})", R"({"pregnant":true,"numbness_or_tingling":true})",
        R"({"age_years":70})", R"({"pregnant":true,"leg_pain_persistent":true})",
        R"({"numbness_or_tingling":true})", R"({"breathless_or_chest_pain":true})"}) {
    const auto parsed = core::triage::ParseAnswersJson(answers);
    ASSERT_TRUE(parsed.Ok()) << answers;
    for (std::string_view key : core::triage::Assess(parsed.answers).advice_keys) {
      EXPECT_FALSE(TriageTextEn(key).empty()) << key;
    }
  }
}

TEST(TriageText, UnsureRaiserReadsAsOneSentence) {
  EXPECT_EQ(core::triage::UnsureRaiserText(TriageTextEn, "calf_swelling_one_side",
                                           core::triage::Level::kUrgent),
            "If one calf is swollen, get medical advice today.");
}

TEST(TriageText, AssessmentJsonUsesTheLookup) {
  const auto json = core::triage::AssessmentToJson(
      triage_test::AssessJson(R"({"calf_swelling_one_side":true,"tremor":null,"insomnia":true})"),
      TriageTextEn);
  EXPECT_EQ(json["level"], "urgent");
  EXPECT_EQ(json["rules"][0]["id"], "dvt");
  EXPECT_EQ(json["rules"][0]["message"], TriageTextEn("rule.dvt"));
  EXPECT_EQ(json["advice"][0], "Get medical advice today.");
  EXPECT_EQ(json["frequency_source"], "answers");
  EXPECT_TRUE(json["frequency"]["episodes_per_week"].is_null());
  EXPECT_FALSE(json.contains("diary_days"));
  EXPECT_TRUE(json["unsure_raisers"].empty()) << "tremor would only add a routine rule";
  EXPECT_EQ(json["not_sure"][0], "tremor");
}
