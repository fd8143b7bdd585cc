// Assess(): most severe wins, diary versus answers, "not sure" handling, advice.
#include "core/triage/assess.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "triage_test_util.h"

using core::triage::Answers;
using core::triage::Assess;
using core::triage::DiaryFacts;
using core::triage::FactSource;
using core::triage::Level;
using triage_test::AssessJson;
using triage_test::FiredIds;

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

bool Has(const std::vector<std::string_view>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}
}  // namespace

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
  EXPECT_EQ(FiredIds(result), (std::vector<std::string>{"frequent_longer", "frequent",
                                                        "sleep_impact", "long_episodes"}));
}

TEST(TriageAssess, FiredRulesCarryLevelMessageKeyAndSource) {
  const auto result = AssessJson(R"({"on_quinine":true,"quinine_weeks":8})");
  ASSERT_EQ(result.rules.size(), 1u);
  EXPECT_EQ(result.rules[0].id, "quinine_review");
  EXPECT_EQ(result.rules[0].level, Level::kRoutine);
  EXPECT_EQ(result.rules[0].message_key, "rule.quinine_review");
  EXPECT_EQ(result.rules[0].source, "MHRA Drug Safety Update 2010 (quinine)");
}

TEST(TriageAssess, NothingAnsweredIsSelfCareOccasional) {
  const auto result = Assess(Answers{});
  EXPECT_EQ(result.level, Level::kSelfCare);
  EXPECT_EQ(FiredIds(result), std::vector<std::string>{"occasional"});
}

TEST(TriageAssess, DiaryWinsWhenItHasEnoughData) {
  const auto diary = EnoughDiary(4.0, true, 700);
  const auto result = AssessJson(
      R"({"episodes_per_week":0.5,"relief_taking_longer":false,"typical_duration_s":30})", diary);
  EXPECT_EQ(result.frequency.source, FactSource::kDiary);
  EXPECT_EQ(result.frequency.episodes_per_week, 4.0);
  EXPECT_EQ(result.frequency.diary_days, 20);
  EXPECT_TRUE(result.Fired("frequent_longer"));
  EXPECT_TRUE(result.Fired("frequent"));
  EXPECT_TRUE(result.Fired("long_episodes"));
  EXPECT_EQ(result.level, Level::kSoon);
}

TEST(TriageAssess, DiaryCanAlsoLowerWhatTheAnswersSaid) {
  const auto diary = EnoughDiary(0.5, false, 40);
  const auto result = AssessJson(
      R"({"episodes_per_week":6,"relief_taking_longer":true,"typical_duration_s":900})", diary);
  EXPECT_EQ(result.frequency.source, FactSource::kDiary);
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
  EXPECT_FALSE(result.Fired("frequent"));
  EXPECT_FALSE(result.Fired("long_episodes"));
}

TEST(TriageAssess, DiaryUnknownTrendDoesNotFallBackToTheAnswer) {
  // The diary decides all three facts together; an unknown trend stays unknown.
  const auto result = AssessJson(R"({"relief_taking_longer":true})", EnoughDiary(3.5, {}, {}));
  EXPECT_TRUE(result.Fired("frequent"));
  EXPECT_FALSE(result.Fired("frequent_longer"));
  EXPECT_FALSE(result.frequency.relief_taking_longer.has_value());
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
}

TEST(TriageAssess, NotAnsweredNeverCountsAsYes) {
  // Only one half of each two-part rule answered yes; the other half missing.
  const auto result = AssessJson(
      R"({"insomnia":true,"bruising_or_bleeding":true,"quinine_weeks":9,
          "leg_pain_persistent":true,"high_intensity_exercise":true})");
  EXPECT_FALSE(result.Fired("nerve_signs"));
  EXPECT_FALSE(result.Fired("quinine_bleeding"));
  EXPECT_FALSE(result.Fired("quinine_review"));
  EXPECT_FALSE(result.Fired("pregnancy_leg"));
  EXPECT_FALSE(result.Fired("athlete"));
  EXPECT_EQ(result.level, Level::kSelfCare);
}

TEST(TriageAssess, UnsureRaiserNamesTheAnswerThatWouldRaiseTheLevel) {
  const auto result = AssessJson(R"({"episodes_per_week":3,"calf_swelling_one_side":null,
      "tremor":null,"numbness_or_tingling":false})");
  EXPECT_EQ(result.level, Level::kRoutine);
  ASSERT_EQ(result.unsure_raisers.size(), 1u);  // tremor alone would not fire nerve_signs
  EXPECT_EQ(result.unsure_raisers[0].field, "calf_swelling_one_side");
  EXPECT_EQ(result.unsure_raisers[0].level, Level::kUrgent);
  EXPECT_EQ(result.unsure_raisers[0].rule_ids, std::vector<std::string_view>{"dvt"});
}

