#pragma once
// Importing a file into the diary in two steps, so nothing changes until the person (or
// the CLI without --dry-run) agrees and the whole file is valid:
//   1. PlanImport: detect JSON or CSV, validate every row, and work out the merge by id:
//      new ids are added; for a known id the copy with the newer updated_at wins (on a tie
//      the diary's copy stays; identical copies are "unchanged").
//   2. ApplyImport: performs a valid plan as one undo step.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/diary.h"
#include "core/io/import_issue.h"

namespace core::io {

enum class ImportFormat { kJson, kCsv };
const char* Name(ImportFormat format);  // "json" / "csv"

// JSON when the first non-blank character (after a byte-order mark) is '{' or '[';
// anything else is read as CSV.
ImportFormat DetectFormat(std::string_view text);

// Parses a file of either format.
ParsedEpisodes ParseEpisodesFile(std::string_view text, ImportFormat format);

struct ImportPlan {
  ImportFormat format = ImportFormat::kJson;
  std::vector<ImportIssue> issues;  // why the file cannot be imported (first 1000)
  int issue_count = 0;
  int rows = 0;                                 // episodes in the file
  std::vector<core::diary::Episode> to_add;     // ids the diary does not have
  std::vector<core::diary::Episode> to_update;  // newer than the diary's copy
  int unchanged = 0;                            // identical to the diary's copy
  int kept_existing = 0;                        // the diary's copy is as new or newer
  bool Valid() const { return issue_count == 0; }
};

// The largest file the app reads for an import: 100,000 episodes in our JSON take about
// 35 MB. Bigger files are refused before they are read, with TooBigMessage().
inline constexpr std::size_t kMaxImportFileBytes = 64u * 1024u * 1024u;
std::string TooBigMessage(std::size_t bytes);

// How far after now an imported cramp may start: the file may come from a device whose
// clock or time zone was set wrong by some hours; a day or more ahead is a typo.
inline constexpr std::int64_t kImportClockMarginS = 24 * 3600;

// With `now_utc_seconds` (the app and the CLI always give it), the file is also checked
// with the editor's rule that needs a clock (core::diary::ValidateEntry), allowing
// kImportClockMarginS; without it, with the clock-free rules alone (ValidateEpisode).
ImportPlan PlanImport(const std::vector<core::diary::Episode>& existing, std::string_view text,
                      std::optional<std::int64_t> now_utc_seconds = std::nullopt);

// Applies a valid plan to `diary` as one undo step; refuses (changing nothing) otherwise.
core::diary::EditResult ApplyImport(core::diary::Diary& diary, const ImportPlan& plan);

}  // namespace core::io
