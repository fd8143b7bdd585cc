#pragma once
// Checks shared by the tests of every pair of text tables (triage, app, report): the same
// keys in both languages, the same {placeholders} and numbers per key, no empty text, and
// plurals in complete pairs.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace table_checks {

// Both key lists hold the same keys, each once, and at least `at_least` of them.
inline void ExpectSameKeys(const std::vector<std::string_view>& en_keys,
                           const std::vector<std::string_view>& zh_keys, std::size_t at_least) {
  const std::set<std::string_view> en(en_keys.begin(), en_keys.end());
  const std::set<std::string_view> zh(zh_keys.begin(), zh_keys.end());
  EXPECT_EQ(en.size(), en_keys.size()) << "a key is twice in the English table";
  EXPECT_EQ(zh.size(), zh_keys.size()) << "a key is twice in the Chinese table";
  EXPECT_GE(en.size(), at_least);
  for (std::string_view key : en) EXPECT_EQ(zh.count(key), 1u) << "no Chinese for " << key;
  for (std::string_view key : zh) EXPECT_EQ(en.count(key), 1u) << "no English for " << key;
}

// Every {name} in `text`, with how often it occurs.
inline std::multiset<std::string> Placeholders(std::string_view text) {
  std::multiset<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.insert(std::string(text.substr(open, close - open + 1)));
  }
  return names;
}

// Every maximal run of ASCII digits: thresholds (10 minutes, 600 s, 38 °C, 65...) must be
// the same numbers in both languages ("10 minutes" and "10分钟" both give {"10"}).
inline std::multiset<std::string> DigitRuns(std::string_view text) {
  std::multiset<std::string> runs;
  std::string run;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      run += c;
    } else if (!run.empty()) {
      runs.insert(run);
      run.clear();
    }
  }
  if (!run.empty()) runs.insert(run);
  return runs;
}

// A table's lookup (AppTextEn, ReportTextZhHans, ...).
using Lookup = std::string_view (*)(std::string_view);

// Every key of `keys` has the same placeholders in both tables and, unless it starts with
// `digits_may_differ` (when given), the same digits.
inline void ExpectSamePlaceholdersAndNumbers(const std::vector<std::string_view>& keys, Lookup en,
                                             Lookup zh, std::string_view digits_may_differ = {}) {
  for (std::string_view key : keys) {
    EXPECT_EQ(Placeholders(zh(key)), Placeholders(en(key))) << key << ": " << zh(key);
    if (!digits_may_differ.empty() && key.substr(0, digits_may_differ.size()) == digits_may_differ)
      continue;
    EXPECT_EQ(DigitRuns(zh(key)), DigitRuns(en(key))) << key << ": " << zh(key);
  }
}

// No key of `keys` has an empty text in `table`.
inline void ExpectNoneEmpty(const std::vector<std::string_view>& keys, Lookup table) {
  for (std::string_view key : keys) EXPECT_FALSE(table(key).empty()) << key;
}

// Every "<key>.one" / "<key>.other" has its partner, and each holds {count} once.
inline void ExpectPluralPairs(const std::vector<std::string_view>& keys, Lookup table) {
  const std::set<std::string_view> all(keys.begin(), keys.end());
  const auto ends_with = [](std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
  };
  for (std::string_view key : keys) {
    if (!ends_with(key, ".one") && !ends_with(key, ".other")) continue;
    const std::string base(key.substr(0, key.rfind('.')));
    EXPECT_TRUE(all.count(base + ".one") && all.count(base + ".other")) << key;
    EXPECT_EQ(Placeholders(table(key)).count("{count}"), 1u) << key;
  }
}

}  // namespace table_checks
