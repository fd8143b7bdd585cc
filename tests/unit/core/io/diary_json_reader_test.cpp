// The streaming (SAX) diary reader must say exactly what the DOM reader said: repeated keys
// (the last wins), unknown keys (sorted, once), wrong types at any depth, deep nesting,
// truncated files and bad UTF-8. Episode-level results are also checked against
// EpisodeFromJson on nlohmann's DOM, which shares the checks but not the reading.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../diary/episode_builder.h"
#include "core/io/diary_json.h"
#include "core/io/episode_json.h"
#include "core/io/json_text.h"

using namespace core::io;
using test_diary::IdFor;
using test_diary::MakeEpisode;

namespace {

const std::string kHead =
    R"({"format":"crampcheck-diary","version":1,"exported_at":"2026-11-24T00:00:00Z",)";

std::string Wrap(const std::string& episodes) {
  return kHead + R"("episodes":[)" + episodes + "]}";
}
std::string Valid(std::uint64_t n = 1) {
  return EpisodeToJson(MakeEpisode(n, "2026-11-23T03:12:00+08:00"));
}
// Valid(n) with `extra` (raw "key":value pairs) added before its closing brace.
std::string ValidWith(const std::string& extra, std::uint64_t n = 1) {
  std::string text = Valid(n);
  text.pop_back();
  return text + "," + extra + "}";
}
std::vector<std::string> Messages(const ParsedEpisodes& parsed) {
  std::vector<std::string> out;
  for (const auto& issue : parsed.issues) out.push_back(FormatIssue(issue));
  return out;
}
// What the DOM reader says about one episode, as "episodes[0]: field: message" lines.
std::vector<std::string> DomMessages(const std::string& episode) {
  std::vector<core::diary::FieldError> errors;
  EpisodeFromJson(nlohmann::json::parse(episode), errors);
  std::vector<std::string> out;
  for (const auto& e : errors)
    out.push_back(FormatIssue(ImportIssue{0, "episodes[0]", e.field, e.message}));
  return out;
}

}  // namespace

TEST(DiaryJsonReader, RepeatedEpisodeKeysLastOneWins) {
  const std::string fixed = ValidWith(R"("pain":"x","pain":3)");
  EXPECT_TRUE(ParseDiaryJson(Wrap(fixed)).Ok()) << Messages(ParseDiaryJson(Wrap(fixed)))[0];
  const std::string broken = ValidWith(R"("pain":3,"pain":"x")");
  EXPECT_EQ(Messages(ParseDiaryJson(Wrap(broken))),
            (std::vector<std::string>{"episodes[0]: pain: must be a whole number or null"}));
  const std::string triggers = ValidWith(R"("triggers":["cold"],"triggers":"cold")");
  EXPECT_EQ(Messages(ParseDiaryJson(Wrap(triggers))),
            (std::vector<std::string>{"episodes[0]: triggers: must be a list"}));
  for (const auto& text : {fixed, broken, triggers})
    EXPECT_EQ(Messages(ParseDiaryJson(Wrap(text))), DomMessages(text)) << text;
}

TEST(DiaryJsonReader, UnknownKeysAreSortedAndReportedOnce) {
  const std::string episode =
      ValidWith(R"("zeta":1,"alpha":{"a":[1]},"zeta":[],")" + std::string(50, 'k') + R"(":null)");
  const auto parsed = ParseDiaryJson(Wrap(episode));
  EXPECT_EQ(Messages(parsed),
            (std::vector<std::string>{
                "episodes[0]: alpha: is not a known field",
                "episodes[0]: " + std::string(40, 'k') + "...: is not a known field",
                "episodes[0]: zeta: is not a known field"}));
  EXPECT_EQ(Messages(parsed), DomMessages(episode));
  const auto root =
      ParseDiaryJson(R"({"zz":1,"aa":[{}],"zz":{},)" + kHead.substr(1) + R"("episodes":[]})");
  EXPECT_EQ(Messages(root), (std::vector<std::string>{"file: aa: is not a known field",
                                                      "file: zz: is not a known field"}));
}

TEST(DiaryJsonReader, WrongTypesAtAnyDepth) {
  const std::vector<std::string> episodes = {
      ValidWith(R"("id":{"x":[1,{"y":2}]})"),
      ValidWith(R"("triggers":[1,"cold",[2],{"a":1},null,"cold","foo",true,2.5])"),
      ValidWith(R"("notes":[["deep"]],"relief_helped":{},"woke_from_sleep":null)"),
      ValidWith(R"("duration_s":1e2,"pain":-1,"muscle":["calf_back"])"),
      ValidWith(R"("side":"))" + std::string(60, 's') + "\""),
      R"({})",
  };
  for (const auto& episode : episodes) {
    const auto parsed = ParseDiaryJson(Wrap(episode));
    EXPECT_FALSE(parsed.Ok()) << episode;
    EXPECT_EQ(Messages(parsed), DomMessages(episode)) << episode;
  }
}

