// Assess(): most severe wins, diary versus answers, warning signs not ruled out, "not sure"
// raisers, and advice.
#include "core/triage/assess.h"
#include "core/triage/open_signs.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/triage/dependencies.h"
#include "core/triage/questions.h"
#include "core/triage/rules.h"
#include "triage_test_util.h"

using core::triage::Answer;
using core::triage::Answers;
using core::triage::Assess;
using core::triage::Assessment;
using core::triage::DiaryFacts;
using core::triage::FactSource;
using core::triage::Level;
using core::triage::OpenSign;
using triage_test::AnswersFrom;
using triage_test::AssessJson;
using triage_test::FieldsOf;
using triage_test::FindSign;
using triage_test::FiredIds;
using triage_test::HasKey;

namespace {
DiaryFacts EnoughDiary(double per_week, std::optional<bool> longer, std::optional<int> typical_s) {
  DiaryFacts diary;
  diary.has_enough_data = true;
  diary.episodes_per_week = per_week;
  diary.relief_taking_longer = longer;
  diary.typical_duration_s = typical_s;
  diary.days_covered = 20;
  return diary;
}

bool UrgentOrWorse(Level level) {
  return level == Level::kEmergency || level == Level::kUrgent;
}

std::size_t QuestionIndex(std::string_view field) {
  const auto& list = core::triage::QuestionList();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].id == field) return i;
  }
  return list.size();
}

// Most severe first, then question order.
void ExpectSeverityThenQuestionOrder(const std::vector<OpenSign>& signs) {
  for (std::size_t i = 1; i < signs.size(); ++i) {
    const OpenSign& a = signs[i - 1];
    const OpenSign& b = signs[i];
    EXPECT_FALSE(core::triage::IsMoreSevere(b.level, a.level)) << a.field << " before " << b.field;
    if (a.level == b.level) {
      EXPECT_LT(QuestionIndex(a.field), QuestionIndex(b.field)) << a.field << " / " << b.field;
    }
  }
}

// The rules that fire with `field` (and the fields of `with`) answered yes and every other
// answer unchanged, minus the rules that fire already with only `with` answered yes.
std::vector<const core::triage::Rule*> AddedByYes(const Answers& answers, std::string_view field,
                                                  const DiaryFacts& diary = {},
                                                  const std::vector<std::string_view>& with = {}) {
  Answers with_yes = answers;
  for (std::string_view other : with) {
    *core::triage::FindYesNoAnswer(with_yes, other) = Answer<bool>::Of(true);
  }
  Answers if_yes = with_yes;
  *core::triage::FindYesNoAnswer(if_yes, field) = Answer<bool>::Of(true);
  // Only the rules that fire: a whole Assess would also look for open signs, thousands of
  // times over in these tests (too slow under the sanitizers).
  const auto before =
      core::triage::FiringRules(with_yes, core::triage::ResolveFrequency(with_yes, diary));
  const auto after = core::triage::FiringRules(if_yes, core::triage::ResolveFrequency(if_yes, diary));
  std::vector<const core::triage::Rule*> added;
  for (const core::triage::Rule* rule : after) {
    if (std::find(before.begin(), before.end(), rule) == before.end()) added.push_back(rule);
  }
  return added;
}

Answers AllApplicableNo(const Answers& answers) {
  return triage_test::AllNoExcept(answers);
}

const char* const kBaseDocuments[] = {
    R"({})",
    R"({"pregnant":true})",
    R"({"postpartum_6_weeks":true})",
    R"({"age_years":40,"sex":"male"})",
    R"({"age_years":12})",
    R"({"leg_pain_since_cramp":true})",
    R"({"leg_pain_persistent":true})",
    R"({"weakness_getting_worse_fast":true})",
    R"({"calf_swelling_one_side":true})",
    R"({"on_quinine":null,"on_statin":null,"unexplained_muscle_pain":true})",
    R"({"episodes_per_week":3,"relief_taking_longer":null,"tremor":null,"calf_swelling_one_side":null,
        "numbness_or_tingling":null,"sex":null,"pregnant":null})",
    R"({"limp_or_one_leg_daytime_pain":true,"fever":null})",
};
}  // namespace

// [SECTION] Levels and fired rules.

TEST(TriageAssess, MostSevereLevelWins) {
  const auto result = AssessJson(
      R"({"age_years":70,"numbness_or_tingling":true,"calf_swelling_one_side":true,
          "foot_cold_pale_or_numb":true})");
  EXPECT_EQ(result.level, Level::kEmergency);
  EXPECT_EQ(FiredIds(result),
            (std::vector<std::string>{"ischaemia", "dvt", "numbness", "older_adult"}));
}

