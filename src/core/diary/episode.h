#pragma once
// One night-time cramp, exactly as DESIGN.md's Episode contract defines it. The enums
// spell their values the way the JSON, the CSV and IndexedDB do ("calf_back"), through
// Name() and Parse*() below; nothing else converts them.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core::diary {

enum class Muscle { kToe, kFoot, kCalfBack, kCalfFront, kThighBack, kThighFront, kOther };
enum class Side { kLeft, kRight, kBoth };
enum class Trigger {
  kLongSitting,
  kLongStanding,
  kHardExercise,
  kLateNight,
  kPoorSleep,
  kCold,
  kDehydration,
  kAlcohol,
  kNewMedicine,
  kPregnancy,
  kOther,
};
enum class Relief { kStretch, kMassage, kHeat, kWalking, kNone, kOther };

constexpr std::array<Muscle, 7> kAllMuscles = {
    Muscle::kToe,       Muscle::kFoot,       Muscle::kCalfBack, Muscle::kCalfFront,
    Muscle::kThighBack, Muscle::kThighFront, Muscle::kOther};
constexpr std::array<Side, 3> kAllSides = {Side::kLeft, Side::kRight, Side::kBoth};
constexpr std::array<Trigger, 11> kAllTriggers = {
    Trigger::kLongSitting, Trigger::kLongStanding, Trigger::kHardExercise, Trigger::kLateNight,
    Trigger::kPoorSleep,   Trigger::kCold,         Trigger::kDehydration,  Trigger::kAlcohol,
    Trigger::kNewMedicine, Trigger::kPregnancy,    Trigger::kOther};
constexpr std::array<Relief, 6> kAllReliefs = {Relief::kStretch, Relief::kMassage, Relief::kHeat,
                                               Relief::kWalking, Relief::kNone,    Relief::kOther};

// Value names of the contract; "?" for a value outside the enum.
const char* Name(Muscle muscle);
const char* Name(Side side);
const char* Name(Trigger trigger);
const char* Name(Relief relief);

std::optional<Muscle> ParseMuscle(std::string_view text);
std::optional<Side> ParseSide(std::string_view text);
std::optional<Trigger> ParseTrigger(std::string_view text);
std::optional<Relief> ParseRelief(std::string_view text);

inline int Index(Muscle v) {
  return static_cast<int>(v);
}
inline int Index(Side v) {
  return static_cast<int>(v);
}
inline int Index(Trigger v) {
  return static_cast<int>(v);
}
inline int Index(Relief v) {
  return static_cast<int>(v);
}

// The set of triggers, as a bit mask in enum order (so it is small, ordered and cheap to
// compare). Iterate with kAllTriggers and Has().
class TriggerSet {
 public:
  TriggerSet() = default;
  bool Has(Trigger trigger) const { return (bits_ & Bit(trigger)) != 0; }
  void Add(Trigger trigger) { bits_ = static_cast<std::uint16_t>(bits_ | Bit(trigger)); }
  void Remove(Trigger trigger) { bits_ = static_cast<std::uint16_t>(bits_ & ~Bit(trigger)); }
  bool Empty() const { return bits_ == 0; }
  int Count() const;
  std::uint16_t Bits() const { return bits_; }
  friend bool operator==(TriggerSet a, TriggerSet b) { return a.bits_ == b.bits_; }
  friend bool operator!=(TriggerSet a, TriggerSet b) { return a.bits_ != b.bits_; }

 private:
  static std::uint16_t Bit(Trigger t) { return static_cast<std::uint16_t>(1u << Index(t)); }
  std::uint16_t bits_ = 0;
};

// Limits of the contract.
constexpr int kMinDurationS = 1;
constexpr int kMaxDurationS = 3600;
constexpr int kMinPain = 0;
constexpr int kMaxPain = 10;
constexpr std::size_t kMaxNotesBytes = 2000;

struct Episode {
  std::string id;          // UUID v4, lowercase, made on the device (uuid.h)
  std::string started_at;  // local time with offset: "2026-11-23T03:12:00+08:00"
  int duration_s = 0;      // 1..3600
  Muscle muscle = Muscle::kCalfBack;
  Side side = Side::kLeft;
  std::optional<int> pain;  // 0..10; nullopt: not rated (never invented)
  bool woke_from_sleep = false;
  TriggerSet triggers;
  std::optional<Relief> relief;       // nullopt: not answered (never invented)
  std::optional<bool> relief_helped;  // nullopt: not recorded
  std::string notes;                  // UTF-8, at most 2000 bytes
  std::string created_at;             // UTC: "2026-11-22T19:12:05Z"
  std::string updated_at;             // UTC, not before created_at

  friend bool operator==(const Episode& a, const Episode& b);
  friend bool operator!=(const Episode& a, const Episode& b) { return !(a == b); }
};

}  // namespace core::diary
