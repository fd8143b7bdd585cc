#include "core/io/episode_csv.h"

#include <gtest/gtest.h>

#include "../diary/episode_builder.h"
#include "core/io/diary_json.h"

using namespace core::io;
using core::diary::Episode;
using test_diary::MakeEpisode;

namespace {
const char* kHeader =
    "id,started_at,duration_s,muscle,side,pain,woke_from_sleep,triggers,relief,relief_helped,notes,"
    "created_at,updated_at\r\n";
std::string Row(std::uint64_t n, const std::string& duration = "60",
                const std::string& notes = "") {
  return test_diary::IdFor(n) + ",2026-11-23T03:12:00+08:00," + duration +
         ",calf_back,left,5,true,,stretch,," + notes +
         ",2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\r\n";
}
std::vector<std::string> Messages(const ParsedEpisodes& parsed) {
  std::vector<std::string> out;
  for (const auto& issue : parsed.issues) out.push_back(FormatIssue(issue));
  return out;
}
}  // namespace

TEST(EpisodeCsv, RoundTripIsExact) {
  std::vector<Episode> episodes;
  const std::vector<std::string> notes = {"",
                                          "plain",
                                          "comma, inside",
                                          "\"quoted\"",
                                          "two\nlines",
                                          "crlf\r\nlines",
                                          "=1+1",
                                          "+33 6 12",
                                          "-3 degrees",
                                          "@home",
                                          "\tindented",
                                          "'=already",
                                          "'apostrophe",
                                          "\xE8\x85\xBF\xE6\x8A\xBD\xE7\xAD\x8B",
                                          std::string(2000, 'z')};
  for (std::size_t i = 0; i < notes.size(); ++i) {
    Episode e = MakeEpisode(i, "2026-11-23T03:12:00-05:30", static_cast<int>(i) + 1);
    e.notes = notes[i];
    e.relief_helped = i % 3 == 0 ? std::optional<bool>() : std::optional<bool>(i % 3 == 1);
    e.woke_from_sleep = i % 2 == 0;
    if (i % 2) e.triggers.Add(core::diary::Trigger::kCold);
    if (i % 4 == 1) e.triggers.Add(core::diary::Trigger::kNewMedicine);
    e.muscle = core::diary::kAllMuscles[i % core::diary::kAllMuscles.size()];
    e.updated_at = "2026-01-01T00:00:00.250Z";
    episodes.push_back(e);
  }
  const std::string csv = ExportDiaryCsv(episodes);
  EXPECT_EQ(csv.rfind(kHeader, 0), 0u);
  const ParsedEpisodes back = ParseDiaryCsv(csv);
  ASSERT_TRUE(back.Ok()) << Messages(back).at(0);
  ASSERT_EQ(back.episodes.size(), episodes.size());
  for (std::size_t i = 0; i < episodes.size(); ++i) EXPECT_EQ(back.episodes[i], episodes[i]) << i;
  // And the CSV equals itself after another trip.
  EXPECT_EQ(ExportDiaryCsv(back.episodes), csv);
}

TEST(EpisodeCsv, FormulaCellsAreGuarded) {
  Episode e = MakeEpisode(1, "2026-11-23T03:12:00+08:00");
  e.notes = "=HYPERLINK(\"http://evil\",\"click\")";
  const std::string csv = ExportDiaryCsv({e});
  EXPECT_NE(csv.find(",\"'=HYPERLINK("), std::string::npos) << csv;
  EXPECT_EQ(csv.find(",=HYPERLINK"), std::string::npos);
}

TEST(EpisodeCsv, ColumnsInAnyOrder) {
  const std::string csv =
      "notes,updated_at,created_at,relief_helped,relief,triggers,woke_from_sleep,pain,side,muscle,"
      "duration_s,started_at,id\n"
      "hi,2026-01-01T00:00:00Z,2026-01-01T00:00:00Z,false,heat,cold;alcohol,false,3,right,toe,45,"
      "2026-11-23T03:12:00+08:00," +
      test_diary::IdFor(1) + "\n";
  const ParsedEpisodes parsed = ParseDiaryCsv(csv);
  ASSERT_TRUE(parsed.Ok()) << Messages(parsed).at(0);
  const Episode& e = parsed.episodes.at(0);
  EXPECT_EQ(e.duration_s, 45);
  EXPECT_EQ(e.muscle, core::diary::Muscle::kToe);
  EXPECT_EQ(e.relief_helped, false);
  EXPECT_TRUE(e.triggers.Has(core::diary::Trigger::kAlcohol));
  EXPECT_EQ(e.notes, "hi");
}