TEST(TriageAssess, EveryMatchingRuleFiresInTableOrder) {
  const auto result = AssessJson(R"({"episodes_per_week":5,"relief_taking_longer":true,
      "sleep_disturbed":true,"typical_duration_s":900})");
  EXPECT_EQ(result.level, Level::kSoon);
  EXPECT_EQ(FiredIds(result), (std::vector<std::string>{"long_episodes", "frequent_longer",
                                                        "frequent", "sleep_impact"}));
}

TEST(TriageAssess, FiredRulesCarryLevelMessageKeyAndSource) {
  const auto result = AssessJson(R"({"on_quinine":true,"quinine_weeks":8})");
  ASSERT_EQ(result.rules.size(), 1u);
  EXPECT_EQ(result.rules[0].id, "quinine_review");
  EXPECT_EQ(result.rules[0].level, Level::kRoutine);
  EXPECT_EQ(result.rules[0].message_key, "rule.quinine_review");
  EXPECT_NE(result.rules[0].source.find("MHRA"), std::string_view::npos);
  EXPECT_NE(result.rules[0].source.find("BNF"), std::string_view::npos);
}

TEST(TriageAssess, NothingAnsweredIsSelfCareOccasional) {
  const auto result = Assess(Answers{});
  EXPECT_EQ(result.level, Level::kSelfCare);
  EXPECT_EQ(FiredIds(result), std::vector<std::string>{"occasional"});
  EXPECT_FALSE(result.AllClear()) << "nothing was ruled out";
}

TEST(TriageAssess, NotSureNeverCountsAsYes) {
  std::string all_unsure = "{";
  for (std::string_view field : core::triage::AnswerFieldNames()) {
    if (all_unsure.size() > 1) all_unsure += ",";
    all_unsure += "\"" + std::string(field) + "\":null";
  }
  all_unsure += "}";
  const auto result = AssessJson(all_unsure);
  EXPECT_EQ(result.level, Level::kSelfCare);
  EXPECT_EQ(FiredIds(result), std::vector<std::string>{"occasional"});
  EXPECT_EQ(result.not_sure.size(), core::triage::AnswerFieldNames().size());
  EXPECT_FALSE(result.AllClear());
}

TEST(TriageAssess, NotAnsweredHalfOfATwoPartRuleNeverCountsAsYes) {
  // Each two-part rule with only one half answered yes and the other half missing.
  triage_test::ExpectFiresExactly(
      R"({"on_quinine":true,"leg_pain_persistent":true,"high_intensity_exercise":true,
          "leg_pain_since_cramp":true,"unexplained_muscle_pain":true,"fever":true,
          "swallowing_or_speech_getting_harder":true,"relief_taking_longer":true})",
      {"bulbar", "pain_persisting"}, "soon");
}

// [SECTION] Frequency facts: the diary, and the person's corrections.

TEST(TriageAssess, DiaryDecidesWhenItHasEnoughDataAndNothingWasAnswered) {
  const auto result = AssessJson(R"({})", EnoughDiary(4.0, true, 700));
  EXPECT_EQ(result.frequency.source, FactSource::kDiary);
  EXPECT_EQ(result.frequency.episodes_per_week, 4.0);
  EXPECT_EQ(result.frequency.relief_taking_longer, true);
  EXPECT_EQ(result.frequency.typical_duration_s, 700);
  EXPECT_EQ(result.frequency.diary_days, 20);
  EXPECT_FALSE(result.frequency.corrected);
  EXPECT_EQ(FiredIds(result),
            (std::vector<std::string>{"long_episodes", "frequent_longer", "frequent"}));
  EXPECT_EQ(result.level, Level::kSoon);
}

TEST(TriageAssess, AnsweredFrequencyCorrectsTheDiary) {
  // A diary can miss nights: the person's answer replaces that one fact.
  const auto result = AssessJson(R"({"episodes_per_week":0.5})", EnoughDiary(4.0, true, 700));
  EXPECT_EQ(result.frequency.source, FactSource::kDiary);
  EXPECT_TRUE(result.frequency.corrected);
  EXPECT_EQ(result.frequency.episodes_per_week, 0.5);
  EXPECT_EQ(result.frequency.relief_taking_longer, true) << "still the diary's";
  EXPECT_EQ(result.frequency.typical_duration_s, 700) << "still the diary's";
  EXPECT_FALSE(result.Fired("frequent"));
  EXPECT_FALSE(result.Fired("frequent_longer"));
  EXPECT_TRUE(result.Fired("long_episodes"));

  const auto upward = AssessJson(R"({"episodes_per_week":6})", EnoughDiary(0.5, false, 40));
  EXPECT_TRUE(upward.frequency.corrected);
  EXPECT_TRUE(upward.Fired("frequent"));
  EXPECT_FALSE(upward.Fired("frequent_longer"));
}