TEST(TriageAssess, UnsureRaisersAreMostSevereFirst) {
  const auto result = AssessJson(R"({"numbness_or_tingling":null,"pregnant":true,
      "leg_pain_persistent":null,"breathless_or_chest_pain":null,"sleep_disturbed":null})");
  ASSERT_EQ(result.unsure_raisers.size(), 3u);  // sleep_disturbed stays at routine
  EXPECT_EQ(result.unsure_raisers[0].field, "breathless_or_chest_pain");
  EXPECT_EQ(result.unsure_raisers[0].level, Level::kEmergency);
  EXPECT_EQ(result.unsure_raisers[1].field, "leg_pain_persistent");
  EXPECT_EQ(result.unsure_raisers[1].level, Level::kUrgent);
  EXPECT_EQ(result.unsure_raisers[1].rule_ids, std::vector<std::string_view>{"pregnancy_leg"});
  EXPECT_EQ(result.unsure_raisers[2].field, "numbness_or_tingling");
  EXPECT_EQ(result.unsure_raisers[2].level, Level::kSoon);
}

TEST(TriageAssess, UnsureRaiserNeedsTheOtherHalfAnsweredYes) {
  EXPECT_EQ(
      AssessJson(R"({"on_quinine":null,"bruising_or_bleeding":true})").unsure_raisers.at(0).field,
      "on_quinine");
  EXPECT_TRUE(AssessJson(R"({"on_quinine":null})").unsure_raisers.empty());
}

TEST(TriageAssess, NoUnsureRaiserWhenTheLevelIsAlreadyAsSevere) {
  const auto result =
      AssessJson(R"({"foot_cold_pale_or_numb":true,"calf_swelling_one_side":null})");
  EXPECT_EQ(result.level, Level::kEmergency);
  EXPECT_TRUE(result.unsure_raisers.empty());
}

TEST(TriageAssess, UnsureTrendIsNoRaiserWhenTheDiaryDecides) {
  EXPECT_FALSE(
      AssessJson(R"({"episodes_per_week":4,"relief_taking_longer":null})").unsure_raisers.empty());
  EXPECT_TRUE(AssessJson(R"({"relief_taking_longer":null})", EnoughDiary(4.0, false, 60))
                  .unsure_raisers.empty());
}

TEST(TriageAssess, EmergencyAdviceIsTheCallAlone) {
  const auto result = AssessJson(R"({"breathless_or_chest_pain":true,"pregnant":true})");
  EXPECT_EQ(result.advice_keys, std::vector<std::string_view>{"advice.level.emergency"});
}

TEST(TriageAssess, AdviceStartsWithTheLevelLine) {
  EXPECT_EQ(AssessJson(R"({"cramp_ongoing_over_10_min":true})").advice_keys.front(),
            "advice.level.urgent");
  EXPECT_EQ(AssessJson(R"({"muscle_twitching":true})").advice_keys.front(), "advice.level.soon");
  EXPECT_EQ(AssessJson(R"({"age_years":80})").advice_keys.front(), "advice.level.routine");
  EXPECT_EQ(AssessJson(R"({})").advice_keys.front(), "advice.level.self_care");
}

TEST(TriageAssess, SelfCareAdviceIncludesStretchesButUrgentDoesNot) {
  const auto calm = AssessJson(R"({})").advice_keys;
  EXPECT_TRUE(Has(calm, "advice.during_cramp_calf"));
  EXPECT_TRUE(Has(calm, "advice.bedtime_stretch"));
  EXPECT_TRUE(Has(calm, "advice.habits"));
  const auto urgent = AssessJson(R"({"wound_or_toxin_exposure":true})").advice_keys;
  EXPECT_EQ(urgent, std::vector<std::string_view>{"advice.level.urgent"});
}

TEST(TriageAssess, PregnancyAdviceUsesThePregnancyStretchAndNoQuinine) {
  const auto routine = AssessJson(R"({"pregnant":true})").advice_keys;
  EXPECT_TRUE(Has(routine, "advice.during_cramp_calf_pregnancy"));
  EXPECT_TRUE(Has(routine, "advice.prevent_pregnancy"));
  EXPECT_FALSE(Has(routine, "advice.during_cramp_calf"));
  // The pregnancy rule's own message already says "no quinine".
  EXPECT_FALSE(Has(routine, "advice.no_quinine_pregnancy"));
  const auto urgent = AssessJson(R"({"pregnant":true,"leg_pain_persistent":true})").advice_keys;
  EXPECT_EQ(urgent,
            (std::vector<std::string_view>{"advice.level.urgent", "advice.no_quinine_pregnancy"}));
}

TEST(TriageAssess, NotSureListsEveryNullField) {
  const auto result = AssessJson(R"({"sex":null,"tremor":null,"age_years":30})");
  EXPECT_EQ(result.not_sure, (std::vector<std::string_view>{"sex", "tremor"}));
}
