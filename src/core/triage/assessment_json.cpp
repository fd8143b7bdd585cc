#include "core/triage/assessment_json.h"

namespace core::triage {
namespace {

using json = nlohmann::ordered_json;

template <typename T>
json OrNull(const std::optional<T>& value) {
  return value.has_value() ? json(*value) : json(nullptr);
}

std::string Str(std::string_view text) {
  return std::string(text);
}

json OpenSignsToJson(const std::vector<OpenSign>& signs, TextLookup text,
                     const EmergencyRegion& region, core::i18n::Language language) {
  json list = json::array();
  for (const OpenSign& sign : signs) {
    json ids = json::array();
    for (std::string_view id : sign.rule_ids) ids.push_back(Str(id));
    json with = json::array();
    for (std::string_view field : sign.with) with.push_back(Str(field));
    list.push_back({{"field", Str(sign.field)},
                    {"level", Str(LevelName(sign.level))},
                    {"rules", ids},
                    {"message", OpenSignText(text, sign, region, language)},
                    {"with", with}});
  }
  return list;
}

}  // namespace

json AssessmentToJson(const Assessment& assessment, TextLookup text,
                      const EmergencyRegion& region, core::i18n::Language language) {
  json rules = json::array();
  for (const FiredRule& rule : assessment.rules) {
    rules.push_back({{"id", Str(rule.id)},
                     {"level", Str(LevelName(rule.level))},
                     {"message", RuleMessage(text, rule, assessment, region, language)},
                     {"source", Str(rule.source)}});
  }
  json advice = json::array();
  for (std::string_view key : assessment.advice_keys) advice.push_back(RegionText(text, key, region, language));

  json not_sure = json::array();
  for (std::string_view field : assessment.not_sure) not_sure.push_back(Str(field));

  const FrequencyFacts& facts = assessment.frequency;
  json frequency = {{"episodes_per_week", OrNull(facts.episodes_per_week)},
                    {"relief_taking_longer", OrNull(facts.relief_taking_longer)},
                    {"typical_duration_s", OrNull(facts.typical_duration_s)}};

  json out = json::object();
  out["level"] = Str(LevelName(assessment.level));
  out["rules"] = std::move(rules);
  out["advice"] = std::move(advice);
  out["frequency_source"] = Str(FactSourceName(facts.source));
  out["frequency"] = std::move(frequency);
  if (facts.source == FactSource::kDiary) {
    out["diary_days"] = facts.diary_days;
    out["frequency_corrected"] = facts.corrected;
  }
  out["not_ruled_out"] = OpenSignsToJson(assessment.not_ruled_out, text, region, language);
  out["unsure_raisers"] = OpenSignsToJson(assessment.unsure_raisers, text, region, language);
  out["not_sure"] = std::move(not_sure);
  return out;
}

std::string AssessmentToJsonText(const Assessment& assessment, TextLookup text,
                                 const EmergencyRegion& region, core::i18n::Language language) {
  return AssessmentToJson(assessment, text, region, language).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace core::triage