TEST(TriageAssess, EveryAnsweredFrequencyFactCorrectsTheDiary) {
  const auto result =
      AssessJson(R"({"episodes_per_week":6,"relief_taking_longer":true,"typical_duration_s":900})",
                 EnoughDiary(0.5, false, 40));
  EXPECT_TRUE(result.frequency.corrected);
  EXPECT_EQ(FiredIds(result),
            (std::vector<std::string>{"long_episodes", "frequent_longer", "frequent"}));
  const auto trend = AssessJson(R"({"relief_taking_longer":true})", EnoughDiary(3.5, {}, {}));
  EXPECT_TRUE(trend.frequency.corrected);
  EXPECT_TRUE(trend.Fired("frequent_longer"));
}

TEST(TriageAssess, NotSureDoesNotCorrectTheDiary) {
  const auto result = AssessJson(R"({"episodes_per_week":null,"typical_duration_s":null})",
                                 EnoughDiary(4.0, {}, 700));
  EXPECT_FALSE(result.frequency.corrected);
  EXPECT_EQ(result.frequency.episodes_per_week, 4.0);
  EXPECT_TRUE(result.Fired("frequent"));
  EXPECT_TRUE(result.Fired("long_episodes"));
  EXPECT_FALSE(result.frequency.relief_taking_longer.has_value());
}

TEST(TriageAssess, DiaryCanLowerWhatAnOldAnswerWouldHaveSaid) {
  const auto result = AssessJson(R"({})", EnoughDiary(0.5, false, 40));
  EXPECT_FALSE(result.Fired("frequent"));
  EXPECT_FALSE(result.Fired("long_episodes"));
  EXPECT_EQ(result.level, Level::kSelfCare);
}

TEST(TriageAssess, AnswersWinWhenTheDiaryIsTooShort) {
  DiaryFacts diary = EnoughDiary(6.0, true, 900);
  diary.has_enough_data = false;
  const auto result = AssessJson(R"({"episodes_per_week":1,"typical_duration_s":60})", diary);
  EXPECT_EQ(result.frequency.source, FactSource::kAnswers);
  EXPECT_EQ(result.frequency.episodes_per_week, 1.0);
  EXPECT_EQ(result.frequency.diary_days, 0);
  EXPECT_FALSE(result.frequency.corrected);
  EXPECT_FALSE(result.Fired("frequent"));
  EXPECT_FALSE(result.Fired("long_episodes"));
}

TEST(TriageAssess, DiaryFrequencyDrivesAthleteAndYoungFrequent) {
  EXPECT_TRUE(
      AssessJson(R"({"high_intensity_exercise":true})", EnoughDiary(1.0, {}, {})).Fired("athlete"));
  EXPECT_TRUE(AssessJson(R"({"age_years":15})", EnoughDiary(2.0, {}, {})).Fired("young_frequent"));
}

TEST(TriageAssess, NonFiniteDiaryFrequencyCountsAsUnknown) {
  const auto result = AssessJson(R"({})", EnoughDiary(std::nan(""), {}, {}));
  EXPECT_FALSE(result.frequency.episodes_per_week.has_value());
  EXPECT_EQ(result.level, Level::kSelfCare);
}

// [SECTION] Warning signs not ruled out (CLINICAL.md "How a result is shown").

TEST(TriageNotRuledOut, NothingAnsweredListsEveryUrgentAndEmergencySign) {
  const auto result = AssessJson(R"({})");
  const std::vector<std::string> fields = FieldsOf(result.not_ruled_out);
  const std::set<std::string> expected = {
      // emergency
      "breathless_or_chest_pain", "foot_cold_pale_or_numb", "sudden_one_side_weakness_or_speech",
      "jaw_stiffness_or_spreading_spasms", "saddle_numbness_or_bladder_change",
      "severe_pain_after_injury", "child_very_unwell", "quinine_more_than_prescribed",
      "quinine_fainting_or_sight_loss",
      // urgent
      "calf_swelling_one_side", "calf_red_warm_tender", "leg_pain_one_side",
      "cramp_ongoing_over_10_min", "wound_or_toxin_exposure", "rest_pain_eased_hanging_leg",
      "foot_sore_or_colour_change", "cramps_since_statin",
      "weakness_getting_worse_fast", "bruising_or_bleeding", "quinine_side_effects",
      "hot_swollen_joint", "preeclampsia_signs",
      // urgent on their own since clinical 3.1 (child_limp_urgent)
      "cannot_bear_weight", "limp_no_better_48h"};
  // Clinical 3.1: signs that fire only together with other skipped answers are listed too.
  const std::set<std::string> combined = {
      "pregnant", "postpartum_6_weeks", "clot_risk", "leg_pain_since_cramp",
      "leg_pain_persistent", "swallowing_or_speech_getting_harder", "unexplained_muscle_pain",
      "dark_urine", "muscle_wasting_or_weakness",
      "limp_or_one_leg_daytime_pain", "fever", "on_statin", "on_quinine"};
  std::set<std::string> all = expected;
  all.insert(combined.begin(), combined.end());
  EXPECT_EQ(std::set<std::string>(fields.begin(), fields.end()), all);
  EXPECT_EQ(fields.size(), all.size()) << "each field once";
  for (const OpenSign& sign : result.not_ruled_out) {
    EXPECT_EQ(sign.with.empty(), expected.count(std::string(sign.field)) == 1) << sign.field;
  }
  ASSERT_FALSE(result.not_ruled_out.empty());
  EXPECT_EQ(result.not_ruled_out.front().field, "breathless_or_chest_pain");
  EXPECT_EQ(result.not_ruled_out.front().level, Level::kEmergency);
  EXPECT_EQ(result.not_ruled_out.front().rule_ids, std::vector<std::string_view>{"pe"});
  ExpectSeverityThenQuestionOrder(result.not_ruled_out);
  EXPECT_TRUE(result.unsure_raisers.empty()) << "nothing was answered not sure";
}

