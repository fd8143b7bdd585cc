// The Simplified Chinese triage table against the English one: the same keys, the same
// placeholders and numbers for every key, no English left behind, the glossary terms
// (../shared/GLOSSARY-zh.md) where CLINICAL.md needs them, and Chinese region names and
// urgent lines for every emergency region.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/triage/emergency_numbers.h"
#include "core/triage/level.h"
#include "core/triage/triage_text.h"
#include "../i18n/table_checks.h"

using core::triage::EmergencyRegion;
using core::triage::EmergencyRegions;
using core::triage::Level;
using core::triage::OpenSign;
using core::triage::TriageTextEn;
using core::triage::TriageTextKeysEn;
using core::triage::TriageTextKeysZhHans;
using core::triage::TriageTextZhHans;

namespace {

using table_checks::DigitRuns;
using table_checks::Placeholders;

bool Contains(std::string_view text, std::string_view piece) {
  return text.find(piece) != std::string_view::npos;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsPlaceholderChar(char c) {
  return (c >= 'a' && c <= 'z') || c == '_';
}

// `text` with every {name} removed; stray braces are kept so a test can see them.
std::string WithoutPlaceholders(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      std::size_t end = i + 1;
      while (end < text.size() && IsPlaceholderChar(text[end])) ++end;
      if (end < text.size() && text[end] == '}' && end > i + 1) {
        i = end;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// Latin letters a Chinese text may keep. Known abbreviations (sources and a few medical
// ones a Chinese patient page also writes in Latin letters); three-letter ones pass anyway,
// they are listed so the list says what is meant.
const std::set<std::string>& KnownAbbreviations() {
  static const std::set<std::string> known = {"NHS", "NICE", "MHRA", "BNF", "UKTIS", "HSE",
                                              "NCT", "WHO",  "IV",   "HRT", "GP"};
  return known;
}

// Source names that stay as written in CLINICAL.md although they are not abbreviations.
const std::vector<std::string_view>& SourceNames() {
  static const std::vector<std::string_view> names = {
      "Mayo Clinic",      "Cochrane",          "Healthier Together", "Allen & Kirby",
      "Am Fam Physician", "Garrison",          "Arch Intern Med",    "Hallegraeff",
      "Coppin",           "Drug Safety Update"};
  return names;
}

// `text` with what may stay in Latin letters cut out:
// - placeholders ({number}, {urgent}, ...): filled at run time, never shown;
// - a quoted source name right after a known abbreviation, in ASCII or Chinese quotes:
//   NHS "Leg cramps", NHS “Leg cramps” (CLINICAL.md keeps source names in English);
// - the unquoted source names above.
// What is left must have no run of 4 or more ASCII letters unless it is a known
// abbreviation (UKTIS, NICE, MHRA): a longer run is English that was not translated. Runs of
// 1 to 3 letters pass (°C, NHS, a lone "B" in a list), since they are units or abbreviations.
std::string WithoutAllowedLatin(std::string_view raw) {
  std::string text = WithoutPlaceholders(raw);
  for (std::string_view name : SourceNames()) {
    for (auto at = text.find(name); at != std::string::npos; at = text.find(name)) {
      text.erase(at, name.size());
    }
  }
  static const std::vector<std::pair<std::string, std::string>> quotes = {
      {"\"", "\""}, {"\xE2\x80\x9C" /* “ */, "\xE2\x80\x9D" /* ” */}};
  for (const std::string& abbreviation : KnownAbbreviations()) {
    for (const auto& [open, close] : quotes) {
      for (const std::string& gap : {std::string(" "), std::string()}) {
        const std::string opener = abbreviation + gap + open;
        for (auto at = text.find(opener); at != std::string::npos; at = text.find(opener, at)) {
          const auto begin = at + opener.size();
          const auto end = text.find(close, begin);
          if (end == std::string::npos) break;
          text.erase(begin, end - begin);
          at = begin;
        }
      }
    }
  }
  return text;
}

// Runs of 4+ ASCII letters that are not known abbreviations.
std::vector<std::string> UntranslatedWords(std::string_view raw) {
  const std::string text = WithoutAllowedLatin(raw);
  std::vector<std::string> words;
  std::string run;
  const auto flush = [&] {
    if (run.size() >= 4 && KnownAbbreviations().count(run) == 0) words.push_back(run);
    run.clear();
  };
  for (char c : text) {
    if (IsAsciiLetter(c)) {
      run += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// The Chinese fields of a region in the places the fill functions read today, so that a
// sentence can be checked the way a zh-Hans screen will show it.
EmergencyRegion ChineseRegion(std::string_view code) {
  const EmergencyRegion& region = *core::triage::FindEmergencyRegion(code);
  return EmergencyRegion{region.code, region.name_zh, region.number, region.urgent_line_zh,
                         region.emergency_department_zh};
}

}  // namespace

// [SECTION] Same keys, placeholders and numbers as English.

TEST(TriageTextZh, BothTablesHaveExactlyTheSameKeys) {
  table_checks::ExpectSameKeys(TriageTextKeysEn(), TriageTextKeysZhHans(), 200);
  EXPECT_TRUE(TriageTextZhHans("no.such.key").empty());
}

TEST(TriageTextZh, EveryKeyHasTheSamePlaceholders) {
  for (std::string_view key : TriageTextKeysEn()) {
    const std::string_view en = TriageTextEn(key);
    const std::string_view zh = TriageTextZhHans(key);
    EXPECT_EQ(Placeholders(zh), Placeholders(en)) << key << ": " << zh;
    const std::string rest = WithoutPlaceholders(zh);
    EXPECT_FALSE(Contains(rest, "{") || Contains(rest, "}")) << "stray brace: " << key;
  }
}

TEST(TriageTextZh, EveryKeyHasTheSameNumbers) {
  // 10 minutes, 600 s, 6 weeks, 4 weeks, 38 °C, 3 a week, 65, under 18: a threshold written
  // in digits in one language is written in the same digits in the other.
  for (std::string_view key : TriageTextKeysEn()) {
    EXPECT_EQ(DigitRuns(TriageTextZhHans(key)), DigitRuns(TriageTextEn(key)))
        << key << ": " << TriageTextZhHans(key);
  }
}

TEST(TriageTextZh, NoTextIsEmpty) {
  for (std::string_view key : TriageTextKeysZhHans()) {
    EXPECT_FALSE(TriageTextZhHans(key).empty()) << key;
  }
}

TEST(TriageTextZh, NoEnglishWordsLeft) {
  for (std::string_view key : TriageTextKeysZhHans()) {
    const std::string_view text = TriageTextZhHans(key);
    EXPECT_EQ(UntranslatedWords(text), std::vector<std::string>()) << key << ": " << text;
  }
}

TEST(TriageTextZh, TheLatinRuleAllowsSourceNamesAndAbbreviationsOnly) {
  EXPECT_TRUE(UntranslatedWords("英国 NHS 建议").empty());
  EXPECT_TRUE(UntranslatedWords("见 NHS \"Leg cramps\"").empty());
  EXPECT_TRUE(UntranslatedWords("见 NHS“Deep vein thrombosis”和 UKTIS、NICE、MHRA").empty());
  EXPECT_TRUE(UntranslatedWords("见 Mayo Clinic；请拨打{number}，联系{urgent}").empty());
  EXPECT_TRUE(UntranslatedWords("38 °C").empty());
  EXPECT_EQ(UntranslatedWords("请 call 医生"), std::vector<std::string>{"call"});
  EXPECT_EQ(UntranslatedWords("\"Leg cramps\" 没有来源"), (std::vector<std::string>{"cramps"}));
}

TEST(TriageTextZh, NoTextWritesAnEmergencyNumberOrServiceItself) {
  std::set<std::string> numbers;
  for (const auto& region : EmergencyRegions()) numbers.insert(std::string(region.number));
  for (std::string_view key : TriageTextKeysZhHans()) {
    const std::string_view text = TriageTextZhHans(key);
    for (const std::string& run : DigitRuns(text)) {
      EXPECT_EQ(numbers.count(run), 0u) << key << ": " << text;
    }
    // The maternity emergency unit is a hospital department, not the region's service
    // (GLOSSARY-zh.md: 产科急诊（您建档或分娩的医院）), so it may be named.
    std::string rest(text);
    for (auto at = rest.find("产科急诊"); at != std::string::npos; at = rest.find("产科急诊")) {
      rest.erase(at, std::string("产科急诊").size());
    }
    for (const char* service : {"A&E", "NHS 111", "急诊", "急症室", "healthdirect", "Healthline"}) {
      EXPECT_FALSE(Contains(rest, service)) << key << ": " << text;
    }
  }
}

// [SECTION] Sentences put together from pieces.

TEST(TriageTextZh, OpenSignsReadAsOneChineseSentence) {
  EXPECT_EQ(TriageTextZhHans("sign.format"), "{if}，{act}。");
  std::vector<std::string_view> actions;
  for (std::string_view key : TriageTextKeysZhHans()) {
    if (StartsWith(key, "act.")) actions.push_back(TriageTextZhHans(key));
  }
  for (std::string_view key : TriageTextKeysZhHans()) {
    if (!StartsWith(key, "if.")) continue;
    const std::string_view clause = TriageTextZhHans(key);
    EXPECT_TRUE(StartsWith(clause, "如果")) << key << ": " << clause;
    for (const char* end : {"。", "，", "：", "；"}) {
      EXPECT_FALSE(clause.size() >= 3 && clause.substr(clause.size() - 3) == end)
          << key << " ends with punctuation: " << clause;
    }
  }
  for (std::string_view action : actions) {
    EXPECT_FALSE(Contains(action, "。")) << "an action is a clause: " << action;
  }

  const OpenSign pe{"breathless_or_chest_pain", Level::kEmergency, {"pe"}};
  EXPECT_EQ(core::triage::OpenSignText(TriageTextZhHans, pe, ChineseRegion("cn")),
            "如果您有新出现的或与平时不同的、或突然加重的气短（呼吸困难），或新出现的胸痛，"
            "或咳过血、晕倒过，请立即拨打急救电话120。");
  const OpenSign statin{"cramps_since_statin", Level::kUrgent, {"statin_muscle"}};
  EXPECT_EQ(core::triage::OpenSignText(TriageTextZhHans, statin, ChineseRegion("cn")),
            "如果抽筋是在开始服用他汀类降脂药或加大剂量之后出现或加重的，请停用他汀类降脂药，"
            "并立即联系医生或就医（医院急诊）。");
  const OpenSign swelling{"calf_swelling_one_side", Level::kUrgent, {"dvt"}};
  EXPECT_EQ(
      core::triage::OpenSignText(TriageTextZhHans, swelling, ChineseRegion("uk")),
      "如果一侧小腿或大腿肿胀，是新出现的或与平时不同的，请立即就医（NHS "
      "111（英格兰的24小时医疗咨询电话））。");
}

TEST(TriageTextZh, MedicineNamesJoinWithChineseListMarks) {
  core::triage::Assessment assessment;
  assessment.review_medicines = {core::triage::Medicine::kDiuretic,
                                 core::triage::Medicine::kCalciumChannelBlocker,
                                 core::triage::Medicine::kNaproxen};
  core::triage::FiredRule rule;
  rule.id = "medicine";
  rule.message_key = "rule.medicine";
  const std::string text =
      core::triage::RuleMessage(TriageTextZhHans, rule, assessment, ChineseRegion("cn"));
  EXPECT_TRUE(Contains(text, "利尿剂、钙通道阻滞剂或萘普生")) << text;
  EXPECT_TRUE(Contains(text, "不要自行停用利尿剂、钙通道阻滞剂或萘普生")) << text;
}

// [SECTION] Glossary terms and CLINICAL.md's words.

TEST(TriageTextZh, GlossaryTermsAppearWhereTheyBelong) {
  const auto has = [](const char* key, const char* term) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), term)) << key << " lacks " << term;
  };
  has("rule.dvt", "深静脉血栓");
  has("rule.dvt", "腿部血栓（深静脉血栓）");
  has("rule.pe", "肺栓塞");
  has("rule.restless_legs", "不宁腿综合征");
  has("rule.claudication", "间歇性跛行");
  has("rule.claudication", "外周动脉疾病");
  has("question.on_quinine", "奎宁");
  has("level.emergency", "紧急");
  has("level.urgent", "立即就医");
  has("level.soon", "近期");
  has("level.routine", "常规");
  has("level.self_care", "自我护理");
  has("rule.stroke", "中风（脑卒中）");
  has("rule.preeclampsia", "子痫前期");
  has("rule.muscle_breakdown", "横纹肌溶解");
  has("advice.no_driving", "不要自己开车");
  has("disclaimer", "仅供自查参考，不能代替医生诊断");
  has("result.unconfirmed", "尚未排除");
  has("medicine.statin", "他汀类降脂药");
  has("rule.pregnancy", "孕期");
  has("myth.growing", "腿抽筋");
}

TEST(TriageTextZh, KeepsCLINICALsWordsForSignsThatCouldBeEveryNight) {
  for (const char* key :
       {"question.calf_swelling_one_side", "question.numbness_or_tingling",
        "question.foot_cold_pale_or_numb", "question.swelling_both_legs",
        "question.jaw_stiffness_or_spreading_spasms", "question.breathless_or_chest_pain",
        "if.jaw_stiffness_or_spreading_spasms", "if.swelling_both_legs"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "新出现的或与平时不同的")) << key;
  }
  for (const char* key : {"question.dark_urine", "if.dark_urine", "rule.muscle_breakdown"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "茶色或可乐色")) << key;
  }
  // "Warm" only "not from heat you put on it" in the questions and conditions; warm skin is
  // 摸起来发烫 (GLOSSARY-zh.md), and 温热 is not used for it any more.
  int warm = 0;
  for (std::string_view key : TriageTextKeysZhHans()) {
    if (!StartsWith(key, "question.") && !StartsWith(key, "if.") && !StartsWith(key, "cond."))
      continue;
    const std::string_view text = TriageTextZhHans(key);
    EXPECT_FALSE(Contains(text, "温热")) << key << ": " << text;
    if (Contains(text, "发烫") && Contains(text, "皮肤")) {
      ++warm;
      EXPECT_TRUE(Contains(text, "外加的热")) << key << ": " << text;
    }
  }
  EXPECT_GE(warm, 3) << "the dvt question, its condition and its if-clause ask about warm skin";
  EXPECT_TRUE(
      Contains(TriageTextZhHans("question.jaw_stiffness_or_spreading_spasms"), "后背、脖子或肚子"));
  EXPECT_TRUE(Contains(TriageTextZhHans("question.typical_duration_s"), "不是之后的酸痛"));
  EXPECT_TRUE(Contains(TriageTextZhHans("question.cramp_ongoing_over_10_min"), "不是之后的酸痛"));
}

