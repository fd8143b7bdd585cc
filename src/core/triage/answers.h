#pragma once
// The person's self-check answers: every field of DESIGN.md's Answers JSON.
//
// Each answer has three states, because the triage must tell them apart:
//   - not answered (the JSON field is missing, or the UI question was skipped),
//   - not sure     (the JSON value is null, or the person tapped "not sure"),
//   - answered     (a value).
// Neither "not answered" nor "not sure" ever counts as yes (IsYes); "not sure" answers are
// reported back as the questions that would raise the level if they were yes.
//
// Valid ranges (checked by answers_json.h, the only way user data gets in):
//   age_years            whole number 0..120
//   episodes_per_week    finite number 0..100 (a cramp every ~2 hours is the ceiling)
//   typical_duration_s   whole number 1..86400 (one day)
//   quinine_weeks        whole number 0..520 (ten years)
//   sex                  female | male | other
//   new_medicines        list of EnumNames<Medicine> values, each at most once
//   conditions           list of EnumNames<Condition> values, each at most once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace core::triage {

enum class AnswerState : std::uint8_t { kNotAnswered, kNotSure, kAnswered };

template <typename T>
struct Answer {
  AnswerState state = AnswerState::kNotAnswered;
  T value{};  // meaningful only when state == kAnswered

  static Answer Of(T v) { return Answer{AnswerState::kAnswered, std::move(v)}; }
  static Answer NotSure() { return Answer{AnswerState::kNotSure, T{}}; }

  bool IsAnswered() const { return state == AnswerState::kAnswered; }
  bool IsNotSure() const { return state == AnswerState::kNotSure; }
  // The value when answered, else nullopt (not answered and not sure alike).
  std::optional<T> Get() const { return IsAnswered() ? std::optional<T>(value) : std::nullopt; }
};

// The only way a yes/no answer counts as yes: answered, and true.
inline bool IsYes(const Answer<bool>& answer) {
  return answer.IsAnswered() && answer.value;
}

enum class Sex : std::uint8_t { kFemale, kMale, kOther };

// Medicines started before the cramps began (Garrison 2012), plus "other".
enum class Medicine : std::uint8_t {
  kDiuretic,
  kInhaledBetaAgonist,
  kCalciumChannelBlocker,
  kStatin,
  kRaloxifene,
  kOestrogen,
  kTeriparatide,
  kNaproxen,
  kIvIron,
  kOther,
};

// Conditions that can cause cramps (Allen & Kirby 2012).
enum class Condition : std::uint8_t {
  kKidney,
  kDialysis,
  kLiver,
  kDiabetes,
  kThyroid,
  kArtery,
  kHeartFailure,
  kParkinsons,
  kSpinalStenosis,
  kNerve,
};

// The JSON strings of each enum, in enum order (DESIGN.md contract).
template <typename E>
struct EnumNames;
template <>
struct EnumNames<Sex> {
  static constexpr std::array<std::string_view, 3> kValues = {"female", "male", "other"};
};
template <>
struct EnumNames<Medicine> {
  static constexpr std::array<std::string_view, 10> kValues = {
      "diuretic",   "inhaled_beta_agonist", "calcium_channel_blocker", "statin",  "raloxifene",
      "oestrogen",  "teriparatide",         "naproxen",                "iv_iron", "other"};
};
template <>
struct EnumNames<Condition> {
  static constexpr std::array<std::string_view, 10> kValues = {
      "kidney", "dialysis",      "liver",     "diabetes",        "thyroid",
      "artery", "heart_failure", "parkinsons", "spinal_stenosis", "nerve"};
};

template <typename E>
std::string_view NameOf(E value) {
  const auto index = static_cast<std::size_t>(value);
  const auto& names = EnumNames<E>::kValues;
  return index < names.size() ? names[index] : std::string_view();
}

