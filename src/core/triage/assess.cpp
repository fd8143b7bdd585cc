#include "core/triage/assess.h"

#include <algorithm>
#include <cmath>

#include "core/triage/dependencies.h"
#include "core/triage/questions.h"
#include "core/triage/rules.h"

namespace core::triage {
namespace {

std::vector<const Rule*> FiringRules(const Answers& answers, const FrequencyFacts& facts) {
  const RuleInputs inputs{answers, facts.episodes_per_week, facts.relief_taking_longer,
                          facts.typical_duration_s};
  std::vector<const Rule*> fired;
  for (const Rule& rule : RuleTable()) {
    if (rule.gate == RuleGate::kAlways && rule.condition(inputs)) fired.push_back(&rule);
  }
  if (fired.empty()) {
    for (const Rule& rule : RuleTable()) {
      if (rule.gate == RuleGate::kNothingElseFired && rule.condition(inputs)) {
        fired.push_back(&rule);
      }
    }
  }
  return fired;  // table order
}

Level LevelOf(const std::vector<const Rule*>& fired) {
  Level level = Level::kSelfCare;
  for (const Rule* rule : fired) level = MostSevere(level, rule->level);
  return level;
}

bool Has(const std::vector<Medicine>* list, Medicine medicine) {
  return list != nullptr && std::find(list->begin(), list->end(), medicine) != list->end();
}

std::vector<std::string_view> AdviceKeys(const Answers& answers, const Assessment& result) {
  std::vector<std::string_view> keys;
  const Level level = result.level;
  static constexpr std::string_view kLevelKeys[] = {
      "advice.level.emergency", "advice.level.urgent", "advice.level.soon",
      "advice.level.routine", "advice.level.self_care"};
  keys.push_back(kLevelKeys[static_cast<int>(level)]);
  const auto medicines = answers.new_medicines.Get();
  const bool other_medicine =
      Has(medicines ? &*medicines : nullptr, Medicine::kOther) && !result.Fired("statin_muscle");

  if (level == Level::kEmergency || level == Level::kUrgent) {
    // The action alone, and no stretching or massage after a warning about the leg.
    if (level == Level::kEmergency) keys.push_back("advice.no_driving");
    if (result.LegWarning()) keys.push_back("advice.no_massage_leg");
    return keys;
  }
  const bool pregnant = PregnantOrPostpartum(answers);
  keys.push_back(IsYes(answers.pregnant) ? "advice.during_cramp_calf_pregnancy"
                                         : "advice.during_cramp_calf");
  keys.push_back("advice.during_cramp_foot");
  keys.push_back("advice.during_cramp_shin");
  keys.push_back("advice.during_cramp_thigh");
  keys.push_back("advice.stretch_caution");
  keys.push_back(pregnant ? "advice.after_cramp_pregnancy" : "advice.after_cramp");
  keys.push_back(IsYes(answers.pregnant) ? "advice.prevent_pregnancy" : "advice.bedtime_stretch");
  keys.push_back("advice.habits");
  if (IsYes(answers.insomnia)) keys.push_back("advice.sleep");
  const auto& per_week = result.frequency.episodes_per_week;
  if (per_week && *per_week >= kWeeklyPerWeek && *per_week < kFrequentPerWeek) {
    keys.push_back("advice.between_bands");
  }
  if (other_medicine) keys.push_back("advice.other_medicine");
  keys.push_back("advice.not_helping");
  return keys;
}

// For each skipped or "not sure" yes/no answer that applies: what a yes would add.
void OpenSigns(const Answers& answers, const DiaryFacts& diary,
               const std::vector<const Rule*>& fired, Assessment& result) {
  for (const Question& question : QuestionList()) {
    if (question.kind != QuestionKind::kYesNo) continue;
    const Answer<bool>* answer = FindYesNoAnswer(answers, question.id);
    if (answer == nullptr || answer->IsAnswered() || !Applies(answers, question.id)) continue;
    Answers if_yes = answers;
    *FindYesNoAnswer(if_yes, question.id) = Answer<bool>::Of(true);
    const auto fired_if_yes = FiringRules(if_yes, ResolveFrequency(if_yes, diary));
    std::vector<const Rule*> added;
    for (const Rule* rule : fired_if_yes) {
      if (std::find(fired.begin(), fired.end(), rule) == fired.end()) added.push_back(rule);
    }
    if (added.empty()) continue;
    const Level added_level = LevelOf(added);
    const bool warning = IsMoreSevere(added_level, Level::kSoon);  // urgent or emergency
    if (!warning && !(answer->IsNotSure() && IsMoreSevere(added_level, result.level))) continue;
    OpenSign sign{question.id, added_level, {}};
    for (const Rule* rule : added) {
      const bool counts = warning ? IsMoreSevere(rule->level, Level::kSoon)
                                  : !IsMoreSevere(added_level, rule->level);
      if (counts) sign.rule_ids.push_back(rule->id);
    }
    (warning ? result.not_ruled_out : result.unsure_raisers).push_back(std::move(sign));
  }
  const auto by_severity = [](const OpenSign& a, const OpenSign& b) {
    return IsMoreSevere(a.level, b.level);
  };
  std::stable_sort(result.not_ruled_out.begin(), result.not_ruled_out.end(), by_severity);
  std::stable_sort(result.unsure_raisers.begin(), result.unsure_raisers.end(), by_severity);
}

}  // namespace

std::string_view FactSourceName(FactSource source) {
  return source == FactSource::kDiary ? "diary" : "answers";
}

FrequencyFacts ResolveFrequency(const Answers& answers, const DiaryFacts& diary) {
  FrequencyFacts facts;
  facts.episodes_per_week = answers.episodes_per_week.Get();
  facts.relief_taking_longer = answers.relief_taking_longer.Get();
  facts.typical_duration_s = answers.typical_duration_s.Get();
  if (!diary.has_enough_data) return facts;
  // The diary measures; an answer the person gave anyway corrects it (missed nights).
  facts.source = FactSource::kDiary;
  facts.diary_days = diary.days_covered;
  facts.corrected = answers.episodes_per_week.IsAnswered() ||
                    answers.relief_taking_longer.IsAnswered() ||
                    answers.typical_duration_s.IsAnswered();
  if (!answers.episodes_per_week.IsAnswered() && std::isfinite(diary.episodes_per_week) &&
      diary.episodes_per_week >= 0.0) {
    facts.episodes_per_week = diary.episodes_per_week;
  }
  if (!answers.relief_taking_longer.IsAnswered()) {
    facts.relief_taking_longer = diary.relief_taking_longer;
  }
  if (!answers.typical_duration_s.IsAnswered()) facts.typical_duration_s = diary.typical_duration_s;
  return facts;
}

bool Assessment::Fired(std::string_view rule_id) const {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const FiredRule& rule) { return rule.id == rule_id; });
}

bool Assessment::LegWarning() const {
  return std::any_of(rules.begin(), rules.end(), [](const FiredRule& rule) {
    return rule.leg_warning && IsMoreSevere(rule.level, Level::kSoon);
  });
}

Assessment Assess(const Answers& answers, const DiaryFacts& diary) {
  Assessment result;
  result.frequency = ResolveFrequency(answers, diary);
  const auto fired = FiringRules(answers, result.frequency);
  result.level = LevelOf(fired);
  for (const Rule* rule : fired) {
    result.rules.push_back(
        FiredRule{rule->id, rule->level, rule->message_key, rule->source, rule->leg_warning});
  }
  if (result.Fired("medicine")) {
    for (Medicine medicine : answers.new_medicines.value) {
      if (medicine != Medicine::kOther && medicine != Medicine::kStatin) {
        result.review_medicines.push_back(medicine);
      }
    }
  }
  OpenSigns(answers, diary, fired, result);
  result.advice_keys = AdviceKeys(answers, result);
  ForEachAnswer(answers, [&](std::string_view name, const auto& answer, Range) {
    if (answer.IsNotSure()) result.not_sure.push_back(name);
  });
  return result;
}

}  // namespace core::triage
