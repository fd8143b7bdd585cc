// crampcheck-cli triage and clinical 3.1: `advice` led by the fired rules' own actions,
// `not_ruled_out[].with`, no reassurance while a sign is open, the new child answer.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/run_cli.h"

using cli_test::RunCli;
using nlohmann::json;

namespace {

json Triage(const std::string& answers, const std::string& lang = "en") {
  const auto result = RunCli({"triage", "--region", "uk", "--lang", lang, "-"}, answers);
  EXPECT_EQ(result.exit_code, 0) << answers << " -> " << result.err;
  return json::parse(result.out, nullptr, false);
}

const json* Item(const json& out, const std::string& field) {
  for (const auto& sign : out["not_ruled_out"]) {
    if (sign["field"] == field) return &sign;
  }
  return nullptr;
}

}  // namespace

TEST(CliTriage31, AdviceStartsWithTheRulesOwnAction) {
  const json statin = Triage(R"({"on_statin":true,"dark_urine":true})");
  EXPECT_EQ(statin["advice"][0].get<std::string>().rfind("Stop taking the statin", 0), 0u)
      << statin["advice"].dump();
  const json quinine = Triage(R"({"on_quinine":true,"bruising_or_bleeding":true})");
  EXPECT_EQ(quinine["advice"][0].get<std::string>().rfind("Stop taking the quinine", 0), 0u)
      << quinine["advice"].dump();
  const json malaria = Triage(R"({"pregnant":true,"on_quinine":true})");
  EXPECT_NE(malaria["advice"][0].get<std::string>().find("malaria"), std::string::npos)
      << malaria["advice"].dump();
  const json zh = Triage(R"({"pregnant":true,"preeclampsia_signs":true})", "zh-Hans");
  EXPECT_EQ(zh["advice"][0].get<std::string>().rfind("请立即去医院产科急诊", 0), 0u)
      << zh["advice"].dump();
}

TEST(CliTriage31, EveryNotRuledOutItemHasWithAndCombinedOnesReadAsOneLine) {
  const json out = Triage(R"({})");
  for (const auto& sign : out["not_ruled_out"]) {
    ASSERT_TRUE(sign.contains("with")) << sign.dump();
    ASSERT_TRUE(sign["with"].is_array()) << sign.dump();
  }
  const json* cannot_stand = Item(out, "cannot_bear_weight");
  ASSERT_NE(cannot_stand, nullptr);
  EXPECT_EQ((*cannot_stand)["with"], json::array());
  EXPECT_EQ((*cannot_stand)["rules"], json::array({"child_limp_urgent"}));
  const json* clot = Item(out, "clot_risk");
  ASSERT_NE(clot, nullptr);
  EXPECT_FALSE((*clot)["with"].empty());
  const std::string message = (*clot)["message"];
  EXPECT_EQ(message.rfind("If you have a clot risk", 0), 0u) << message;
  EXPECT_NE(message.find(" and "), std::string::npos) << message;
}

TEST(CliTriage31, SelfCareWithOpenSignsNeverSaysUsuallyHarmless) {
  for (const char* lang : {"en", "zh-Hans"}) {
    const json out = Triage(R"({"age_years":40})", lang);
    ASSERT_EQ(out["level"], "self_care");
    ASSERT_FALSE(out["not_ruled_out"].empty());
    const std::string text = out["rules"].dump() + out["advice"].dump();
    EXPECT_EQ(text.find("usually harmless"), std::string::npos) << text;
    EXPECT_EQ(text.find("通常没有危害"), std::string::npos) << text;
  }
}

TEST(CliTriage31, AChildWhoCannotBearWeightOrLimpsPast48HoursIsUrgent) {
  EXPECT_EQ(Triage(R"({"age_years":6,"cannot_bear_weight":true})")["level"], "urgent");
  EXPECT_EQ(Triage(R"({"age_years":6,"limp_no_better_48h":true})")["level"], "urgent");
  EXPECT_EQ(Triage(R"({"limp_no_better_48h":false})")["level"], "self_care");
}
