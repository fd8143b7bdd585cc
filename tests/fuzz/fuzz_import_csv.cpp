// Any bytes as a diary CSV file: never crash; whatever is accepted must survive
// export -> import unchanged (quoting and formula guarding included).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/diary/stats.h"
#include "core/io/csv.h"
#include "core/io/episode_csv.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The raw CSV layer: any table read back is written and read again to the same cells.
  const core::io::CsvTable table = core::io::ParseCsv(text);
  if (!table.error) {
    std::string written;
    for (const auto& record : table.records) core::io::AppendCsvRecord(written, record.cells);
    const core::io::CsvTable again = core::io::ParseCsv(written);
    FUZZ_CHECK(!again.error);
    // Records of one empty cell are blank lines, which the reader skips.
    std::size_t j = 0;
    for (const auto& record : table.records) {
      if (record.cells.size() == 1 && record.cells[0].empty()) continue;
      FUZZ_CHECK(j < again.records.size() && again.records[j].cells == record.cells);
      ++j;
    }
  }
  const core::io::ParsedEpisodes parsed = core::io::ParseDiaryCsv(text);
  if (!parsed.Ok()) {
    FUZZ_CHECK(parsed.episodes.empty());
    return 0;
  }
  const core::io::ParsedEpisodes back =
      core::io::ParseDiaryCsv(core::io::ExportDiaryCsv(parsed.episodes));
  FUZZ_CHECK(back.Ok());
  FUZZ_CHECK(back.episodes == parsed.episodes);
  core::diary::ComputeStats(parsed.episodes, core::diary::LocalDate{2026, 11, 29});
  return 0;
}
