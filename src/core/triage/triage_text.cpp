#include "core/triage/triage_text.h"

namespace core::triage {
namespace {

void ReplaceAll(std::string& text, std::string_view placeholder, std::string_view value) {
  for (auto at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
}

std::string Fill(std::string_view raw, const EmergencyRegion& region, core::i18n::Language language) {
  const bool zh = language == core::i18n::Language::kZhHans && !region.urgent_line_zh.empty();
  std::string text(raw);
  ReplaceAll(text, "{number}", region.number);
  ReplaceAll(text, "{urgent}", zh ? region.urgent_line_zh : region.urgent_line);
  ReplaceAll(text, "{urgent_number}", region.urgent_number);
  ReplaceAll(text, "{ed}", zh ? region.emergency_department_zh : region.emergency_department);
  return text;
}

std::string Key(std::string_view prefix, std::string_view rest) {
  return std::string(prefix).append(rest);
}

// "If <field>" for a sign on its own; "If <cond> and <cond>" for one that needs other
// answers too (CLINICAL.md 3.1: one line). Every yes/no field has its `cond.<field>` clause
// in the one-source sign rows of each table (a test checks it).
std::string ConditionText(TextLookup text, const OpenSign& sign) {
  if (sign.with.empty()) return std::string(text(Key("if.", sign.field)));
  std::string joined(text(Key("cond.", sign.field)));
  for (std::string_view field : sign.with) {
    joined.append(text("sign.and")).append(text(Key("cond.", field)));
  }
  std::string opening(text("sign.if_conds"));
  ReplaceAll(opening, "{conds}", joined);
  return opening;
}

}  // namespace

std::string_view RegionName(const EmergencyRegion& region, core::i18n::Language language) {
  const bool zh = language == core::i18n::Language::kZhHans && !region.name_zh.empty();
  return zh ? region.name_zh : region.name;
}

std::string RegionText(TextLookup text, std::string_view key, const EmergencyRegion& region,
                       core::i18n::Language language) {
  return Fill(text(key), region, language);
}

std::string RuleMessage(TextLookup text, const FiredRule& rule, const Assessment& assessment,
                        const EmergencyRegion& region, core::i18n::Language language) {
  std::string message = Fill(text(rule.message_key), region, language);
  if (message.find("{medicines}") != std::string::npos) {
    std::string names;
    for (std::size_t i = 0; i < assessment.review_medicines.size(); ++i) {
      if (i > 0) {
        names += std::string(
            text(i + 1 == assessment.review_medicines.size() ? "list.last" : "list.comma"));
      }
      names += std::string(text(Key("medicine.", NameOf(assessment.review_medicines[i]))));
    }
    ReplaceAll(message, "{medicines}", names);
  }
  return message;
}

std::string OpenSignText(TextLookup text, const OpenSign& sign, const EmergencyRegion& region,
                         core::i18n::Language language) {
  std::string_view action;
  if (!sign.rule_ids.empty()) action = text(Key("act.rule.", sign.rule_ids.front()));
  if (action.empty()) action = text(Key("act.", LevelName(sign.level)));
  std::string sentence(text("sign.format"));
  ReplaceAll(sentence, "{if}", ConditionText(text, sign));
  ReplaceAll(sentence, "{act}", action);
  return Fill(sentence, region, language);
}

}  // namespace core::triage
