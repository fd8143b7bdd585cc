// crampcheck-cli stats | import | export | report, run as the real binary.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/run_cli.h"

using cli_test::ReadWholeFile;
using cli_test::RunCli;

namespace {

std::string EpisodeJson(int n, const std::string& started_at, int duration_s,
                        const std::string& notes = "") {
  char id[40];
  std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", n);
  nlohmann::json e = {
      {"id", id},
      {"started_at", started_at},
      {"duration_s", duration_s},
      {"muscle", n % 2 ? "calf_back" : "foot"},
      {"side", "left"},
      {"pain", 6},
      {"woke_from_sleep", true},
      {"triggers", n % 3 ? nlohmann::json::array({"cold"}) : nlohmann::json::array()},
      {"relief", "stretch"},
      {"relief_helped", true},
      {"notes", notes},
      {"created_at", "2026-11-01T00:00:00Z"},
      {"updated_at", "2026-11-01T00:00:00Z"}};
  return e.dump();
}

// Episodes on the mornings after 2026-11-02, -04, ... (14 of them, getting longer).
std::string SampleDiary() {
  std::string episodes;
  for (int i = 0; i < 14; ++i) {
    char started[40];
    std::snprintf(started, sizeof started, "2026-11-%02dT03:00:00+08:00", 3 + 2 * i);
    episodes += (i ? "," : "") +
                EpisodeJson(i + 1, started, 60 + 15 * i, i == 0 ? "<script>x</script>" : "");
  }
  return R"({"format":"crampcheck-diary","version":1,"exported_at":"2026-11-30T00:00:00Z","episodes":[)" +
         episodes + "]}";
}

struct TempDir {
  std::string path = cli_test::MakeTempDir();
  ~TempDir() { std::system(("rm -rf " + cli_test::ShellQuote(path)).c_str()); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path + "/" + name, std::ios::binary) << text;
    return path + "/" + name;
  }
};

}  // namespace

TEST(CliStats, KnownAnswers) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  const auto result = RunCli({"stats", diary, "--as-of", "2026-11-29"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto j = nlohmann::json::parse(result.out);
  EXPECT_EQ(j["as_of"], "2026-11-29");
  EXPECT_EQ(j["total_episodes"], 14);
  EXPECT_EQ(j["first_night"], "2026-11-02");
  ASSERT_EQ(j["last_4_weeks"].size(), 4u);
  EXPECT_EQ(j["last_4_weeks"][0]["episodes"], 4);  // nights 2, 4, 6, 8
  EXPECT_EQ(j["last_4_weeks"][3]["episodes"], 3);  // 23, 25, 27
  EXPECT_EQ(j["episodes_per_week"], 3.5);
  EXPECT_EQ(j["frequency_band"], "frequent");
  EXPECT_EQ(j["by_muscle"]["calf_back"], 7);
  EXPECT_EQ(j["by_muscle"]["foot"], 7);
  EXPECT_EQ(j["by_side"]["left"], 14);
  EXPECT_EQ(j["by_trigger"]["cold"], 10);
  EXPECT_EQ(j["duration_trend"]["getting_longer"], true);
  EXPECT_EQ(j["duration_trend"]["slope_s_per_week"], 52.5);
  EXPECT_EQ(j["duration_trend"]["verdict"], "longer");
  // The weeks Trends and the report draw: 7 nights ending on as_of, from the first night.
  ASSERT_EQ(j["weeks"].size(), 4u);
  EXPECT_EQ(j["weeks"][0]["first_night"], "2026-11-02");
  EXPECT_EQ(j["weeks"][3]["last_night"], "2026-11-29");
  EXPECT_EQ(j["weeks"][3]["episodes"], j["last_4_weeks"][3]["episodes"]);
  EXPECT_EQ(j["streaks"]["current_cramp_free_nights"], 1);  // the 29th
  EXPECT_EQ(j["streaks"]["longest_cramp_free_nights"], 1);  // every other night
  EXPECT_EQ(j["heatmap"].size(), 84u);
  EXPECT_EQ(j["diary_facts"]["has_enough_data"], true);
  EXPECT_EQ(j["diary_facts"]["relief_taking_longer"], true);
}

TEST(CliStats, UsageAndInvalidInput) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  EXPECT_EQ(RunCli({"stats"}).exit_code, 2);
  EXPECT_EQ(RunCli({"stats", diary, "--as-of"}).exit_code, 2);
  EXPECT_EQ(RunCli({"stats", diary, "--as-of", "2026-02-30"}).exit_code, 2);
  EXPECT_EQ(RunCli({"stats", diary, "--as-of", "9999-01-01"}).exit_code, 2);
  EXPECT_EQ(RunCli({"stats", diary, "--bogus"}).exit_code, 2);
  EXPECT_EQ(RunCli({"stats", dir.path + "/missing.json"}).exit_code, 1);
  const auto bad = dir.Write("bad.json", "{\"format\":\"crampcheck-diary\"");
  const auto result = RunCli({"stats", bad});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("not valid JSON"), std::string::npos);
}

