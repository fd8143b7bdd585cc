// Every rule is monotone in "yes" (open_signs.h relies on it): turning an unknown yes/no
// answer (not answered or not sure) into yes never stops a rule from firing. Walks every
// rule of RuleTable() over random and hand-picked answer sets, so a new rule that breaks the
// shortcut fails here rather than hiding a sign from not_ruled_out.
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "core/triage/answers.h"
#include "core/triage/assess.h"
#include "core/triage/rules.h"
#include "triage_test_util.h"

using core::triage::Answer;
using core::triage::Answers;
using core::triage::AnswerState;
using core::triage::DiaryFacts;
using core::triage::Level;
using core::triage::Range;
using core::triage::Rule;

namespace {

// Below urgent and known not to be monotone: pain_persisting is pain in both legs "or the
// side not known", so a yes to leg_pain_one_side moves it to dvt (urgent) instead. Rules here
// must stay below urgent: not_ruled_out only looks at urgent and emergency rules.
const std::set<std::string> kNotMonotoneBelowUrgent = {"pain_persisting"};

template <typename T>
Answer<T> Unknown(std::mt19937& rng) {
  return (rng() % 2 == 0) ? Answer<T>{} : Answer<T>::NotSure();
}

// Ages and counts near every threshold the rules and gates use.
int PickInt(std::mt19937& rng, const Range& range) {
  static const int kNear[] = {0, 9, 17, 18, 24, 25,  55,  56,  64,  65,   120,
                              1, 3, 4,  5,  6,  520, 599, 600, 601, 86400};
  for (int tries = 0; tries < 8; ++tries) {
    const int value = kNear[rng() % (sizeof(kNear) / sizeof(kNear[0]))];
    if (value >= range.min && value <= range.max) return value;
  }
  return static_cast<int>(range.min);
}

Answers RandomAnswers(std::mt19937& rng) {
  Answers answers;
  core::triage::ForEachAnswer(answers, [&](std::string_view, auto& answer, Range range) {
    using T = std::decay_t<decltype(answer.value)>;
    if (rng() % 3 == 0) {
      answer = Unknown<T>(rng);
      return;
    }
    if constexpr (std::is_same_v<T, bool>) {
      answer = Answer<bool>::Of(rng() % 2 == 0);
    } else if constexpr (std::is_same_v<T, int>) {
      answer = Answer<int>::Of(PickInt(rng, range));
    } else if constexpr (std::is_same_v<T, double>) {
      static const double kPerWeek[] = {0.0, 0.5, 1.0, 2.9, 3.0, 7.0};
      answer = Answer<double>::Of(kPerWeek[rng() % 6]);
    } else if constexpr (std::is_same_v<T, core::triage::Sex>) {
      answer = Answer<T>::Of(static_cast<T>(rng() % 3));
    } else {
      T list;
      using E = typename T::value_type;
      const auto& names = core::triage::EnumNames<E>::kValues;
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (rng() % 4 == 0) list.push_back(static_cast<E>(i));
      }
      answer = Answer<T>::Of(list);
    }
  });
  return answers;
}

DiaryFacts RandomDiary(std::mt19937& rng) {
  DiaryFacts diary;
  if (rng() % 2 == 0) return diary;
  diary.has_enough_data = true;
  diary.days_covered = 20;
  diary.episodes_per_week = (rng() % 2 == 0) ? 3.5 : 0.5;
  if (rng() % 2 == 0) diary.relief_taking_longer = rng() % 2 == 0;
  if (rng() % 2 == 0) diary.typical_duration_s = (rng() % 2 == 0) ? 700 : 60;
  return diary;
}

bool Fires(const Rule& rule, const Answers& answers, const DiaryFacts& diary) {
  const auto facts = core::triage::ResolveFrequency(answers, diary);
  return rule.condition(core::triage::RuleInputs{
      answers, facts.episodes_per_week, facts.relief_taking_longer, facts.typical_duration_s});
}

// The answer sets to walk: nothing answered, every yes/no unknown but one fact, and random.
std::vector<Answers> AnswerSets() {
  std::vector<Answers> sets;
  sets.push_back(Answers{});
  for (const char* text :
       {R"({"age_years":12})", R"({"age_years":70,"sex":"male"})", R"({"sex":"female"})",
        R"({"new_medicines":["statin"]})", R"({"on_quinine":true,"quinine_weeks":6})",
        R"({"pregnant":false,"postpartum_6_weeks":false})", R"({"leg_pain_persistent":false})"}) {
    sets.push_back(triage_test::AnswersFrom(text));
  }
  std::mt19937 rng(31);
  for (int i = 0; i < 1500; ++i) sets.push_back(RandomAnswers(rng));
  return sets;
}

}  // namespace

TEST(TriageRulesMonotone, AYesForAnUnknownAnswerNeverStopsARuleFiring) {
  std::mt19937 rng(7);
  std::set<std::string> broken;
  const auto sets = AnswerSets();
  for (const Rule& rule : core::triage::RuleTable()) {
    for (const Answers& answers : sets) {
      const DiaryFacts diary = RandomDiary(rng);
      if (!Fires(rule, answers, diary)) continue;
      for (std::string_view field : core::triage::AnswerFieldNames()) {
        const Answer<bool>* answer = core::triage::FindYesNoAnswer(answers, field);
        if (answer == nullptr || answer->IsAnswered()) continue;
        Answers if_yes = answers;
        *core::triage::FindYesNoAnswer(if_yes, field) = Answer<bool>::Of(true);
        if (Fires(rule, if_yes, diary)) continue;
        broken.insert(std::string(rule.id));
        EXPECT_EQ(kNotMonotoneBelowUrgent.count(std::string(rule.id)), 1u)
            << rule.id << " stops firing when " << field
            << " turns from unknown to yes: " << core::triage::AnswersToJsonText(answers);
      }
    }
  }
  // The exceptions are real (else drop them) and below urgent (else not_ruled_out breaks).
  for (const std::string& id : kNotMonotoneBelowUrgent) {
    EXPECT_EQ(broken.count(id), 1u) << id << " is monotone after all: drop it from the list";
    EXPECT_TRUE(core::triage::IsMoreSevere(Level::kUrgent, core::triage::FindRule(id)->level))
        << id;
  }
}

TEST(TriageRulesMonotone, EveryWarningRuleCanStillFireWhenEveryAnswerIsUnknown) {
  // With nothing answered, each urgent or emergency rule fires once every yes/no is yes: the
  // one check per rule that open_signs.cpp starts from. (No numbers are needed for them.)
  Answers all_yes;
  core::triage::ForEachAnswer(all_yes, [](std::string_view, auto& answer, Range) {
    if constexpr (std::is_same_v<std::decay_t<decltype(answer)>, Answer<bool>>) {
      answer = Answer<bool>::Of(true);
    }
  });
  for (const Rule& rule : core::triage::RuleTable()) {
    if (!core::triage::IsMoreSevere(rule.level, Level::kSoon)) continue;
    EXPECT_TRUE(Fires(rule, all_yes, DiaryFacts{})) << rule.id;
  }
}
