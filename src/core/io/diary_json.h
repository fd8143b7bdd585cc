#pragma once
// The diary file (DESIGN.md export contract):
//   {"format":"crampcheck-diary","version":1,"exported_at":"...Z","episodes":[...]}
// Written by export and read by import, the CLI and native storage.
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/episode.h"
#include "core/io/import_issue.h"

namespace core::io {

constexpr const char* kDiaryFormat = "crampcheck-diary";
constexpr int kDiaryVersion = 1;

// One episode per line, so files diff well. `exported_at` is a UTC timestamp.
std::string ExportDiaryJson(const std::vector<core::diary::Episode>& episodes,
                            const std::string& exported_at);

// Reads and validates the whole file: every episode is checked, each problem is reported
// with its index ("episodes[3]"), and duplicate ids are refused. Never throws. Streams the
// text through nlohmann's SAX parser (no DOM), so 100,000 episodes read in a few hundred ms.
ParsedEpisodes ParseDiaryJson(std::string_view text);

// A JSON list of stored episode records (what the IndexedDB storage reads), checked like a
// file's episodes but leniently: every valid episode is kept, and each problem of the others
// is an issue whose `row` is the record's index and whose `location` is its id (or
// "episodes[i]" when it has none). Only a list that is not JSON, or not a list, gives a single
// file issue (row -1) and no episodes. Every issue is stored. Never throws.
ParsedEpisodes ReadEpisodeRecords(std::string_view json_list);

}  // namespace core::io