TEST(TriageNotRuledOut, OnlyUrgentAndEmergencyRulesCount) {
  // A skipped sign whose yes adds only a soon or routine rule is no warning sign.
  for (const char* answers : {R"({})", R"({"episodes_per_week":3})", R"({"age_years":12})"}) {
    const auto result = AssessJson(answers);
    for (const OpenSign& sign : result.not_ruled_out) {
      EXPECT_TRUE(UrgentOrWorse(sign.level)) << answers << ": " << sign.field;
      for (std::string_view id : sign.rule_ids) {
        EXPECT_TRUE(UrgentOrWorse(core::triage::FindRule(id)->level))
            << answers << ": " << sign.field << " lists " << id;
      }
    }
  }
  const auto result = AssessJson(R"({"episodes_per_week":3})");
  for (const char* soon_only : {"swelling_both_legs", "numbness_or_tingling",
                                "relief_taking_longer"}) {
    EXPECT_EQ(FindSign(result.not_ruled_out, soon_only), nullptr) << soon_only;
    EXPECT_EQ(FindSign(result.unsure_raisers, soon_only), nullptr)
        << soon_only << " was skipped, not answered not sure";
  }
  // Soon on their own; urgent only with another skipped answer (clinical 3.1).
  for (const char* soon_only : {"leg_pain_persistent", "limp_or_one_leg_daytime_pain"}) {
    const OpenSign* sign = FindSign(result.not_ruled_out, soon_only);
    ASSERT_NE(sign, nullptr) << soon_only;
    EXPECT_FALSE(sign->with.empty()) << soon_only;
    EXPECT_EQ(FindSign(result.unsure_raisers, soon_only), nullptr)
        << soon_only << " was skipped, not answered not sure";
  }
}

TEST(TriageNotRuledOut, RulesListOnlyTheUrgentAndEmergencyRulesAYesWouldAdd) {
  // Swallowing getting harder, with fast weakness: weakness_fast_severe (emergency) and
  // bulbar (soon) would be added; only the emergency one is the warning.
  const auto result = AssessJson(R"({"weakness_getting_worse_fast":true})");
  const OpenSign* sign = FindSign(result.not_ruled_out, "swallowing_or_speech_getting_harder");
  ASSERT_NE(sign, nullptr);
  EXPECT_EQ(sign->level, Level::kEmergency);
  EXPECT_EQ(sign->rule_ids, std::vector<std::string_view>{"weakness_fast_severe"});

  const auto pregnant = AssessJson(R"({"pregnant":true})");
  const OpenSign* pain = FindSign(pregnant.not_ruled_out, "leg_pain_persistent");
  ASSERT_NE(pain, nullptr);
  EXPECT_EQ(pain->level, Level::kUrgent);
  EXPECT_EQ(pain->rule_ids, std::vector<std::string_view>{"pregnancy_leg"})
      << "pain_persisting is soon, not a warning";
}

TEST(TriageNotRuledOut, ClotRiskPathListsTheClotRiskQuestions) {
  const auto result = AssessJson(R"({"leg_pain_since_cramp":true})");
  EXPECT_EQ(result.level, Level::kSelfCare);
  for (const char* field : {"clot_risk", "pregnant", "postpartum_6_weeks"}) {
    const OpenSign* sign = FindSign(result.not_ruled_out, field);
    ASSERT_NE(sign, nullptr) << field;
    EXPECT_EQ(sign->level, Level::kUrgent) << field;
    EXPECT_EQ(sign->rule_ids.front(), "dvt") << field;
  }
  const OpenSign* pregnant = FindSign(result.not_ruled_out, "pregnant");
  ASSERT_NE(pregnant, nullptr);
  EXPECT_EQ(pregnant->rule_ids, (std::vector<std::string_view>{"dvt", "pregnancy_leg"}))
      << "pregnancy (routine) is not listed";
  EXPECT_EQ(FindSign(AssessJson(R"({"leg_pain_since_cramp":true,"sex":"male"})").not_ruled_out,
                     "pregnant"),
            nullptr);
}

