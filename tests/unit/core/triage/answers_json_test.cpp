// Strict answers parsing: every rejection names its field; nothing throws or guesses.
#include "core/triage/answers_json.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "triage_test_util.h"

using core::triage::Answers;
using core::triage::AnswerState;
using core::triage::AnswersToJsonText;
using core::triage::Condition;
using core::triage::Medicine;
using core::triage::ParseAnswersJson;
using core::triage::Sex;

namespace {

struct Rejection {
  const char* json;
  const char* field;     // FieldError::field
  const char* contains;  // a piece the message must contain
};

const Rejection kRejections[] = {
    {R"({"shoe_size":42})", "shoe_size", "unknown field \"shoe_size\""},
    {R"({"Pregnant":true})", "Pregnant", "unknown field"},
    {R"({"pregnant":"yes"})", "pregnant", "expected true, false or null"},
    {R"({"pregnant":1})", "pregnant", "expected true, false or null"},
    {R"({"tremor":[true]})", "tremor", "got a list"},
    {R"({"age_years":"40"})", "age_years", "expected a whole number"},
    {R"({"age_years":40.5})", "age_years", "expected a whole number"},
    {R"({"age_years":-1})", "age_years", "must be from 0 to 120"},
    {R"({"age_years":121})", "age_years", "must be from 0 to 120"},
    {R"({"age_years":99999999999999999999999})", "age_years", "must be from 0 to 120"},
    {R"({"age_years":18446744073709551615})", "age_years", "must be from 0 to 120"},
    {R"({"age_years":-9223372036854775808})", "age_years", "must be from 0 to 120"},
    {R"({"age_years":true})", "age_years", "expected a whole number"},
    {R"({"episodes_per_week":-0.5})", "episodes_per_week", "must be from 0 to 100"},
    {R"({"episodes_per_week":100.01})", "episodes_per_week", "must be from 0 to 100"},
    {R"({"episodes_per_week":1e308})", "episodes_per_week", "must be from 0 to 100"},
    {R"({"episodes_per_week":"NaN"})", "episodes_per_week", "expected a number"},
    {R"({"typical_duration_s":0})", "typical_duration_s", "must be from 1 to 86400"},
    {R"({"typical_duration_s":86401})", "typical_duration_s", "must be from 1 to 86400"},
    {R"({"quinine_weeks":521})", "quinine_weeks", "must be from 0 to 520"},
    {R"({"quinine_weeks":{}})", "quinine_weeks", "got an object"},
    {R"({"sex":"f"})", "sex", "must be one of female, male, other"},
    {R"({"sex":"Female"})", "sex", "must be one of"},
    {R"({"sex":0})", "sex", "must be one of"},
    {R"({"new_medicines":"statin"})", "new_medicines", "expected a list"},
    {R"({"new_medicines":["aspirin"]})", "new_medicines",
     "item 1 must be one of diuretic, inhaled_beta_agonist, calcium_channel_blocker, statin, "
     "raloxifene, oestrogen, teriparatide, naproxen, iv_iron, other"},
    {R"({"new_medicines":["statin",7]})", "new_medicines", "item 2"},
    {R"({"new_medicines":["statin","statin"]})", "new_medicines", "\"statin\" is listed twice"},
    {R"({"conditions":["heart"]})", "conditions",
     "must be one of kidney, dialysis, liver, diabetes, thyroid, artery, heart_failure, "
     "parkinsons, spinal_stenosis, nerve"},
    {R"({"conditions":[["kidney"]]})", "conditions", "item 1"},
    {R"({"conditions":["liver","liver"]})", "conditions", "listed twice"},
    {R"({"conditions":["parkinsons",3]})", "conditions", "item 2 must be one of"},
    {R"({"conditions":["heart_failure","parkinsons","heart_failure"]})", "conditions",
     "\"heart_failure\" is listed twice"},
    {R"({"new_medicines":["calcium_channel_blocker","bogus"]})", "new_medicines",
     "item 2 must be one of"},
    {R"({"new_medicines":["calcium channel blocker"]})", "new_medicines", "item 1"},
    {R"({"clot_risk":"yes"})", "clot_risk", "expected true, false or null"},
    {R"({"postpartum_6_weeks":1})", "postpartum_6_weeks", "expected true, false or null"},
    {R"({"preeclampsia_signs":"no"})", "preeclampsia_signs", "expected true, false or null"},
    {R"({"child_very_unwell":[]})", "child_very_unwell", "got a list"},
    {R"({"cramps_since_statin":0})", "cramps_since_statin", "expected true, false or null"},
    {R"({"quinine_more_than_prescribed":{}})", "quinine_more_than_prescribed", "got an object"},
    {R"({"quinine_weeks":-1})", "quinine_weeks", "must be from 0 to 520"},
    {R"({"quinine_weeks":2.5})", "quinine_weeks", "expected a whole number"},
    {R"({"quinine_weeks":"4"})", "quinine_weeks", "expected a whole number"},
    {R"({"typical_duration_s":600.5})", "typical_duration_s", "expected a whole number"},
    {R"({"pregnant":true,"pregnant":false})", "pregnant", "given more than once"},
    {R"([])", "answers", "expected a JSON object, got a list"},
    {R"("hello")", "answers", "expected a JSON object"},
    {R"(null)", "answers", "expected a JSON object"},
    {R"(42)", "answers", "expected a JSON object"},
    {"", "answers", "empty input"},
    {" \n\t ", "answers", "empty input"},
    {R"({"pregnant":true)", "answers", "not valid JSON"},
    {R"({"pregnant":True})", "answers", "not valid JSON"},
    {R"({"episodes_per_week":NaN})", "answers", "not valid JSON"},
    {R"({"episodes_per_week":1e999})", "answers", "not valid JSON"},
    {"{\"sex\":\"\xff\xfe\"}", "answers", "not valid JSON"},
    {R"({} {})", "answers", "not valid JSON"},
};

void PrintTo(const Rejection& r, std::ostream* os) {
  *os << r.field << "_" << triage_test::Slug(r.contains);
}

class AnswersRejection : public ::testing::TestWithParam<Rejection> {};

TEST_P(AnswersRejection, ErrorNamesTheField) {
  const Rejection& r = GetParam();
  const auto result = ParseAnswersJson(r.json);
  ASSERT_FALSE(result.Ok()) << r.json;
  EXPECT_EQ(result.error->field, r.field) << r.json;
  EXPECT_NE(result.error->message.find(r.contains), std::string::npos)
      << r.json << " -> " << result.error->message;
  // The message starts with the field (or quotes it, for unknown ones).
  EXPECT_NE(result.error->message.find(r.field), std::string::npos) << result.error->message;
}

INSTANTIATE_TEST_SUITE_P(Cases, AnswersRejection, ::testing::ValuesIn(kRejections));

}  // namespace

