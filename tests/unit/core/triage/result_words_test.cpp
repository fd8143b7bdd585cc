// The result's words by level (CLINICAL.md 3.1, "How a result is shown"): "What to do" led by
// the fired rules' own actions; no reassurance while a warning sign is open; the lead-in
// sentences; combined open signs as one line in both languages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/i18n/language.h"
#include "core/triage/assess.h"
#include "core/triage/assessment_json.h"
#include "core/triage/dependencies.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/questions.h"
#include "core/triage/triage_text.h"
#include "triage_test_util.h"

using core::triage::Answer;
using core::triage::Answers;
using core::triage::Assess;
using core::triage::Level;
using core::triage::OpenSign;
using core::triage::TriageTextEn;
using core::triage::TriageTextZhHans;
using triage_test::AnswersFrom;
using triage_test::AssessJson;

namespace {

using Keys = std::vector<std::string_view>;

const core::triage::EmergencyRegion& Region(std::string_view code) {
  return *core::triage::FindEmergencyRegion(code);
}

bool Contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST(TriageResultWords, UrgentAdviceStartsWithTheFiredRulesOwnAction) {
  struct Case {
    const char* answers;
    Keys first;
  };
  const Case cases[] = {
      {R"({"on_statin":true,"unexplained_muscle_pain":true})", {"advice.rule.statin_muscle"}},
      {R"({"on_quinine":true,"bruising_or_bleeding":true})", {"advice.rule.quinine_bleeding"}},
      {R"({"on_quinine":true,"quinine_side_effects":true})", {"advice.rule.quinine_harm"}},
      {R"({"postpartum_6_weeks":true,"calf_red_warm_tender":true})", {"advice.rule.pregnancy_leg"}},
      {R"({"pregnant":true,"preeclampsia_signs":true})", {"advice.rule.preeclampsia"}},
      {R"({"pregnant":true,"on_quinine":true})", {"advice.rule.quinine_pregnancy"}},
      // Several: most severe first, i.e. table order.
      {R"({"pregnant":true,"on_quinine":true,"preeclampsia_signs":true,"on_statin":true,
          "dark_urine":true})",
       {"advice.rule.preeclampsia", "advice.rule.statin_muscle", "advice.rule.quinine_pregnancy"}},
  };
  for (const Case& c : cases) {
    const auto result = AssessJson(c.answers);
    ASSERT_EQ(result.level, Level::kUrgent) << c.answers;
    ASSERT_GT(result.advice_keys.size(), c.first.size()) << c.answers;
    EXPECT_EQ(Keys(result.advice_keys.begin(), result.advice_keys.begin() + c.first.size()),
              c.first)
        << c.answers;
    EXPECT_EQ(result.advice_keys[c.first.size()], "advice.level.urgent") << c.answers;
  }
  // In the CLI's words: the statin line first, naming the region's urgent line.
  const auto json = core::triage::AssessmentToJson(AssessJson(R"({"new_medicines":["statin"]})"),
                                                   TriageTextEn, Region("uk"));
  const std::string first = json["advice"][0].get<std::string>();
  EXPECT_EQ(first.rfind("Stop taking the statin", 0), 0u) << first;
  EXPECT_TRUE(Contains(first, "NHS 111")) << first;
  const auto zh =
      core::triage::AssessmentToJson(AssessJson(R"({"new_medicines":["statin"]})"),
                                     TriageTextZhHans, Region("cn"), core::i18n::Language::kZhHans);
  EXPECT_EQ(zh["advice"][0].get<std::string>().rfind("请停用他汀类降脂药", 0), 0u) << zh.dump();
}

TEST(TriageResultWords, AnEmergencyCallStaysFirstAboveARulesOwnAction) {
  const auto result =
      AssessJson(R"({"breathless_or_chest_pain":true,"on_statin":true,"dark_urine":true})");
  ASSERT_EQ(result.level, Level::kEmergency);
  EXPECT_EQ(Keys(result.advice_keys.begin(), result.advice_keys.begin() + 3),
            (Keys{"advice.level.emergency", "advice.no_driving", "advice.rule.statin_muscle"}));
}

