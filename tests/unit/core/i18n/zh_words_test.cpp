// Words a Chinese reader must never see (../shared/ZH-REVIEW.md, GLOSSARY-zh.md, issue 29
// item 8), checked on every string of every zh-Hans table: the triage table (plain entries
// and the sign rows' question.*, cond.* and if.*), the app's screens, dates and the report,
// and the Chinese fields of every emergency region.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/app_text.h"
#include "core/i18n/report_text.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/triage_text.h"

namespace {

using core::triage::EmergencyRegion;
using core::triage::EmergencyRegions;
using core::triage::TriageTextZhHans;

struct ZhString {
  std::string where;  // "triage rule.dvt", "region cn urgent_line_zh"
  std::string_view text;
};

// Every Chinese string the app can show, with where it comes from.
std::vector<ZhString> AllZhStrings() {
  std::vector<ZhString> all;
  for (std::string_view key : core::triage::TriageTextKeysZhHans())
    all.push_back({"triage " + std::string(key), TriageTextZhHans(key)});
  for (std::string_view key : core::i18n::AppTextKeysZhHans())
    all.push_back({"app " + std::string(key), core::i18n::AppTextZhHans(key)});
  for (std::string_view key : core::i18n::ReportTextKeysZhHans())
    all.push_back({"report " + std::string(key), core::i18n::ReportTextZhHans(key)});
  for (const EmergencyRegion& region : EmergencyRegions()) {
    const std::string code(region.code);
    all.push_back({"region " + code + " name_zh", region.name_zh});
    all.push_back({"region " + code + " urgent_line_zh", region.urgent_line_zh});
    all.push_back({"region " + code + " emergency_department_zh", region.emergency_department_zh});
  }
  return all;
}

bool Contains(std::string_view text, std::string_view piece) {
  return text.find(piece) != std::string_view::npos;
}

// The code points of UTF-8 `text` (invalid bytes pass as themselves).
std::vector<char32_t> CodePoints(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    char32_t point = extra == 0 ? byte : byte & (0x3F >> extra);
    std::size_t j = i + 1;
    for (; extra > 0 && j < text.size(); --extra, ++j) {
      point = (point << 6) | (static_cast<unsigned char>(text[j]) & 0x3F);
    }
    out.push_back(point);
    i = j;
  }
  return out;
}

bool IsChineseCharacter(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

bool IsDigit(char32_t c) {
  return c >= '0' && c <= '9';
}

// Spaces between a digit (or a {placeholder}, which is filled with a number) and a Chinese
// character, either way round: "10 分钟", "第 {position} 步", "热线 1800". GLOSSARY-zh.md
// "Writing rules": 10分钟, 每周3次, 第2步. One placeholder is a word, not a number: a date
// writes its weekday after a space (11月22日 周日), so "日 {weekday}" is allowed.
std::vector<std::string> DigitSpaces(std::string_view text) {
  std::string without_words(text);
  for (auto at = without_words.find(" {weekday}"); at != std::string::npos;
       at = without_words.find(" {weekday}")) {
    without_words.replace(at, 10, "周");  // a word: no digit rule around it
  }
  const std::vector<char32_t> points = CodePoints(without_words);
  std::vector<std::string> found;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i] != ' ' && points[i] != 0xA0) continue;
    std::size_t end = i;
    while (end < points.size() && (points[end] == ' ' || points[end] == 0xA0)) ++end;
    if (i == 0 || end == points.size()) continue;
    const char32_t before = points[i - 1];
    const char32_t after = points[end];
    const bool number_before = IsDigit(before) || before == '}';
    const bool number_after = IsDigit(after) || after == '{';
    if ((number_before && IsChineseCharacter(after)) ||
        (IsChineseCharacter(before) && number_after)) {
      found.push_back("at code point " + std::to_string(i));
    }
    i = end - 1;
  }
  return found;
}

// `text` with every {name} filled from `region` in Chinese, as a zh-Hans screen shows it.
std::string FilledForRegion(std::string_view text, const EmergencyRegion& region) {
  std::string out(text);
  const auto replace = [&out](std::string_view from, std::string_view to) {
    for (auto at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
    }
  };
  replace("{number}", region.number);
  replace("{urgent}", region.urgent_line_zh);
  replace("{urgent_number}", region.urgent_number);
  replace("{ed}", region.emergency_department_zh);
  return out;
}

}  // namespace

