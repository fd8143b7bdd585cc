// One test per rule of CLINICAL.md: each fires on its condition and stays quiet without
// it, including at the thresholds.
#include "core/triage/rules.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "triage_test_util.h"

using core::triage::FindRule;
using core::triage::Level;
using core::triage::RuleTable;
using triage_test::Fires;

TEST(TriageRules, TableHasExactlyTheClinicalRulesInOrder) {
  const std::vector<std::pair<std::string, Level>> expected = {
      {"pe", Level::kEmergency},
      {"ischaemia", Level::kEmergency},
      {"dvt", Level::kUrgent},
      {"pregnancy_leg", Level::kUrgent},
      {"cramp_persisting", Level::kUrgent},
      {"tetanus_toxin", Level::kUrgent},
      {"quinine_bleeding", Level::kUrgent},
      {"neuro_muscle", Level::kSoon},
      {"numbness", Level::kSoon},
      {"claudication", Level::kSoon},
      {"frequent_longer", Level::kSoon},
      {"frequent", Level::kRoutine},
      {"sleep_impact", Level::kRoutine},
      {"long_episodes", Level::kRoutine},
      {"medicine", Level::kRoutine},
      {"conditions", Level::kRoutine},
      {"quinine_review", Level::kRoutine},
      {"pregnancy", Level::kRoutine},
      {"older_adult", Level::kRoutine},
      {"athlete", Level::kRoutine},
      {"young_frequent", Level::kRoutine},
      {"nerve_signs", Level::kRoutine},
      {"restless_legs", Level::kRoutine},
      {"occasional", Level::kSelfCare},
  };
  ASSERT_EQ(RuleTable().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(RuleTable()[i].id, expected[i].first) << i;
    EXPECT_EQ(RuleTable()[i].level, expected[i].second) << expected[i].first;
    EXPECT_EQ(RuleTable()[i].message_key, "rule." + expected[i].first);
    EXPECT_FALSE(RuleTable()[i].source.empty()) << expected[i].first;
    EXPECT_NE(RuleTable()[i].condition, nullptr) << expected[i].first;
  }
  EXPECT_EQ(FindRule("nope"), nullptr);
  ASSERT_NE(FindRule("dvt"), nullptr);
  EXPECT_EQ(FindRule("dvt")->source, "NHS \"Deep vein thrombosis\"");
}

TEST(TriageRules, PeFiresOnBreathlessnessOrChestPain) {
  EXPECT_TRUE(Fires(R"({"breathless_or_chest_pain":true})", "pe"));
  EXPECT_FALSE(Fires(R"({"breathless_or_chest_pain":false})", "pe"));
}

TEST(TriageRules, IschaemiaFiresOnColdPaleOrNumbFoot) {
  EXPECT_TRUE(Fires(R"({"foot_cold_pale_or_numb":true})", "ischaemia"));
  EXPECT_FALSE(Fires(R"({"foot_cold_pale_or_numb":false})", "ischaemia"));
}

TEST(TriageRules, DvtFiresOnOneSwollenCalf) {
  EXPECT_TRUE(Fires(R"({"calf_swelling_one_side":true})", "dvt"));
  EXPECT_FALSE(Fires(R"({"calf_swelling_one_side":false})", "dvt"));
}

TEST(TriageRules, DvtFiresOnRedWarmTenderCalf) {
  EXPECT_TRUE(Fires(R"({"calf_red_warm_tender":true})", "dvt"));
  EXPECT_FALSE(Fires(R"({"calf_red_warm_tender":false,"calf_swelling_one_side":false})", "dvt"));
}

TEST(TriageRules, PregnancyLegFiresOnlyWhenPregnantWithALegSign) {
  EXPECT_TRUE(Fires(R"({"pregnant":true,"calf_swelling_one_side":true})", "pregnancy_leg"));
  EXPECT_TRUE(Fires(R"({"pregnant":true,"calf_red_warm_tender":true})", "pregnancy_leg"));
  EXPECT_TRUE(Fires(R"({"pregnant":true,"leg_pain_persistent":true})", "pregnancy_leg"));
  EXPECT_FALSE(Fires(R"({"pregnant":true})", "pregnancy_leg"));
  EXPECT_FALSE(Fires(R"({"pregnant":false,"leg_pain_persistent":true})", "pregnancy_leg"));
  EXPECT_FALSE(Fires(R"({"leg_pain_persistent":true})", "pregnancy_leg"));
}

TEST(TriageRules, CrampPersistingFiresOnCrampOverTenMinutes) {
  EXPECT_TRUE(Fires(R"({"cramp_ongoing_over_10_min":true})", "cramp_persisting"));
  EXPECT_FALSE(Fires(R"({"cramp_ongoing_over_10_min":false})", "cramp_persisting"));
}

