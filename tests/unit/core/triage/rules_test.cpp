// The rule table of CLINICAL.md (version 3): every rule in its order and level, and the
// per-rule conditions the table test (assess_table_test.cpp) does not spell out.
#include "core/triage/rules.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "triage_test_util.h"

using core::triage::FindRule;
using core::triage::Level;
using core::triage::RuleTable;
using triage_test::ExpectFiresExactly;
using triage_test::Fires;

TEST(TriageRules, TableHasExactlyTheClinicalRulesInOrder) {
  // CLINICAL.md "Triage rules", version 3, top to bottom.
  const std::vector<std::pair<std::string, Level>> expected = {
      {"pe", Level::kEmergency},
      {"ischaemia", Level::kEmergency},
      {"stroke", Level::kEmergency},
      {"tetanus_signs", Level::kEmergency},
      {"cauda_equina", Level::kEmergency},
      {"compartment", Level::kEmergency},
      {"weakness_fast_severe", Level::kEmergency},
      {"child_unwell", Level::kEmergency},
      {"quinine_overdose", Level::kEmergency},
      {"quinine_severe", Level::kEmergency},
      {"dvt", Level::kUrgent},
      {"pregnancy_leg", Level::kUrgent},
      {"preeclampsia", Level::kUrgent},
      {"cramp_persisting", Level::kUrgent},
      {"tetanus_toxin", Level::kUrgent},
      {"limb_threat", Level::kUrgent},
      {"statin_muscle", Level::kUrgent},
      {"muscle_breakdown", Level::kUrgent},
      {"weakness_fast", Level::kUrgent},
      {"quinine_bleeding", Level::kUrgent},
      {"quinine_harm", Level::kUrgent},
      {"quinine_pregnancy", Level::kUrgent},
      {"hot_joint", Level::kUrgent},
      {"child_limp_urgent", Level::kUrgent},
      {"bulbar", Level::kSoon},
      {"child_limp", Level::kSoon},
      {"long_episodes", Level::kSoon},
      {"neuro_muscle", Level::kSoon},
      {"numbness", Level::kSoon},
      {"swelling_both", Level::kSoon},
      {"pain_persisting", Level::kSoon},
      {"claudication", Level::kSoon},
      {"frequent_longer", Level::kSoon},
      {"frequent", Level::kRoutine},
      {"sleep_impact", Level::kRoutine},
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
    const auto& rule = RuleTable()[i];
    EXPECT_EQ(rule.id, expected[i].first) << i;
    EXPECT_EQ(rule.level, expected[i].second) << expected[i].first;
    EXPECT_EQ(rule.message_key, "rule." + expected[i].first);
    EXPECT_FALSE(rule.source.empty()) << expected[i].first;
    EXPECT_NE(rule.condition, nullptr) << expected[i].first;
    EXPECT_EQ(FindRule(expected[i].first), &rule);
    // Only occasional waits for the others.
    EXPECT_EQ(rule.gate == core::triage::RuleGate::kNothingElseFired,
              expected[i].first == "occasional")
        << expected[i].first;
    // The table is most severe first.
    if (i > 0) {
      EXPECT_FALSE(core::triage::IsMoreSevere(rule.level, RuleTable()[i - 1].level));
    }
  }
  EXPECT_EQ(FindRule("nope"), nullptr);
}

TEST(TriageRules, SourcesNameTheClinicalSources) {
  const std::vector<std::pair<std::string, std::string>> cited = {
      {"pe", "NHS \"Deep vein thrombosis\""},
      {"dvt", "NHS \"Deep vein thrombosis\""},
      {"stroke", "NHS \"Stroke\""},
      {"tetanus_signs", "NHS \"Tetanus\""},
      {"cauda_equina", "NHS \"Cauda equina syndrome\""},
      {"cauda_equina", "NICE NG127"},
      {"compartment", "NHS \"Compartment syndrome\""},
      {"child_unwell", "NHS Healthier Together"},
      {"quinine_overdose", "MHRA"},
      {"quinine_overdose", "BNF \"Quinine\""},
      {"preeclampsia", "NHS \"Pre-eclampsia\""},
      {"statin_muscle", "NHS statin medicine pages"},
      {"quinine_pregnancy", "UKTIS \"Quinine in pregnancy\""},
      {"hot_joint", "NHS \"Septic arthritis\""},
      {"bulbar", "NICE NG42"},
      {"child_limp", "NHS \"Growing pains\""},
      {"long_episodes", "NHS \"Leg cramps\""},
      {"limb_threat", "NICE CG147"},
      {"medicine", "Garrison"},
      {"restless_legs", "Allen & Kirby"},
  };
  for (const auto& [id, source] : cited) {
    ASSERT_NE(FindRule(id), nullptr) << id;
    EXPECT_NE(FindRule(id)->source.find(source), std::string::npos)
        << id << " source: " << FindRule(id)->source;
  }
}

