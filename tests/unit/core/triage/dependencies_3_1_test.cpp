// Questions that cannot apply are not asked (CLINICAL.md 3.1): pregnancy and "gave birth in
// the last 6 weeks" from age 56 on (still asked when the age is not given, never inferred
// from sex alone), and "Do cramps mean I am growing?" only under 25.
#include <gtest/gtest.h>

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