TEST(DiaryJsonReader, RepeatedEpisodesListLastOneCounts) {
  const auto parsed =
      ParseDiaryJson(kHead + R"("episodes":[1,[2],{}],"episodes":[)" + Valid() + "]}");
  ASSERT_TRUE(parsed.Ok()) << Messages(parsed)[0];
  EXPECT_EQ(parsed.episodes.size(), 1u);
  const auto not_list = ParseDiaryJson(kHead + R"("episodes":[)" + Valid() + R"(],"episodes":{}})");
  EXPECT_EQ(Messages(not_list), (std::vector<std::string>{"file: episodes: must be a list"}));
  const auto version = ParseDiaryJson(kHead + R"("episodes":[],"version":1.0})");
  EXPECT_EQ(
      Messages(version),
      (std::vector<std::string>{"file: version: must be 1 (this app reads version 1 files)"}));
}

TEST(DiaryJsonReader, FileProblemsComeFirstWhereverTheyAre) {
  const auto parsed = ParseDiaryJson(R"({"episodes":[42],"format":"x","version":1,)"
                                     R"("exported_at":"2026-11-24T00:00:00Z"})");
  EXPECT_EQ(Messages(parsed),
            (std::vector<std::string>{"file: format: must be \"crampcheck-diary\"",
                                      "episodes[0]: must be an object"}));
  std::string many;
  for (int i = 0; i < 1200; ++i) many += (i ? "," : "") + std::string("1");
  const auto capped = ParseDiaryJson(R"({"episodes":[)" + many + "]}");
  EXPECT_EQ(capped.issue_count, 3 + 1200);  // format, version, exported_at, then each episode
  ASSERT_EQ(capped.issues.size(), static_cast<std::size_t>(kMaxStoredIssues));
  EXPECT_EQ(FormatIssue(capped.issues[0]), "file: format: must be \"crampcheck-diary\"");
  EXPECT_EQ(FormatIssue(capped.issues[3]), "episodes[0]: must be an object");
}

TEST(DiaryJsonReader, DuplicateIdNamesTheFirstIndexAcrossInvalidEpisodes) {
  const auto parsed = ParseDiaryJson(
      Wrap("7," + Valid(1) + "," + Valid(2) + "," + Valid(1) + "," + Valid(2) + "," + Valid(1)));
  EXPECT_EQ(
      Messages(parsed),
      (std::vector<std::string>{
          "episodes[0]: must be an object", "episodes[3]: id: same id as episodes[1]",
          "episodes[4]: id: same id as episodes[2]", "episodes[5]: id: same id as episodes[1]"}));
  EXPECT_TRUE(parsed.episodes.empty());
  std::string thousands;
  for (int i = 0; i < 3000; ++i) thousands += (i ? "," : "") + Valid(static_cast<std::uint64_t>(i));
  const auto unique = ParseDiaryJson(Wrap(thousands + "," + Valid(2999)));
  EXPECT_EQ(Messages(unique),
            (std::vector<std::string>{"episodes[3000]: id: same id as episodes[2999]"}));
}

TEST(DiaryJsonReader, DeepNestingNeitherCrashesNorConfuses) {
  const std::size_t depth = 100000;
  const std::string deep = std::string(depth, '[') + std::string(depth, ']');
  EXPECT_EQ(Messages(ParseDiaryJson(deep)),
            (std::vector<std::string>{
                "file: must be a JSON object with \"format\":\"crampcheck-diary\""}));
  EXPECT_EQ(Messages(ParseDiaryJson(Wrap(deep + "," + ValidWith("\"notes\":" + deep)))),
            (std::vector<std::string>{"episodes[0]: must be an object",
                                      "episodes[1]: notes: must be a string"}));
  const std::string open = Wrap(std::string(depth, '['));
  EXPECT_EQ(Messages(ParseDiaryJson(open)),
            (std::vector<std::string>{"file: " + JsonSyntaxError(open)}));
}

