// Any bytes as a diary JSON file: never crash; whatever is accepted must survive
// export -> import unchanged, merge against itself as "unchanged", and feed the statistics.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/diary/stats.h"
#include "core/io/diary_json.h"
#include "core/io/import.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
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