TEST(TriageTextZh, StretchingMayHelpAndNothingIsPromised) {
  for (const char* key : {"act.self_care", "advice.level.self_care", "advice.bedtime_stretch"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "可能有帮助")) << key;
  }
  EXPECT_TRUE(Contains(TriageTextZhHans("advice.not_helping"), "镁片不太可能"));
  for (std::string_view key : TriageTextKeysZhHans()) {
    EXPECT_FALSE(Contains(TriageTextZhHans(key), "预防")) << key << ": nothing is promised";
  }
}

TEST(TriageTextZh, StopAndDoNotStopNameTheMedicine) {
  // Every sentence (up to 。, ；, or a bracket) that says 停用 names the medicine.
  for (std::string_view key : TriageTextKeysZhHans()) {
    const std::string text(TriageTextZhHans(key));
    for (auto at = text.find("停用"); at != std::string::npos; at = text.find("停用", at + 1)) {
      std::size_t begin = 0;
      for (const char* mark : {"。", "；", "（"}) {
        const auto before = text.rfind(mark, at);
        if (before != std::string::npos) begin = std::max(begin, before);
      }
      std::size_t end = text.size();
      for (const char* mark : {"。", "；", "）"}) {
        const auto after = text.find(mark, at);
        if (after != std::string::npos) end = std::min(end, after);
      }
      const std::string sentence = text.substr(begin, end - begin);
      const bool named = Contains(sentence, "他汀") || Contains(sentence, "奎宁") ||
                         Contains(sentence, "{medicines}") || Contains(sentence, "这种药");
      EXPECT_TRUE(named) << key << ": " << sentence;
    }
  }
  EXPECT_TRUE(Contains(TriageTextZhHans("rule.statin_muscle"), "停用他汀类降脂药"));
  EXPECT_TRUE(Contains(TriageTextZhHans("rule.quinine_bleeding"), "停用奎宁"));
  EXPECT_TRUE(Contains(TriageTextZhHans("rule.medicine"), "不要自行停用{medicines}"));
  for (const char* key :
       {"rule.quinine_pregnancy", "act.rule.quinine_pregnancy", "group.rule.quinine_pregnancy"}) {
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "疟疾")) << key;
    EXPECT_TRUE(Contains(TriageTextZhHans(key), "不要停用奎宁")) << key;
  }
}