TEST(TriageNotRuledOut, EveryEntryIsAnApplicableUnansweredSignWhoseYesAddsItsRules) {
  for (const char* text : kBaseDocuments) {
    const Answers answers = AnswersFrom(text);
    const Assessment result = Assess(answers);
    ExpectSeverityThenQuestionOrder(result.not_ruled_out);
    std::set<std::string_view> seen;
    for (const OpenSign& sign : result.not_ruled_out) {
      EXPECT_TRUE(seen.insert(sign.field).second) << text << ": " << sign.field << " twice";
      const Answer<bool>* answer = core::triage::FindYesNoAnswer(answers, sign.field);
      ASSERT_NE(answer, nullptr) << sign.field;
      EXPECT_FALSE(answer->IsAnswered()) << text << ": " << sign.field;
      EXPECT_TRUE(core::triage::Applies(answers, sign.field)) << text << ": " << sign.field;
      EXPECT_TRUE(UrgentOrWorse(sign.level)) << text << ": " << sign.field;
      ASSERT_FALSE(sign.rule_ids.empty()) << sign.field;
      Level most = Level::kSelfCare;
      const auto added = AddedByYes(answers, sign.field, {}, sign.with);
      for (std::string_view id : sign.rule_ids) {
        const auto* rule = core::triage::FindRule(id);
        ASSERT_NE(rule, nullptr) << id;
        most = core::triage::MostSevere(most, rule->level);
        EXPECT_NE(std::find(added.begin(), added.end(), rule), added.end())
            << text << ": yes to " << sign.field << " does not add " << id;
      }
      EXPECT_EQ(sign.level, most) << text << ": " << sign.field;
    }
  }
}

TEST(TriageNotRuledOut, NoUnansweredSignWhoseYesAddsAWarningIsLeftOut) {
  for (const char* text : kBaseDocuments) {
    const Answers answers = AnswersFrom(text);
    const Assessment result = Assess(answers);
    for (const auto& question : core::triage::QuestionList()) {
      if (question.kind != core::triage::QuestionKind::kYesNo) continue;
      const Answer<bool>* answer = core::triage::FindYesNoAnswer(answers, question.id);
      if (answer->IsAnswered()) continue;
      bool adds_warning = false;
      for (const auto* rule : AddedByYes(answers, question.id)) {
        adds_warning = adds_warning || UrgentOrWorse(rule->level);
      }
      const OpenSign* sign = FindSign(result.not_ruled_out, question.id);
      const bool listed_alone = sign != nullptr && sign->with.empty();
      const bool applies = core::triage::Applies(answers, question.id);
      EXPECT_EQ(listed_alone, adds_warning && applies) << text << ": " << question.id;
      if (!applies) {
        EXPECT_EQ(sign, nullptr) << text << ": " << question.id;
      }
      // A yes to a follow-up whose gate is closed changes nothing (pregnant and
      // postpartum_6_weeks are left out: the pregnancy rules honour a yes to them whatever
      // the sex).
      if (!applies && question.id != "pregnant" && question.id != "postpartum_6_weeks") {
        EXPECT_TRUE(AddedByYes(answers, question.id).empty()) << text << ": " << question.id;
      }
    }
  }
}

TEST(TriageNotRuledOut, DependentQuestionsAreListedWhileTheirGateIsOpen) {
  struct GateCase {
    const char* answers;
    const char* field;
    bool listed;
  };
  const GateCase cases[] = {
      {R"({})", "preeclampsia_signs", true},
      {R"({"pregnant":null})", "preeclampsia_signs", true},
      {R"({"pregnant":false})", "preeclampsia_signs", true},
      {R"({"sex":"female","pregnant":false,"postpartum_6_weeks":null})", "preeclampsia_signs",
       true},
      {R"({"sex":"male"})", "preeclampsia_signs", false},
      {R"({"pregnant":false,"postpartum_6_weeks":false})", "preeclampsia_signs", false},
      {R"({})", "quinine_more_than_prescribed", true},
      {R"({"on_quinine":null})", "quinine_more_than_prescribed", true},
      {R"({"on_quinine":false})", "quinine_more_than_prescribed", false},
      {R"({"on_quinine":false})", "quinine_fainting_or_sight_loss", false},
      {R"({"on_quinine":false})", "quinine_side_effects", false},
      {R"({"on_quinine":false})", "bruising_or_bleeding", false},
      {R"({})", "child_very_unwell", true},
      {R"({"age_years":null})", "child_very_unwell", true},
      {R"({"age_years":17})", "child_very_unwell", true},
      {R"({"age_years":18})", "child_very_unwell", false},
      {R"({"age_years":40})", "child_very_unwell", false},
      {R"({})", "cramps_since_statin", true},
      {R"({"on_statin":null})", "cramps_since_statin", true},
      {R"({"on_statin":false})", "cramps_since_statin", false},
      {R"({})", "leg_pain_one_side", true},
      {R"({"leg_pain_persistent":null})", "leg_pain_one_side", true},
      {R"({"leg_pain_persistent":false})", "leg_pain_one_side", false},
  };
  for (const GateCase& c : cases) {
    const auto result = AssessJson(c.answers);
    EXPECT_EQ(FindSign(result.not_ruled_out, c.field) != nullptr, c.listed)
        << c.answers << ": " << c.field;
  }
}