TEST(CliImport, CreatesDiaryThenMerges) {
  TempDir dir;
  const auto file = dir.Write("export.json", SampleDiary());
  const std::string diary = dir.path + "/diary.json";
  auto result = RunCli({"import", file, "--diary", diary});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto j = nlohmann::json::parse(result.out);
  EXPECT_EQ(j["added"], 14);
  EXPECT_EQ(j["diary_episodes"], 14);
  EXPECT_EQ(nlohmann::json::parse(ReadWholeFile(diary))["episodes"].size(), 14u);

  const std::string first = ReadWholeFile(diary);
  result = RunCli({"import", file, "--diary", diary});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  j = nlohmann::json::parse(result.out);
  EXPECT_EQ(j["added"], 0);
  EXPECT_EQ(j["unchanged"], 14);
  EXPECT_EQ(j["written"], false);
  EXPECT_EQ(ReadWholeFile(diary), first);
}

TEST(CliImport, DryRunWritesNothing) {
  TempDir dir;
  const auto file = dir.Write("export.json", SampleDiary());
  const std::string diary = dir.path + "/diary.json";
  const auto result = RunCli({"import", file, "--diary", diary, "--dry-run"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto j = nlohmann::json::parse(result.out);
  EXPECT_EQ(j["dry_run"], true);
  EXPECT_EQ(j["added"], 14);
  EXPECT_TRUE(ReadWholeFile(diary).empty());  // never created
}

TEST(CliImport, InvalidFileLeavesDiaryByteForByte) {
  TempDir dir;
  const std::string diary = dir.path + "/diary.json";
  ASSERT_EQ(RunCli({"import", dir.Write("export.json", SampleDiary()), "--diary", diary}).exit_code,
            0);
  const std::string before = ReadWholeFile(diary);
  std::string csv = RunCli({"export", "--diary", diary, "--format", "csv"}).out;
  csv +=
      "00000000-0000-4000-8000-000000000099,2026-02-30T03:00:00+08:00,60,toe,left,5,true,,"
      "stretch,,,2026-11-01T00:00:00Z,2026-11-01T00:00:00Z\r\n";
  const auto result = RunCli({"import", dir.Write("bad.csv", csv), "--diary", diary});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("line 16: started_at: 2026-02-30 is not a date"), std::string::npos)
      << result.err;
  const auto j = nlohmann::json::parse(result.out);
  EXPECT_EQ(j["valid"], false);
  EXPECT_EQ(j["issues"][0]["row"], 16);
  EXPECT_EQ(ReadWholeFile(diary), before);
}

// Issue 24: the CLI imports with the editor's rules: a cramp in 1900 and a note with a bell
// are each named with their line and reason, and nothing is written; a cramp years ahead
// too (checked once the rest of the file is valid).
TEST(CliImport, TheEditorsRulesNameEachBadLine) {
  TempDir dir;
  const std::string diary = dir.path + "/diary.json";
  const std::string header =
      "id,started_at,duration_s,muscle,side,pain,woke_from_sleep,triggers,relief,relief_helped,"
      "notes,created_at,updated_at\r\n";
  std::string csv = header;
  csv +=
      "00000000-0000-4000-8000-000000000001,1900-11-02T03:00:00+08:00,60,toe,left,5,true,,"
      "stretch,,,2026-11-01T00:00:00Z,2026-11-01T00:00:00Z\r\n";
  csv +=
      "00000000-0000-4000-8000-000000000003,2026-11-02T03:00:00+08:00,60,toe,left,5,true,,"
      "stretch,,\"bell\x07\",2026-11-01T00:00:00Z,2026-11-01T00:00:00Z\r\n";
  auto result = RunCli({"import", dir.Write("bad.csv", csv), "--diary", diary});
  EXPECT_EQ(result.exit_code, 1);
  for (const char* line : {"line 2: started_at: must be in the year 2000 or later",
                           "line 3: notes: must not hold control characters (found U+0007)"})
    EXPECT_NE(result.err.find(line), std::string::npos) << line << "\n" << result.err;
  const std::string ahead =
      header +
      "00000000-0000-4000-8000-000000000002,2099-11-02T03:00:00+08:00,60,toe,left,5,"
      "true,,stretch,,,2026-11-01T00:00:00Z,2026-11-01T00:00:00Z\r\n";
  result = RunCli({"import", dir.Write("ahead.csv", ahead), "--diary", diary});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("line 2: started_at: is in the future"), std::string::npos)
      << result.err;
  std::ifstream written(diary);
  EXPECT_FALSE(written.good()) << "no diary written";
}

