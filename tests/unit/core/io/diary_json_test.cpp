#include "core/io/diary_json.h"

#include <gtest/gtest.h>

#include "../diary/episode_builder.h"
#include "core/io/episode_json.h"

using namespace core::io;
using core::diary::Episode;
using test_diary::MakeEpisode;

namespace {
std::string Wrap(const std::string& episodes) {
  return R"({"format":"crampcheck-diary","version":1,"exported_at":"2026-11-24T00:00:00Z","episodes":[)" +
         episodes + "]}";
}
std::string Valid(std::uint64_t n = 1) {
  return EpisodeToJson(MakeEpisode(n, "2026-11-23T03:12:00+08:00"));
}
// The episode JSON with one field replaced by raw JSON `value` (or removed when empty).
std::string With(const std::string& field, const std::string& value) {
  nlohmann::json j = nlohmann::json::parse(Valid());
  if (value.empty())
    j.erase(field);
  else
    j[field] = nlohmann::json::parse(value);
  return j.dump();
}
std::vector<std::string> Messages(const ParsedEpisodes& parsed) {
  std::vector<std::string> out;
  for (const auto& issue : parsed.issues) out.push_back(FormatIssue(issue));
  return out;
}
}  // namespace

TEST(DiaryJson, ExportHasTheContractShape) {
  Episode e = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  e.triggers.Add(core::diary::Trigger::kCold);
  e.triggers.Add(core::diary::Trigger::kLongSitting);
  e.relief_helped = true;
  e.notes = "tab\there \"quoted\" \\ and \x01 control, \xE8\x85\xBF";
  const std::string text = ExportDiaryJson({e}, "2026-11-24T00:00:00Z");
  const auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j["format"], "crampcheck-diary");
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["exported_at"], "2026-11-24T00:00:00Z");
  const auto& ep = j["episodes"][0];
  std::vector<std::string> keys;
  for (const auto& item : ep.items()) keys.push_back(item.key());
  EXPECT_EQ(keys.size(), 13u);
  EXPECT_EQ(ep["muscle"], "calf_back");
  EXPECT_EQ(ep["triggers"], nlohmann::json::parse(R"(["long_sitting","cold"])"));
  EXPECT_EQ(ep["relief_helped"], true);
  EXPECT_EQ(ep["notes"], e.notes);
  // Export escapes every character; import refuses a control character other than tab
  // and newline, as the editor does (issue 24).
  EXPECT_FALSE(ParseDiaryJson(text).Ok());
  e.notes = "tab\there \"quoted\" \\ and\nnewline, \xE8\x85\xBF";
  const ParsedEpisodes back = ParseDiaryJson(ExportDiaryJson({e}, "2026-11-24T00:00:00Z"));
  ASSERT_TRUE(back.Ok()) << Messages(back).at(0);
  ASSERT_EQ(back.episodes.size(), 1u);
  EXPECT_EQ(back.episodes[0], e);
}

TEST(DiaryJson, NullAndMissingOptionalFields) {
  const auto parsed = ParseDiaryJson(
      Wrap(With("relief_helped", "") + "," +
           With("notes", "")
               .replace(With("notes", "").find(test_diary::IdFor(1)), 36, test_diary::IdFor(2))));
  ASSERT_TRUE(parsed.Ok()) << Messages(parsed).at(0);
  EXPECT_FALSE(parsed.episodes[0].relief_helped);
  EXPECT_TRUE(parsed.episodes[1].notes.empty());
}

