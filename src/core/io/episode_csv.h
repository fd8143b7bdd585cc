#pragma once
// The diary as CSV for spreadsheets: a header of DESIGN.md's field names, one episode per
// record. triggers are joined with ';' ("cold;alcohol"); relief_helped is true, false or
// empty; woke_from_sleep is true or false. Import reads our own files back exactly (see
// csv.h for quoting and formula guarding); columns may come in any order, but all must
// be there.
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/episode.h"
#include "core/io/import_issue.h"

namespace core::io {

std::string ExportDiaryCsv(const std::vector<core::diary::Episode>& episodes);

// Reads and validates every record; problems carry the line the record starts on.
ParsedEpisodes ParseDiaryCsv(std::string_view text);

}  // namespace core::io