TEST(TriageRules, LegWarningsAreTheRulesAboutTheLegItself) {
  // After these, no stretch or massage advice (CLINICAL.md "How a result is shown").
  std::set<std::string> leg;
  for (const auto& rule : RuleTable()) {
    if (rule.leg_warning) leg.insert(std::string(rule.id));
  }
  for (const char* id : {"ischaemia", "compartment", "dvt", "pregnancy_leg", "limb_threat"}) {
    EXPECT_TRUE(leg.count(id)) << id;
  }
  for (const char* id : {"stroke", "tetanus_signs", "statin_muscle", "frequent", "occasional"}) {
    EXPECT_FALSE(leg.count(id)) << id;
  }
}

TEST(TriageRules, WeaknessFastSevereNeedsBothHalves) {
  EXPECT_FALSE(Fires(R"({"weakness_getting_worse_fast":true})", "weakness_fast_severe"));
  EXPECT_FALSE(
      Fires(R"({"swallowing_or_speech_getting_harder":true,"breathless_or_chest_pain":true})",
            "weakness_fast_severe"));
  EXPECT_FALSE(
      Fires(R"({"weakness_getting_worse_fast":null,"swallowing_or_speech_getting_harder":true})",
            "weakness_fast_severe"));
  EXPECT_TRUE(
      Fires(R"({"weakness_getting_worse_fast":true,"swallowing_or_speech_getting_harder":true})",
            "weakness_fast_severe"));
}

TEST(TriageRules, DvtFiresOnAnyOneSignOrOnPainSinceTheCrampWithAClotRisk) {
  for (const char* answers : {
           R"({"calf_swelling_one_side":true})",
           R"({"calf_red_warm_tender":true})",
           R"({"leg_pain_persistent":true,"leg_pain_one_side":true})",
           R"({"clot_risk":true,"leg_pain_since_cramp":true})",
           R"({"pregnant":true,"leg_pain_since_cramp":true})",
           R"({"postpartum_6_weeks":true,"leg_pain_since_cramp":true})",
       }) {
    EXPECT_TRUE(Fires(answers, "dvt")) << answers;
  }
  for (
      const char* answers : {
          R"({"calf_swelling_one_side":false,"calf_red_warm_tender":false})",
          R"({"leg_pain_persistent":false,"leg_pain_one_side":true})",
          R"({"leg_pain_since_cramp":true,"clot_risk":null})",
          R"({"leg_pain_since_cramp":true,"pregnant":false,"postpartum_6_weeks":false,"clot_risk":false})",
          R"({"clot_risk":true,"leg_pain_since_cramp":false})",
          R"({"swelling_both_legs":true})",
      }) {
    EXPECT_FALSE(Fires(answers, "dvt")) << answers;
  }
}

TEST(TriageRules, PregnancyLegNeedsPregnancyOrRecentBirthAndALegSign) {
  EXPECT_TRUE(Fires(R"({"pregnant":true,"calf_red_warm_tender":true})", "pregnancy_leg"));
  EXPECT_TRUE(Fires(R"({"pregnant":true,"leg_pain_persistent":true})", "pregnancy_leg"));
  EXPECT_TRUE(
      Fires(R"({"postpartum_6_weeks":true,"calf_swelling_one_side":true})", "pregnancy_leg"));
  EXPECT_TRUE(Fires(R"({"postpartum_6_weeks":true,"leg_pain_since_cramp":true})", "pregnancy_leg"));
  EXPECT_FALSE(Fires(R"({"pregnant":true})", "pregnancy_leg"));
  EXPECT_FALSE(Fires(R"({"pregnant":null,"calf_swelling_one_side":true})", "pregnancy_leg"));
  EXPECT_FALSE(Fires(R"({"pregnant":false,"postpartum_6_weeks":false,"leg_pain_persistent":true})",
                     "pregnancy_leg"));
}

TEST(TriageRules, PainPersistingIsBothLegsOrSideUnknownAndDvtInOneLeg) {
  ExpectFiresExactly(R"({"leg_pain_persistent":true,"leg_pain_one_side":false})",
                     {"pain_persisting"}, "soon");
  ExpectFiresExactly(R"({"leg_pain_persistent":true,"leg_pain_one_side":true})", {"dvt"}, "urgent");
  ExpectFiresExactly(R"({"leg_pain_persistent":false,"leg_pain_one_side":false})", {"occasional"},
                     "self_care");
}

