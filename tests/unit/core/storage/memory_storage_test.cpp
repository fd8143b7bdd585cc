// What only the test double does: simulated failures with a chosen status, and where a
// replaced entry sits. What every storage does is the conformance suite's
// (memory_storage_conformance_test.cpp, tests/conformance).
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

TEST(MemoryStorage, FailedWriteReportsItsStatusAndChangesNothing) {
  MemoryStorage storage;
  storage.FailWritesWith(Status::kQuotaExceeded);
  Result last;
  storage.PutEpisode(MakeEpisode("a", 60), [&](const Result& r) { last = r; });
  EXPECT_EQ(last.status, Status::kQuotaExceeded);
  EXPECT_TRUE(storage.Contents().episodes.empty());
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
