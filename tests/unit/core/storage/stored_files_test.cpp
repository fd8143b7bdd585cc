// The pure parts of storage: record-by-record reading (shared by IndexedDB and files),
// meta rules, and the desktop file formats.
#include <gtest/gtest.h>

#include "core/io/episode_json.h"
#include "core/storage/storage_files.h"
#include "core/storage/stored_records.h"

using core::storage::Snapshot;

namespace {

core::diary::Episode MakeEpisode(const std::string& id_tail) {
  core::diary::Episode episode;
  episode.id = "3f2a7c1e-5b6d-4e8f-9a0b-" + id_tail;
  episode.started_at = "2026-11-23T03:12:00+08:00";
  episode.duration_s = 45;
  episode.created_at = episode.updated_at = "2026-11-22T19:12:05Z";
  return episode;
}

}  // namespace

TEST(StoredRecords, InvalidRecordsAreSkippedAndNamed) {
  Snapshot out;
  core::storage::EpisodeRecordReader reader(out);
  const auto json = [](const std::string& text) { return nlohmann::json::parse(text); };
  reader.AddValue("good", json(core::io::EpisodeToJson(MakeEpisode("000000000001"))));
  reader.AddValue("not-an-object", json("[1]"));
  reader.AddValue("bad-pain", json("{\"id\":\"x\",\"pain\":99}"));
  reader.AddValue("again", json(core::io::EpisodeToJson(MakeEpisode("000000000001"))));
  ASSERT_EQ(out.episodes.size(), 1u);
  ASSERT_EQ(out.problems.size(), 3u);
  EXPECT_EQ(out.problems[0].rfind("entry not-an-object: ", 0), 0u);
  EXPECT_NE(out.problems[1].find("pain"), std::string::npos);
  EXPECT_NE(out.problems[2].find("second entry"), std::string::npos);
  EXPECT_NE(core::storage::ProblemsSummary(out).find("3 stored entries"), std::string::npos);
}

TEST(StoredRecords, LoadAnswerOfTheIndexedDbLibrary) {
  core::diary::Episode bad = MakeEpisode("000000000002");
  bad.pain = 42;
  const std::string episodes = "[" + core::io::EpisodeToJson(MakeEpisode("000000000001")) + "," +
                               core::io::EpisodeToJson(bad) + "]";
  nlohmann::json rest = nlohmann::json::object();
  rest["unreadable"] = nlohmann::json::array({"b"});
  rest["meta"] = nlohmann::json::array();
  rest["meta"].push_back(nlohmann::json::array({"schema_version", "1"}));
  rest["meta"].push_back(nlohmann::json::array({"settings", "{\"language\": \"en\"}"}));
  rest["meta"].push_back(nlohmann::json::array({"broken", nullptr}));
  Snapshot out;
  std::string error;
  ASSERT_TRUE(core::storage::ReadLoadAnswer(episodes, rest.dump(), out, error)) << error;
  ASSERT_EQ(out.episodes.size(), 1u);
  EXPECT_EQ(out.episodes[0], MakeEpisode("000000000001"));
  // One line per skipped record, named by its id; then the ones the browser could not give.
  EXPECT_EQ(out.problems, (std::vector<std::string>{
                              "entry " + bad.id + ": pain: must be 0..10",
                              "entry b: the record cannot be read as JSON",
                              "setting broken: not JSON",
                          }));
  EXPECT_EQ(out.meta.at("schema_version"), "1");
  EXPECT_EQ(out.meta.at("settings"), "{\"language\":\"en\"}");
}

TEST(StoredRecords, AMalformedLoadAnswerIsAFailureNotAnEmptyDiary) {
  const std::string rest = R"({"unreadable":[],"meta":[]})";
  Snapshot out;
  std::string error;
  EXPECT_TRUE(core::storage::ReadLoadAnswer("[]", rest, out, error)) << error;
  EXPECT_FALSE(core::storage::ReadLoadAnswer("[", rest, out, error));
  EXPECT_NE(error.find("unreadable"), std::string::npos);
  EXPECT_FALSE(core::storage::ReadLoadAnswer("{}", rest, out, error));
  EXPECT_FALSE(core::storage::ReadLoadAnswer("[]", R"({"meta":[]})", out, error));
  EXPECT_FALSE(core::storage::ReadLoadAnswer("[]", R"({"unreadable":[],"meta":[1]})", out, error));
  EXPECT_FALSE(core::storage::ReadLoadAnswer("[]", "[", out, error));
}

TEST(StoredRecords, MetaRules) {
  EXPECT_EQ(core::storage::CheckMeta("settings", "{\"a\":1}"), "");
  EXPECT_EQ(core::storage::CheckMeta("last_triage_answers", "null"), "");
  EXPECT_NE(core::storage::CheckMeta("schema_version", "1"), "");
  EXPECT_NE(core::storage::CheckMeta("", "1"), "");
  EXPECT_NE(core::storage::CheckMeta("settings", "{"), "");
}

TEST(StorageFiles, DiaryAndMetaRoundTrip) {
  const std::string diary = core::storage::EncodeDiaryFile({MakeEpisode("000000000001")}, 0);
  Snapshot out;
  EXPECT_TRUE(core::storage::ReadDiaryFile(diary, out));
  ASSERT_EQ(out.episodes.size(), 1u);
  EXPECT_EQ(out.episodes[0], MakeEpisode("000000000001"));
  const std::string meta = core::storage::EncodeMetaFile({{"settings", "{\"a\":[1,2]}"}});
  EXPECT_TRUE(core::storage::ReadMetaFile(meta, out));
  EXPECT_EQ(out.meta.at("settings"), "{\"a\":[1,2]}");
  EXPECT_TRUE(out.problems.empty());
}

TEST(StorageFiles, EveryCutOfADiaryFileIsDetected) {
  const std::string diary =
      core::storage::EncodeDiaryFile({MakeEpisode("000000000001"), MakeEpisode("000000000002")}, 0);
  for (std::size_t size = 0; size + 1 < diary.size(); ++size) {
    Snapshot out;
    // Cutting only the final newline leaves a complete document: that is not torn.
    if (size == diary.size() - 1) continue;
    EXPECT_FALSE(core::storage::ReadDiaryFile(diary.substr(0, size), out)) << size;
    EXPECT_FALSE(out.problems.empty());
  }
}

TEST(StorageFiles, WrongFormatOrVersionIsAProblem) {
  Snapshot out;
  EXPECT_FALSE(core::storage::ReadMetaFile("{\"format\":\"crampcheck-diary\",\"version\":1}", out));
  EXPECT_FALSE(core::storage::ReadMetaFile(
      "{\"format\":\"crampcheck-meta\",\"version\":9,\"meta\":{}}", out));
  EXPECT_EQ(out.problems.size(), 2u);
}

TEST(StorageFiles, CorruptFileName) {
  EXPECT_EQ(core::storage::CorruptFileName("diary.json", 0), "diary.json.corrupt-19700101T000000Z");
}
