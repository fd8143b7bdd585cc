// Table-driven triage cases: answers -> expected level, each justified from CLINICAL.md.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "triage_test_util.h"

namespace {

struct Case {
  const char* answers;
  const char* level;
  const char* why;  // the CLINICAL.md reasoning for the expected level
};

const Case kCases[] = {
    // --- Nothing worrying -> self_care ("occasional: none of the above").
    {R"({})", "self_care", "nothing answered: no rule matches, occasional"},
    {R"({"age_years":40,"sex":"female","episodes_per_week":0.25})", "self_care",
     "a cramp every few weeks is rare: occasional"},
    {R"({"age_years":30,"episodes_per_week":2.9,"typical_duration_s":120})", "self_care",
     "below 3 a week and short cramps: occasional"},
    {R"({"typical_duration_s":600})", "self_care", "exactly 10 minutes is not over 600 s"},
    {R"({"age_years":64})", "self_care", "64 is under the 65 of older_adult"},
    {R"({"age_years":18,"episodes_per_week":2})", "self_care",
     "18 is not under 18, and 2 a week is not frequent"},
    {R"({"age_years":16,"episodes_per_week":0.5})", "self_care",
     "young_frequent needs weekly or more"},
    {R"({"high_intensity_exercise":true,"episodes_per_week":0.9})", "self_care",
     "athlete needs cramps weekly or more"},
    {R"({"insomnia":true})", "self_care", "insomnia alone does not fire nerve_signs"},
    {R"({"tremor":true})", "self_care", "tremor alone does not fire nerve_signs"},
    {R"({"new_medicines":["other"]})", "self_care", "'other' is not a medicine the rule names"},
    {R"({"on_quinine":true,"quinine_weeks":4})", "self_care",
     "quinine_review needs more than 4 weeks"},
    {R"({"bruising_or_bleeding":true,"on_quinine":false})", "self_care",
     "quinine_bleeding needs quinine"},
    {R"({"breathless_or_chest_pain":null,"calf_swelling_one_side":null})", "self_care",
     "not sure never counts as yes"},
    {R"({"leg_pain_persistent":true})", "self_care",
     "persistent leg pain is a rule only in pregnancy (pregnancy_leg)"},

    // --- routine: book a normal appointment.
    {R"({"episodes_per_week":3})", "routine", "frequent: exactly 3 a week counts"},
    {R"({"episodes_per_week":3,"relief_taking_longer":false})", "routine",
     "frequent but not lengthening: frequent, not frequent_longer"},
    {R"({"sleep_disturbed":true})", "routine", "sleep_impact"},
    {R"({"typical_duration_s":601})", "routine", "long_episodes: over 600 s"},
    {R"({"new_medicines":["statin"]})", "routine", "medicine: a statin is listed"},
    {R"({"new_medicines":["iv_iron","other"]})", "routine", "medicine: IV iron is listed"},
    {R"({"conditions":["dialysis"]})", "routine", "conditions: dialysis is listed"},
    {R"({"on_quinine":true,"quinine_weeks":5})", "routine", "quinine_review: over 4 weeks"},
    {R"({"pregnant":true})", "routine", "pregnancy with no other flag"},
    {R"({"pregnant":true,"episodes_per_week":4,"sleep_disturbed":true})", "routine",
     "pregnancy with routine findings only: all routine"},
    {R"({"age_years":65})", "routine", "older_adult: 65 or over"},
    {R"({"high_intensity_exercise":true,"episodes_per_week":1})", "routine",
     "athlete: weekly counts"},
    {R"({"age_years":12,"episodes_per_week":1.5})", "routine", "young_frequent"},
    {R"({"insomnia":true,"tremor":true})", "routine", "nerve_signs needs both"},
    {R"({"urge_to_move_eased_by_moving":true})", "routine", "restless_legs"},
    {R"({"age_years":80,"conditions":["kidney","diabetes"],"new_medicines":["diuretic"]})",
     "routine", "several routine rules: still routine"},

    // --- soon: see a doctor within days to two weeks.
    {R"({"muscle_wasting_or_weakness":true})", "soon", "neuro_muscle"},
    {R"({"muscle_twitching":true,"age_years":70})", "soon", "neuro_muscle beats older_adult"},
    {R"({"numbness_or_tingling":true})", "soon", "numbness"},
    {R"({"pain_walking_relieved_by_rest":true,"conditions":["artery"]})", "soon",
     "claudication beats conditions"},
    {R"({"episodes_per_week":3,"relief_taking_longer":true})", "soon", "frequent_longer"},
    {R"({"pregnant":true,"numbness_or_tingling":true})", "soon",
     "a soon flag in pregnancy: numbness wins, pregnancy silenced"},

    // --- urgent: medical advice today.
    {R"({"calf_swelling_one_side":true})", "urgent", "dvt: one swollen calf"},
    {R"({"calf_red_warm_tender":true,"age_years":70})", "urgent", "dvt beats older_adult"},
    {R"({"pregnant":true,"leg_pain_persistent":true})", "urgent",
     "pregnancy_leg: pain that does not go"},
    {R"({"pregnant":true,"calf_swelling_one_side":true})", "urgent", "pregnancy_leg and dvt"},
    {R"({"cramp_ongoing_over_10_min":true})", "urgent", "cramp_persisting"},
    {R"({"wound_or_toxin_exposure":true,"sleep_disturbed":true})", "urgent",
     "tetanus_toxin beats sleep_impact"},
    {R"({"on_quinine":true,"bruising_or_bleeding":true,"quinine_weeks":2})", "urgent",
     "quinine_bleeding"},
    {R"({"numbness_or_tingling":true,"calf_swelling_one_side":true,"episodes_per_week":7})",
     "urgent", "dvt beats numbness and frequent"},

    // --- emergency: call the emergency number now.
    {R"({"breathless_or_chest_pain":true})", "emergency",
     "pe: the cramping leg counts as leg pain"},
    {R"({"foot_cold_pale_or_numb":true})", "emergency", "ischaemia"},
    {R"({"breathless_or_chest_pain":true,"calf_swelling_one_side":true})", "emergency",
     "pe beats dvt"},
    {R"({"foot_cold_pale_or_numb":true,"pregnant":true,"leg_pain_persistent":true})", "emergency",
     "ischaemia beats pregnancy_leg"},
    {R"({"breathless_or_chest_pain":true,"age_years":90,"episodes_per_week":10,
         "relief_taking_longer":true,"numbness_or_tingling":true})",
     "emergency", "everything at once: the most severe wins"},
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.level << "_" << triage_test::Slug(c.why);
}

class TriageTable : public ::testing::TestWithParam<Case> {};

TEST_P(TriageTable, LevelMatchesClinicalRules) {
  const Case& c = GetParam();
  EXPECT_EQ(triage_test::LevelOf(c.answers), c.level) << c.answers << "\nwhy: " << c.why;
}

INSTANTIATE_TEST_SUITE_P(Cases, TriageTable, ::testing::ValuesIn(kCases));

TEST(TriageTableSize, HasAtLeastFortyCases) {
  EXPECT_GE(sizeof(kCases) / sizeof(kCases[0]), 40u);
}

}  // namespace