TEST(AnswersJson, MissingIsNotAnsweredAndNullIsNotSure) {
  const auto result = ParseAnswersJson(R"({"tremor":null,"age_years":null,"conditions":null})");
  ASSERT_TRUE(result.Ok());
  EXPECT_EQ(result.answers.tremor.state, AnswerState::kNotSure);
  EXPECT_EQ(result.answers.age_years.state, AnswerState::kNotSure);
  EXPECT_EQ(result.answers.conditions.state, AnswerState::kNotSure);
  EXPECT_EQ(result.answers.insomnia.state, AnswerState::kNotAnswered);
  EXPECT_FALSE(core::triage::IsYes(result.answers.tremor));
  EXPECT_FALSE(result.answers.age_years.Get().has_value());
}

TEST(AnswersJson, ReadsEveryKindOfValue) {
  const auto result = ParseAnswersJson(
      R"({"age_years":40.0,"sex":"other","pregnant":false,"episodes_per_week":3.5,
          "typical_duration_s":90,"on_quinine":true,"quinine_weeks":0,
          "new_medicines":["naproxen","other"],"conditions":[]})");
  ASSERT_TRUE(result.Ok()) << result.error->message;
  const Answers& a = result.answers;
  EXPECT_EQ(a.age_years.Get(), 40);
  EXPECT_EQ(a.sex.Get(), Sex::kOther);
  EXPECT_EQ(a.pregnant.Get(), false);
  EXPECT_EQ(a.episodes_per_week.Get(), 3.5);
  EXPECT_EQ(a.typical_duration_s.Get(), 90);
  EXPECT_TRUE(core::triage::IsYes(a.on_quinine));
  EXPECT_EQ(a.quinine_weeks.Get(), 0);
  EXPECT_EQ(a.new_medicines.value, (std::vector<Medicine>{Medicine::kNaproxen, Medicine::kOther}));
  EXPECT_TRUE(a.conditions.IsAnswered());
  EXPECT_TRUE(a.conditions.value.empty());
}

