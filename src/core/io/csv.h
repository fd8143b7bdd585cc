#pragma once
// RFC 4180 CSV, both ways, plus formula-injection guarding:
// - Writing quotes a cell holding a comma, quote, CR or LF (quotes doubled) and ends
//   records with CRLF.
// - A cell beginning with = + - @ TAB or CR could run as a formula in a spreadsheet, so the
//   writer puts a single quote (') in front of it. Reading undoes exactly that, so our own
//   files round-trip byte for byte; a cell that really begins with ' followed by such a cell
//   gets one more ' (the guard is applied to "'...'=x" recursively).
// - Reading accepts CRLF, LF or CR line ends, a UTF-8 byte-order mark, and skips empty
//   lines; it reports the line of any malformed quote.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core::io {

struct CsvRecord {
  int line = 0;  // 1-based line the record starts on
  std::vector<std::string> cells;
};

struct CsvTable {
  std::vector<CsvRecord> records;
  std::optional<std::string> error;  // "line 4: ..." when the text is not valid CSV
};

// True when `cell` needs the leading ' to be safe in a spreadsheet.
bool NeedsFormulaGuard(std::string_view cell);

// Appends one cell (guarded and quoted as needed), no separator.
void AppendCsvCell(std::string& out, std::string_view cell);
// Appends cells joined by commas and a CRLF.
void AppendCsvRecord(std::string& out, const std::vector<std::string>& cells);

// Parses the text; cells come back unquoted and unguarded.
CsvTable ParseCsv(std::string_view text);

}  // namespace core::io
