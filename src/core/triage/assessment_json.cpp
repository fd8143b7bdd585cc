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

}  // namespace

json AssessmentToJson(const Assessment& assessment, TextLookup text) {
  json rules = json::array();
  for (const FiredRule& rule : assessment.rules) {
    rules.push_back({{"id", Str(rule.id)},
                     {"level", Str(LevelName(rule.level))},
                     {"message", Str(text(rule.message_key))},
                     {"source", Str(rule.source)}});
  }
  json advice = json::array();
  for (std::string_view key : assessment.advice_keys) advice.push_back(Str(text(key)));

  json raisers = json::array();
  for (const UnsureRaiser& raiser : assessment.unsure_raisers) {
    json ids = json::array();
    for (std::string_view id : raiser.rule_ids) ids.push_back(Str(id));
    raisers.push_back({{"field", Str(raiser.field)},
                       {"level", Str(LevelName(raiser.level))},
                       {"rules", ids},
                       {"message", UnsureRaiserText(text, raiser.field, raiser.level)}});
  }
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
  if (facts.source == FactSource::kDiary) out["diary_days"] = facts.diary_days;
  out["unsure_raisers"] = std::move(raisers);
  out["not_sure"] = std::move(not_sure);
  return out;
}

std::string AssessmentToJsonText(const Assessment& assessment, TextLookup text) {
  return AssessmentToJson(assessment, text).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace core::triage
