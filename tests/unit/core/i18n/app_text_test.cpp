// The app's text tables (core/i18n/app_text.h): English and Simplified Chinese hold the
// same keys, each with the same {placeholders} and digits, none empty; plurals come in
// complete pairs; and core::i18n::Text finds them after the triage's tables.
#include "core/i18n/app_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/text.h"
#include "core/triage/triage_text.h"

namespace {

using core::i18n::AppTextEn;
using core::i18n::AppTextKeysEn;
using core::i18n::AppTextKeysZhHans;
using core::i18n::AppTextZhHans;

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// Every {name} in `text`, with how often it occurs.
std::multiset<std::string> Placeholders(std::string_view text) {
  std::multiset<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.insert(std::string(text.substr(open, close - open + 1)));
  }
  return names;
}

// The runs of digits in `text` ("10 minutes" and "10 分钟" both give {"10"}), in any order.
std::multiset<std::string> DigitRuns(std::string_view text) {
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

TEST(AppText, BothTablesHaveExactlyTheSameKeys) {
  const auto& en_keys = AppTextKeysEn();
  const auto& zh_keys = AppTextKeysZhHans();
  const std::set<std::string_view> en(en_keys.begin(), en_keys.end());
  const std::set<std::string_view> zh(zh_keys.begin(), zh_keys.end());
  EXPECT_EQ(en.size(), en_keys.size()) << "a key is twice in the English table";
  EXPECT_EQ(zh.size(), zh_keys.size()) << "a key is twice in the Chinese table";
  EXPECT_GT(en.size(), 100u);
  for (std::string_view key : en) EXPECT_EQ(zh.count(key), 1u) << "no Chinese for " << key;
  for (std::string_view key : zh) EXPECT_EQ(en.count(key), 1u) << "no English for " << key;
  EXPECT_TRUE(AppTextEn("no.such.key").empty());
  EXPECT_TRUE(AppTextZhHans("no.such.key").empty());
}

TEST(AppText, EveryKeyHasTheSamePlaceholdersAndNumbers) {
  for (std::string_view key : AppTextKeysEn()) {
    const std::string_view en = AppTextEn(key);
    const std::string_view zh = AppTextZhHans(key);
    EXPECT_EQ(Placeholders(zh), Placeholders(en)) << key << ": " << zh;
    EXPECT_EQ(DigitRuns(zh), DigitRuns(en)) << key << ": " << zh;
  }
}

TEST(AppText, NoTextIsEmpty) {
  for (std::string_view key : AppTextKeysEn()) EXPECT_FALSE(AppTextEn(key).empty()) << key;
  for (std::string_view key : AppTextKeysZhHans()) EXPECT_FALSE(AppTextZhHans(key).empty()) << key;
}

TEST(AppText, PluralsComeInPairsWithACount) {
  const auto& keys = AppTextKeysEn();
  const auto has = [&](const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  for (std::string_view key : keys) {
    if (!EndsWith(key, ".one") && !EndsWith(key, ".other")) continue;
    const std::string base(key.substr(0, key.rfind('.')));
    EXPECT_TRUE(has(base + ".one") && has(base + ".other")) << key;
    EXPECT_EQ(Placeholders(AppTextEn(key)).count("{count}"), 1u) << key;
  }
}

TEST(AppText, NoAppKeyIsHiddenByATriageKey) {
  // Text() searches the triage's table first: an app key it also holds would never show.
  for (std::string_view key : AppTextKeysEn()) {
    EXPECT_TRUE(core::triage::TriageTextEn(key).empty()) << key;
    EXPECT_TRUE(core::triage::TriageTextZhHans(key).empty()) << key;
  }
}

TEST(AppText, TextFindsAppKeysInEachLanguage) {
  using core::i18n::Language;
  EXPECT_EQ(core::i18n::Text(Language::kEn, "nav.home"), "Home");
  EXPECT_EQ(core::i18n::Text(Language::kZhHans, "nav.home"), "首页");
  EXPECT_EQ(core::i18n::Plural(Language::kEn, "banner.unsaved", 1),
            "1 entry is not saved on this device yet.");
  EXPECT_EQ(core::i18n::Plural(Language::kEn, "banner.unsaved", 3),
            "3 entries are not saved on this device yet.");
  // Triage keys are still found first.
  EXPECT_EQ(core::i18n::Text(Language::kEn, "disclaimer"),
            core::triage::TriageTextEn("disclaimer"));
}

}  // namespace