TEST(DiaryJson, EveryEpisodeErrorNamesIndexAndField) {
  struct Case {
    std::string field, value, message;
  };
  const std::vector<Case> cases = {
      {"id", "\"abc\"", "must be a lowercase UUID v4"},
      {"id", "", "is missing"},
      {"started_at", "\"2026-02-30T03:12:00+08:00\"", "2026-02-30 is not a date"},
      {"started_at", "12", "must be a string"},
      {"duration_s", "0", "must be 1..3600 seconds"},
      {"duration_s", "3601", "must be 1..3600 seconds"},
      {"duration_s", "60.5", "must be a whole number"},
      {"duration_s", "\"60\"", "must be a whole number"},
      {"duration_s", "99999999999999999999999", "must be a whole number"},
      {"duration_s", "18446744073709551615", "is out of range"},
      {"duration_s", "-9223372036854775808", "is out of range"},
      {"muscle", "\"knee\"", "unknown value \"knee\""},
      {"side", "null", "must be a string"},
      {"pain", "11", "must be 0..10"},
      {"woke_from_sleep", "\"yes\"", "must be true or false"},
      {"triggers", "\"cold\"", "must be a list"},
      {"triggers", "[\"cold\",\"cold\"]", "lists cold twice"},
      {"triggers", "[\"coffee\"]", "unknown trigger \"coffee\""},
      {"triggers", "[1]", "must hold strings"},
      {"relief", "\"quinine\"", "unknown value \"quinine\""},
      {"relief_helped", "\"no\"", "must be true, false or null"},
      {"notes", "[]", "must be a string"},
      {"notes", "\"" + std::string(2001, 'x') + "\"", "at most 2000 bytes (has 2001)"},
      {"created_at", "\"2026-11-23T03:12:00+08:00\"", "must be UTC, ending in Z"},
      {"updated_at", "\"2025-01-01T00:00:00Z\"", "is before created_at"},
  };
  for (const auto& c : cases) {
    const auto parsed = ParseDiaryJson(Wrap(Valid(0) + "," + With(c.field, c.value)));
    ASSERT_FALSE(parsed.Ok()) << c.field << " " << c.value;
    EXPECT_TRUE(parsed.episodes.empty());
    ASSERT_EQ(parsed.issues.size(), 1u) << c.field << " " << c.value << ": " << Messages(parsed)[0];
    EXPECT_EQ(parsed.issues[0].row, 1);
    EXPECT_EQ(FormatIssue(parsed.issues[0]), "episodes[1]: " + c.field + ": " + c.message);
  }
}

TEST(DiaryJson, UnknownFieldAndNonObjectEpisodes) {
  const auto parsed = ParseDiaryJson(Wrap(With("mood", "\"bad\"") + ",42"));
  EXPECT_EQ(Messages(parsed), (std::vector<std::string>{"episodes[0]: mood: is not a known field",
                                                        "episodes[1]: must be an object"}));
}

TEST(DiaryJson, DuplicateIdsAreRefused) {
  const auto parsed = ParseDiaryJson(Wrap(Valid() + "," + Valid(2) + "," + Valid()));
  EXPECT_EQ(Messages(parsed),
            (std::vector<std::string>{"episodes[2]: id: same id as episodes[0]"}));
}

TEST(DiaryJson, FileLevelErrors) {
  EXPECT_EQ(Messages(ParseDiaryJson("{\"format\":")).at(0).rfind("file: not valid JSON", 0), 0u);
  EXPECT_EQ(Messages(ParseDiaryJson("")).at(0).rfind("file: not valid JSON", 0), 0u);
  EXPECT_EQ(Messages(ParseDiaryJson("[]")).at(0),
            "file: must be a JSON object with \"format\":\"crampcheck-diary\"");
  const auto wrong =
      ParseDiaryJson(R"({"format":"other","version":2,"exported_at":"2026-11-24","episodes":{}})");
  EXPECT_EQ(Messages(wrong),
            (std::vector<std::string>{"file: format: must be \"crampcheck-diary\"",
                                      "file: version: must be 1 (this app reads version 1 files)",
                                      "file: exported_at: expected YYYY-MM-DDTHH:MM:SSZ",
                                      "file: episodes: must be a list"}));
  const auto invalid_utf8 = ParseDiaryJson(Wrap(With("notes", "").substr(0, 10) + "\xFF\"}"));
  EXPECT_FALSE(invalid_utf8.Ok());
}

TEST(DiaryJson, EmptyDiaryIsValid) {
  const auto parsed = ParseDiaryJson(ExportDiaryJson({}, "2026-11-24T00:00:00Z"));
  EXPECT_TRUE(parsed.Ok());
  EXPECT_TRUE(parsed.episodes.empty());
}

TEST(DiaryJson, StoresAtMostAThousandIssuesButCountsAll) {
  std::string episodes;
  for (int i = 0; i < 1200; ++i) episodes += (i ? "," : "") + std::string("1");
  const auto parsed = ParseDiaryJson(Wrap(episodes));
  EXPECT_EQ(parsed.issue_count, 1200);
  EXPECT_EQ(parsed.issues.size(), static_cast<std::size_t>(kMaxStoredIssues));
}
