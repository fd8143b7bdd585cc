#include <gtest/gtest.h>

#include "core/storage/storage.h"

using core::storage::MemoryStorage;
using core::storage::Result;
using core::storage::Snapshot;
using core::storage::Status;

namespace {

core::diary::Episode MakeEpisode(const std::string& id, int duration_s) {
  core::diary::Episode episode;
  episode.id = id;
  episode.started_at = "2026-11-23T03:12:00+08:00";
  episode.duration_s = duration_s;
  episode.created_at = episode.updated_at = "2026-11-22T19:12:05Z";
  return episode;
}

}  // namespace

TEST(MemoryStorage, PutThenLoadReturnsTheEpisodeAndReplacesBySameId) {
  MemoryStorage storage;
  Result last;
  storage.PutEpisode(MakeEpisode("a", 60), [&](const Result& r) { last = r; });
  EXPECT_TRUE(last.Ok());
  storage.PutEpisode(MakeEpisode("a", 90), [&](const Result& r) { last = r; });
  Snapshot loaded;
  storage.Load([&](const Result&, Snapshot s) { loaded = std::move(s); });
  ASSERT_EQ(loaded.episodes.size(), 1u);
  EXPECT_EQ(loaded.episodes[0].duration_s, 90);
}

TEST(MemoryStorage, FailedWriteReportsItsStatusAndChangesNothing) {
  MemoryStorage storage;
  storage.FailWritesWith(Status::kQuotaExceeded);
  Result last;
  storage.PutEpisode(MakeEpisode("a", 60), [&](const Result& r) { last = r; });
  EXPECT_EQ(last.status, Status::kQuotaExceeded);
  EXPECT_TRUE(storage.Contents().episodes.empty());
}

TEST(MemoryStorage, MetaAndDeleteAndClear) {
  MemoryStorage storage;
  auto ignore = [](const Result&) {};
  storage.PutMeta("settings", "{\"region\":\"uk\"}", ignore);
  storage.PutEpisode(MakeEpisode("a", 60), ignore);
  storage.PutEpisode(MakeEpisode("b", 60), ignore);
  storage.DeleteEpisode("a", ignore);
  ASSERT_EQ(storage.Contents().episodes.size(), 1u);
  EXPECT_EQ(storage.Contents().episodes[0].id, "b");
  EXPECT_EQ(storage.Contents().meta.at("settings"), "{\"region\":\"uk\"}");
  storage.Clear(ignore);
  EXPECT_TRUE(storage.Contents().episodes.empty());
  EXPECT_TRUE(storage.Contents().meta.empty());
}

TEST(MemoryStorage, PutEpisodesAddsNewOnesAndReplacesBySameId) {
  MemoryStorage storage;
  Result last;
  storage.PutEpisode(MakeEpisode("a", 60), [&](const Result& r) { last = r; });
  ASSERT_TRUE(last.Ok());
  last = Result{Status::kFailed, "not called"};
  storage.PutEpisodes({MakeEpisode("b", 70), MakeEpisode("a", 90), MakeEpisode("c", 80)},
                      [&](const Result& r) { last = r; });
  EXPECT_TRUE(last.Ok()) << last.message;
  Snapshot loaded;
  storage.Load([&](const Result&, Snapshot s) { loaded = std::move(s); });
  ASSERT_EQ(loaded.episodes.size(), 3u);
  EXPECT_EQ(loaded.episodes[0], MakeEpisode("a", 90)) << "replaced in place, not added twice";
  EXPECT_EQ(loaded.episodes[1], MakeEpisode("b", 70));
  EXPECT_EQ(loaded.episodes[2], MakeEpisode("c", 80));
}

TEST(MemoryStorage, PutEpisodesWithTheSameIdTwiceKeepsTheLastOne) {
  MemoryStorage storage;
  storage.PutEpisodes({MakeEpisode("a", 60), MakeEpisode("a", 61)}, [](const Result&) {});
  ASSERT_EQ(storage.Contents().episodes.size(), 1u);
  EXPECT_EQ(storage.Contents().episodes[0].duration_s, 61);
}

TEST(MemoryStorage, FailedPutEpisodesStoresNoneOfTheBatch) {
  MemoryStorage storage;
  storage.PutEpisode(MakeEpisode("a", 60), [](const Result&) {});
  const Snapshot before = storage.Contents();
  storage.FailWritesWith(Status::kQuotaExceeded);
  Result last;
  int calls = 0;
  storage.PutEpisodes({MakeEpisode("a", 90), MakeEpisode("b", 70)}, [&](const Result& r) {
    last = r;
    ++calls;
  });
  EXPECT_EQ(calls, 1) << "done runs exactly once";
  EXPECT_EQ(last.status, Status::kQuotaExceeded);
  EXPECT_EQ(storage.Contents().episodes, before.episodes) << "all or none: none";
  storage.FailWritesWith(Status::kOk);
  storage.PutEpisodes({MakeEpisode("a", 90), MakeEpisode("b", 70)},
                      [&](const Result& r) { last = r; });
  EXPECT_TRUE(last.Ok());
  EXPECT_EQ(storage.Contents().episodes.size(), 2u);
}
