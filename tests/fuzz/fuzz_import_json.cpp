// Any bytes as a diary JSON file: never crash; whatever is accepted must survive
// export -> import unchanged, merge against itself as "unchanged", and feed the statistics.
// The same bytes as IndexedDB's list of stored records: never crash; the records kept must
// read back, written as a list, unchanged and without a problem.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/diary/stats.h"
#include "core/io/diary_json.h"
#include "core/io/episode_json.h"
#include "core/io/import.h"
#include "fuzz_check.h"

namespace {

void CheckStoredRecords(std::string_view text) {
  const core::io::ParsedEpisodes records = core::io::ReadEpisodeRecords(text);
  const bool unreadable = !records.issues.empty() && records.issues.front().row < 0;
  if (unreadable) {
    FUZZ_CHECK(records.episodes.empty() && records.issues.size() == 1);
    return;
  }
  std::string list = "[";
  for (const auto& episode : records.episodes) {
    if (list.size() > 1) list += ',';
    list += core::io::EpisodeToJson(episode);
  }
  list += ']';
  const core::io::ParsedEpisodes back = core::io::ReadEpisodeRecords(list);
  FUZZ_CHECK(back.Ok());
  FUZZ_CHECK(back.episodes == records.episodes);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckStoredRecords(text);
  const core::io::ParsedEpisodes parsed = core::io::ParseDiaryJson(text);
  FUZZ_CHECK(parsed.Ok() == (parsed.issue_count == 0));
  if (!parsed.Ok()) {
    FUZZ_CHECK(parsed.episodes.empty());
    FUZZ_CHECK(!parsed.issues.empty());
    return 0;
  }
  const std::string again = core::io::ExportDiaryJson(parsed.episodes, "2026-01-01T00:00:00Z");
  const core::io::ParsedEpisodes back = core::io::ParseDiaryJson(again);
  FUZZ_CHECK(back.Ok());
  FUZZ_CHECK(back.episodes == parsed.episodes);
  const core::io::ImportPlan plan = core::io::PlanImport(parsed.episodes, again);
  FUZZ_CHECK(plan.Valid() && plan.to_add.empty() && plan.to_update.empty());
  core::diary::ComputeStats(parsed.episodes, core::diary::LocalDate{2026, 11, 29});
  return 0;
}
