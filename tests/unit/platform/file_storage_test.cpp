// FileStorage on a real file system, beyond what every storage does (the conformance
// suite, file_storage_conformance_test.cpp): the file format, atomic replace, torn and
// corrupt files kept aside and reported, folders created, unusable folders reported clearly.
#include "file_storage.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using core::storage::Result;
using core::storage::Snapshot;
using core::storage::Status;
using platform::FileStorage;

namespace {

core::diary::Episode MakeEpisode(const std::string& id_tail, int duration_s) {
  core::diary::Episode episode;
  episode.id = "3f2a7c1e-5b6d-4e8f-9a0b-" + id_tail;
  episode.started_at = "2026-11-23T03:12:00+08:00";
  episode.duration_s = duration_s;
  episode.pain = 6;
  episode.notes = "woke at 3, \"calf\" \xE5\x8F\xB3";
  episode.relief_helped = true;
  episode.created_at = episode.updated_at = "2026-11-22T19:12:05Z";
  return episode;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void WriteAll(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

struct Loaded {
  Result result;
  Snapshot snapshot;
};

Loaded LoadFrom(FileStorage& storage) {
  Loaded loaded;
  storage.Load([&](const Result& r, Snapshot s) {
    loaded.result = r;
    loaded.snapshot = std::move(s);
  });
  return loaded;
}

Result Put(FileStorage& storage, const core::diary::Episode& episode) {
  Result result{Status::kFailed, "not called"};
  storage.PutEpisode(episode, [&](const Result& r) { result = r; });
  return result;
}

std::vector<fs::path> CorruptCopies(const fs::path& folder) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().filename().string().find(".corrupt-") != std::string::npos)
      found.push_back(entry.path());
  return found;
}

class FileStorageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "crampcheck-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    folder_ = root_ / "data";
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
  fs::path folder_;
};

}  // namespace

TEST_F(FileStorageTest, DiaryFileIsTheExportFormat) {
  FileStorage storage(folder_.string());
  LoadFrom(storage);
  Put(storage, MakeEpisode("000000000001", 60));
  const std::string text = ReadAll(folder_ / "diary.json");
  EXPECT_EQ(text.rfind("{\"format\":\"crampcheck-diary\",\"version\":1,\"exported_at\":\"", 0), 0u);
  EXPECT_NE(text.find("\"duration_s\":60"), std::string::npos);
}

TEST_F(FileStorageTest, ReplaceIsAtomicLeavingNoTempFileAndANewInode) {
  FileStorage storage(folder_.string());
  LoadFrom(storage);
  Put(storage, MakeEpisode("000000000001", 60));
  struct stat before {};
  ASSERT_EQ(::stat((folder_ / "diary.json").c_str(), &before), 0);
  Put(storage, MakeEpisode("000000000002", 60));
  struct stat after {};
  ASSERT_EQ(::stat((folder_ / "diary.json").c_str(), &after), 0);
  EXPECT_NE(before.st_ino, after.st_ino)
      << "the file is replaced by rename, not rewritten in place";
  EXPECT_FALSE(fs::exists(folder_ / "diary.json.tmp"));
  EXPECT_EQ((fs::status(folder_ / "diary.json").permissions() & fs::perms::others_read),
            fs::perms::none)
      << "health data is private to its owner";
}

TEST_F(FileStorageTest, LeftoverTempFileFromACrashIsIgnored) {
  {
    FileStorage storage(folder_.string());
    LoadFrom(storage);
    Put(storage, MakeEpisode("000000000001", 60));
  }
  WriteAll(folder_ / "diary.json.tmp", "{\"format\":\"crampcheck-di");  // crash mid-write
  FileStorage again(folder_.string());
  const Loaded loaded = LoadFrom(again);
  EXPECT_TRUE(loaded.result.Ok());
  EXPECT_TRUE(loaded.result.message.empty());
  EXPECT_EQ(loaded.snapshot.episodes.size(), 1u);
}

