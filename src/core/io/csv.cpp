#include "core/io/csv.h"

namespace core::io {

bool NeedsFormulaGuard(std::string_view cell) {
  std::size_t i = 0;
  while (i < cell.size() && cell[i] == '\'') ++i;
  if (i == cell.size()) return false;
  const char c = cell[i];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void AppendCsvCell(std::string& out, std::string_view cell) {
  const bool guard = NeedsFormulaGuard(cell);
  // A cell starting with a byte-order mark is quoted too: unquoted at the start of a file,
  // the reader would take it for the file's BOM and drop it.
  const bool quote = cell.find_first_of(",\"\r\n") != std::string_view::npos ||
                     cell.substr(0, 3) == "\xEF\xBB\xBF";
  if (quote) out += '"';
  if (guard) out += '\'';
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quote) out += '"';
}

void AppendCsvRecord(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    AppendCsvCell(out, cells[i]);
  }
  out += "\r\n";
}

namespace {

void Unguard(std::string& cell) {
  if (!cell.empty() && cell[0] == '\'' && NeedsFormulaGuard(std::string_view(cell).substr(1)))
    cell.erase(0, 1);
}

}  // namespace

CsvTable ParseCsv(std::string_view text) {
  CsvTable table;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::size_t n = text.size();
  std::size_t i = 0;
  int line = 1;
  auto fail = [&table](int at, const std::string& message) {
    table.error = "line " + std::to_string(at) + ": " + message;
    table.records.clear();
  };
  auto skip_line_end = [&](std::size_t& pos) {  // pos at '\r' or '\n'
    if (text[pos] == '\r' && pos + 1 < n && text[pos + 1] == '\n') ++pos;
    ++pos;
    ++line;
  };
  while (i < n) {
    if (text[i] == '\r' || text[i] == '\n') {  // empty line
      skip_line_end(i);
      continue;
    }
    CsvRecord record;
    record.line = line;
    while (true) {
      std::string cell;
      if (i < n && text[i] == '"') {
        const int opened = line;
        ++i;
        while (true) {
          if (i >= n) {
            fail(opened, "a quoted cell is never closed");
            return table;
          }
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              cell += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\n' || (c == '\r' && !(i + 1 < n && text[i + 1] == '\n'))) ++line;
          cell += c;
          ++i;
        }
        if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
          fail(line, "unexpected text after a closing quote");
          return table;
        }
      } else {
        while (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
          if (text[i] == '"') {
            fail(line, "a quote inside an unquoted cell (quote the whole cell)");
            return table;
          }
          cell += text[i];
          ++i;
        }
      }
      Unguard(cell);
      record.cells.push_back(std::move(cell));
      if (i < n && text[i] == ',') {
        ++i;
        continue;
      }
      break;
    }
    table.records.push_back(std::move(record));
    if (i < n) skip_line_end(i);
  }
  return table;
}

}  // namespace core::io