TEST(DiaryJsonReader, TruncatedFileReportsOnlyWhereItBreaks) {
  const std::string text = Wrap(Valid(1) + "," + ValidWith("\"mood\":1", 2));
  for (std::size_t cut = 0; cut < text.size(); cut += 7) {
    const std::string truncated = text.substr(0, cut);
    const auto parsed = ParseDiaryJson(truncated);
    EXPECT_EQ(Messages(parsed), (std::vector<std::string>{"file: " + JsonSyntaxError(truncated)}))
        << cut;
    EXPECT_TRUE(parsed.episodes.empty());
  }
  const auto trailing = ParseDiaryJson(Wrap(Valid()) + " {}");
  EXPECT_EQ(Messages(trailing),
            (std::vector<std::string>{"file: not valid JSON (or not UTF-8) near byte " +
                                      std::to_string(Wrap(Valid()).size() + 2)}));
}

TEST(DiaryJsonReader, InvalidUtf8IsASyntaxErrorAtItsByte) {
  const std::string prefix = Wrap(ValidWith("\"mood\":1") + "," + ValidWith(R"("notes":")"));
  const std::string text = prefix.substr(0, prefix.size() - 3) + "\xFF\xFE\"}]}";
  const auto parsed = ParseDiaryJson(text);
  EXPECT_EQ(Messages(parsed), (std::vector<std::string>{"file: " + JsonSyntaxError(text)}));
  EXPECT_NE(Messages(parsed)[0].find("near byte " + std::to_string(prefix.size() - 2)),
            std::string::npos)
      << Messages(parsed)[0];
}

TEST(DiaryJsonReader, ManyEpisodesRoundTrip) {
  std::vector<core::diary::Episode> episodes;
  for (std::uint64_t i = 0; i < 2000; ++i) {
    auto e = MakeEpisode(i, "2026-11-23T03:12:00+08:00", 1 + static_cast<int>(i % 3600));
    e.notes = std::string(i % 50, 'n') + "\xE8\x85\xBF \"q\" \\";
    e.relief_helped = i % 3 == 0 ? std::nullopt : std::optional<bool>(i % 3 == 1);
    e.triggers.Add(core::diary::kAllTriggers[i % core::diary::kAllTriggers.size()]);
    episodes.push_back(e);
  }
  const auto parsed = ParseDiaryJson(ExportDiaryJson(episodes, "2026-11-24T00:00:00Z"));
  ASSERT_TRUE(parsed.Ok()) << Messages(parsed)[0];
  EXPECT_EQ(parsed.episodes, episodes);
}

// Stored records (the IndexedDB load): one bad record must not hide the good ones, and each
// problem must name the record people would look for, its id.
TEST(EpisodeRecords, ValidRecordsLoadNextToNamedProblems) {
  const std::string list = "[" + Valid(1) + "," + ValidWith(R"("pain":42)", 2) + "," +
                           R"({"pain":3})" + "," + Valid(3) + "," + Valid(1) + "]";
  const ParsedEpisodes read = ReadEpisodeRecords(list);
  ASSERT_EQ(read.episodes.size(), 2u);
  EXPECT_EQ(read.episodes[0].id, IdFor(1));
  EXPECT_EQ(read.episodes[1].id, IdFor(3));
  ASSERT_GE(read.issues.size(), 3u);
  EXPECT_EQ(FormatIssue(read.issues.front()), IdFor(2) + ": pain: must be 0..10");
  EXPECT_EQ(read.issues.front().row, 1);
  // No id to name it by: its place in the list, then every missing field of it.
  EXPECT_EQ(read.issues[1].location, "episodes[2]");
  EXPECT_EQ(read.issues[1].row, 2);
  EXPECT_EQ(FormatIssue(read.issues.back()), IdFor(1) + ": id: same id as episodes[0]");
  EXPECT_EQ(read.issues.back().row, 4);
}

TEST(EpisodeRecords, EveryProblemIsKeptNotJustTheFirstThousand) {
  std::string list = "[";
  for (int i = 0; i < kMaxStoredIssues + 5; ++i)
    list += (i ? "," : "") + ValidWith(R"("pain":42)", static_cast<std::uint64_t>(i + 1));
  list += "," + Valid(999999) + "]";
  const ParsedEpisodes read = ReadEpisodeRecords(list);
  EXPECT_EQ(read.issues.size(), static_cast<std::size_t>(kMaxStoredIssues + 5));
  ASSERT_EQ(read.episodes.size(), 1u);
}

TEST(EpisodeRecords, OnlyAListOfRecordsIsRead) {
  for (const std::string& text : {std::string(R"({"episodes":[)") + Valid(1) + "]}",
                                  std::string("[") + Valid(1), std::string("5"), std::string()}) {
    const ParsedEpisodes read = ReadEpisodeRecords(text);
    EXPECT_TRUE(read.episodes.empty()) << text;
    ASSERT_EQ(read.issues.size(), 1u) << text;
    EXPECT_EQ(read.issues[0].row, -1) << text;
  }
  EXPECT_TRUE(ReadEpisodeRecords("[]").Ok());
}