// [SECTION] Emergency regions in Chinese.

TEST(EmergencyNumbersZh, EveryRegionHasChineseNameUrgentLineAndDepartment) {
  std::set<std::string_view> names;
  for (const EmergencyRegion& region : EmergencyRegions()) {
    EXPECT_FALSE(region.name_zh.empty()) << region.code;
    EXPECT_FALSE(region.urgent_line_zh.empty()) << region.code;
    EXPECT_FALSE(region.emergency_department_zh.empty()) << region.code;
    EXPECT_TRUE(names.insert(region.name_zh).second) << "same Chinese name twice: " << region.code;
    // Phone numbers of the urgent line (811, 1800 022 222, NHS 111) and hours stay as written.
    EXPECT_EQ(DigitRuns(region.urgent_line_zh), DigitRuns(region.urgent_line)) << region.code;
    EXPECT_EQ(DigitRuns(region.emergency_department_zh), DigitRuns(region.emergency_department))
        << region.code;
  }
  const EmergencyRegion& cn = *core::triage::FindEmergencyRegion("cn");
  EXPECT_EQ(cn.name_zh, "中国大陆");
  EXPECT_EQ(cn.number, "120");
  EXPECT_EQ(cn.urgent_line_zh, "医院急诊");
  EXPECT_TRUE(Contains(cn.emergency_department_zh, "急诊"));
  const EmergencyRegion& uk = *core::triage::FindEmergencyRegion("uk");
  EXPECT_TRUE(StartsWith(uk.urgent_line_zh, "NHS 111（")) << uk.urgent_line_zh;
  EXPECT_TRUE(Contains(uk.emergency_department_zh, "A&E")) << uk.emergency_department_zh;
  EXPECT_TRUE(Contains(uk.emergency_department_zh, "急诊")) << uk.emergency_department_zh;
}

TEST(EmergencyNumbersZh, RegionsKeepTheirEnglishFieldsAndPositionalOrder) {
  // The Chinese fields are added at the end: a five-field initialiser still means
  // code, name, number, urgent line, department.
  const EmergencyRegion marker{"zz", "Marker", "<NUMBER>", "<URGENT LINE>", "<ED>"};
  EXPECT_EQ(marker.urgent_line, "<URGENT LINE>");
  EXPECT_EQ(marker.emergency_department, "<ED>");
  EXPECT_TRUE(marker.name_zh.empty());
  EXPECT_EQ(core::triage::FindEmergencyRegion("uk")->urgent_line, "NHS 111 (in England; 24 hours)");
  EXPECT_EQ(core::triage::FindEmergencyRegion("uk")->emergency_department, "A&E");
}
