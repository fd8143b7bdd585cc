// crampcheck-cli triage: the DESIGN.md contract, checked on the real binary.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/run_cli.h"

using cli_test::RunCli;
using nlohmann::json;

namespace {

// The output must be one JSON object; returns it (discarded on parse failure).
json ParseOut(const cli_test::CliResult& result) {
  return json::parse(result.out, nullptr, false);
}

std::string WriteTemp(const std::string& text) {
  const std::string dir = cli_test::MakeTempDir();
  const std::string path = dir + "/answers.json";
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

void ExpectInvalid(const std::string& stdin_text, const std::string& field) {
  const auto result = RunCli({"triage", "-"}, stdin_text);
  EXPECT_EQ(result.exit_code, 1) << stdin_text;
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_EQ(result.err.rfind("triage: ", 0), 0u) << result.err;
  EXPECT_NE(result.err.find(field), std::string::npos) << stdin_text << " -> " << result.err;
}

}  // namespace

TEST(CliTriage, PrintsTheContractShapeFromStdin) {
  const auto result = RunCli({"triage", "-"}, R"({"calf_swelling_one_side":true,"age_years":70})");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = ParseOut(result);
  ASSERT_TRUE(out.is_object()) << result.out;
  EXPECT_EQ(out["level"], "urgent");
  ASSERT_TRUE(out["rules"].is_array());
  ASSERT_EQ(out["rules"].size(), 2u);
  for (const auto& rule : out["rules"]) {
    for (const char* key : {"id", "level", "message", "source"}) {
      ASSERT_TRUE(rule.contains(key)) << key;
      EXPECT_TRUE(rule[key].is_string()) << key;
      EXPECT_FALSE(rule[key].get<std::string>().empty()) << key;
    }
  }
  EXPECT_EQ(out["rules"][0]["id"], "dvt");
  EXPECT_EQ(out["rules"][0]["source"], "NHS \"Deep vein thrombosis\"");
  EXPECT_EQ(out["rules"][1]["id"], "older_adult");
  EXPECT_EQ(out["rules"][1]["level"], "routine");
  ASSERT_TRUE(out["advice"].is_array());
  ASSERT_FALSE(out["advice"].empty());
  EXPECT_EQ(out["advice"][0], "Get medical advice today.");
  EXPECT_EQ(out["frequency_source"], "answers");
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(CliTriage, NoArgumentReadsStdin) {
  const auto result = RunCli({"triage"}, R"({"breathless_or_chest_pain":true})");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = ParseOut(result);
  EXPECT_EQ(out["level"], "emergency");
  EXPECT_EQ(out["advice"][0], "Call the emergency number now.");
}

TEST(CliTriage, ReadsAFile) {
  const std::string path = WriteTemp(R"({"episodes_per_week":3,"relief_taking_longer":null})");
  const auto result = RunCli({"triage", path});
  std::remove(path.c_str());
  rmdir(path.substr(0, path.rfind('/')).c_str());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = ParseOut(result);
  EXPECT_EQ(out["level"], "routine");
  EXPECT_EQ(out["rules"][0]["id"], "frequent");
  ASSERT_EQ(out["unsure_raisers"].size(), 1u);
  EXPECT_EQ(out["unsure_raisers"][0]["field"], "relief_taking_longer");
  EXPECT_EQ(out["unsure_raisers"][0]["level"], "soon");
  EXPECT_EQ(out["unsure_raisers"][0]["rules"], json::array({"frequent_longer"}));
  EXPECT_FALSE(out["unsure_raisers"][0]["message"].get<std::string>().empty());
}

TEST(CliTriage, EmptyObjectIsSelfCare) {
  const auto result = RunCli({"triage", "-"}, "{}");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = ParseOut(result);
  EXPECT_EQ(out["level"], "self_care");
  EXPECT_EQ(out["rules"][0]["id"], "occasional");
}

TEST(CliTriage, BadJsonIsInvalidInput) {
  ExpectInvalid(R"({"pregnant":true)", "not valid JSON");
  ExpectInvalid(R"({"pregnant":tru})", "not valid JSON");
  ExpectInvalid("\xff\xfe{}", "not valid JSON");
}

TEST(CliTriage, EmptyInputIsInvalidInput) {
  ExpectInvalid("", "empty input");
  ExpectInvalid("\n", "empty input");
}

TEST(CliTriage, InvalidAnswersNameTheField) {
  ExpectInvalid(R"({"age_years":200})", "age_years");
  ExpectInvalid(R"({"sex":"x"})", "sex");
  ExpectInvalid(R"({"tremor":"yes"})", "tremor");
  ExpectInvalid(R"({"favourite_colour":"blue"})", "favourite_colour");
  ExpectInvalid(R"({"new_medicines":["statin","statin"]})", "new_medicines");
  ExpectInvalid(R"([{"tremor":true}])", "JSON object");
}

TEST(CliTriage, HostileInputNeverCrashes) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  for (const std::string& input :
       {deep, std::string("{\"age_years\":1e999999}"), std::string("{\"a\":\"\0\"}", 9),
        std::string(2 * 1024 * 1024, '{'), std::string("nan"), std::string("{\"tremor\":NaN}"),
        std::string("{\"episodes_per_week\":-1e-400}")}) {
    const auto result = RunCli({"triage", "-"}, input);
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1)
        << "exit " << result.exit_code << " for input starting " << input.substr(0, 30);
    // Our own message, not a sanitizer report (which also exits 1).
    if (result.exit_code == 1) {
      EXPECT_EQ(result.err.rfind("triage: ", 0), 0u) << result.err;
    }
  }
}

TEST(CliTriage, MissingFileIsInvalidInput) {
  const auto result = RunCli({"triage", "/nonexistent/answers.json"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/nonexistent/answers.json"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(CliTriage, DirectoryIsInvalidInputNotACrash) {
  const std::string dir = cli_test::MakeTempDir();
  const auto result = RunCli({"triage", dir});
  rmdir(dir.c_str());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("directory"), std::string::npos) << result.err;
}

TEST(CliTriage, TooManyArgumentsIsAUsageError) {
  const auto result = RunCli({"triage", "a.json", "b.json"}, "{}");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("usage"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(CliTriage, UnknownOptionIsAUsageError) {
  const auto result = RunCli({"triage", "--verbose"}, "{}");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--verbose"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}
