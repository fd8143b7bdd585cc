// Questions that cannot apply are not asked (CLINICAL.md 3.1): pregnancy and "gave birth in
// the last 6 weeks" from age 56 on (still asked when the age is not given, never inferred
// from sex alone), and "Do cramps mean I am growing?" only under 25.
#include <gtest/gtest.h>

#include "core/triage/answers_json.h"
#include "core/triage/assess.h"
#include "core/triage/dependencies.h"
#include "core/triage/questions.h"
#include "triage_test_util.h"

using core::triage::Applies;
using core::triage::PageApplies;
using triage_test::AnswersFrom;

TEST(TriageDependencies31, FromAge56PregnancyIsNotAsked) {
  const auto& page = *core::triage::FindPage("pregnancy");
  for (const char* text : {R"({"age_years":56})", R"({"age_years":80,"sex":"female"})"}) {
    const auto answers = AnswersFrom(text);
    EXPECT_FALSE(Applies(answers, "pregnant")) << text;
    EXPECT_FALSE(Applies(answers, "postpartum_6_weeks")) << text;
    EXPECT_FALSE(Applies(answers, "preeclampsia_signs")) << text;
    EXPECT_FALSE(PageApplies(page, answers)) << text << ": the pregnancy page is hidden";
    EXPECT_TRUE(triage_test::FindSign(triage_test::AssessJson(text).not_ruled_out,
                                      "preeclampsia_signs") == nullptr)
        << text;
  }
  for (const char* text : {R"({})", R"({"age_years":null})", R"({"age_years":55})",
                           R"({"sex":"other","age_years":30})", R"({"sex":"female"})"}) {
    const auto answers = AnswersFrom(text);
    EXPECT_TRUE(Applies(answers, "pregnant")) << text;
    EXPECT_TRUE(Applies(answers, "postpartum_6_weeks")) << text;
    EXPECT_TRUE(PageApplies(page, answers)) << text;
  }
}

TEST(TriageDependencies31, TheGrowingMythIsShownOnlyUnder25) {
  EXPECT_TRUE(core::triage::ShowsGrowingMyth(AnswersFrom(R"({"age_years":9})")));
  EXPECT_TRUE(core::triage::ShowsGrowingMyth(AnswersFrom(R"({"age_years":24})")));
  EXPECT_FALSE(core::triage::ShowsGrowingMyth(AnswersFrom(R"({"age_years":25})")));
  EXPECT_FALSE(core::triage::ShowsGrowingMyth(AnswersFrom(R"({"age_years":null})")));
  EXPECT_FALSE(core::triage::ShowsGrowingMyth(AnswersFrom(R"({})")));
}

TEST(TriageDependencies31, TheChildrensPageAsksAboutALimpNoBetterAfter48Hours) {
  const auto& page = *core::triage::FindPage("children");
  EXPECT_NE(std::find(page.fields.begin(), page.fields.end(), "limp_no_better_48h"),
            page.fields.end());
  EXPECT_TRUE(Applies(AnswersFrom(R"({"age_years":17})"), "limp_no_better_48h"));
  EXPECT_FALSE(Applies(AnswersFrom(R"({"age_years":18})"), "limp_no_better_48h"));
  EXPECT_FALSE(core::triage::FindQuestion("limp_no_better_48h")->stable);
}

// The app assesses and saves only answers whose question still applies: a yes given before
// an earlier answer was changed (the age to 60, quinine to no) is dropped, never fired.
TEST(TriageDependencies31, AnswersWhoseQuestionClosedAreDropped) {
  const auto answers = core::triage::ApplicableOnly(AnswersFrom(
      R"({"pregnant":true,"postpartum_6_weeks":false,"preeclampsia_signs":true,"age_years":60,
          "on_quinine":false,"quinine_more_than_prescribed":true,"leg_pain_persistent":false,
          "leg_pain_one_side":true,"fever":true,"calf_swelling_one_side":true})"));
  for (const char* field : {"pregnant", "postpartum_6_weeks", "preeclampsia_signs",
                            "quinine_more_than_prescribed", "leg_pain_one_side", "fever"}) {
    EXPECT_EQ(core::triage::StateOf(answers, field), core::triage::AnswerState::kNotAnswered)
        << field;
  }
  EXPECT_TRUE(answers.calf_swelling_one_side.IsAnswered()) << "an answer that applies stays";
  EXPECT_EQ(answers.age_years.value, 60);
  EXPECT_FALSE(core::triage::Assess(answers).Fired("pregnancy"));
  EXPECT_FALSE(core::triage::Assess(answers).Fired("quinine_overdose"));
  // Nothing closed: nothing changes.
  const auto open = AnswersFrom(R"({"pregnant":true,"age_years":30,"on_quinine":null,
                                    "quinine_more_than_prescribed":true})");
  EXPECT_EQ(core::triage::AnswersToJsonText(core::triage::ApplicableOnly(open)),
            core::triage::AnswersToJsonText(open));
}
