#include "core/triage/open_signs.h"

#include <algorithm>
#include <string_view>

#include "core/triage/dependencies.h"
#include "core/triage/questions.h"

namespace core::triage {
namespace {

bool IsWarning(Level level) {
  return IsMoreSevere(level, Level::kSoon);  // urgent or emergency
}

Level LevelOf(const std::vector<const Rule*>& rules) {
  Level level = Level::kSelfCare;
  for (const Rule* rule : rules) level = MostSevere(level, rule->level);
  return level;
}

bool Contains(const std::vector<const Rule*>& rules, const Rule* rule) {
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

// The answers with some unknown fields set to yes, on one working copy: each check sets the
// fields it asks about and puts them back, so no copy of the answers is made per check.
class WhatIf {
 public:
  WhatIf(const Answers& answers, const DiaryFacts& diary) : answers_(answers), diary_(diary) {
    for (const Question& question : QuestionList()) {
      if (question.kind != QuestionKind::kYesNo) continue;
      Answer<bool>* answer = FindYesNoAnswer(answers_, question.id);
      if (answer == nullptr || answer->IsAnswered() || !Applies(answers, question.id)) continue;
      fields_.push_back(question.id);
      slots_.push_back(answer);
    }
  }

  // The unknown yes/no fields that apply, in question order; checks name them by index.
  const std::vector<std::string_view>& Fields() const { return fields_; }

  // Runs `check` with the fields at `yes` set to yes, then puts them back.
  template <typename F>
  auto WithYes(const std::vector<std::size_t>& yes, F&& check) {
    // Every slot holds an unknown answer (that is why it is here): putting it back is
    // writing "not answered" or "not sure" again, which saved_ remembers without a copy
    // of the answers per check (Assess runs this many thousand times).
    saved_.clear();
    for (std::size_t i : yes) {
      saved_.push_back(*slots_[i]);
      *slots_[i] = Answer<bool>::Of(true);
    }
    const FrequencyFacts facts = ResolveFrequency(answers_, diary_);
    auto outcome = check(RuleInputs{answers_, facts.episodes_per_week, facts.relief_taking_longer,
                                    facts.typical_duration_s});
    for (std::size_t k = 0; k < yes.size(); ++k) *slots_[yes[k]] = saved_[k];
    return outcome;
  }

  bool Fires(const Rule& rule, const std::vector<std::size_t>& yes) {
    return WithYes(yes, [&](const RuleInputs& in) { return rule.condition(in); });
  }

  std::vector<const Rule*> Firing(const std::vector<std::size_t>& yes) {
    return WithYes(yes, [&](const RuleInputs& in) {
      return FiringRules(in.answers, ResolveFrequency(in.answers, diary_));
    });
  }

 private:
  Answers answers_;
  const DiaryFacts& diary_;
  std::vector<std::string_view> fields_;
  std::vector<Answer<bool>*> slots_;
  std::vector<Answer<bool>> saved_;  // WithYes's scratch, kept between checks
};

// The fewest other unknowns that `field` needs to fire `rule`, or false when its yes can
// never make the difference. `alone` holds the fields that fire the rule on their own: a
// `with` may hold none of them (with one of them the field would not be needed).
bool NeededWith(WhatIf& what_if, const Rule& rule, std::size_t field,
                const std::vector<bool>& alone, std::vector<std::size_t>& with) {
  with.clear();
  if (alone[field]) return true;
  const std::size_t count = what_if.Fields().size();
  for (std::size_t other = 0; other < count; ++other) {
    if (other == field || alone[other]) continue;
    if (what_if.Fires(rule, {field, other})) {
      with = {other};
      return true;
    }
  }
  // Two or more: start from every candidate, then drop each one the rule can do without.
  std::vector<std::size_t> rest;
  for (std::size_t other = 0; other < count; ++other) {
    if (other != field && !alone[other]) rest.push_back(other);
  }
  const auto fires_with_field = [&](const std::vector<std::size_t>& set) {
    std::vector<std::size_t> all = set;
    all.push_back(field);
    return what_if.Fires(rule, all);
  };
  if (!fires_with_field(rest)) return false;  // monotone: no smaller set can do it either
  for (std::size_t k = 0; k < rest.size();) {
    std::vector<std::size_t> without = rest;
    without.erase(without.begin() + static_cast<std::ptrdiff_t>(k));
    if (fires_with_field(without)) {
      rest = std::move(without);
    } else {
      ++k;
    }
  }
  // The field must be needed in what is left; else the greedy order found another way.
  if (what_if.Fires(rule, rest)) return false;
  with = std::move(rest);
  return true;
}

struct Candidate {
  std::size_t field;
  std::vector<std::size_t> with;
  const Rule* rule;
};

// Fewer other answers first (a sign on its own is the plainest line), then the more severe.
bool Better(const Candidate& a, const Candidate& b) {
  if (a.with.size() != b.with.size()) return a.with.size() < b.with.size();
  return IsMoreSevere(a.rule->level, b.rule->level);
}

void NotRuledOut(WhatIf& what_if, const std::vector<const Rule*>& fired, Assessment& result) {
  const std::size_t count = what_if.Fields().size();
  std::vector<std::size_t> all(count);
  for (std::size_t i = 0; i < count; ++i) all[i] = i;
  std::vector<std::optional<Candidate>> best(count);
  for (const Rule& rule : RuleTable()) {
    if (!IsWarning(rule.level) || Contains(fired, &rule) || !what_if.Fires(rule, all)) continue;
    std::vector<bool> alone(count);
    std::vector<std::size_t> not_alone;
    for (std::size_t i = 0; i < count; ++i) {
      alone[i] = what_if.Fires(rule, {i});
      if (!alone[i]) not_alone.push_back(i);
    }
    // Monotone: when every field that cannot fire it alone, all yes together, cannot fire
    // it either, no field needs others: only the ones that fire it alone are listed.
    const bool combinations = what_if.Fires(rule, not_alone);
    for (std::size_t field = 0; field < count; ++field) {
      if (!alone[field] && !combinations) continue;
      Candidate candidate{field, {}, &rule};
      if (!NeededWith(what_if, rule, field, alone, candidate.with)) continue;
      if (!best[field] || Better(candidate, *best[field])) best[field] = std::move(candidate);
    }
  }
  for (const auto& chosen : best) {
    if (!chosen) continue;
    // What the line promises: the warning rules these yes answers add together, beyond what
    // the other answers of the line would fire without this one.
    std::vector<std::size_t> yes = chosen->with;
    const auto without_field = what_if.Firing(yes);
    yes.push_back(chosen->field);
    OpenSign sign{what_if.Fields()[chosen->field], Level::kSelfCare, {}, {}};
    std::vector<const Rule*> added;
    for (const Rule* rule : what_if.Firing(yes)) {
      if (IsWarning(rule->level) && !Contains(fired, rule) && !Contains(without_field, rule)) {
        added.push_back(rule);
        sign.rule_ids.push_back(rule->id);
      }
    }
    sign.level = LevelOf(added);
    for (std::size_t other : chosen->with) sign.with.push_back(what_if.Fields()[other]);
    result.not_ruled_out.push_back(std::move(sign));
  }
}

// "Not sure" answers whose yes alone would raise the level to soon or routine.
void UnsureRaisers(WhatIf& what_if, const std::vector<const Rule*>& fired, Assessment& result,
                   const Answers& answers) {
  for (std::size_t field = 0; field < what_if.Fields().size(); ++field) {
    const std::string_view id = what_if.Fields()[field];
    if (!FindYesNoAnswer(answers, id)->IsNotSure()) continue;
    std::vector<const Rule*> added;
    for (const Rule* rule : what_if.Firing({field})) {
      if (!Contains(fired, rule)) added.push_back(rule);
    }
    if (added.empty()) continue;
    const Level added_level = LevelOf(added);
    if (IsWarning(added_level) || !IsMoreSevere(added_level, result.level)) continue;
    OpenSign sign{id, added_level, {}, {}};
    for (const Rule* rule : added) {
      if (!IsMoreSevere(added_level, rule->level)) sign.rule_ids.push_back(rule->id);
    }
    result.unsure_raisers.push_back(std::move(sign));
  }
}

}  // namespace

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

void FindOpenSigns(const Answers& answers, const DiaryFacts& diary,
                   const std::vector<const Rule*>& fired, Assessment& result) {
  WhatIf what_if(answers, diary);
  NotRuledOut(what_if, fired, result);
  UnsureRaisers(what_if, fired, result, answers);
  const auto by_severity = [](const OpenSign& a, const OpenSign& b) {
    return IsMoreSevere(a.level, b.level);
  };
  // Question order within a level (the lists were built in question order).
  std::stable_sort(result.not_ruled_out.begin(), result.not_ruled_out.end(), by_severity);
  std::stable_sort(result.unsure_raisers.begin(), result.unsure_raisers.end(), by_severity);
}

}  // namespace core::triage