TEST(AnswersJson, ReadsTheVersionThreeFields) {
  const auto result = ParseAnswersJson(
      R"({"postpartum_6_weeks":true,"clot_risk":false,"leg_pain_one_side":null,
          "leg_pain_since_cramp":true,"sudden_one_side_weakness_or_speech":false,
          "jaw_stiffness_or_spreading_spasms":false,"saddle_numbness_or_bladder_change":false,
          "severe_pain_after_injury":false,"weakness_getting_worse_fast":false,
          "swallowing_or_speech_getting_harder":false,"unexplained_muscle_pain":false,
          "dark_urine":false,"rest_pain_eased_hanging_leg":false,
          "foot_sore_or_colour_change":false,"swelling_both_legs":false,
          "hot_swollen_joint":false,"preeclampsia_signs":false,
          "limp_or_one_leg_daytime_pain":false,"fever":false,"cannot_bear_weight":false,
          "child_very_unwell":false,"quinine_side_effects":false,
          "quinine_fainting_or_sight_loss":false,"quinine_more_than_prescribed":false,
          "on_statin":true,"cramps_since_statin":null,
          "new_medicines":["calcium_channel_blocker","statin"],
          "conditions":["heart_failure","parkinsons"]})");
  ASSERT_TRUE(result.Ok()) << result.error->message;
  const Answers& a = result.answers;
  EXPECT_TRUE(core::triage::IsYes(a.postpartum_6_weeks));
  EXPECT_EQ(a.clot_risk.Get(), false);
  EXPECT_TRUE(a.leg_pain_one_side.IsNotSure());
  EXPECT_TRUE(core::triage::IsYes(a.leg_pain_since_cramp));
  EXPECT_TRUE(core::triage::IsYes(a.on_statin));
  EXPECT_TRUE(a.cramps_since_statin.IsNotSure());
  EXPECT_EQ(a.child_very_unwell.Get(), false);
  EXPECT_EQ(a.new_medicines.value,
            (std::vector<Medicine>{Medicine::kCalciumChannelBlocker, Medicine::kStatin}));
  EXPECT_EQ(a.conditions.value,
            (std::vector<Condition>{Condition::kHeartFailure, Condition::kParkinsons}));
}

TEST(AnswersJson, EveryEnumValueParsesAndRoundTrips) {
  std::string medicines;
  for (std::string_view name : core::triage::EnumNames<Medicine>::kValues) {
    medicines += (medicines.empty() ? "\"" : ",\"") + std::string(name) + "\"";
  }
  std::string conditions;
  for (std::string_view name : core::triage::EnumNames<Condition>::kValues) {
    conditions += (conditions.empty() ? "\"" : ",\"") + std::string(name) + "\"";
  }
  const std::string text =
      R"({"new_medicines":[)" + medicines + R"(],"conditions":[)" + conditions + "]}";
  const auto result = ParseAnswersJson(text);
  ASSERT_TRUE(result.Ok()) << result.error->message;
  EXPECT_EQ(result.answers.new_medicines.value.size(), 10u);
  EXPECT_EQ(result.answers.conditions.value.size(), 10u);
  EXPECT_EQ(core::triage::AnswersToJson(result.answers), nlohmann::json::parse(text));
}

TEST(AnswersJson, AcceptsRangeEdges) {
  EXPECT_TRUE(ParseAnswersJson(R"({"age_years":0,"episodes_per_week":0,"typical_duration_s":1,
                                   "quinine_weeks":0})")
                  .Ok());
  EXPECT_TRUE(ParseAnswersJson(R"({"age_years":120,"episodes_per_week":100,
                                   "typical_duration_s":86400,"quinine_weeks":520})")
                  .Ok());
}

TEST(AnswersJson, RoundTripsThroughJsonText) {
  const auto first = ParseAnswersJson(
      R"({"age_years":71,"sex":"male","tremor":null,"episodes_per_week":0.75,
          "calf_swelling_one_side":false,"new_medicines":["statin","diuretic"],
          "conditions":null,"insomnia":true})");
  ASSERT_TRUE(first.Ok());
  const std::string text = AnswersToJsonText(first.answers);
  const auto second = ParseAnswersJson(text);
  ASSERT_TRUE(second.Ok()) << text;
  EXPECT_EQ(AnswersToJsonText(second.answers), text);
  EXPECT_EQ(second.answers.tremor.state, AnswerState::kNotSure);
  EXPECT_EQ(second.answers.pregnant.state, AnswerState::kNotAnswered);
  EXPECT_EQ(second.answers.new_medicines.value,
            (std::vector<Medicine>{Medicine::kStatin, Medicine::kDiuretic}));
  EXPECT_EQ(text.find("pregnant"), std::string::npos) << "not answered fields are left out";
  EXPECT_NE(text.find("\"conditions\":null"), std::string::npos);
}