TEST(TriageNotRuledOut, AnsweringEveryApplicableQuestionNoLeavesNothingOpen) {
  for (const char* text : {R"({})", R"({"age_years":40,"sex":"male"})", R"({"age_years":10})",
                           R"({"sex":"female","age_years":30})", R"({"pregnant":true})"}) {
    const Assessment result = Assess(AllApplicableNo(AnswersFrom(text)));
    EXPECT_TRUE(result.not_ruled_out.empty())
        << text << ": first open " << result.not_ruled_out.front().field;
    EXPECT_TRUE(result.unsure_raisers.empty()) << text;
  }
  const Assessment calm = Assess(AllApplicableNo(AnswersFrom(R"({"age_years":40})")));
  EXPECT_EQ(calm.level, Level::kSelfCare);
  EXPECT_TRUE(calm.AllClear());
}

TEST(TriageNotRuledOut, AnsweringTheListedSignsNoConverges) {
  Answers answers = AnswersFrom(R"({})");
  for (int round = 0; round < 4; ++round) {
    const Assessment result = Assess(answers);
    if (result.not_ruled_out.empty()) break;
    for (const OpenSign& sign : result.not_ruled_out) {
      *core::triage::FindYesNoAnswer(answers, sign.field) = Answer<bool>::Of(false);
    }
  }
  const Assessment result = Assess(answers);
  EXPECT_TRUE(result.not_ruled_out.empty());
  EXPECT_EQ(result.level, Level::kSelfCare);
  EXPECT_TRUE(result.AllClear());
}

TEST(TriageNotRuledOut, NotSureWarningSignsAreListedToo) {
  const auto result =
      AssessJson(R"({"breathless_or_chest_pain":null,"calf_swelling_one_side":null})");
  ASSERT_NE(FindSign(result.not_ruled_out, "breathless_or_chest_pain"), nullptr);
  ASSERT_NE(FindSign(result.not_ruled_out, "calf_swelling_one_side"), nullptr);
  EXPECT_EQ(FindSign(result.unsure_raisers, "calf_swelling_one_side"), nullptr);
  EXPECT_FALSE(result.AllClear());
}

TEST(TriageNotRuledOut, AnsweredSignsAreNotListed) {
  const auto result = AssessJson(R"({"breathless_or_chest_pain":false,"dark_urine":true})");
  EXPECT_EQ(FindSign(result.not_ruled_out, "breathless_or_chest_pain"), nullptr);
  EXPECT_EQ(FindSign(result.not_ruled_out, "dark_urine"), nullptr);
}

TEST(TriageNotRuledOut, ASignWhoseRulesAlreadyFiredAddsNothing) {
  const auto result = AssessJson(R"({"calf_swelling_one_side":true})");
  EXPECT_EQ(FindSign(result.not_ruled_out, "calf_red_warm_tender"), nullptr) << "dvt fired already";
  ASSERT_NE(FindSign(result.not_ruled_out, "breathless_or_chest_pain"), nullptr);
}

// [SECTION] "Not sure" answers that would raise the level to soon or routine.

TEST(TriageUnsureRaisers, NameTheNotSureAnswerThatWouldRaiseTheLevel) {
  const auto result = AssessJson(R"({"episodes_per_week":3,"relief_taking_longer":null})");
  EXPECT_EQ(result.level, Level::kRoutine);
  ASSERT_EQ(result.unsure_raisers.size(), 1u);
  EXPECT_EQ(result.unsure_raisers[0].field, "relief_taking_longer");
  EXPECT_EQ(result.unsure_raisers[0].level, Level::kSoon);
  EXPECT_EQ(result.unsure_raisers[0].rule_ids, std::vector<std::string_view>{"frequent_longer"});
  EXPECT_EQ(FindSign(result.not_ruled_out, "relief_taking_longer"), nullptr);
}

