// not_ruled_out by what could still fire (CLINICAL.md 3.1): signs that need two skipped
// answers together are listed with the other answers in `with`, as one line.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/triage/answers_json.h"
#include "core/triage/assess.h"
#include "core/triage/dependencies.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/questions.h"
#include "core/triage/rules.h"
#include "core/triage/triage_text.h"
#include "triage_test_util.h"

using core::triage::Answer;
using core::triage::Answers;
using core::triage::Assess;
using core::triage::Level;
using core::triage::OpenSign;
using triage_test::AllNoExcept;
using triage_test::AnswersFrom;
using triage_test::AssessJson;
using triage_test::FindSign;

namespace {

using Fields = std::vector<std::string_view>;

const core::triage::EmergencyRegion& Uk() {
  return *core::triage::FindEmergencyRegion("uk");
}

bool Contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST(TriageNotRuledOutCombined, ClotRiskAndPainSinceTheCrampBothSkippedCanStillBeAClot) {
  const Answers answers = AllNoExcept(AnswersFrom(R"({"sex":"male","age_years":40})"),
                                      {"clot_risk", "leg_pain_since_cramp"});
  const auto result = Assess(answers);
  EXPECT_EQ(result.level, Level::kSelfCare);
  ASSERT_EQ(result.not_ruled_out.size(), 2u);
  const OpenSign* since = FindSign(result.not_ruled_out, "leg_pain_since_cramp");
  const OpenSign* risk = FindSign(result.not_ruled_out, "clot_risk");
  ASSERT_NE(since, nullptr);
  ASSERT_NE(risk, nullptr);
  EXPECT_EQ(since->with, Fields{"clot_risk"});
  EXPECT_EQ(risk->with, Fields{"leg_pain_since_cramp"});
  EXPECT_EQ(risk->rule_ids, Fields{"dvt"});
  EXPECT_EQ(risk->level, Level::kUrgent);
  EXPECT_FALSE(result.AllClear());
  // One line: both conditions, then the action.
  const std::string line = core::triage::OpenSignText(core::triage::TriageTextEn, *risk, Uk());
  EXPECT_EQ(line.rfind("If you have a clot risk", 0), 0u) << line;
  EXPECT_TRUE(Contains(line, " and ")) << line;
  EXPECT_TRUE(Contains(line, "since the cramp stopped")) << line;
  EXPECT_TRUE(Contains(line, "NHS 111")) << line;
  EXPECT_EQ(line.find("If", 1), std::string::npos) << "one sentence: " << line;
  EXPECT_EQ(line.back(), '.') << line;
}

TEST(TriageNotRuledOutCombined, PregnancyAndQuinineBothSkippedCanStillBeQuinineInPregnancy) {
  const Answers answers =
      AllNoExcept(AnswersFrom(R"({"sex":"female","age_years":30})"), {"pregnant", "on_quinine"});
  const auto result = Assess(answers);
  const OpenSign* pregnant = FindSign(result.not_ruled_out, "pregnant");
  const OpenSign* quinine = FindSign(result.not_ruled_out, "on_quinine");
  ASSERT_NE(pregnant, nullptr);
  ASSERT_NE(quinine, nullptr);
  EXPECT_EQ(pregnant->with, Fields{"on_quinine"});
  EXPECT_EQ(quinine->with, Fields{"pregnant"});
  EXPECT_EQ(quinine->rule_ids, Fields{"quinine_pregnancy"});
  const std::string line = core::triage::OpenSignText(core::triage::TriageTextEn, *quinine, Uk());
  EXPECT_TRUE(Contains(line, "malaria")) << line;
  // Not pregnant closes it; a man is never asked.
  EXPECT_EQ(
      FindSign(Assess(AllNoExcept(AnswersFrom(R"({"sex":"male"})"), {"on_quinine"})).not_ruled_out,
               "on_quinine"),
      nullptr);
}

TEST(TriageNotRuledOutCombined, ASkippedChildPageWithTheAgeSkippedCanStillBeNotBearingWeight) {
  const Answers answers =
      AllNoExcept(Answers{}, {"child_very_unwell", "limp_or_one_leg_daytime_pain", "fever",
                              "cannot_bear_weight", "limp_no_better_48h"});
  ASSERT_FALSE(answers.age_years.IsAnswered());
  const auto result = Assess(answers);
  for (const char* alone : {"cannot_bear_weight", "limp_no_better_48h"}) {
    const OpenSign* sign = FindSign(result.not_ruled_out, alone);
    ASSERT_NE(sign, nullptr) << alone;
    EXPECT_TRUE(sign->with.empty()) << alone;
    EXPECT_EQ(sign->rule_ids, Fields{"child_limp_urgent"}) << alone;
  }
  const OpenSign* fever = FindSign(result.not_ruled_out, "fever");
  ASSERT_NE(fever, nullptr);
  EXPECT_EQ(fever->with, Fields{"limp_or_one_leg_daytime_pain"});
  EXPECT_EQ(FindSign(result.not_ruled_out, "child_very_unwell")->level, Level::kEmergency);
  // An adult's answers close the page: nothing of it is listed.
  for (const OpenSign& sign :
       Assess(AllNoExcept(AnswersFrom(R"({"age_years":30})"), {"cannot_bear_weight", "fever"}))
           .not_ruled_out) {
    ADD_FAILURE() << sign.field << " listed for an adult";
  }
}

TEST(TriageNotRuledOutCombined, StatinSkippedWithBrownPeeOrMusclePainSkipped) {
  const Answers answers =
      AllNoExcept(AnswersFrom(R"({"new_medicines":[]})"), {"on_statin", "unexplained_muscle_pain"});
  const auto result = Assess(answers);
  const OpenSign* statin = FindSign(result.not_ruled_out, "on_statin");
  ASSERT_NE(statin, nullptr);
  EXPECT_EQ(statin->with, Fields{"unexplained_muscle_pain"});
  EXPECT_EQ(statin->rule_ids, Fields{"statin_muscle"});
}

TEST(TriageNotRuledOutCombined, AnsweredNoRulesTheCombinationOut) {
  const Answers answers =
      AllNoExcept(AnswersFrom(R"({"clot_risk":false,"sex":"male"})"), {"leg_pain_since_cramp"});
  EXPECT_TRUE(Assess(answers).not_ruled_out.empty());
  EXPECT_TRUE(Assess(answers).AllClear());
}

TEST(TriageNotRuledOutCombined, EveryFieldWhoseYesCanMakeAWarningRuleFireIsListed) {
  // Brute force over every pair of unknown answers, on random answer sets: a field that turns
  // a warning rule on together with at most one other unknown answer must be listed, and the
  // listed `with` must be no longer than the shortest such combination.
  std::mt19937 rng(5);
  const auto& questions = core::triage::QuestionList();
  for (int round = 0; round < 60; ++round) {
    Answers answers;
    std::vector<std::string_view> unknown;
    for (const auto& question : questions) {
      if (question.kind != core::triage::QuestionKind::kYesNo) continue;
      const unsigned pick = rng() % 4;
      if (pick == 0) *core::triage::FindYesNoAnswer(answers, question.id) = Answer<bool>::Of(false);
      if (pick == 1) core::triage::SetNotSure(answers, question.id);
    }
    if (rng() % 2 == 0) answers.age_years = Answer<int>::Of(rng() % 2 == 0 ? 10 : 40);
    if (rng() % 2 == 0) answers.sex = Answer<core::triage::Sex>::Of(core::triage::Sex::kFemale);
    for (const auto& question : questions) {
      const Answer<bool>* answer = core::triage::FindYesNoAnswer(answers, question.id);
      if (answer != nullptr && !answer->IsAnswered() && core::triage::Applies(answers, question.id))
        unknown.push_back(question.id);
    }
    const auto result = Assess(answers);
    // The warning rules that fire with `yes` set, read straight from the table (no Assess:
    // its open signs would make this search slow).
    const auto warnings_with = [&](const Fields& yes) {
      Answers changed = answers;
      for (std::string_view field : yes) {
        *core::triage::FindYesNoAnswer(changed, field) = Answer<bool>::Of(true);
      }
      const auto facts = core::triage::ResolveFrequency(changed, {});
      const core::triage::RuleInputs in{changed, facts.episodes_per_week,
                                        facts.relief_taking_longer, facts.typical_duration_s};
      std::vector<std::string_view> ids;
      for (const auto& rule : core::triage::RuleTable()) {
        if (core::triage::IsMoreSevere(rule.level, Level::kSoon) && !result.Fired(rule.id) &&
            rule.condition(in))
          ids.push_back(rule.id);
      }
      return ids;
    };
    for (std::string_view field : unknown) {
      std::size_t shortest = 99;
      if (!warnings_with({field}).empty()) shortest = 0;
      for (std::string_view other : unknown) {
        if (shortest <= 1 || other == field) continue;
        const auto both = warnings_with({field, other});
        const auto alone = warnings_with({other});
        for (std::string_view id : both) {
          if (std::find(alone.begin(), alone.end(), id) == alone.end()) shortest = 1;
        }
      }
      const OpenSign* sign = FindSign(result.not_ruled_out, field);
      if (shortest == 99) continue;
      ASSERT_NE(sign, nullptr) << core::triage::AnswersToJsonText(answers) << ": " << field;
      EXPECT_LE(sign->with.size(), shortest) << field;
    }
  }
}