TEST(TriageRules, StatinMuscleFiresOnAnyStatinSign) {
  for (const char* answers : {
           R"({"new_medicines":["statin"]})",
           R"({"new_medicines":["other","statin"]})",
           R"({"cramps_since_statin":true})",
           R"({"on_statin":true,"cramps_since_statin":true})",
           R"({"on_statin":true,"unexplained_muscle_pain":true})",
           R"({"on_statin":true,"dark_urine":true})",
           R"({"new_medicines":["statin"],"dark_urine":true})",
       }) {
    EXPECT_TRUE(Fires(answers, "statin_muscle")) << answers;
  }
  for (const char* answers : {
           R"({"on_statin":true})",
           R"({"on_statin":false,"cramps_since_statin":true})",
           R"({"on_statin":null,"unexplained_muscle_pain":true})",
           R"({"unexplained_muscle_pain":true})",
           R"({"new_medicines":["other"],"cramps_since_statin":false})",
       }) {
    EXPECT_FALSE(Fires(answers, "statin_muscle")) << answers;
  }
}

TEST(TriageRules, MedicineFiresForEveryListedMedicineButNotStatinsOrOther) {
  for (const char* medicine : {"diuretic", "inhaled_beta_agonist", "calcium_channel_blocker",
                               "raloxifene", "oestrogen", "teriparatide", "naproxen", "iv_iron"}) {
    const std::string answers = std::string(R"({"new_medicines":[")") + medicine + "\"]}";
    ExpectFiresExactly(answers, {"medicine"}, "routine");
  }
  // statins moved to statin_muscle (CLINICAL.md v3).
  EXPECT_FALSE(Fires(R"({"new_medicines":["statin"]})", "medicine"));
  EXPECT_FALSE(Fires(R"({"new_medicines":["statin","other"]})", "medicine"));
  EXPECT_TRUE(Fires(R"({"new_medicines":["statin","naproxen"]})", "medicine"));
  EXPECT_FALSE(Fires(R"({"new_medicines":["other"]})", "medicine"));
  EXPECT_FALSE(Fires(R"({"new_medicines":[]})", "medicine"));
  EXPECT_FALSE(Fires(R"({"new_medicines":null})", "medicine"));
}

TEST(TriageRules, MedicineNamesOnlyTheMedicinesItReviews) {
  const auto result = triage_test::AssessJson(
      R"({"new_medicines":["statin","other","diuretic","calcium_channel_blocker"]})");
  EXPECT_EQ(result.review_medicines,
            (std::vector<core::triage::Medicine>{core::triage::Medicine::kDiuretic,
                                                 core::triage::Medicine::kCalciumChannelBlocker}));
  EXPECT_TRUE(triage_test::AssessJson(R"({"new_medicines":["statin"]})").review_medicines.empty());
}

TEST(TriageRules, ConditionsFiresForEveryListedCondition) {
  for (std::string_view condition : core::triage::EnumNames<core::triage::Condition>::kValues) {
    const std::string answers = R"({"conditions":[")" + std::string(condition) + "\"]}";
    ExpectFiresExactly(answers, {"conditions"}, "routine");
  }
  EXPECT_FALSE(Fires(R"({"conditions":[]})", "conditions"));
  EXPECT_FALSE(Fires(R"({"conditions":null})", "conditions"));
}

TEST(TriageRules, QuinineReviewAfterMoreThanFourWeeksUnlessNoQuinine) {
  EXPECT_TRUE(Fires(R"({"on_quinine":true,"quinine_weeks":520})", "quinine_review"));
  EXPECT_TRUE(Fires(R"({"on_quinine":null,"quinine_weeks":5})", "quinine_review"));
  EXPECT_FALSE(Fires(R"({"on_quinine":true,"quinine_weeks":0})", "quinine_review"));
  EXPECT_FALSE(Fires(R"({"on_quinine":true,"quinine_weeks":null})", "quinine_review"));
  EXPECT_FALSE(Fires(R"({"on_quinine":false,"quinine_weeks":10})", "quinine_review"));
}