TEST(AnswersJson, EmptyAnswersSerializeToEmptyObject) {
  EXPECT_EQ(AnswersToJsonText(Answers{}), "{}");
}

TEST(AnswersJson, SetAnswerFromJsonValidatesOneFieldAndKeepsOldValueOnError) {
  Answers answers;
  EXPECT_FALSE(core::triage::SetAnswerFromJson(answers, "age_years", 50).has_value());
  EXPECT_EQ(answers.age_years.Get(), 50);
  const auto error = core::triage::SetAnswerFromJson(answers, "age_years", 500);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->field, "age_years");
  EXPECT_EQ(answers.age_years.Get(), 50);
  EXPECT_FALSE(core::triage::SetAnswerFromJson(answers, "age_years", nullptr).has_value());
  EXPECT_TRUE(answers.age_years.IsNotSure());
  const auto unknown = core::triage::SetAnswerFromJson(answers, "height", 180);
  ASSERT_TRUE(unknown.has_value());
  EXPECT_EQ(unknown->field, "height");
  EXPECT_FALSE(
      core::triage::SetAnswerFromJson(answers, "conditions", nlohmann::json::array({"thyroid"}))
          .has_value());
  EXPECT_EQ(answers.conditions.value, std::vector<Condition>{Condition::kThyroid});
}

TEST(AnswersJson, SurvivesHostileInput) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(ParseAnswersJson(deep).error->field, "answers");
  const std::string deep_field =
      "{\"tremor\":" + std::string(50000, '[') + std::string(50000, ']') + "}";
  EXPECT_EQ(ParseAnswersJson(deep_field).error->field, "tremor");
  const std::string too_big(core::triage::kMaxAnswersJsonBytes + 1, ' ');
  EXPECT_NE(ParseAnswersJson(too_big).error->message.find("too large"), std::string::npos);
  EXPECT_FALSE(ParseAnswersJson(std::string("{\"a\0b\":1}", 9)).Ok());
  const std::string long_key = "{\"" + std::string(5000, 'k') + "\":1}";
  const auto long_result = ParseAnswersJson(long_key);
  ASSERT_FALSE(long_result.Ok());
  EXPECT_LT(long_result.error->message.size(), 200u) << "long names are clipped in messages";
}

TEST(AnswersJson, FieldLookupsCoverEveryField) {
  EXPECT_EQ(core::triage::kAnswerFieldCount, 54);  // limp_no_better_48h (3.1)
  EXPECT_EQ(core::triage::AnswerFieldNames().size(),
            static_cast<std::size_t>(core::triage::kAnswerFieldCount));
  // Every field but the numbers, sex and the two lists is a yes/no answer.
  std::size_t yes_no = 0;
  for (std::string_view field : core::triage::AnswerFieldNames()) {
    if (core::triage::FindYesNoAnswer(Answers{}, field) != nullptr) ++yes_no;
    EXPECT_TRUE(core::triage::IsAnswerField(field)) << field;
  }
  EXPECT_EQ(yes_no, 54u - 7u);
  for (const char* field : {"postpartum_6_weeks", "clot_risk", "leg_pain_one_side",
                            "preeclampsia_signs", "child_very_unwell", "cramps_since_statin",
                            "quinine_more_than_prescribed", "hot_swollen_joint"}) {
    EXPECT_TRUE(core::triage::IsAnswerField(field)) << field;
  }
  Answers answers;
  EXPECT_NE(core::triage::FindYesNoAnswer(answers, "tremor"), nullptr);
  EXPECT_EQ(core::triage::FindYesNoAnswer(answers, "age_years"), nullptr);
  EXPECT_EQ(core::triage::FindYesNoAnswer(answers, "nope"), nullptr);
  EXPECT_TRUE(core::triage::SetNotSure(answers, "sex"));
  EXPECT_EQ(core::triage::StateOf(answers, "sex"), AnswerState::kNotSure);
  EXPECT_TRUE(core::triage::ClearAnswer(answers, "sex"));
  EXPECT_EQ(core::triage::StateOf(answers, "sex"), AnswerState::kNotAnswered);
  EXPECT_FALSE(core::triage::SetNotSure(answers, "nope"));
}
