// crampcheck-cli triage: the DESIGN.md contract, checked on the real binary.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/questions.h"

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

// Runs triage on `answers` for `region` and returns the parsed output (exit 0 required).
json Triage(const std::string& answers, const std::string& region = "uk") {
  const auto result = RunCli({"triage", "--region", region, "-"}, answers);
  EXPECT_EQ(result.exit_code, 0) << answers << " -> " << result.err;
  json out = ParseOut(result);
  EXPECT_TRUE(out.is_object()) << result.out;
  return out;
}

bool Lists(const json& out, const std::string& field) {
  for (const auto& sign : out["not_ruled_out"]) {
    if (sign["field"] == field) return true;
  }
  return false;
}

// Every message and advice line of a triage result.
std::vector<std::string> AllTexts(const json& out) {
  std::vector<std::string> texts;
  for (const auto& rule : out["rules"]) texts.push_back(rule["message"].get<std::string>());
  for (const auto& line : out["advice"]) texts.push_back(line.get<std::string>());
  for (const auto& sign : out["not_ruled_out"]) texts.push_back(sign["message"].get<std::string>());
  for (const auto& sign : out["unsure_raisers"])
    texts.push_back(sign["message"].get<std::string>());
  return texts;
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The sentences of `text` (split at ". ") that contain `phrase`, lower-cased.
std::vector<std::string> SentencesWith(const std::string& text, const std::string& phrase) {
  std::vector<std::string> found;
  const std::string lower = Lower(text);
  std::size_t begin = 0;
  while (begin < lower.size()) {
    auto end = lower.find(". ", begin);
    if (end == std::string::npos) end = lower.size();
    const std::string sentence = lower.substr(begin, end - begin);
    if (sentence.find(phrase) != std::string::npos) found.push_back(sentence);
    begin = end + 2;
  }
  return found;
}

// Every yes/no question answered no, plus `extra` members (e.g. age and sex).
std::string AllYesNoFalse(const json& extra) {
  json doc = extra;
  for (const auto& question : core::triage::QuestionList()) {
    if (question.kind == core::triage::QuestionKind::kYesNo) doc[std::string(question.id)] = false;
  }
  return doc.dump();
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
  const auto result = RunCli({"triage", "--region", "uk", "-"},
                             R"({"calf_swelling_one_side":true,"age_years":70})");
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
  EXPECT_EQ(out["advice"][0],
            "Get medical advice now: contact NHS 111 (in England; 24 hours). Do not wait for the "
            "morning. If it gets worse, call 999.");
  EXPECT_EQ(out["frequency_source"], "answers");
  ASSERT_TRUE(out["not_ruled_out"].is_array());
  ASSERT_FALSE(out["not_ruled_out"].empty());
  for (const auto& sign : out["not_ruled_out"]) {
    ASSERT_TRUE(sign["field"].is_string()) << sign.dump();
    ASSERT_TRUE(sign["level"].is_string()) << sign.dump();
    ASSERT_TRUE(sign["rules"].is_array()) << sign.dump();
    ASSERT_FALSE(sign["rules"].empty()) << sign.dump();
    for (const auto& id : sign["rules"]) EXPECT_TRUE(id.is_string()) << sign.dump();
    ASSERT_TRUE(sign["message"].is_string()) << sign.dump();
    EXPECT_FALSE(sign["message"].get<std::string>().empty()) << sign.dump();
  }
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(CliTriage, NoArgumentReadsStdin) {
  const auto result = RunCli({"triage", "--region", "uk"}, R"({"breathless_or_chest_pain":true})");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = ParseOut(result);
  EXPECT_EQ(out["level"], "emergency");
  EXPECT_EQ(out["advice"][0], "Call 999 now.");
  EXPECT_EQ(out["advice"][1], "Do not drive yourself.");
}

TEST(CliTriage, ReadsAFile) {
  const std::string path = WriteTemp(R"({"episodes_per_week":3,"relief_taking_longer":null})");
  const auto result = RunCli({"triage", path, "--region", "uk"});
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

TEST(CliTriage, EmptyObjectIsSelfCareButNothingIsRuledOut) {
  const json out = Triage("{}", "uk");
  EXPECT_EQ(out["level"], "self_care");
  ASSERT_EQ(out["rules"].size(), 1u);
  EXPECT_EQ(out["rules"][0]["id"], "occasional");
  ASSERT_TRUE(out["not_ruled_out"].is_array());
  ASSERT_FALSE(out["not_ruled_out"].empty());
  const json& first = out["not_ruled_out"][0];
  EXPECT_EQ(first["field"], "breathless_or_chest_pain");
  EXPECT_EQ(first["level"], "emergency");
  EXPECT_EQ(first["rules"], json::array({"pe"}));
  EXPECT_NE(first["message"].get<std::string>().find("999"), std::string::npos) << first.dump();
  // Most severe first; only urgent and emergency warnings (DESIGN.md contract).
  bool seen_urgent = false;
  for (const auto& sign : out["not_ruled_out"]) {
    const std::string level = sign["level"];
    EXPECT_TRUE(level == "emergency" || level == "urgent") << sign.dump();
    if (level == "urgent") seen_urgent = true;
    if (seen_urgent) {
      EXPECT_NE(level, "emergency") << "emergency after urgent: " << sign.dump();
    }
    if (level == "emergency") {
      EXPECT_NE(sign["message"].get<std::string>().find("call 999"), std::string::npos)
          << sign.dump();
    }
  }
  EXPECT_TRUE(seen_urgent);
  for (const char* field : {"sudden_one_side_weakness_or_speech", "calf_swelling_one_side",
                            "child_very_unwell", "preeclampsia_signs",
                            "quinine_more_than_prescribed", "cramps_since_statin", "dark_urine"}) {
    EXPECT_TRUE(Lists(out, field)) << field;
  }
  for (const char* soon_only : {"numbness_or_tingling", "tremor", "sleep_disturbed"}) {
    EXPECT_FALSE(Lists(out, soon_only)) << soon_only;
  }
  // Clinical 3.1: soon on their own, urgent only together with another skipped answer.
  for (const auto& sign : out["not_ruled_out"]) {
    ASSERT_TRUE(sign["with"].is_array()) << sign.dump();
    if (sign["field"] == "leg_pain_persistent" || sign["field"] == "limp_or_one_leg_daytime_pain") {
      EXPECT_FALSE(sign["with"].empty()) << sign.dump();
    }
  }
  EXPECT_EQ(out["unsure_raisers"], json::array());
}

TEST(CliTriage, NotRuledOutNamesTheRegionsEmergencyNumber) {
  const json cn = Triage("{}", "cn");
  ASSERT_FALSE(cn["not_ruled_out"].empty());
  const std::string message = cn["not_ruled_out"][0]["message"];
  EXPECT_NE(message.find("call 120 now"), std::string::npos) << message;
  EXPECT_EQ(message.find("999"), std::string::npos) << message;
  for (const auto& region : core::triage::EmergencyRegions()) {
    const json out = Triage(R"({"breathless_or_chest_pain":true})", std::string(region.code));
    EXPECT_EQ(out["advice"][0], "Call " + std::string(region.number) + " now.") << region.code;
  }
}

TEST(CliTriage, RegionDefaultsFromTheLocale) {
  const auto run = [](const std::vector<std::string>& env, std::vector<std::string> args) {
    args.insert(args.begin(), "triage");
    const auto result = RunCli(args, R"({"breathless_or_chest_pain":true})", env);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return ParseOut(result)["advice"][0].get<std::string>();
  };
  EXPECT_EQ(run({"-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=zh_CN.UTF-8"}, {}), "Call 120 now.");
  EXPECT_EQ(run({"-u", "LC_ALL", "LC_MESSAGES=en_GB.UTF-8", "LANG=zh_CN.UTF-8"}, {}),
            "Call 999 now.");
  EXPECT_EQ(run({"LC_ALL=en_US.UTF-8", "LANG=zh_CN.UTF-8"}, {}), "Call 911 now.");
  EXPECT_EQ(run({"-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LANG"}, {}), "Call 112 now.");
  EXPECT_EQ(run({"LC_ALL=C", "LANG=en_AU.UTF-8"}, {}), "Call 112 now.");
  EXPECT_EQ(run({"LC_ALL=zh_CN.UTF-8"}, {"--region", "au"}), "Call 000 now.")
      << "--region wins over the locale";
}

TEST(CliTriage, AnsweringEveryWarningQuestionNoLeavesNothingOpen) {
  for (const json& person : {json{{"age_years", 40}, {"sex", "male"}},
                             json{{"age_years", 10}, {"sex", "female"}}, json::object()}) {
    const std::string answers = AllYesNoFalse(person);
    const json out = Triage(answers, "uk");
    EXPECT_EQ(out["level"], "self_care") << answers;
    EXPECT_EQ(out["not_ruled_out"], json::array()) << answers;
    EXPECT_EQ(out["unsure_raisers"], json::array()) << answers;
  }
}

TEST(CliTriage, DependentQuestionsAreListedWhileTheirGateIsOpen) {
  EXPECT_TRUE(Lists(Triage("{}"), "preeclampsia_signs"));
  EXPECT_TRUE(Lists(Triage(R"({"pregnant":null})"), "preeclampsia_signs"));
  EXPECT_TRUE(Lists(Triage(R"({"pregnant":false})"), "preeclampsia_signs"));
  EXPECT_FALSE(Lists(Triage(R"({"sex":"male"})"), "preeclampsia_signs"));
  EXPECT_FALSE(
      Lists(Triage(R"({"pregnant":false,"postpartum_6_weeks":false})"), "preeclampsia_signs"));
  EXPECT_TRUE(Lists(Triage("{}"), "quinine_more_than_prescribed"));
  EXPECT_TRUE(Lists(Triage(R"({"on_quinine":null})"), "quinine_more_than_prescribed"));
  EXPECT_FALSE(Lists(Triage(R"({"on_quinine":false})"), "quinine_more_than_prescribed"));
  EXPECT_TRUE(Lists(Triage("{}"), "child_very_unwell"));
  EXPECT_TRUE(Lists(Triage(R"({"age_years":17})"), "child_very_unwell"));
  EXPECT_FALSE(Lists(Triage(R"({"age_years":40})"), "child_very_unwell"));
  EXPECT_TRUE(Lists(Triage("{}"), "cramps_since_statin"));
  EXPECT_FALSE(Lists(Triage(R"({"on_statin":false})"), "cramps_since_statin"));
  EXPECT_TRUE(Lists(Triage("{}"), "leg_pain_one_side"));
  EXPECT_FALSE(Lists(Triage(R"({"leg_pain_persistent":false})"), "leg_pain_one_side"));
  // Answered, whatever the answer, is not "not ruled out".
  EXPECT_FALSE(Lists(Triage(R"({"breathless_or_chest_pain":false})"), "breathless_or_chest_pain"));
  EXPECT_TRUE(Lists(Triage(R"({"breathless_or_chest_pain":null})"), "breathless_or_chest_pain"));
}

TEST(CliTriage, ChildAndPregnancySignsWithTheGateOpenFire) {
  EXPECT_EQ(Triage(R"({"child_very_unwell":true})")["level"], "emergency");
  EXPECT_EQ(Triage(R"({"age_years":17,"child_very_unwell":true})")["level"], "emergency");
  EXPECT_EQ(Triage(R"({"preeclampsia_signs":true})")["level"], "urgent");
  // A yes under a closed gate (18, male) is a contradiction since clinical 3.1:
  // cli_contradictions_test.cpp.
}

TEST(CliTriage, StatinResultSaysStopTheStatinAndNeverDoNotStopUnnamed) {
  for (const char* answers :
       {R"({"new_medicines":["statin"]})", R"({"on_statin":true,"unexplained_muscle_pain":true})",
        R"({"new_medicines":["statin","diuretic","other"]})"}) {
    const json out = Triage(answers, "uk");
    EXPECT_EQ(out["level"], "urgent") << answers;
    ASSERT_FALSE(out["rules"].empty());
    EXPECT_EQ(out["rules"][0]["id"], "statin_muscle") << answers;
    const std::string statin = Lower(out["rules"][0]["message"].get<std::string>());
    EXPECT_NE(statin.find("stop taking the statin"), std::string::npos) << statin;
    for (const std::string& text : AllTexts(out)) {
      for (const std::string& sentence : SentencesWith(text, "do not stop")) {
        const bool named = sentence.find("quinine") != std::string::npos ||
                           sentence.find("diuretic") != std::string::npos ||
                           sentence.find("medicine") != std::string::npos;
        EXPECT_TRUE(named) << answers << ": " << sentence;
        EXPECT_EQ(sentence.find("statin"), std::string::npos) << answers << ": " << sentence;
      }
    }
  }
}

TEST(CliTriage, MedicineMessageNamesTheDiureticNotTheStatin) {
  const json out = Triage(R"({"new_medicines":["statin","diuretic"]})", "uk");
  ASSERT_EQ(out["rules"].size(), 2u) << out.dump();
  EXPECT_EQ(out["rules"][0]["id"], "statin_muscle");
  EXPECT_EQ(out["rules"][1]["id"], "medicine");
  EXPECT_EQ(out["rules"][1]["level"], "routine");
  const std::string message = out["rules"][1]["message"];
  EXPECT_NE(message.find("diuretic"), std::string::npos) << message;
  EXPECT_EQ(message.find("statin"), std::string::npos) << message;
  const auto do_not_stop = SentencesWith(message, "do not stop");
  ASSERT_EQ(do_not_stop.size(), 1u) << message;
  EXPECT_NE(do_not_stop[0].find("diuretic"), std::string::npos) << do_not_stop[0];
}

TEST(CliTriage, NewEnumValuesAreAccepted) {
  const json ccb = Triage(R"({"new_medicines":["calcium_channel_blocker"]})");
  EXPECT_EQ(ccb["level"], "routine");
  ASSERT_EQ(ccb["rules"].size(), 1u);
  EXPECT_EQ(ccb["rules"][0]["id"], "medicine");
  EXPECT_NE(ccb["rules"][0]["message"].get<std::string>().find("calcium-channel blocker"),
            std::string::npos);
  const json conditions = Triage(R"({"conditions":["heart_failure","parkinsons"]})");
  EXPECT_EQ(conditions["level"], "routine");
  EXPECT_EQ(conditions["rules"][0]["id"], "conditions");
}

TEST(CliTriage, BadValuesOfTheNewFieldsNameTheField) {
  ExpectInvalid(R"({"clot_risk":"yes"})", "clot_risk");
  ExpectInvalid(R"({"new_medicines":["calcium_channel_blocker","bogus"]})", "new_medicines");
  ExpectInvalid(R"({"conditions":["parkinsons", 3]})", "conditions");
  ExpectInvalid(R"({"quinine_weeks":-1})", "quinine_weeks");
  ExpectInvalid(R"({"postpartum_6_weeks":1})", "postpartum_6_weeks");
  ExpectInvalid(R"({"preeclampsia_signs":"no"})", "preeclampsia_signs");
  ExpectInvalid(R"({"child_very_unwell":[true]})", "child_very_unwell");
  ExpectInvalid(R"({"cramps_since_statin":0})", "cramps_since_statin");
  ExpectInvalid(R"({"conditions":["heart"]})", "conditions");
}

TEST(CliTriage, BadRegionIsAUsageError) {
  const auto unknown = RunCli({"triage", "--region", "mars", "-"}, "{}");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("mars"), std::string::npos) << unknown.err;
  EXPECT_TRUE(unknown.out.empty()) << unknown.out;
  const auto upper = RunCli({"triage", "--region", "UK", "-"}, "{}");
  EXPECT_EQ(upper.exit_code, 2);
  const auto missing = RunCli({"triage", "--region"}, "{}");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("--region"), std::string::npos) << missing.err;
  EXPECT_TRUE(missing.out.empty()) << missing.out;
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

// --lang (DESIGN.md): messages and advice in that language; ids, levels and keys never.
TEST(CliTriage, LangZhHansTranslatesTheWordsButNoIdLevelOrKey) {
  const std::string answers = R"({"calf_swelling_one_side":true,"breathless_or_chest_pain":null})";
  const auto en = RunCli({"triage", "-", "--region", "cn"}, answers);
  const auto zh = RunCli({"triage", "-", "--lang", "zh-Hans", "--region", "cn"}, answers);
  ASSERT_EQ(zh.exit_code, 0) << zh.err;
  const json e = json::parse(en.out), z = json::parse(zh.out);
  EXPECT_EQ(z["level"], "urgent");
  ASSERT_EQ(z["rules"].size(), e["rules"].size());
  EXPECT_EQ(z["rules"][0]["id"], "dvt");
  EXPECT_EQ(z["rules"][0]["level"], "urgent");
  EXPECT_EQ(z["rules"][0]["source"], e["rules"][0]["source"]) << "source names stay as written";
  const std::string message = z["rules"][0]["message"];
  EXPECT_NE(message.find("深静脉血栓"), std::string::npos) << message;
  EXPECT_NE(z["advice"][0].get<std::string>(), e["advice"][0].get<std::string>());
  ASSERT_FALSE(z["not_ruled_out"].empty());
  EXPECT_EQ(z["not_ruled_out"][0]["field"], "breathless_or_chest_pain");
  const std::string sign = z["not_ruled_out"][0]["message"];
  EXPECT_NE(sign.find("120"), std::string::npos) << sign;
  EXPECT_NE(sign.find("如果"), std::string::npos) << sign;
  for (const auto& [key, value] : e.items()) EXPECT_TRUE(z.contains(key)) << key;
}

TEST(CliTriage, AnUnknownLangIsAUsageError) {
  for (const char* lang : {"zh", "fr", "ZH-HANS", ""}) {
    const auto result = RunCli({"triage", "-", "--lang", lang}, "{}");
    EXPECT_EQ(result.exit_code, 2) << lang;
    EXPECT_NE(result.err.find("--lang"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty());
  }
  EXPECT_EQ(RunCli({"triage", "-", "--lang"}, "{}").exit_code, 2);
}
