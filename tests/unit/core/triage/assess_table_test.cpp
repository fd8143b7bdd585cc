// Table-driven triage cases (triage_cases.h): answers -> exactly the rules that fire, and
// the level, each justified from CLINICAL.md's rule table version 3.
#include <gtest/gtest.h>

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "core/triage/rules.h"
#include "triage_cases.h"
#include "triage_test_util.h"

using triage_test::TableCase;
using triage_test::TableCases;

namespace triage_test {
void PrintTo(const TableCase& c, std::ostream* os) {
  *os << c.answers << " (" << c.why << ")";
}
}  // namespace triage_test

namespace {

class TriageTable : public ::testing::TestWithParam<TableCase> {};

TEST_P(TriageTable, FiresExactlyTheExpectedRulesAtTheExpectedLevel) {
  const TableCase& c = GetParam();
  triage_test::ExpectFiresExactly(c.answers, c.fired, c.level, c.why);
}

std::string CaseName(const ::testing::TestParamInfo<TableCase>& case_info) {
  return std::to_string(case_info.index) + "_" + triage_test::Slug(case_info.param.why);
}

INSTANTIATE_TEST_SUITE_P(Cases, TriageTable, ::testing::ValuesIn(TableCases()), CaseName);

// Rules that can never fire alone, because their condition implies another rule's.
const std::set<std::string> kNeverAlone = {
    "weakness_fast_severe",  // implies weakness_fast
    "pregnancy_leg",         // implies dvt or pain_persisting
    "quinine_pregnancy",     // implies pregnancy
    "child_limp_urgent",     // implies child_limp
    "frequent_longer",       // implies frequent
};

TEST(TriageTableCoverage, EveryRuleOfTheTableHasACaseThatFiresItAloneWherePossible) {
  std::set<std::string> alone;
  std::set<std::string> anywhere;
  for (const TableCase& c : TableCases()) {
    if (c.fired.size() == 1) alone.insert(c.fired.front());
    anywhere.insert(c.fired.begin(), c.fired.end());
  }
  for (const auto& rule : core::triage::RuleTable()) {
    const std::string id(rule.id);
    EXPECT_TRUE(anywhere.count(id)) << id << " has no table case";
    if (!kNeverAlone.count(id)) {
      EXPECT_TRUE(alone.count(id)) << id << " is never fired alone";
    }
  }
  for (const std::string& id : kNeverAlone) {
    EXPECT_NE(core::triage::FindRule(id), nullptr) << id;
  }
}

TEST(TriageTableCoverage, EveryLevelHasCases) {
  std::set<std::string> levels;
  for (const TableCase& c : TableCases()) levels.insert(c.level);
  EXPECT_EQ(levels, (std::set<std::string>{"emergency", "urgent", "soon", "routine", "self_care"}));
  EXPECT_GE(TableCases().size(), 100u);
}

// Helper sanity: the exact-set check must fail on an extra or a missing rule.
TEST(TriageTableCoverage, ExactSetCheckCatchesExtraAndMissingRules) {
  const auto fired = triage_test::FiredIds(triage_test::AssessJson(R"({"pregnant":true})"));
  EXPECT_EQ(fired, std::vector<std::string>{"pregnancy"});
  EXPECT_FALSE(triage_test::SameRuleSet(fired, {"pregnancy", "occasional"}));
  EXPECT_FALSE(triage_test::SameRuleSet(fired, {}));
  EXPECT_TRUE(triage_test::SameRuleSet(fired, {"pregnancy"}));
}

}  // namespace