template <typename E>
std::optional<E> EnumFromName(std::string_view name) {
  const auto& names = EnumNames<E>::kValues;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

// Inclusive range of a numeric answer; yes/no and list answers carry kNoRange.
struct Range {
  double min = 0.0;
  double max = 0.0;
};
inline constexpr Range kNoRange{};
inline constexpr Range kAgeYearsRange{0, 120};
inline constexpr Range kEpisodesPerWeekRange{0, 100};
inline constexpr Range kTypicalDurationRange{1, 86400};
inline constexpr Range kQuinineWeeksRange{0, 520};

struct Answers {
  // About the person.
  Answer<int> age_years;
  Answer<Sex> sex;
  Answer<bool> pregnant;
  Answer<bool> postpartum_6_weeks;
  Answer<bool> high_intensity_exercise;
  Answer<bool> clot_risk;

  // How often and how long.
  Answer<double> episodes_per_week;
  Answer<bool> relief_taking_longer;
  Answer<int> typical_duration_s;
  Answer<bool> sleep_disturbed;

  // Signs (CLINICAL.md's "when" column says what each means).
  Answer<bool> breathless_or_chest_pain;
  Answer<bool> foot_cold_pale_or_numb;
  Answer<bool> sudden_one_side_weakness_or_speech;
  Answer<bool> jaw_stiffness_or_spreading_spasms;
  Answer<bool> saddle_numbness_or_bladder_change;
  Answer<bool> severe_pain_after_injury;
  Answer<bool> calf_swelling_one_side;
  Answer<bool> calf_red_warm_tender;
  Answer<bool> leg_pain_persistent;
  Answer<bool> leg_pain_one_side;
  Answer<bool> leg_pain_since_cramp;
  Answer<bool> cramp_ongoing_over_10_min;
  Answer<bool> wound_or_toxin_exposure;
  Answer<bool> bruising_or_bleeding;
  Answer<bool> muscle_wasting_or_weakness;
  Answer<bool> muscle_twitching;
  Answer<bool> numbness_or_tingling;
  Answer<bool> weakness_getting_worse_fast;
  Answer<bool> swallowing_or_speech_getting_harder;
  Answer<bool> unexplained_muscle_pain;
  Answer<bool> dark_urine;
  Answer<bool> pain_walking_relieved_by_rest;
  Answer<bool> rest_pain_eased_hanging_leg;
  Answer<bool> foot_sore_or_colour_change;
  Answer<bool> swelling_both_legs;
  Answer<bool> hot_swollen_joint;
  Answer<bool> preeclampsia_signs;
  Answer<bool> insomnia;
  Answer<bool> tremor;
  Answer<bool> urge_to_move_eased_by_moving;

  // Children (under 18).
  Answer<bool> limp_or_one_leg_daytime_pain;
  Answer<bool> fever;
  Answer<bool> cannot_bear_weight;
  Answer<bool> limp_no_better_48h;  // a limp or leg pain no better after 48 hours (3.1)
  Answer<bool> child_very_unwell;

  // Medicines and conditions.
  Answer<bool> on_quinine;
  Answer<int> quinine_weeks;
  Answer<bool> quinine_side_effects;
  Answer<bool> quinine_fainting_or_sight_loss;
  Answer<bool> quinine_more_than_prescribed;
  Answer<bool> on_statin;
  Answer<bool> cramps_since_statin;
  Answer<std::vector<Medicine>> new_medicines;
  Answer<std::vector<Condition>> conditions;
};

inline constexpr int kAnswerFieldCount = 54;

// Calls visit(name, answer, range) for every field, in DESIGN.md order, with `answer` an
// Answer<T>& (const when `answers` is const). This is the one list of field names: the
// JSON parser, the serializer and the lookups below are all built on it.
template <typename AnswersT, typename Visitor>
void ForEachAnswer(AnswersT& a, Visitor&& visit) {
  visit(std::string_view("age_years"), a.age_years, kAgeYearsRange);
  visit(std::string_view("sex"), a.sex, kNoRange);
  visit(std::string_view("pregnant"), a.pregnant, kNoRange);
  visit(std::string_view("postpartum_6_weeks"), a.postpartum_6_weeks, kNoRange);
  visit(std::string_view("high_intensity_exercise"), a.high_intensity_exercise, kNoRange);
  visit(std::string_view("clot_risk"), a.clot_risk, kNoRange);
  visit(std::string_view("episodes_per_week"), a.episodes_per_week, kEpisodesPerWeekRange);
  visit(std::string_view("relief_taking_longer"), a.relief_taking_longer, kNoRange);
  visit(std::string_view("typical_duration_s"), a.typical_duration_s, kTypicalDurationRange);
  visit(std::string_view("sleep_disturbed"), a.sleep_disturbed, kNoRange);
  visit(std::string_view("breathless_or_chest_pain"), a.breathless_or_chest_pain, kNoRange);
  visit(std::string_view("foot_cold_pale_or_numb"), a.foot_cold_pale_or_numb, kNoRange);
  visit(std::string_view("sudden_one_side_weakness_or_speech"), a.sudden_one_side_weakness_or_speech, kNoRange);
  visit(std::string_view("jaw_stiffness_or_spreading_spasms"), a.jaw_stiffness_or_spreading_spasms, kNoRange);
  visit(std::string_view("saddle_numbness_or_bladder_change"), a.saddle_numbness_or_bladder_change, kNoRange);
  visit(std::string_view("severe_pain_after_injury"), a.severe_pain_after_injury, kNoRange);
  visit(std::string_view("calf_swelling_one_side"), a.calf_swelling_one_side, kNoRange);
  visit(std::string_view("calf_red_warm_tender"), a.calf_red_warm_tender, kNoRange);
  visit(std::string_view("leg_pain_persistent"), a.leg_pain_persistent, kNoRange);
  visit(std::string_view("leg_pain_one_side"), a.leg_pain_one_side, kNoRange);
  visit(std::string_view("leg_pain_since_cramp"), a.leg_pain_since_cramp, kNoRange);
  visit(std::string_view("cramp_ongoing_over_10_min"), a.cramp_ongoing_over_10_min, kNoRange);
  visit(std::string_view("wound_or_toxin_exposure"), a.wound_or_toxin_exposure, kNoRange);
  visit(std::string_view("bruising_or_bleeding"), a.bruising_or_bleeding, kNoRange);
  visit(std::string_view("muscle_wasting_or_weakness"), a.muscle_wasting_or_weakness, kNoRange);
  visit(std::string_view("muscle_twitching"), a.muscle_twitching, kNoRange);
  visit(std::string_view("numbness_or_tingling"), a.numbness_or_tingling, kNoRange);
  visit(std::string_view("weakness_getting_worse_fast"), a.weakness_getting_worse_fast, kNoRange);
  visit(std::string_view("swallowing_or_speech_getting_harder"), a.swallowing_or_speech_getting_harder, kNoRange);
  visit(std::string_view("unexplained_muscle_pain"), a.unexplained_muscle_pain, kNoRange);
  visit(std::string_view("dark_urine"), a.dark_urine, kNoRange);
  visit(std::string_view("pain_walking_relieved_by_rest"), a.pain_walking_relieved_by_rest, kNoRange);
  visit(std::string_view("rest_pain_eased_hanging_leg"), a.rest_pain_eased_hanging_leg, kNoRange);
  visit(std::string_view("foot_sore_or_colour_change"), a.foot_sore_or_colour_change, kNoRange);
  visit(std::string_view("swelling_both_legs"), a.swelling_both_legs, kNoRange);
  visit(std::string_view("hot_swollen_joint"), a.hot_swollen_joint, kNoRange);
  visit(std::string_view("preeclampsia_signs"), a.preeclampsia_signs, kNoRange);
  visit(std::string_view("insomnia"), a.insomnia, kNoRange);
  visit(std::string_view("tremor"), a.tremor, kNoRange);
  visit(std::string_view("urge_to_move_eased_by_moving"), a.urge_to_move_eased_by_moving, kNoRange);
  visit(std::string_view("limp_or_one_leg_daytime_pain"), a.limp_or_one_leg_daytime_pain, kNoRange);
  visit(std::string_view("fever"), a.fever, kNoRange);
  visit(std::string_view("cannot_bear_weight"), a.cannot_bear_weight, kNoRange);
  visit(std::string_view("limp_no_better_48h"), a.limp_no_better_48h, kNoRange);
  visit(std::string_view("child_very_unwell"), a.child_very_unwell, kNoRange);
  visit(std::string_view("on_quinine"), a.on_quinine, kNoRange);
  visit(std::string_view("quinine_weeks"), a.quinine_weeks, kQuinineWeeksRange);
  visit(std::string_view("quinine_side_effects"), a.quinine_side_effects, kNoRange);
  visit(std::string_view("quinine_fainting_or_sight_loss"), a.quinine_fainting_or_sight_loss, kNoRange);
  visit(std::string_view("quinine_more_than_prescribed"), a.quinine_more_than_prescribed, kNoRange);
  visit(std::string_view("on_statin"), a.on_statin, kNoRange);
  visit(std::string_view("cramps_since_statin"), a.cramps_since_statin, kNoRange);
  visit(std::string_view("new_medicines"), a.new_medicines, kNoRange);
  visit(std::string_view("conditions"), a.conditions, kNoRange);
}

// Every field name, in DESIGN.md order.
const std::vector<std::string_view>& AnswerFieldNames();
bool IsAnswerField(std::string_view name);

// The yes/no answer called `name`, or nullptr when there is no yes/no field of that name.
// Lets a UI drive every yes / no / not sure question by its id.
Answer<bool>* FindYesNoAnswer(Answers& answers, std::string_view name);
const Answer<bool>* FindYesNoAnswer(const Answers& answers, std::string_view name);

// State of any field; kNotAnswered for unknown names.
AnswerState StateOf(const Answers& answers, std::string_view name);
// Marks a field "not sure" / "not answered". Return false for unknown names.
bool SetNotSure(Answers& answers, std::string_view name);
bool ClearAnswer(Answers& answers, std::string_view name);

}  // namespace core::triage
