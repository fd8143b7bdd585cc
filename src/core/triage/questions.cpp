#include "core/triage/questions.h"

#include <string>
#include <type_traits>

#include "core/triage/dependencies.h"

namespace core::triage {
namespace {

template <typename E>
std::vector<std::string_view> ChoicesOf() {
  const auto& names = EnumNames<E>::kValues;
  return std::vector<std::string_view>(names.begin(), names.end());
}


// clang-format off
const std::vector<QuestionPage>& Pages() {
  static const std::vector<QuestionPage> pages = {
      {"sudden", PageKind::kSigns, "page.sudden",
       {"breathless_or_chest_pain", "sudden_one_side_weakness_or_speech", "foot_cold_pale_or_numb",
        "severe_pain_after_injury", "jaw_stiffness_or_spreading_spasms",
        "saddle_numbness_or_bladder_change"}},
      {"leg", PageKind::kSigns, "page.leg",
       {"cramp_ongoing_over_10_min", "calf_swelling_one_side", "calf_red_warm_tender",
        "leg_pain_since_cramp", "leg_pain_persistent", "leg_pain_one_side", "swelling_both_legs",
        "hot_swollen_joint", "wound_or_toxin_exposure"}},
      {"circulation", PageKind::kSigns, "page.circulation",
       {"rest_pain_eased_hanging_leg", "foot_sore_or_colour_change",
        "pain_walking_relieved_by_rest"}},
      {"nerves", PageKind::kSigns, "page.nerves",
       {"weakness_getting_worse_fast", "swallowing_or_speech_getting_harder",
        "numbness_or_tingling", "muscle_wasting_or_weakness", "muscle_twitching",
        "unexplained_muscle_pain", "dark_urine", "tremor", "urge_to_move_eased_by_moving",
        "insomnia"}},
      {"age", PageKind::kNumber, "page.age", {"age_years"}},
      {"children", PageKind::kSigns, "page.children",
       {"child_very_unwell", "limp_or_one_leg_daytime_pain", "fever", "cannot_bear_weight",
        "limp_no_better_48h"}},
      {"sex", PageKind::kChoice, "page.sex", {"sex"}},
      {"pregnancy", PageKind::kSigns, "page.pregnancy",
       {"pregnant", "postpartum_6_weeks", "preeclampsia_signs"}},
      {"frequency", PageKind::kFrequency, "page.frequency", {"episodes_per_week"}},
      {"duration", PageKind::kFrequency, "page.duration", {"typical_duration_s"}},
      {"habits", PageKind::kSigns, "page.habits",
       {"relief_taking_longer", "sleep_disturbed", "high_intensity_exercise", "clot_risk"}},
      {"medicines", PageKind::kSigns, "page.medicines",
       {"on_statin", "cramps_since_statin", "on_quinine", "quinine_more_than_prescribed",
        "quinine_fainting_or_sight_loss", "quinine_side_effects", "bruising_or_bleeding"}},
      {"quinine_weeks", PageKind::kNumber, "page.quinine_weeks", {"quinine_weeks"}},
      {"lists", PageKind::kLists, "page.lists", {"new_medicines", "conditions"}},
  };
  return pages;
}
// clang-format on

bool IsStable(std::string_view id) {
  // Not "gave birth in the last 6 weeks": it stops being true within weeks, so it is asked
  // afresh (CLINICAL.md 3.1). Age and quinine weeks are counted forward (stable_facts.h).
  static constexpr std::string_view kStable[] = {
      "age_years", "sex",        "pregnant",      "high_intensity_exercise",
      "on_statin", "on_quinine", "quinine_weeks", "new_medicines",
      "conditions"};
  for (std::string_view stable : kStable) {
    if (stable == id) return true;
  }
  return false;
}

Question MakeQuestion(std::string_view id, std::string_view page) {
  Question q{id, QuestionKind::kYesNo, page, {}, kNoRange, {}, {}, false, IsStable(id)};
  const Answers probe;
  ForEachAnswer(probe, [&](std::string_view name, const auto& answer, Range range) {
    if (name != id) return;
    using T = std::decay_t<decltype(answer.value)>;
    q.range = range;
    if constexpr (std::is_same_v<T, int>) q.kind = QuestionKind::kWholeNumber;
    if constexpr (std::is_same_v<T, double>) q.kind = QuestionKind::kNumber;
    if constexpr (std::is_same_v<T, Sex>) {
      q.kind = QuestionKind::kChoice;
      q.choices = ChoicesOf<Sex>();
    }
    if constexpr (std::is_same_v<T, std::vector<Medicine>>) {
      q.kind = QuestionKind::kMultiChoice;
      q.choices = ChoicesOf<Medicine>();
    }
    if constexpr (std::is_same_v<T, std::vector<Condition>>) {
      q.kind = QuestionKind::kMultiChoice;
      q.choices = ChoicesOf<Condition>();
    }
  });
  if (id == "age_years") q.unit_key = "unit.years";
  if (id == "episodes_per_week") q.unit_key = "unit.per_week";
  if (id == "typical_duration_s") q.unit_key = "unit.seconds";
  if (id == "quinine_weeks") q.unit_key = "unit.weeks";
  q.diary_fillable =
      id == "episodes_per_week" || id == "relief_taking_longer" || id == "typical_duration_s";
  return q;
}

}  // namespace

const std::vector<QuestionPage>& QuestionPages() {
  return Pages();
}

const std::vector<Question>& QuestionList() {
  static const std::vector<Question> questions = [] {
    // The prompt keys point into the pages' storage, which lives as long as the program.
    static std::vector<std::string> prompt_keys;
    std::vector<Question> list;
    for (const QuestionPage& page : Pages()) {
      for (std::string_view field : page.fields) {
        prompt_keys.push_back("question." + std::string(field));
      }
    }
    std::size_t next = 0;
    for (const QuestionPage& page : Pages()) {
      for (std::string_view field : page.fields) {
        Question q = MakeQuestion(field, page.id);
        q.prompt_key = prompt_keys[next++];
        list.push_back(std::move(q));
      }
    }
    return list;
  }();
  return questions;
}

const Question* FindQuestion(std::string_view id) {
  for (const Question& question : QuestionList()) {
    if (question.id == id) return &question;
  }
  return nullptr;
}

const QuestionPage* FindPage(std::string_view id) {
  for (const QuestionPage& page : Pages()) {
    if (page.id == id) return &page;
  }
  return nullptr;
}

bool PageApplies(const QuestionPage& page, const Answers& answers) {
  for (std::string_view field : page.fields) {
    if (Applies(answers, field)) return true;
  }
  return false;
}

bool IsQuestionShown(const Question& question, const Answers& answers) {
  return Applies(answers, question.id);
}

Answers StableFacts(const Answers& answers) {
  Answers kept;
  const Answers& from = answers;
  ForEachAnswer(kept, [&](std::string_view name, auto& answer, Range) {
    if (!IsStable(name)) return;
    ForEachAnswer(from, [&](std::string_view other, const auto& value, Range) {
      if constexpr (std::is_same_v<std::decay_t<decltype(value)>,
                                   std::decay_t<decltype(answer)>>) {
        if (other == name) answer = value;
      }
    });
  });
  return kept;
}

bool HasStableFacts(const Answers& answers) {
  bool any = false;
  ForEachAnswer(answers, [&](std::string_view name, const auto& answer, Range) {
    if (IsStable(name) && answer.IsAnswered()) any = true;
  });
  return any;
}

}  // namespace core::triage
