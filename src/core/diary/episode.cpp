#include "core/diary/episode.h"

namespace core::diary {
namespace {

constexpr const char* kMuscleNames[] = {"toe",        "foot",        "calf_back", "calf_front",
                                        "thigh_back", "thigh_front", "other"};
constexpr const char* kSideNames[] = {"left", "right", "both"};
constexpr const char* kTriggerNames[] = {
    "long_sitting", "long_standing", "hard_exercise", "late_night", "poor_sleep", "cold",
    "dehydration",  "alcohol",       "new_medicine",  "pregnancy",  "other"};
constexpr const char* kReliefNames[] = {"stretch", "massage", "heat", "walking", "none", "other"};

template <typename Enum, std::size_t N>
const char* NameIn(const char* const (&names)[N], Enum value) {
  const int i = static_cast<int>(value);
  return i >= 0 && static_cast<std::size_t>(i) < N ? names[i] : "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> ParseIn(const char* const (&names)[N], std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (text == names[i]) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

const char* Name(Muscle muscle) {
  return NameIn(kMuscleNames, muscle);
}
const char* Name(Side side) {
  return NameIn(kSideNames, side);
}
const char* Name(Trigger trigger) {
  return NameIn(kTriggerNames, trigger);
}
const char* Name(Relief relief) {
  return NameIn(kReliefNames, relief);
}

std::optional<Muscle> ParseMuscle(std::string_view text) {
  return ParseIn<Muscle>(kMuscleNames, text);
}
std::optional<Side> ParseSide(std::string_view text) {
  return ParseIn<Side>(kSideNames, text);
}
std::optional<Trigger> ParseTrigger(std::string_view text) {
  return ParseIn<Trigger>(kTriggerNames, text);
}
std::optional<Relief> ParseRelief(std::string_view text) {
  return ParseIn<Relief>(kReliefNames, text);
}

int TriggerSet::Count() const {
  int count = 0;
  for (std::uint16_t b = bits_; b != 0; b = static_cast<std::uint16_t>(b & (b - 1))) ++count;
  return count;
}

bool operator==(const Episode& a, const Episode& b) {
  return a.id == b.id && a.started_at == b.started_at && a.duration_s == b.duration_s &&
         a.muscle == b.muscle && a.side == b.side && a.pain == b.pain &&
         a.woke_from_sleep == b.woke_from_sleep && a.triggers == b.triggers &&
         a.relief == b.relief && a.relief_helped == b.relief_helped && a.notes == b.notes &&
         a.created_at == b.created_at && a.updated_at == b.updated_at;
}

}  // namespace core::diary