TEST(TriageResultWords, SelfCareWithOpenSignsNeverSaysUsuallyHarmless) {
  for (const char* text :
       {R"({})", R"({"age_years":40,"sex":"male"})", R"({"breathless_or_chest_pain":null})"}) {
    const auto result = AssessJson(text);
    ASSERT_EQ(result.level, Level::kSelfCare) << text;
    ASSERT_FALSE(result.not_ruled_out.empty()) << text;
    EXPECT_EQ(result.advice_keys.front(), "advice.if_none_applies") << text;
    for (auto lookup : {TriageTextEn, TriageTextZhHans}) {
      const auto json = core::triage::AssessmentToJson(result, lookup, Region("uk"));
      const std::string all = json["rules"].dump() + json["advice"].dump();
      EXPECT_FALSE(Contains(all, "usually harmless")) << text << ": " << all;
      EXPECT_FALSE(Contains(all, "通常没有危害")) << text << ": " << all;
    }
    EXPECT_EQ(result.rules.front().message_key, "rule.occasional.open") << text;
  }
  // Only with every warning sign answered no does the reassurance come.
  const auto clear = Assess(triage_test::AllNoExcept(Answers{}));
  ASSERT_TRUE(clear.AllClear());
  EXPECT_EQ(clear.rules.front().message_key, "rule.occasional");
  EXPECT_EQ(clear.advice_keys.front(), "advice.level.self_care");
}

TEST(TriageResultWords, SoonOrRoutineWithOpenSignsHeadsTheSelfCareLines) {
  const auto result = AssessJson(R"({"age_years":80})");
  ASSERT_EQ(result.level, Level::kRoutine);
  ASSERT_GE(result.advice_keys.size(), 2u);
  EXPECT_EQ(result.advice_keys[0], "advice.level.routine");
  EXPECT_EQ(result.advice_keys[1], "advice.if_none_applies");
  EXPECT_FALSE(triage_test::HasKey(
      Assess(triage_test::AllNoExcept(AnswersFrom(R"({"age_years":80})"))).advice_keys,
      "advice.if_none_applies"));
}

TEST(TriageResultWords, TheLeadInsByLevelHaveTextInBothLanguages) {
  for (const char* key :
       {"result.not_ruled_out.one", "result.not_ruled_out.other", "result.open_signs_after_level",
        "advice.if_none_applies", "rule.occasional.open", "sign.if_conds", "sign.and"}) {
    EXPECT_FALSE(TriageTextEn(key).empty()) << key;
    EXPECT_FALSE(TriageTextZhHans(key).empty()) << key;
  }
  // The self-care lead-in says "no warning sign"; the one for a higher level never does.
  EXPECT_TRUE(Contains(std::string(TriageTextEn("result.not_ruled_out.other")), "no warning sign"));
  EXPECT_FALSE(Contains(std::string(TriageTextEn("result.open_signs_after_level")), "no warning"));
  EXPECT_TRUE(Contains(std::string(TriageTextEn("result.open_signs_after_level")),
                       "Some other questions that matter were skipped or not sure"));
}

TEST(TriageResultWords, ACombinedSignReadsAsOneLineFromTheConditionClauses) {
  const OpenSign sign{"clot_risk", Level::kUrgent, {"dvt"}, {"leg_pain_since_cramp"}};
  EXPECT_EQ(core::triage::OpenSignText(TriageTextEn, sign, Region("uk")),
            "If you have a clot risk (recent surgery, a long journey, the pill...) and pain in one "
            "calf or "
            "thigh has not eased since the cramp stopped, get medical advice now: contact NHS 111 "
            "(in England; 24 hours).");
  const std::string zh = core::triage::OpenSignText(TriageTextZhHans, sign, Region("cn"),
                                                    core::i18n::Language::kZhHans);
  EXPECT_TRUE(Contains(zh, "，并且")) << zh;
  EXPECT_EQ(zh.rfind("如果", 0), 0u) << zh;
}
