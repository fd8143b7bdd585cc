// crampcheck-cli triage rejects contradictory answers (CLINICAL.md 3.1; DESIGN.md): a
// follow-up answered yes while its gate is a plain no exits 1, naming both fields.
#include <gtest/gtest.h>

#include <string>

#include "cli/run_cli.h"

using cli_test::RunCli;

namespace {

struct ContradictionCase {
  const char* answers;
  const char* follow_up;
  const char* gate;
};

const ContradictionCase kCases[] = {
    {R"({"quinine_more_than_prescribed":true,"on_quinine":false})", "quinine_more_than_prescribed",
     "on_quinine"},
    {R"({"quinine_fainting_or_sight_loss":true,"on_quinine":false})",
     "quinine_fainting_or_sight_loss", "on_quinine"},
    {R"({"bruising_or_bleeding":true,"on_quinine":false})", "bruising_or_bleeding", "on_quinine"},
    {R"({"cramps_since_statin":true,"on_statin":false})", "cramps_since_statin", "on_statin"},
    {R"({"new_medicines":["statin"],"on_statin":false})", "new_medicines", "on_statin"},
    {R"({"leg_pain_one_side":true,"leg_pain_persistent":false})", "leg_pain_one_side",
     "leg_pain_persistent"},
    {R"({"age_years":18,"child_very_unwell":true})", "child_very_unwell", "age_years"},
    {R"({"age_years":40,"cannot_bear_weight":true})", "cannot_bear_weight", "age_years"},
    {R"({"age_years":30,"limp_no_better_48h":true})", "limp_no_better_48h", "age_years"},
    {R"({"pregnant":true,"sex":"male"})", "pregnant", "sex"},
    {R"({"postpartum_6_weeks":true,"sex":"male"})", "postpartum_6_weeks", "sex"},
    {R"({"pregnant":true,"age_years":56})", "pregnant", "age_years"},
    {R"({"sex":"male","preeclampsia_signs":true})", "preeclampsia_signs", "sex"},
    {R"({"preeclampsia_signs":true,"pregnant":false,"postpartum_6_weeks":false})",
     "preeclampsia_signs", "pregnant"},
};

TEST(CliContradictions, AFollowUpYesUnderAPlainNoExitsOneNamingBothFields) {
  for (const auto& c : kCases) {
    const auto result = RunCli({"triage", "--region", "uk", "-"}, c.answers);
    EXPECT_EQ(result.exit_code, 1) << c.answers << " -> " << result.out;
    EXPECT_TRUE(result.out.empty()) << c.answers << " -> " << result.out;
    EXPECT_NE(result.err.find(c.follow_up), std::string::npos) << c.answers << ": " << result.err;
    EXPECT_NE(result.err.find(c.gate), std::string::npos) << c.answers << ": " << result.err;
  }
}

TEST(CliContradictions, OpenGatesAndNoAnswersAreNoContradiction) {
  for (const char* answers :
       {R"({"quinine_more_than_prescribed":true})",
        R"({"quinine_more_than_prescribed":true,"on_quinine":null})",
        R"({"quinine_more_than_prescribed":false,"on_quinine":false})",
        R"({"cramps_since_statin":true,"on_statin":null,"new_medicines":["statin"]})",
        R"({"age_years":17,"cannot_bear_weight":true})", R"({"age_years":55,"pregnant":true})",
        R"({"sex":"female","pregnant":true})", R"({"pregnant":true,"sex":"other"})",
        R"({"preeclampsia_signs":true,"pregnant":false,"postpartum_6_weeks":true})",
        R"({"age_years":40,"child_very_unwell":null})"}) {
    const auto result = RunCli({"triage", "--region", "uk", "-"}, answers);
    EXPECT_EQ(result.exit_code, 0) << answers << " -> " << result.err;
  }
}

}  // namespace