TEST(TriageRules, TetanusToxinFiresOnWoundOrToxin) {
  EXPECT_TRUE(Fires(R"({"wound_or_toxin_exposure":true})", "tetanus_toxin"));
  EXPECT_FALSE(Fires(R"({"wound_or_toxin_exposure":false})", "tetanus_toxin"));
}

TEST(TriageRules, QuinineBleedingNeedsQuinineAndBleeding) {
  EXPECT_TRUE(Fires(R"({"on_quinine":true,"bruising_or_bleeding":true})", "quinine_bleeding"));
  EXPECT_FALSE(Fires(R"({"on_quinine":false,"bruising_or_bleeding":true})", "quinine_bleeding"));
  EXPECT_FALSE(Fires(R"({"on_quinine":true,"bruising_or_bleeding":false})", "quinine_bleeding"));
  EXPECT_FALSE(Fires(R"({"bruising_or_bleeding":true})", "quinine_bleeding"));
}

TEST(TriageRules, NeuroMuscleFiresOnWastingOrTwitching) {
  EXPECT_TRUE(Fires(R"({"muscle_wasting_or_weakness":true})", "neuro_muscle"));
  EXPECT_TRUE(Fires(R"({"muscle_twitching":true})", "neuro_muscle"));
  EXPECT_FALSE(
      Fires(R"({"muscle_wasting_or_weakness":false,"muscle_twitching":false})", "neuro_muscle"));
}

TEST(TriageRules, NumbnessFiresOnNumbnessOrTingling) {
  EXPECT_TRUE(Fires(R"({"numbness_or_tingling":true})", "numbness"));
  EXPECT_FALSE(Fires(R"({"numbness_or_tingling":false})", "numbness"));
}

TEST(TriageRules, ClaudicationFiresOnWalkingPainEasedByRest) {
  EXPECT_TRUE(Fires(R"({"pain_walking_relieved_by_rest":true})", "claudication"));
  EXPECT_FALSE(Fires(R"({"pain_walking_relieved_by_rest":false})", "claudication"));
}

TEST(TriageRules, FrequentLongerNeedsThreeAWeekAndLengthening) {
  EXPECT_TRUE(Fires(R"({"episodes_per_week":3,"relief_taking_longer":true})", "frequent_longer"));
  EXPECT_FALSE(
      Fires(R"({"episodes_per_week":2.9,"relief_taking_longer":true})", "frequent_longer"));
  EXPECT_FALSE(Fires(R"({"episodes_per_week":7,"relief_taking_longer":false})", "frequent_longer"));
  EXPECT_FALSE(Fires(R"({"episodes_per_week":7})", "frequent_longer"));
}

TEST(TriageRules, FrequentFiresAtExactlyThreeAWeek) {
  EXPECT_TRUE(Fires(R"({"episodes_per_week":3})", "frequent"));
  EXPECT_TRUE(Fires(R"({"episodes_per_week":3.0})", "frequent"));
  EXPECT_TRUE(Fires(R"({"episodes_per_week":10})", "frequent"));
  EXPECT_FALSE(Fires(R"({"episodes_per_week":2.99})", "frequent"));
  EXPECT_FALSE(Fires(R"({})", "frequent"));
}

TEST(TriageRules, SleepImpactFiresOnDisturbedSleep) {
  EXPECT_TRUE(Fires(R"({"sleep_disturbed":true})", "sleep_impact"));
  EXPECT_FALSE(Fires(R"({"sleep_disturbed":false})", "sleep_impact"));
}

TEST(TriageRules, LongEpisodesFiresOverSixHundredSeconds) {
  EXPECT_TRUE(Fires(R"({"typical_duration_s":601})", "long_episodes"));
  EXPECT_FALSE(Fires(R"({"typical_duration_s":600})", "long_episodes"));
  EXPECT_FALSE(Fires(R"({"typical_duration_s":30})", "long_episodes"));
}

TEST(TriageRules, MedicineFiresForEveryListedMedicineButNotOther) {
  for (const char* medicine : {"diuretic", "inhaled_beta_agonist", "statin", "raloxifene",
                               "oestrogen", "teriparatide", "naproxen", "iv_iron"}) {
    EXPECT_TRUE(Fires(std::string(R"({"new_medicines":[")") + medicine + "\"]}", "medicine"))
        << medicine;
  }
  EXPECT_TRUE(Fires(R"({"new_medicines":["other","statin"]})", "medicine"));
  EXPECT_FALSE(Fires(R"({"new_medicines":["other"]})", "medicine"));
  EXPECT_FALSE(Fires(R"({"new_medicines":[]})", "medicine"));
}