TEST_F(FileStorageTest, TornWriteIsDetectedKeptAsideAndReported) {
  {
    FileStorage storage(folder_.string());
    LoadFrom(storage);
    Put(storage, MakeEpisode("000000000001", 60));
    Put(storage, MakeEpisode("000000000002", 90));
  }
  const std::string whole = ReadAll(folder_ / "diary.json");
  const std::string torn = whole.substr(0, whole.size() / 2);
  WriteAll(folder_ / "diary.json", torn);

  FileStorage again(folder_.string());
  const Loaded loaded = LoadFrom(again);
  EXPECT_TRUE(loaded.result.Ok());
  EXPECT_NE(loaded.result.message.find("damaged"), std::string::npos) << loaded.result.message;
  EXPECT_NE(loaded.result.message.find("diary.json.corrupt-"), std::string::npos);
  ASSERT_FALSE(loaded.snapshot.problems.empty());
  EXPECT_NE(loaded.snapshot.problems[0].find("cut short"), std::string::npos);
  const auto copies = CorruptCopies(folder_);
  ASSERT_EQ(copies.size(), 1u);
  EXPECT_EQ(ReadAll(copies[0]), torn) << "the damaged file is kept byte for byte";
}

TEST_F(FileStorageTest, InvalidRecordKeepsTheFileAsideAndLoadsTheRest) {
  {
    FileStorage storage(folder_.string());
    LoadFrom(storage);
    Put(storage, MakeEpisode("000000000001", 60));
    Put(storage, MakeEpisode("000000000002", 90));
  }
  std::string text = ReadAll(folder_ / "diary.json");
  const auto pain = text.find("\"pain\":6");
  ASSERT_NE(pain, std::string::npos);
  text.replace(pain, 8, "\"pain\":11");
  WriteAll(folder_ / "diary.json", text);

  {
    FileStorage again(folder_.string());
    const Loaded loaded = LoadFrom(again);
    ASSERT_EQ(loaded.snapshot.episodes.size(), 1u);
    EXPECT_EQ(loaded.snapshot.episodes[0].duration_s, 90);
    ASSERT_EQ(loaded.snapshot.problems.size(), 1u);
    EXPECT_NE(loaded.snapshot.problems[0].find("pain"), std::string::npos);
    const auto copies = CorruptCopies(folder_);
    ASSERT_EQ(copies.size(), 1u);
    EXPECT_EQ(ReadAll(copies[0]), text);
  }
  // The readable part was written back, so the next start is clean and keeps it.
  FileStorage third(folder_.string());
  const Loaded next = LoadFrom(third);
  EXPECT_TRUE(next.result.message.empty()) << next.result.message;
  EXPECT_EQ(next.snapshot.episodes.size(), 1u);
}

TEST_F(FileStorageTest, CorruptFileIsNeverOverwrittenSilently) {
  fs::create_directories(folder_);
  WriteAll(folder_ / "diary.json", "not json at all");
  WriteAll(folder_ / "meta.json", "{\"format\":\"crampcheck-meta\",\"version\":1,\"meta\":{");
  FileStorage storage(folder_.string());
  const Loaded loaded = LoadFrom(storage);
  EXPECT_EQ(loaded.snapshot.problems.size(), 2u);
  EXPECT_NE(loaded.result.message.find("meta.json.corrupt-"), std::string::npos);
  EXPECT_TRUE(Put(storage, MakeEpisode("000000000001", 60)).Ok());
  const auto copies = CorruptCopies(folder_);
  ASSERT_EQ(copies.size(), 2u);
  for (const auto& copy : copies) {
    const std::string text = ReadAll(copy);
    EXPECT_TRUE(text == "not json at all" || text.find("crampcheck-meta") != std::string::npos);
  }
}

TEST_F(FileStorageTest, UnreadableFileIsLeftAloneAndWritesAreRefused) {
  fs::create_directories(folder_ / "diary.json");  // a folder where the file should be
  FileStorage storage(folder_.string());
  const Loaded loaded = LoadFrom(storage);
  EXPECT_EQ(loaded.result.status, Status::kUnavailable);
  EXPECT_NE(loaded.result.message.find("diary.json"), std::string::npos) << loaded.result.message;
  EXPECT_EQ(Put(storage, MakeEpisode("000000000001", 60)).status, Status::kUnavailable);
  EXPECT_TRUE(fs::is_directory(folder_ / "diary.json"));
  EXPECT_EQ(storage.PersistenceStatus(), core::storage::Persistence::kMemoryOnly);
}

