#include "core/triage/assess.h"

#include <algorithm>
#include <cmath>

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
  // The gated rules look only at the ungated ones (which is all there are besides them).
  const bool flagged = std::any_of(fired.begin(), fired.end(), [](const Rule* rule) {
    return !IsMoreSevere(Level::kSoon, rule->level);
  });
  const bool anything = !fired.empty();
  for (const Rule& rule : RuleTable()) {
    const bool open = (rule.gate == RuleGate::kNoFlagAtSoonOrWorse && !flagged) ||
                      (rule.gate == RuleGate::kNothingElseFired && !anything);
    if (open && rule.condition(inputs)) fired.push_back(&rule);
  }
  // Back to table order, which the result promises.
  std::sort(fired.begin(), fired.end());
  return fired;
}

Level LevelOf(const std::vector<const Rule*>& fired) {
  Level level = Level::kSelfCare;
  for (const Rule* rule : fired) level = MostSevere(level, rule->level);
  return level;
}

std::vector<std::string_view> AdviceKeys(const Answers& answers, Level level,
                                         bool pregnancy_fired) {
  std::vector<std::string_view> keys;
  switch (level) {
    case Level::kEmergency:
      keys.push_back("advice.level.emergency");
      break;
    case Level::kUrgent:
      keys.push_back("advice.level.urgent");
      break;
    case Level::kSoon:
      keys.push_back("advice.level.soon");
      break;
    case Level::kRoutine:
      keys.push_back("advice.level.routine");
      break;
    case Level::kSelfCare:
      keys.push_back("advice.level.self_care");
      break;
  }
  // In an emergency the call comes first and alone.
  if (level == Level::kEmergency) return keys;
  const bool pregnant = IsYes(answers.pregnant);
  // Quinine: never in pregnancy (MHRA); the pregnancy rule's own message already says so.
  if (pregnant && !pregnancy_fired) keys.push_back("advice.no_quinine_pregnancy");
  if (level == Level::kUrgent) return keys;
  if (pregnant) {
    keys.push_back("advice.during_cramp_calf_pregnancy");
    keys.push_back("advice.prevent_pregnancy");
  } else {
    keys.push_back("advice.during_cramp_calf");
  }
  keys.push_back("advice.during_cramp_foot");
  keys.push_back("advice.during_cramp_shin");
  keys.push_back("advice.after_cramp");
  if (!pregnant) keys.push_back("advice.bedtime_stretch");
  keys.push_back("advice.habits");
  return keys;
}

std::vector<UnsureRaiser> UnsureRaisers(const Answers& answers, const DiaryFacts& diary,
                                        Level level, const std::vector<const Rule*>& fired) {
  std::vector<UnsureRaiser> raisers;
  // Question order, so that ties read in the order the person answered.
  for (const Question& question : QuestionList()) {
    const Answer<bool>* answer = FindYesNoAnswer(answers, question.id);
    if (answer == nullptr || !answer->IsNotSure()) continue;
    Answers if_yes = answers;
    *FindYesNoAnswer(if_yes, question.id) = Answer<bool>::Of(true);
    const auto fired_if_yes = FiringRules(if_yes, ResolveFrequency(if_yes, diary));
    const Level level_if_yes = LevelOf(fired_if_yes);
    if (!IsMoreSevere(level_if_yes, level)) continue;
    UnsureRaiser raiser{question.id, level_if_yes, {}};
    for (const Rule* rule : fired_if_yes) {
      if (std::find(fired.begin(), fired.end(), rule) == fired.end()) {
        raiser.rule_ids.push_back(rule->id);
      }
    }
    raisers.push_back(std::move(raiser));
  }
  std::stable_sort(
      raisers.begin(), raisers.end(),
      [](const UnsureRaiser& a, const UnsureRaiser& b) { return IsMoreSevere(a.level, b.level); });
  return raisers;
}

}  // namespace

std::string_view FactSourceName(FactSource source) {
  return source == FactSource::kDiary ? "diary" : "answers";
}

FrequencyFacts ResolveFrequency(const Answers& answers, const DiaryFacts& diary) {
  FrequencyFacts facts;
  if (diary.has_enough_data) {
    facts.source = FactSource::kDiary;
    if (std::isfinite(diary.episodes_per_week) && diary.episodes_per_week >= 0.0) {
      facts.episodes_per_week = diary.episodes_per_week;
    }
    facts.relief_taking_longer = diary.relief_taking_longer;
    facts.typical_duration_s = diary.typical_duration_s;
    facts.diary_days = diary.days_covered;
    return facts;
  }
  facts.source = FactSource::kAnswers;
  facts.episodes_per_week = answers.episodes_per_week.Get();
  facts.relief_taking_longer = answers.relief_taking_longer.Get();
  facts.typical_duration_s = answers.typical_duration_s.Get();
  return facts;
}

bool Assessment::Fired(std::string_view rule_id) const {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const FiredRule& rule) { return rule.id == rule_id; });
}

Assessment Assess(const Answers& answers, const DiaryFacts& diary) {
  Assessment result;
  result.frequency = ResolveFrequency(answers, diary);
  const auto fired = FiringRules(answers, result.frequency);
  result.level = LevelOf(fired);
  bool pregnancy_fired = false;
  for (const Rule* rule : fired) {
    result.rules.push_back(FiredRule{rule->id, rule->level, rule->message_key, rule->source});
    pregnancy_fired = pregnancy_fired || rule->id == "pregnancy";
  }
  result.advice_keys = AdviceKeys(answers, result.level, pregnancy_fired);
  result.unsure_raisers = UnsureRaisers(answers, diary, result.level, fired);
  ForEachAnswer(answers, [&](std::string_view name, const auto& answer, Range) {
    if (answer.IsNotSure()) result.not_sure.push_back(name);
  });
  return result;
}

}  // namespace core::triage
