#include "core/io/csv.h"

#include <gtest/gtest.h>

using namespace core::io;

namespace {
std::string Cell(const std::string& text) {
  std::string out;
  AppendCsvCell(out, text);
  return out;
}
std::vector<std::string> RoundTrip(const std::vector<std::string>& cells) {
  std::string out;
  AppendCsvRecord(out, cells);
  const CsvTable table = ParseCsv(out);
  EXPECT_FALSE(table.error) << *table.error;
  return table.records.empty() ? std::vector<std::string>{} : table.records[0].cells;
}
}  // namespace

TEST(Csv, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(Cell("plain"), "plain");
  EXPECT_EQ(Cell("a,b"), "\"a,b\"");
  EXPECT_EQ(Cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(Cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(Cell(""), "");
}

TEST(Csv, GuardsFormulaCells) {
  EXPECT_EQ(Cell("=1+1"), "'=1+1");
  EXPECT_EQ(Cell("+1"), "'+1");
  EXPECT_EQ(Cell("-1"), "'-1");
  EXPECT_EQ(Cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(Cell("\tx"), "'\tx");
  EXPECT_EQ(Cell("\rx"), "\"'\rx\"");
  EXPECT_EQ(Cell("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  EXPECT_EQ(Cell("a=1"), "a=1");
  EXPECT_EQ(Cell("'quoted'"), "'quoted'");
  EXPECT_EQ(Cell("'=x"), "''=x");  // so reading it back gives '=x again
}

TEST(Csv, RoundTripsAwkwardCells) {
  const std::vector<std::string> cells = {"",
                                          "plain",
                                          "a,b",
                                          "\"",
                                          "\"\"",
                                          "line1\r\nline2",
                                          "line1\nline2",
                                          "\rcr",
                                          "=cmd|' /C calc'!A0",
                                          "+",
                                          "-",
                                          "@",
                                          "\t",
                                          "'",
                                          "'=x",
                                          "''+y",
                                          "'hello",
                                          "trailing,",
                                          " spaced ",
                                          "\xE8\x85\xBF"};
  EXPECT_EQ(RoundTrip(cells), cells);
}

TEST(Csv, LeadingByteOrderMarkInACellSurvives) {
  // Found by fuzz_import_csv: unquoted, it was read back as the file's BOM and dropped.
  const std::vector<std::string> cells = {"\xEF\xBB\xBFx", "y"};
  EXPECT_EQ(Cell(cells[0]), "\"\xEF\xBB\xBFx\"");
  EXPECT_EQ(RoundTrip(cells), cells);
}

TEST(Csv, ParsesRecordsAndLines) {
  const CsvTable table = ParseCsv("a,b\r\n\"x\ny\",2\n\n3,\"\"\n4,5");
  ASSERT_FALSE(table.error);
  ASSERT_EQ(table.records.size(), 4u);
  EXPECT_EQ(table.records[0].line, 1);
  EXPECT_EQ(table.records[1].line, 2);
  EXPECT_EQ(table.records[1].cells[0], "x\ny");
  EXPECT_EQ(table.records[2].line, 5);  // after a quoted newline and an empty line
  EXPECT_EQ(table.records[2].cells, (std::vector<std::string>{"3", ""}));
  EXPECT_EQ(table.records[3].line, 6);
}

TEST(Csv, ByteOrderMarkAndTrailingComma) {
  const CsvTable table = ParseCsv("\xEF\xBB\xBFid,notes,\r\n");
  ASSERT_FALSE(table.error);
  EXPECT_EQ(table.records[0].cells, (std::vector<std::string>{"id", "notes", ""}));
}

TEST(Csv, ReportsMalformedQuotesWithLine) {
  EXPECT_EQ(*ParseCsv("a\n\"open\nstill").error, "line 2: a quoted cell is never closed");
  EXPECT_EQ(*ParseCsv("a\nb\n\"x\"y").error, "line 3: unexpected text after a closing quote");
  EXPECT_EQ(*ParseCsv("a\nb\"c").error,
            "line 2: a quote inside an unquoted cell (quote the whole cell)");
  EXPECT_TRUE(ParseCsv("a\nb\"c").records.empty());
}