TEST_F(FileStorageTest, MissingFoldersAreCreated) {
  const fs::path deep = root_ / "a" / "b" / "crampcheck";
  FileStorage storage(deep.string() + "/");
  ASSERT_TRUE(LoadFrom(storage).result.Ok());
  EXPECT_TRUE(Put(storage, MakeEpisode("000000000001", 60)).Ok());
  EXPECT_TRUE(fs::exists(deep / "diary.json"));
}

TEST_F(FileStorageTest, FolderThatCannotBeCreatedGivesAClearError) {
  WriteAll(root_ / "a-file", "x");
  FileStorage storage((root_ / "a-file" / "crampcheck").string());
  const Loaded loaded = LoadFrom(storage);
  EXPECT_EQ(loaded.result.status, Status::kUnavailable);
  EXPECT_NE(loaded.result.message.find("Cannot create the data folder"), std::string::npos);
  EXPECT_NE(loaded.result.message.find("a-file/crampcheck"), std::string::npos);
  EXPECT_EQ(Put(storage, MakeEpisode("000000000001", 60)).status, Status::kUnavailable);
}

TEST_F(FileStorageTest, FolderThatBecomesUnwritableFailsTheWriteAndKeepsMemory) {
  FileStorage storage(folder_.string());
  LoadFrom(storage);
  ASSERT_TRUE(Put(storage, MakeEpisode("000000000001", 60)).Ok());
  fs::remove_all(folder_);
  WriteAll(folder_, "now a file");  // works even for root, unlike chmod
  const Result failed = Put(storage, MakeEpisode("000000000002", 60));
  EXPECT_EQ(failed.status, Status::kFailed);
  EXPECT_NE(failed.message.find("Could not save to"), std::string::npos) << failed.message;
  fs::remove(folder_);
}

TEST_F(FileStorageTest, SecondInstanceOnTheSameFolderIsRefused) {
  FileStorage first(folder_.string());
  ASSERT_TRUE(LoadFrom(first).result.Ok());
  FileStorage second(folder_.string());
  const Loaded loaded = LoadFrom(second);
  EXPECT_EQ(loaded.result.status, Status::kUnavailable);
  EXPECT_NE(loaded.result.message.find("already open"), std::string::npos);
}

TEST_F(FileStorageTest, MetaRefusesTheSchemaKeyAndNonJson) {
  FileStorage storage(folder_.string());
  LoadFrom(storage);
  Result result;
  storage.PutMeta("schema_version", "2", [&](const Result& r) { result = r; });
  EXPECT_EQ(result.status, Status::kFailed);
  storage.PutMeta("settings", "{oops", [&](const Result& r) { result = r; });
  EXPECT_EQ(result.status, Status::kFailed);
  EXPECT_FALSE(fs::exists(folder_ / "meta.json"));
}

TEST_F(FileStorageTest, PutEpisodesIsOneWriteKeptAcrossAFreshLoad) {
  {
    FileStorage storage(folder_.string());
    ASSERT_TRUE(LoadFrom(storage).result.Ok());
    ASSERT_TRUE(Put(storage, MakeEpisode("000000000001", 60)).Ok());
    struct stat before {};
    ASSERT_EQ(::stat((folder_ / "diary.json").c_str(), &before), 0);
    Result result{Status::kFailed, "not called"};
    storage.PutEpisodes({MakeEpisode("000000000002", 70), MakeEpisode("000000000001", 90),
                         MakeEpisode("000000000003", 80)},
                        [&](const Result& r) { result = r; });
    ASSERT_TRUE(result.Ok()) << result.message;
    struct stat after {};
    ASSERT_EQ(::stat((folder_ / "diary.json").c_str(), &after), 0);
    EXPECT_NE(before.st_ino, after.st_ino) << "the batch is written by an atomic replace";
    EXPECT_FALSE(fs::exists(folder_ / "diary.json.tmp"));
  }
  FileStorage again(folder_.string());
  const Loaded loaded = LoadFrom(again);
  ASSERT_TRUE(loaded.result.Ok()) << loaded.result.message;
  EXPECT_TRUE(loaded.result.message.empty()) << loaded.result.message;
  ASSERT_EQ(loaded.snapshot.episodes.size(), 3u);
  EXPECT_EQ(loaded.snapshot.episodes[0], MakeEpisode("000000000001", 90)) << "replaced by id";
  EXPECT_EQ(loaded.snapshot.episodes[1], MakeEpisode("000000000002", 70));
  EXPECT_EQ(loaded.snapshot.episodes[2], MakeEpisode("000000000003", 80));
}