TEST(TriageRules, PregnancyFiresWheneverPregnant) {
  // v3: no longer silenced by more severe rules.
  for (const char* answers : {
           R"({"pregnant":true})",
           R"({"pregnant":true,"episodes_per_week":4,"sleep_disturbed":true})",
           R"({"pregnant":true,"numbness_or_tingling":true})",
           R"({"pregnant":true,"calf_swelling_one_side":true})",
           R"({"pregnant":true,"breathless_or_chest_pain":true})",
       }) {
    EXPECT_TRUE(Fires(answers, "pregnancy")) << answers;
  }
  EXPECT_FALSE(Fires(R"({"pregnant":false})", "pregnancy"));
  EXPECT_FALSE(Fires(R"({"pregnant":null})", "pregnancy"));
  EXPECT_FALSE(Fires(R"({"postpartum_6_weeks":true})", "pregnancy"));
}

TEST(TriageRules, FrequencyThresholds) {
  EXPECT_TRUE(Fires(R"({"episodes_per_week":3.0})", "frequent"));
  EXPECT_TRUE(Fires(R"({"episodes_per_week":100})", "frequent"));
  EXPECT_FALSE(Fires(R"({"episodes_per_week":2.99})", "frequent"));
  EXPECT_FALSE(Fires(R"({"episodes_per_week":null})", "frequent"));
  EXPECT_FALSE(Fires(R"({"episodes_per_week":7})", "frequent_longer"));
  EXPECT_FALSE(Fires(R"({"episodes_per_week":7,"relief_taking_longer":null})", "frequent_longer"));
  EXPECT_TRUE(Fires(R"({"high_intensity_exercise":true,"episodes_per_week":1})", "athlete"));
  EXPECT_FALSE(Fires(R"({"high_intensity_exercise":false,"episodes_per_week":5})", "athlete"));
  EXPECT_FALSE(Fires(R"({"high_intensity_exercise":true})", "athlete"));
  EXPECT_TRUE(Fires(R"({"age_years":0,"episodes_per_week":1})", "young_frequent"));
  EXPECT_FALSE(Fires(R"({"age_years":17,"episodes_per_week":0.99})", "young_frequent"));
  EXPECT_FALSE(Fires(R"({"age_years":null,"episodes_per_week":3})", "young_frequent"));
}

TEST(TriageRules, LongEpisodesAndAgeThresholds) {
  EXPECT_TRUE(Fires(R"({"typical_duration_s":86400})", "long_episodes"));
  EXPECT_FALSE(Fires(R"({"typical_duration_s":30})", "long_episodes"));
  EXPECT_FALSE(Fires(R"({"typical_duration_s":null})", "long_episodes"));
  EXPECT_TRUE(Fires(R"({"age_years":120})", "older_adult"));
  EXPECT_FALSE(Fires(R"({"age_years":null})", "older_adult"));
}

TEST(TriageRules, ChildRulesUseTheChildGate) {
  EXPECT_TRUE(Fires(R"({"age_years":0,"child_very_unwell":true})", "child_unwell"));
  EXPECT_FALSE(Fires(R"({"age_years":40,"child_very_unwell":true})", "child_unwell"));
  EXPECT_FALSE(Fires(R"({"age_years":17,"child_very_unwell":false})", "child_unwell"));
  EXPECT_TRUE(Fires(R"({"age_years":null,"limp_or_one_leg_daytime_pain":true,"fever":true})",
                    "child_limp_urgent"));
  EXPECT_FALSE(
      Fires(R"({"limp_or_one_leg_daytime_pain":true,"fever":null,"cannot_bear_weight":false})",
            "child_limp_urgent"));
  EXPECT_FALSE(Fires(R"({"limp_or_one_leg_daytime_pain":null,"fever":true})", "child_limp_urgent"));
}

TEST(TriageRules, NerveSignsIsTremorAloneAndInsomniaFiresNothing) {
  EXPECT_TRUE(Fires(R"({"tremor":true,"insomnia":false})", "nerve_signs"));
  EXPECT_FALSE(Fires(R"({"tremor":null,"insomnia":true})", "nerve_signs"));
  ExpectFiresExactly(R"({"insomnia":true})", {"occasional"}, "self_care");
}

TEST(TriageRules, OccasionalFiresOnlyWhenNothingElseDid) {
  EXPECT_TRUE(Fires(R"({})", "occasional"));
  EXPECT_TRUE(
      Fires(R"({"age_years":40,"episodes_per_week":0.5,"sleep_disturbed":false})", "occasional"));
  EXPECT_FALSE(Fires(R"({"age_years":70})", "occasional"));
  EXPECT_FALSE(Fires(R"({"pregnant":true})", "occasional"));
  EXPECT_FALSE(Fires(R"({"urge_to_move_eased_by_moving":true})", "occasional"));
}
