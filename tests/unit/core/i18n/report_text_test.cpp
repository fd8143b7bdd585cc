// The report and date tables (core/i18n/report_text.h): English and Simplified Chinese hold
// the same keys with the same {placeholders} and digits (month names aside: "Dec" is
// "12月"), none empty, plurals in pairs; no key is hidden by the triage or app tables; and
// every key the code asks for, written out or built from an Episode's values, is in both.
#include "core/i18n/report_text.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "core/diary/episode.h"
#include "core/diary/stats.h"
#include "core/i18n/app_text.h"
#include "core/i18n/text.h"
#include "core/triage/level.h"
#include "core/triage/triage_text.h"
#include "table_checks.h"

namespace {

using core::i18n::ReportTextEn;
using core::i18n::ReportTextKeysEn;
using core::i18n::ReportTextKeysZhHans;
using core::i18n::ReportTextZhHans;
bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

void ExpectInBothTables(const std::string& key) {
  EXPECT_FALSE(ReportTextEn(key).empty()) << "no English for " << key;
  EXPECT_FALSE(ReportTextZhHans(key).empty()) << "no Chinese for " << key;
}

TEST(ReportText, BothTablesHaveExactlyTheSameKeys) {
  table_checks::ExpectSameKeys(ReportTextKeysEn(), ReportTextKeysZhHans(), 100);
  EXPECT_TRUE(ReportTextEn("no.such.key").empty());
  EXPECT_TRUE(ReportTextZhHans("no.such.key").empty());
}

TEST(ReportText, EveryKeyHasTheSamePlaceholdersAndNumbers) {
  // A month is a number in Chinese ("12月"): the one place the digits differ.
  table_checks::ExpectSamePlaceholdersAndNumbers(ReportTextKeysEn(), ReportTextEn, ReportTextZhHans,
                                                 "date.month.");
}

TEST(ReportText, NoTextIsEmpty) {
  table_checks::ExpectNoneEmpty(ReportTextKeysEn(), ReportTextEn);
  table_checks::ExpectNoneEmpty(ReportTextKeysZhHans(), ReportTextZhHans);
}

TEST(ReportText, PluralsComeInPairsWithACount) {
  table_checks::ExpectPluralPairs(ReportTextKeysEn(), ReportTextEn);
}

TEST(ReportText, NoKeyIsHiddenByATriageOrAppKey) {
  // Text() searches the triage's table, then the app's, then this one.
  for (std::string_view key : ReportTextKeysEn()) {
    EXPECT_TRUE(core::triage::TriageTextEn(key).empty()) << key;
    EXPECT_TRUE(core::triage::TriageTextZhHans(key).empty()) << key;
    EXPECT_TRUE(core::i18n::AppTextEn(key).empty()) << key;
    EXPECT_TRUE(core::i18n::AppTextZhHans(key).empty()) << key;
  }
}

TEST(ReportText, TextFindsReportKeysInEachLanguage) {
  using core::i18n::Language;
  EXPECT_EQ(core::i18n::Text(Language::kEn, "report.heading"), "Night leg cramp diary");
  EXPECT_EQ(core::i18n::Text(Language::kZhHans, "report.heading"), "夜间腿抽筋日记");
  EXPECT_EQ(core::i18n::Text(Language::kZhHans, "date.weekday.wed"), "周三");
}

// Every "report.*" or "date.*" key written out in the sources that read these tables.
std::set<std::string> KeysInSource(const char* relative) {
  const std::filesystem::path path = std::filesystem::path(CRAMPCHECK_SOURCE_DIR) / relative;
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string source = buffer.str();
  static const std::regex kKey("\"((report|date)\\.[a-z_.]+)\"");
  std::set<std::string> keys;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), kKey);
       it != std::sregex_iterator(); ++it) {
    keys.insert((*it)[1].str());
  }
  return keys;
}

TEST(ReportText, EveryKeyTheCodeWritesOutIsInBothTables) {
  std::size_t found = 0;
  for (const char* source : {"src/core/io/report.cpp", "src/core/i18n/date_format.cpp"}) {
    for (const std::string& key : KeysInSource(source)) {
      ++found;
      // A prefix the code completes with an id ("report.muscle_" + "toe"), or a plural base.
      if (EndsWith(key, "_")) continue;
      if (ReportTextEn(key).empty() && !ReportTextEn(key + ".other").empty()) {
        ExpectInBothTables(key + ".one");
        ExpectInBothTables(key + ".other");
        continue;
      }
      ExpectInBothTables(key);
    }
  }
  EXPECT_GE(found, 80u) << "the scan no longer sees the keys";
}

TEST(ReportText, EveryKeyBuiltFromAValueIsInBothTables) {
  namespace d = core::diary;
  for (const auto value : d::kAllMuscles)
    ExpectInBothTables("report.muscle_" + std::string(d::Name(value)));
  for (const auto value : d::kAllSides)
    ExpectInBothTables("report.side_" + std::string(d::Name(value)));
  for (const auto value : d::kAllTriggers)
    ExpectInBothTables("report.trigger_" + std::string(d::Name(value)));
  for (const auto value : d::kAllReliefs)
    ExpectInBothTables("report.relief_" + std::string(d::Name(value)));
  for (const auto band : {d::FrequencyBand::kNone, d::FrequencyBand::kRare,
                          d::FrequencyBand::kOccasional, d::FrequencyBand::kFrequent})
    ExpectInBothTables("report.band_" + std::string(d::Name(band)));
  for (const auto level :
       {core::triage::Level::kEmergency, core::triage::Level::kUrgent, core::triage::Level::kSoon,
        core::triage::Level::kRoutine, core::triage::Level::kSelfCare})
    ExpectInBothTables("report.level_" + std::string(core::triage::LevelName(level)));
  for (const char* day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
    ExpectInBothTables(std::string("date.weekday.") + day);
  for (const char* month :
       {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
    ExpectInBothTables(std::string("date.month.") + month);
}

}  // namespace