TEST(ZhWords, TheCheckSeesEveryStringOfEveryTable) {
  const std::vector<ZhString> all = AllZhStrings();
  EXPECT_EQ(all.size(), core::triage::TriageTextKeysZhHans().size() +
                            core::i18n::AppTextKeysZhHans().size() +
                            core::i18n::ReportTextKeysZhHans().size() +
                            3 * EmergencyRegions().size());
  // The sign rows are among the triage keys: questions, conditions and if-clauses.
  int questions = 0;
  int conditions = 0;
  int ifs = 0;
  for (std::string_view key : core::triage::TriageTextKeysZhHans()) {
    questions += key.substr(0, 9) == "question." ? 1 : 0;
    conditions += key.substr(0, 5) == "cond." ? 1 : 0;
    ifs += key.substr(0, 3) == "if." ? 1 : 0;
  }
  EXPECT_GE(questions, 50);
  EXPECT_GE(conditions, 45);
  EXPECT_EQ(conditions, ifs);
  for (const ZhString& entry : all) EXPECT_FALSE(entry.text.empty()) << entry.where;
}

TEST(ZhWords, TheUrgentLevelNeverSaysWhenYouCan) {
  // 尽快 reads as "when you can": the urgent level is 立即就医 (at night) / 当天就医.
  for (const char* key : {"level.urgent", "advice.level.urgent", "act.urgent", "group.urgent"}) {
    EXPECT_FALSE(Contains(TriageTextZhHans(key), "尽快")) << key;
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "立即")) << key;
  }
  const std::string_view report = core::i18n::ReportTextZhHans("report.level_urgent");
  EXPECT_FALSE(Contains(report, "尽快")) << report;
  EXPECT_TRUE(Contains(report, "当天就医")) << report;
  EXPECT_TRUE(Contains(report, "立即")) << report;
  for (const ZhString& entry : AllZhStrings()) {
    EXPECT_FALSE(Contains(entry.text, "尽快")) << entry.where << ": " << entry.text;
  }
}

TEST(ZhWords, NoMidwifeAndNoCallingTheEmergencyDepartment) {
  // Mainland China has no midwife to phone, and nobody can "contact" an emergency
  // department: 请立即就医（{urgent}）.
  for (const ZhString& entry : AllZhStrings()) {
    EXPECT_FALSE(Contains(entry.text, "助产士")) << entry.where << ": " << entry.text;
    EXPECT_FALSE(Contains(entry.text, "联系医院急诊")) << entry.where << ": " << entry.text;
    EXPECT_FALSE(Contains(entry.text, "联系{urgent}")) << entry.where << ": " << entry.text;
    EXPECT_FALSE(Contains(entry.text, "联系{ed}")) << entry.where << ": " << entry.text;
  }
  // And not once a region's words are filled in.
  for (const EmergencyRegion& region : EmergencyRegions()) {
    for (std::string_view key : core::triage::TriageTextKeysZhHans()) {
      const std::string filled = FilledForRegion(TriageTextZhHans(key), region);
      EXPECT_FALSE(Contains(filled, "联系医院急诊")) << region.code << " " << key << ": " << filled;
      EXPECT_FALSE(Contains(filled, "联系医院急症室")) << region.code << " " << key;
    }
  }
}

TEST(ZhWords, TinglingIsNotAStabbingPain) {
  for (const ZhString& entry : AllZhStrings()) {
    EXPECT_FALSE(Contains(entry.text, "刺痛")) << entry.where << ": " << entry.text;
  }
  for (const char* key : {"question.numbness_or_tingling", "cond.numbness_or_tingling",
                          "if.numbness_or_tingling", "rule.numbness"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "针刺感（发麻）")) << key;
  }
}