TEST(CliImport, UsageAndBadDiary) {
  TempDir dir;
  const auto file = dir.Write("export.json", SampleDiary());
  EXPECT_EQ(RunCli({"import", file}).exit_code, 2);
  EXPECT_EQ(RunCli({"import", "--diary", dir.path + "/d.json"}).exit_code, 2);
  EXPECT_EQ(RunCli({"import", dir.path + "/nope.json", "--diary", dir.path + "/d.json"}).exit_code,
            1);
  const auto broken = dir.Write("broken.json", "not a diary");
  const std::string before = ReadWholeFile(broken);
  EXPECT_EQ(RunCli({"import", file, "--diary", broken}).exit_code, 1);
  EXPECT_EQ(ReadWholeFile(broken), before);
}

TEST(CliImport, ReadsStandardInput) {
  TempDir dir;
  const std::string diary = dir.path + "/diary.json";
  const auto result = RunCli({"import", "-", "--diary", diary}, SampleDiary());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["added"], 14);
}

TEST(CliExport, JsonAndCsvRoundTrip) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  const auto json = RunCli({"export", "--diary", diary, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["format"], "crampcheck-diary");
  EXPECT_EQ(j["episodes"], nlohmann::json::parse(SampleDiary())["episodes"]);
  const auto csv = RunCli({"export", "--diary", diary, "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(csv.out.rfind("id,started_at,duration_s,", 0), 0u);
  const std::string copy = dir.path + "/copy.json";
  ASSERT_EQ(RunCli({"import", dir.Write("d.csv", csv.out), "--diary", copy}).exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(ReadWholeFile(copy))["episodes"], j["episodes"]);
  EXPECT_EQ(RunCli({"export", "--diary", diary, "--format", "xml"}).exit_code, 2);
  EXPECT_EQ(RunCli({"export", "--diary", diary}).exit_code, 2);
}

TEST(CliReport, HtmlWithEscapedNotes) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  const auto check = dir.Write(
      "check.json", R"({"level":"soon","rules":[{"id":"frequent_longer","level":"soon",)"
                    R"("message":"<b>3+</b> a week","source":"source article"}],"advice":[]})");
  const auto result = RunCli({"report", diary, "--as-of", "2026-11-29", "--self-check", check});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(result.out.find("<script"), std::string::npos);
  EXPECT_NE(result.out.find("&lt;script&gt;x&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(result.out.find("frequent_longer"), std::string::npos);
  EXPECT_NE(result.out.find("&lt;b&gt;3+&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(RunCli({"report"}).exit_code, 2);
  EXPECT_EQ(RunCli({"report", diary, "--self-check", diary}).exit_code, 1);
}

// --lang (DESIGN.md): the report's words and dates in that language; ids never.
TEST(CliReport, LangZhHansWritesTheReportInChinese) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  const auto triage = RunCli({"triage", "-", "--lang", "zh-Hans", "--region", "cn"},
                             R"({"calf_swelling_one_side":true})");
  ASSERT_EQ(triage.exit_code, 0) << triage.err;
  const auto check = dir.Write("check.json", triage.out);
  const auto result = RunCli(
      {"report", diary, "--as-of", "2026-12-02", "--self-check", check, "--lang", "zh-Hans"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& html = result.out;
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<html lang=\"zh-Hans\">"), std::string::npos);
  for (const char* heading : {"<h1>夜间腿抽筋日记</h1>", "<h2>概况</h2>", "<h2>持续时间</h2>",
                              "<h2>最近一次自查</h2>", "<h2>最近12周的抽筋记录</h2>"})
    EXPECT_NE(html.find(heading), std::string::npos) << heading;
  // The period ends on as_of, a Wednesday; the first entry is 03:00 on Tue 3 Nov.
  EXPECT_NE(html.find("2026年12月2日 周三"), std::string::npos);
  EXPECT_NE(html.find("11月3日 周二 03:00"), std::string::npos);
  EXPECT_NE(html.find("12月2日"), std::string::npos);
  // The self-check as triage --lang zh-Hans wrote it: its Chinese message, its id as is.
  EXPECT_NE(html.find("深静脉血栓"), std::string::npos);
  EXPECT_NE(html.find("<td>dvt</td>"), std::string::npos);
  EXPECT_EQ(html.find("Summary"), std::string::npos);
  EXPECT_EQ(html.find("<html lang=\"en\">"), std::string::npos);

  const auto en = RunCli({"report", diary, "--as-of", "2026-12-02", "--lang", "en"});
  ASSERT_EQ(en.exit_code, 0) << en.err;
  EXPECT_NE(en.out.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.out.find("Wed 2 Dec 2026"), std::string::npos);
  EXPECT_NE(en.out.find("<h2>Summary</h2>"), std::string::npos);
}

TEST(CliReport, DefaultLanguageIsEnglish) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  const auto plain = RunCli({"report", diary, "--as-of", "2026-12-02"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_NE(plain.out.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(plain.out.find("<h2>Summary</h2>"), std::string::npos);
}

TEST(CliStats, LangChangesNoKeyAndNoValue) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  const auto en = RunCli({"stats", diary, "--as-of", "2026-11-29"});
  const auto zh = RunCli({"stats", diary, "--as-of", "2026-11-29", "--lang", "zh-Hans"});
  const auto en_explicit = RunCli({"stats", diary, "--as-of", "2026-11-29", "--lang", "en"});
  ASSERT_EQ(en.exit_code, 0) << en.err;
  ASSERT_EQ(zh.exit_code, 0) << zh.err;
  ASSERT_EQ(en_explicit.exit_code, 0) << en_explicit.err;
  // The statistics are numbers, ids and keys: the same JSON in every language.
  EXPECT_EQ(nlohmann::json::parse(zh.out), nlohmann::json::parse(en.out));
  EXPECT_EQ(zh.out, en_explicit.out);
}

TEST(CliDiary, AnUnknownLangIsAUsageError) {
  TempDir dir;
  const auto diary = dir.Write("diary.json", SampleDiary());
  for (const char* command : {"stats", "report"}) {
    for (const char* lang : {"zh", "fr", "ZH-HANS", "zh-CN", ""}) {
      const auto result = RunCli({command, diary, "--lang", lang});
      EXPECT_EQ(result.exit_code, 2) << command << " " << lang;
      EXPECT_NE(result.err.find("--lang"), std::string::npos) << result.err;
      EXPECT_NE(result.err.find("en|zh-Hans"), std::string::npos) << result.err;
      EXPECT_TRUE(result.out.empty());
    }
    EXPECT_EQ(RunCli({command, diary, "--lang"}).exit_code, 2) << command;
  }
  // Import and export have no words to translate.
  EXPECT_EQ(RunCli({"export", "--diary", diary, "--format", "json", "--lang", "en"}).exit_code, 2);
}

TEST(CliDiary, GarbageNeverCrashes) {
  TempDir dir;
  const std::vector<std::string> inputs = {"",
                                           "\xFF\xFE\x00",
                                           "{",
                                           "[[[[[[",
                                           "id\n\"",
                                           "null",
                                           std::string(100000, '{'),
                                           "a,b,c\n1,2,3\n"};
  int n = 0;
  for (const auto& text : inputs) {
    const auto file = dir.Write("in" + std::to_string(n++), text);
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"stats", file},
                                               {"report", file},
                                               {"export", "--diary", file, "--format", "csv"},
                                               {"import", file, "--diary", dir.path + "/d.json"}}) {
      const auto result = RunCli(args);
      EXPECT_EQ(result.exit_code, 1) << args[0] << " on input " << n;
      EXPECT_FALSE(result.err.empty());
    }
  }
}

// Unrated pain (null) goes through the CLI unchanged: JSON null, an empty CSV cell, back to
// null on import, and counted apart by stats.
TEST(CliDiary, UnratedPainStaysNullThroughExportImportAndStats) {
  TempDir dir;
  auto diary_json = nlohmann::json::parse(SampleDiary());
  for (std::size_t i = 0; i < diary_json["episodes"].size(); i += 2)
    diary_json["episodes"][i]["pain"] = nullptr;
  const auto diary = dir.Write("diary.json", diary_json.dump());
  const auto csv = RunCli({"export", "--diary", diary, "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_NE(csv.out.find(",left,,true,"), std::string::npos) << csv.out;
  const std::string copy = dir.path + "/copy.json";
  const auto imported = RunCli({"import", dir.Write("d.csv", csv.out), "--diary", copy});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(nlohmann::json::parse(ReadWholeFile(copy))["episodes"], diary_json["episodes"]);
  const auto stats = RunCli({"stats", diary, "--as-of", "2026-11-30"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  const auto j = nlohmann::json::parse(stats.out);
  EXPECT_EQ(j["pain"]["rated"], 7);
  EXPECT_EQ(j["pain"]["not_rated"], 7);
  EXPECT_EQ(j["pain"]["median"], 6);
}