TEST_F(FileStorageTest, FailedPutEpisodesStoresNoneOfTheBatchAndLeavesTheFileAsItWas) {
  {
    FileStorage storage(folder_.string());
    ASSERT_TRUE(LoadFrom(storage).result.Ok());
    ASSERT_TRUE(Put(storage, MakeEpisode("000000000001", 60)).Ok());
    const std::string on_disk = ReadAll(folder_ / "diary.json");
    // A folder where the temporary file goes: the write fails before anything is renamed
    // (works even for root, unlike chmod).
    fs::create_directories(folder_ / "diary.json.tmp");
    Result result;
    int calls = 0;
    storage.PutEpisodes({MakeEpisode("000000000001", 90), MakeEpisode("000000000002", 70)},
                        [&](const Result& r) {
                          result = r;
                          ++calls;
                        });
    EXPECT_EQ(calls, 1) << "done runs exactly once";
    EXPECT_EQ(result.status, Status::kFailed);
    EXPECT_NE(result.message.find("Could not save to"), std::string::npos) << result.message;
    EXPECT_EQ(ReadAll(folder_ / "diary.json"), on_disk) << "the file on disk is unchanged";

    // The failed batch did not reach the storage's own copy either: the next write
    // stores the earlier entry and the new one, nothing of the batch.
    fs::remove(folder_ / "diary.json.tmp");
    ASSERT_TRUE(Put(storage, MakeEpisode("000000000004", 40)).Ok());
  }
  FileStorage again(folder_.string());
  const Loaded loaded = LoadFrom(again);
  ASSERT_TRUE(loaded.result.Ok()) << loaded.result.message;
  ASSERT_EQ(loaded.snapshot.episodes.size(), 2u);
  EXPECT_EQ(loaded.snapshot.episodes[0], MakeEpisode("000000000001", 60));
  EXPECT_EQ(loaded.snapshot.episodes[1], MakeEpisode("000000000004", 40));
}

TEST_F(FileStorageTest, PutEpisodesIsRefusedWhenTheFolderIsNotInUse) {
  fs::create_directories(folder_ / "diary.json");  // unreadable: writes are refused
  FileStorage storage(folder_.string());
  LoadFrom(storage);
  Result result;
  storage.PutEpisodes({MakeEpisode("000000000001", 60)}, [&](const Result& r) { result = r; });
  EXPECT_EQ(result.status, Status::kUnavailable);
  EXPECT_TRUE(fs::is_directory(folder_ / "diary.json"));
}

TEST(FileStorage, DefaultFolderFollowsXdgDataHome) {
  const char* saved = std::getenv("XDG_DATA_HOME");
  const std::string keep = saved ? saved : "";
  ::setenv("XDG_DATA_HOME", "/x/data", 1);
  EXPECT_EQ(FileStorage::DefaultFolder(), "/x/data/crampcheck");
  ::setenv("XDG_DATA_HOME", "relative", 1);  // the spec says: ignore relative paths
  EXPECT_NE(FileStorage::DefaultFolder(), "relative/crampcheck");
  if (saved)
    ::setenv("XDG_DATA_HOME", keep.c_str(), 1);
  else
    ::unsetenv("XDG_DATA_HOME");
}