TEST(TriageRules, ConditionsFiresForEveryListedCondition) {
  for (const char* condition : {"kidney", "dialysis", "liver", "diabetes", "thyroid", "artery",
                                "spinal_stenosis", "nerve"}) {
    EXPECT_TRUE(Fires(std::string(R"({"conditions":[")") + condition + "\"]}", "conditions"))
        << condition;
  }
  EXPECT_FALSE(Fires(R"({"conditions":[]})", "conditions"));
}

TEST(TriageRules, QuinineReviewFiresAfterMoreThanFourWeeks) {
  EXPECT_TRUE(Fires(R"({"on_quinine":true,"quinine_weeks":5})", "quinine_review"));
  EXPECT_FALSE(Fires(R"({"on_quinine":true,"quinine_weeks":4})", "quinine_review"));
  EXPECT_FALSE(Fires(R"({"on_quinine":false,"quinine_weeks":10})", "quinine_review"));
  EXPECT_FALSE(Fires(R"({"on_quinine":true})", "quinine_review"));
}

TEST(TriageRules, PregnancyFiresWhenPregnantWithNoOtherFlag) {
  EXPECT_TRUE(Fires(R"({"pregnant":true})", "pregnancy"));
  EXPECT_FALSE(Fires(R"({"pregnant":false})", "pregnancy"));
}

TEST(TriageRules, PregnancyIsSilencedBySoonOrWorseButNotByRoutine) {
  // A warning sign sends the person to faster care than the antenatal check.
  EXPECT_FALSE(Fires(R"({"pregnant":true,"numbness_or_tingling":true})", "pregnancy"));
  EXPECT_FALSE(Fires(R"({"pregnant":true,"calf_swelling_one_side":true})", "pregnancy"));
  EXPECT_FALSE(Fires(R"({"pregnant":true,"breathless_or_chest_pain":true})", "pregnancy"));
  // Routine findings are mentioned at that same check: the pregnancy advice stays.
  EXPECT_TRUE(Fires(R"({"pregnant":true,"episodes_per_week":4})", "pregnancy"));
  EXPECT_TRUE(Fires(R"({"pregnant":true,"sleep_disturbed":true})", "pregnancy"));
}

TEST(TriageRules, OlderAdultFiresFromSixtyFive) {
  EXPECT_TRUE(Fires(R"({"age_years":65})", "older_adult"));
  EXPECT_TRUE(Fires(R"({"age_years":90})", "older_adult"));
  EXPECT_FALSE(Fires(R"({"age_years":64})", "older_adult"));
}

TEST(TriageRules, AthleteNeedsHardExerciseAndWeeklyCramps) {
  EXPECT_TRUE(Fires(R"({"high_intensity_exercise":true,"episodes_per_week":1})", "athlete"));
  EXPECT_FALSE(Fires(R"({"high_intensity_exercise":true,"episodes_per_week":0.5})", "athlete"));
  EXPECT_FALSE(Fires(R"({"high_intensity_exercise":false,"episodes_per_week":5})", "athlete"));
  EXPECT_FALSE(Fires(R"({"high_intensity_exercise":true})", "athlete"));
}

TEST(TriageRules, YoungFrequentNeedsUnderEighteenAndWeeklyCramps) {
  EXPECT_TRUE(Fires(R"({"age_years":17,"episodes_per_week":1})", "young_frequent"));
  EXPECT_FALSE(Fires(R"({"age_years":18,"episodes_per_week":2})", "young_frequent"));
  EXPECT_FALSE(Fires(R"({"age_years":12,"episodes_per_week":0.9})", "young_frequent"));
  EXPECT_FALSE(Fires(R"({"age_years":12})", "young_frequent"));
}

TEST(TriageRules, NerveSignsNeedsInsomniaAndTremorTogether) {
  EXPECT_TRUE(Fires(R"({"insomnia":true,"tremor":true})", "nerve_signs"));
  EXPECT_FALSE(Fires(R"({"insomnia":true})", "nerve_signs"));
  EXPECT_FALSE(Fires(R"({"tremor":true})", "nerve_signs"));
  EXPECT_FALSE(Fires(R"({"insomnia":true,"tremor":false})", "nerve_signs"));
}

TEST(TriageRules, RestlessLegsFiresOnUrgeEasedByMoving) {
  EXPECT_TRUE(Fires(R"({"urge_to_move_eased_by_moving":true})", "restless_legs"));
  EXPECT_FALSE(Fires(R"({"urge_to_move_eased_by_moving":false})", "restless_legs"));
}

TEST(TriageRules, OccasionalFiresOnlyWhenNothingElseDid) {
  EXPECT_TRUE(Fires(R"({})", "occasional"));
  EXPECT_TRUE(
      Fires(R"({"age_years":40,"episodes_per_week":0.5,"sleep_disturbed":false})", "occasional"));
  EXPECT_FALSE(Fires(R"({"age_years":70})", "occasional"));
  EXPECT_FALSE(Fires(R"({"urge_to_move_eased_by_moving":true})", "occasional"));
}
