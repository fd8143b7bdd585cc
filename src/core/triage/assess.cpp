#include "core/triage/assess.h"

#include <algorithm>
#include <cmath>

#include "core/triage/dependencies.h"
#include "core/triage/open_signs.h"
#include "core/triage/rules.h"

namespace core::triage {
namespace {

constexpr std::string_view kOccasionalOpenKey = "rule.occasional.open";

Level LevelOf(const std::vector<const Rule*>& fired) {
  Level level = Level::kSelfCare;
  for (const Rule* rule : fired) level = MostSevere(level, rule->level);
  return level;
}

bool Has(const std::vector<Medicine>* list, Medicine medicine) {
  return list != nullptr && std::find(list->begin(), list->end(), medicine) != list->end();
}

// The rules whose message carries an action of its own (CLINICAL.md 3.1: "What to do" starts
// with them): a medicine to stop or keep, or a place other than the level's.
constexpr std::string_view kRuleActions[][2] = {
    {"statin_muscle", "advice.rule.statin_muscle"},
    {"pregnancy_leg", "advice.rule.pregnancy_leg"},
    {"preeclampsia", "advice.rule.preeclampsia"},
    {"quinine_bleeding", "advice.rule.quinine_bleeding"},
    {"quinine_harm", "advice.rule.quinine_harm"},
    {"quinine_pregnancy", "advice.rule.quinine_pregnancy"},
};

// The fired rules' own actions, most severe first (the fired rules are in table order).
void RuleActions(const Assessment& result, std::vector<std::string_view>& keys) {
  for (const FiredRule& rule : result.rules) {
    for (const auto& action : kRuleActions) {
      if (action[0] == rule.id) keys.push_back(action[1]);
    }
  }
}

std::vector<std::string_view> AdviceKeys(const Answers& answers, const Assessment& result) {
  std::vector<std::string_view> keys;
  const Level level = result.level;
  static constexpr std::string_view kLevelKeys[] = {
      "advice.level.emergency", "advice.level.urgent", "advice.level.soon",
      "advice.level.routine", "advice.level.self_care"};
  const std::string_view level_key = kLevelKeys[static_cast<int>(level)];
  const bool open = !result.not_ruled_out.empty();
  const auto medicines = answers.new_medicines.Get();
  const bool other_medicine =
      Has(medicines ? &*medicines : nullptr, Medicine::kOther) && !result.Fired("statin_muscle");

  if (level == Level::kEmergency || level == Level::kUrgent) {
    // The action alone, and no stretching or massage after a warning about the leg. An
    // emergency's call is its rules' own action, so it stays first.
    if (level == Level::kEmergency) {
      keys.push_back(level_key);
      keys.push_back("advice.no_driving");
    }
    RuleActions(result, keys);
    if (level == Level::kUrgent) keys.push_back(level_key);
    if (result.LegWarning()) keys.push_back("advice.no_massage_leg");
    return keys;
  }
  RuleActions(result, keys);
  // Self-care words come only after "if none of the signs above applies" while one is open.
  if (open && level == Level::kSelfCare) keys.push_back("advice.if_none_applies");
  keys.push_back(level_key);
  if (open && level != Level::kSelfCare) keys.push_back("advice.if_none_applies");
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
  FindOpenSigns(answers, diary, fired, result);
  if (!result.not_ruled_out.empty()) {
    // No reassurance while a warning sign is open (CLINICAL.md 3.1).
    for (FiredRule& rule : result.rules) {
      if (rule.id == "occasional") rule.message_key = kOccasionalOpenKey;
    }
  }
  result.advice_keys = AdviceKeys(answers, result);
  ForEachAnswer(answers, [&](std::string_view name, const auto& answer, Range) {
    if (answer.IsNotSure()) result.not_sure.push_back(name);
  });
  return result;
}

}  // namespace core::triage