TEST(ZhWords, FeverIsFaShaoAndWarmSkinIsFaTang) {
  // 发热 is a fever in Chinese: a warm calf read as 发热 sounds like a fever. The tables use
  // 发烧 for fever and 摸起来发烫 for warm skin, so 发热 appears nowhere.
  for (const ZhString& entry : AllZhStrings()) {
    EXPECT_FALSE(Contains(entry.text, "发热")) << entry.where << ": " << entry.text;
  }
  for (const char* key : {"question.fever", "cond.fever", "if.fever"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "发烧")) << key;
  }
  for (const char* key : {"question.calf_red_warm_tender", "cond.calf_red_warm_tender",
                          "if.calf_red_warm_tender", "rule.dvt"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "摸起来发烫")) << key;
  }
}

TEST(ZhWords, AChildsFitIsAConvulsionNotACramp) {
  // People say 腿抽搐 for a leg cramp: a fit is 惊厥（抽风：全身抽动、叫不应）, and 抽搐, if
  // ever used, stands next to 惊厥.
  for (const ZhString& entry : AllZhStrings()) {
    const std::string_view text = entry.text;
    for (auto at = text.find("抽搐"); at != std::string_view::npos; at = text.find("抽搐", at + 1)) {
      const std::size_t from = at > 30 ? at - 30 : 0;
      EXPECT_TRUE(Contains(text.substr(from, 66), "惊厥")) << entry.where << ": " << text;
    }
  }
  for (const char* key : {"question.child_very_unwell", "cond.child_very_unwell",
                          "if.child_very_unwell", "rule.child_unwell"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "惊厥（抽风：全身抽动、叫不应）")) << key;
  }
}

TEST(ZhWords, NoSpaceBetweenADigitAndAChineseCharacter) {
  for (const ZhString& entry : AllZhStrings()) {
    EXPECT_EQ(DigitSpaces(entry.text), std::vector<std::string>())
        << entry.where << ": " << entry.text;
  }
}

TEST(ZhWords, TheSpaceRuleSeesWhatItShould) {
  EXPECT_FALSE(DigitSpaces("10 分钟").empty());
  EXPECT_FALSE(DigitSpaces("每周 3 次").empty());
  EXPECT_FALSE(DigitSpaces("第 {position} 步").empty());
  EXPECT_FALSE(DigitSpaces("{count} 次").empty());
  EXPECT_FALSE(DigitSpaces("热线 1800 022 222").empty());
  EXPECT_FALSE(DigitSpaces("有 {count}").empty());
  EXPECT_TRUE(DigitSpaces("10分钟，每周3次，第{position}步").empty());
  EXPECT_TRUE(DigitSpaces("NHS 111（英格兰的24小时医疗咨询电话）").empty());
  EXPECT_TRUE(DigitSpaces("{date} {time}").empty());
  EXPECT_TRUE(DigitSpaces("{month}{day}日 {weekday}").empty());
  EXPECT_TRUE(DigitSpaces("CrampCheck 报告").empty());
}

TEST(ZhWords, MacauIsItsOwnRegion) {
  const EmergencyRegion* mo = core::triage::FindEmergencyRegion("mo");
  ASSERT_NE(mo, nullptr);
  EXPECT_EQ(mo->name_zh, "中国澳门");
  EXPECT_EQ(mo->number, "999");
  EXPECT_EQ(mo->urgent_line_zh, "医院急诊");
  EXPECT_EQ(core::triage::RegionFromLocale("zh-MO"), "mo");
  EXPECT_EQ(core::triage::RegionFromLocale("zh_MO"), "mo");
  EXPECT_EQ(core::triage::RegionFromLocale("en-MO"), "mo");
}

TEST(ZhWords, HomeAndTheIntroductionSayNewOrNotUsualForBreathlessness) {
  // CLINICAL.md "Questions" (3.1): the same scope on Home and in the introduction as in pe's
  // question, in both languages.
  EXPECT_TRUE(Contains(core::i18n::AppTextEn("selfcheck.intro_emergency"), "new or not usual for you"));
  EXPECT_TRUE(Contains(core::triage::TriageTextEn("advice.emergency_signs"), "new or not usual for you"));
  EXPECT_TRUE(Contains(core::i18n::AppTextZhHans("selfcheck.intro_emergency"), "新出现的或与平时不同的"));
  EXPECT_TRUE(Contains(TriageTextZhHans("advice.emergency_signs"), "新出现的或与平时不同的"));
  EXPECT_TRUE(Contains(core::i18n::AppTextZhHans("selfcheck.intro_emergency"), "气短（呼吸困难）"));
}
