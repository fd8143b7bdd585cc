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
