// The app's text tables (core/i18n/app_text.h): English and Simplified Chinese hold the
// same keys, each with the same {placeholders} and digits, none empty; plurals come in
// complete pairs; and core::i18n::Text finds them after the triage's tables.
#include "core/i18n/app_text.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/text.h"
#include "core/triage/triage_text.h"
#include "table_checks.h"

namespace {

using core::i18n::AppTextEn;
using core::i18n::AppTextKeysEn;
using core::i18n::AppTextKeysZhHans;
using core::i18n::AppTextZhHans;

TEST(AppText, BothTablesHaveExactlyTheSameKeys) {
  table_checks::ExpectSameKeys(AppTextKeysEn(), AppTextKeysZhHans(), 100);
  EXPECT_TRUE(AppTextEn("no.such.key").empty());
  EXPECT_TRUE(AppTextZhHans("no.such.key").empty());
}

TEST(AppText, EveryKeyHasTheSamePlaceholdersAndNumbers) {
  table_checks::ExpectSamePlaceholdersAndNumbers(AppTextKeysEn(), AppTextEn, AppTextZhHans);
}

TEST(AppText, NoTextIsEmpty) {
  table_checks::ExpectNoneEmpty(AppTextKeysEn(), AppTextEn);
  table_checks::ExpectNoneEmpty(AppTextKeysZhHans(), AppTextZhHans);
}

TEST(AppText, PluralsComeInPairsWithACount) {
  table_checks::ExpectPluralPairs(AppTextKeysEn(), AppTextEn);
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