TEST(EpisodeCsv, EveryRowErrorHasItsLine) {
  const std::string csv = std::string(kHeader) + Row(1) + Row(2, "0") + Row(3, "abc") +
                          "not-an-id" + Row(4, "60", "\"two\nline note\"").substr(36) +
                          Row(5, "60", std::string(2001, 'n')) + Row(1) + "short,row\r\n";
  const ParsedEpisodes parsed = ParseDiaryCsv(csv);
  EXPECT_TRUE(parsed.episodes.empty());
  EXPECT_EQ(
      Messages(parsed),
      (std::vector<std::string>{
          "line 3: duration_s: must be 1..3600 seconds",
          "line 4: duration_s: must be a whole number", "line 5: id: must be a lowercase UUID v4",
          "line 7: notes: at most 2000 bytes (has 2001)", "line 8: id: same id as line 2",
          "line 9: has 2 cells, the header has 13"}));
  EXPECT_EQ(parsed.issues[0].row, 3);
}

TEST(EpisodeCsv, FieldValueErrors) {
  auto message = [](const std::string& row) {
    const auto parsed = ParseDiaryCsv(std::string(kHeader) + row);
    return parsed.issues.empty() ? std::string("ok") : FormatIssue(parsed.issues[0]);
  };
  const std::string id = test_diary::IdFor(1);
  const std::string tail = ",2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\r\n";
  EXPECT_EQ(
      message(id + ",2026-11-23T03:12:00+08:00,60,knee,left,5,true,,stretch,,," + tail.substr(1)),
      "line 2: muscle: unknown value \"knee\"");
  EXPECT_EQ(message(id + ",2026-11-23T03:12:00+08:00,60,toe,up,5,true,,stretch,," + tail),
            "line 2: side: unknown value \"up\"");
  EXPECT_EQ(message(id + ",2026-11-23T03:12:00+08:00,60,toe,left,5,yes,,stretch,," + tail),
            "line 2: woke_from_sleep: must be true or false");
  EXPECT_EQ(message(id + ",2026-11-23T03:12:00+08:00,60,toe,left,5,true,cold;,stretch,," + tail),
            "line 2: triggers: ends with ';'");
  EXPECT_EQ(
      message(id + ",2026-11-23T03:12:00+08:00,60,toe,left,5,true,cold;cold,stretch,," + tail),
      "line 2: triggers: lists cold twice");
  EXPECT_EQ(message(id + ",2026-11-23T03:12:00+08:00,60,toe,left,5,true,,stretch,maybe," + tail),
            "line 2: relief_helped: must be true, false or empty");
  EXPECT_EQ(message(id + ",2026-11-23T24:00:00+08:00,60,toe,left,5,true,,stretch,," + tail),
            "line 2: started_at: hour must be 00-23");
  EXPECT_EQ(
      message(id + ",2026-11-23T03:00:00+08:00,99999999999,toe,left,5,true,,stretch,," + tail),
      "line 2: duration_s: must be a whole number");
  EXPECT_EQ(message(id + ",2026-11-23T03:00:00+08:00, 60,toe,left,5,true,,stretch,," + tail),
            "line 2: duration_s: must be a whole number");
}

TEST(EpisodeCsv, HeaderProblems) {
  auto messages = [](const std::string& csv) { return Messages(ParseDiaryCsv(csv)); };
  EXPECT_EQ(messages(""), (std::vector<std::string>{"file: empty file: expected a header line"}));
  const auto extra = messages("id,id,mood\r\n");
  EXPECT_EQ(extra.at(0), "line 1: id: appears twice");
  EXPECT_EQ(extra.at(1), "line 1: mood: is not a known column");
  EXPECT_EQ(extra.at(2), "line 1: started_at: column is missing");
  EXPECT_EQ(messages("id\n\"x").at(0), "file: line 2: a quoted cell is never closed");
}

TEST(EpisodeCsv, HeaderOnlyIsAnEmptyDiary) {
  const auto parsed = ParseDiaryCsv(kHeader);
  EXPECT_TRUE(parsed.Ok());
  EXPECT_TRUE(parsed.episodes.empty());
}