TEST(TriageUnsureRaisers, WarningSignsGoToNotRuledOutAndSameLevelIsNoRaiser) {
  const auto result = AssessJson(R"({"episodes_per_week":3,"calf_swelling_one_side":null,
      "tremor":null,"numbness_or_tingling":null})");
  EXPECT_EQ(result.level, Level::kRoutine);
  EXPECT_EQ(FieldsOf(result.unsure_raisers), std::vector<std::string>{"numbness_or_tingling"})
      << "tremor would add nerve_signs at routine: no raise";
  EXPECT_NE(FindSign(result.not_ruled_out, "calf_swelling_one_side"), nullptr);
}

TEST(TriageUnsureRaisers, AreMostSevereFirst) {
  const auto result = AssessJson(R"({"sleep_disturbed":null,"numbness_or_tingling":null})");
  ASSERT_EQ(FieldsOf(result.unsure_raisers),
            (std::vector<std::string>{"numbness_or_tingling", "sleep_disturbed"}));
  EXPECT_EQ(result.unsure_raisers[0].level, Level::kSoon);
  EXPECT_EQ(result.unsure_raisers[1].level, Level::kRoutine);
}

TEST(TriageUnsureRaisers, NeedTheOtherHalfOfTheRule) {
  EXPECT_EQ(
      FieldsOf(
          AssessJson(R"({"high_intensity_exercise":null,"episodes_per_week":2})").unsure_raisers),
      std::vector<std::string>{"high_intensity_exercise"});
  EXPECT_TRUE(AssessJson(R"({"high_intensity_exercise":null})").unsure_raisers.empty());
}

TEST(TriageUnsureRaisers, NoneWhenTheLevelIsAlreadyAsSevere) {
  const auto result = AssessJson(R"({"muscle_twitching":true,"numbness_or_tingling":null})");
  EXPECT_EQ(result.level, Level::kSoon);
  EXPECT_TRUE(result.unsure_raisers.empty());
}

TEST(TriageUnsureRaisers, SkippedQuestionsAreNoRaisers) {
  EXPECT_TRUE(AssessJson(R"({"episodes_per_week":3})").unsure_raisers.empty());
}

// [SECTION] Advice.

TEST(TriageAdvice, EmergencyIsTheCallAndNoDriving) {
  EXPECT_EQ(
      AssessJson(R"({"sudden_one_side_weakness_or_speech":true,"pregnant":true})").advice_keys,
      (std::vector<std::string_view>{"advice.level.emergency", "advice.no_driving"}));
  for (const char* leg :
       {R"({"foot_cold_pale_or_numb":true})", R"({"severe_pain_after_injury":true})"}) {
    EXPECT_EQ(AssessJson(leg).advice_keys,
              (std::vector<std::string_view>{"advice.level.emergency", "advice.no_driving",
                                             "advice.no_massage_leg"}))
        << leg;
  }
  // A leg rule beside a non-leg emergency still forbids massage.
  EXPECT_TRUE(HasKey(
      AssessJson(R"({"sudden_one_side_weakness_or_speech":true,"calf_swelling_one_side":true})")
          .advice_keys,
      "advice.no_massage_leg"));
}

TEST(TriageAdvice, UrgentIsTheActionAndNoMassageAfterALegWarning) {
  for (const char* leg :
       {R"({"calf_swelling_one_side":true})", R"({"foot_sore_or_colour_change":true})"}) {
    EXPECT_EQ(AssessJson(leg).advice_keys,
              (std::vector<std::string_view>{"advice.level.urgent", "advice.no_massage_leg"}))
        << leg;
  }
  // Clinical 3.1: a rule's own action leads "What to do".
  EXPECT_EQ(AssessJson(R"({"postpartum_6_weeks":true,"leg_pain_persistent":true})").advice_keys,
            (std::vector<std::string_view>{"advice.rule.pregnancy_leg", "advice.level.urgent",
                                           "advice.no_massage_leg"}));
  EXPECT_EQ(AssessJson(R"({"wound_or_toxin_exposure":true})").advice_keys,
            std::vector<std::string_view>{"advice.level.urgent"});
  for (const char* statin :
       {R"({"new_medicines":["statin"]})", R"({"new_medicines":["statin","other"],"insomnia":true})"}) {
    EXPECT_EQ(AssessJson(statin).advice_keys,
              (std::vector<std::string_view>{"advice.rule.statin_muscle", "advice.level.urgent"}))
        << statin;
  }
}

TEST(TriageAdvice, AdviceStartsWithTheLevelLine) {
  EXPECT_EQ(AssessJson(R"({"muscle_twitching":true})").advice_keys.front(), "advice.level.soon");
  EXPECT_EQ(AssessJson(R"({"age_years":80})").advice_keys.front(), "advice.level.routine");
  // Clinical 3.1: with warning signs open, self-care advice is headed "if none applies".
  EXPECT_EQ(AssessJson(R"({})").advice_keys.front(), "advice.if_none_applies");
  EXPECT_EQ(Assess(AllApplicableNo(Answers{})).advice_keys.front(), "advice.level.self_care");
}

TEST(TriageAdvice, SelfCareGetsStretchesHabitsAndWhatDoesNotHelp) {
  EXPECT_EQ(
      Assess(AllApplicableNo(Answers{})).advice_keys,
      (std::vector<std::string_view>{
          "advice.level.self_care", "advice.during_cramp_calf", "advice.during_cramp_foot",
          "advice.during_cramp_shin", "advice.during_cramp_thigh", "advice.stretch_caution",
          "advice.after_cramp", "advice.bedtime_stretch", "advice.habits", "advice.not_helping"}));
  for (const char* text : {R"({"muscle_twitching":true})", R"({"age_years":80})"}) {
    const auto keys = AssessJson(text).advice_keys;
    EXPECT_TRUE(HasKey(keys, "advice.during_cramp_calf")) << text;
    EXPECT_TRUE(HasKey(keys, "advice.stretch_caution")) << text;
    EXPECT_EQ(keys.back(), "advice.not_helping") << text;
  }
}

TEST(TriageAdvice, BetweenBandsForWeeklyButUnderThreeAWeek) {
  EXPECT_TRUE(HasKey(AssessJson(R"({"episodes_per_week":1})").advice_keys, "advice.between_bands"));
  EXPECT_TRUE(
      HasKey(AssessJson(R"({"episodes_per_week":2.9})").advice_keys, "advice.between_bands"));
  EXPECT_FALSE(
      HasKey(AssessJson(R"({"episodes_per_week":0.9})").advice_keys, "advice.between_bands"));
  EXPECT_FALSE(
      HasKey(AssessJson(R"({"episodes_per_week":3})").advice_keys, "advice.between_bands"));
  EXPECT_FALSE(HasKey(AssessJson(R"({})").advice_keys, "advice.between_bands"));
  // From the diary too.
  EXPECT_TRUE(
      HasKey(AssessJson(R"({})", EnoughDiary(1.5, {}, 60)).advice_keys, "advice.between_bands"));
}

TEST(TriageAdvice, AnotherMedicineGetsItsOwnLine) {
  EXPECT_TRUE(
      HasKey(AssessJson(R"({"new_medicines":["other"]})").advice_keys, "advice.other_medicine"));
  EXPECT_TRUE(HasKey(AssessJson(R"({"new_medicines":["diuretic","other"]})").advice_keys,
                     "advice.other_medicine"));
  EXPECT_FALSE(
      HasKey(AssessJson(R"({"new_medicines":["diuretic"]})").advice_keys, "advice.other_medicine"));
  EXPECT_FALSE(HasKey(AssessJson(R"({})").advice_keys, "advice.other_medicine"));
}

TEST(TriageAdvice, TroubleSleepingIsAdviceNotARule) {
  const auto result = AssessJson(R"({"insomnia":true})");
  EXPECT_EQ(FiredIds(result), std::vector<std::string>{"occasional"});
  EXPECT_TRUE(HasKey(result.advice_keys, "advice.sleep"));
  EXPECT_FALSE(HasKey(AssessJson(R"({"insomnia":false})").advice_keys, "advice.sleep"));
}

TEST(TriageAdvice, PregnancyAndAfterBirthUseTheirOwnAdvice) {
  const auto pregnant = AssessJson(R"({"pregnant":true})").advice_keys;
  EXPECT_TRUE(HasKey(pregnant, "advice.during_cramp_calf_pregnancy"));
  EXPECT_TRUE(HasKey(pregnant, "advice.prevent_pregnancy"));
  EXPECT_TRUE(HasKey(pregnant, "advice.after_cramp_pregnancy"));
  EXPECT_FALSE(HasKey(pregnant, "advice.during_cramp_calf"));
  EXPECT_FALSE(HasKey(pregnant, "advice.bedtime_stretch"));
  EXPECT_FALSE(HasKey(pregnant, "advice.after_cramp"));
  const auto after_birth = AssessJson(R"({"postpartum_6_weeks":true})").advice_keys;
  EXPECT_TRUE(HasKey(after_birth, "advice.after_cramp_pregnancy")) << "no ibuprofen advice";
  EXPECT_TRUE(HasKey(after_birth, "advice.during_cramp_calf"));
  const auto urgent = AssessJson(R"({"pregnant":true,"leg_pain_persistent":true})").advice_keys;
  EXPECT_EQ(urgent, (std::vector<std::string_view>{"advice.rule.pregnancy_leg",
                                                    "advice.level.urgent",
                                                    "advice.no_massage_leg"}));
}

TEST(TriageAssess, NotSureListsEveryNullField) {
  const auto result = AssessJson(R"({"sex":null,"tremor":null,"age_years":30})");
  EXPECT_EQ(result.not_sure, (std::vector<std::string_view>{"sex", "tremor"}));
}
