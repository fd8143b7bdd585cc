#pragma once
// Triage levels of CLINICAL.md, most severe first. The enum order is the severity order,
// so "more severe" is "smaller", and the names are the contract strings of DESIGN.md.
#include <cstdint>
#include <optional>
#include <string_view>

namespace core::triage {

enum class Level : std::uint8_t {
  kEmergency,  // call the emergency number now
  kUrgent,     // get medical advice today
  kSoon,       // see a doctor within days to two weeks
  kRoutine,    // book a normal appointment or mention it at the next check
  kSelfCare,   // usually harmless: stretching, sleep and routine
};

inline constexpr int kLevelCount = 5;

// "emergency", "urgent", "soon", "routine", "self_care".
std::string_view LevelName(Level level);
std::optional<Level> LevelFromName(std::string_view name);

// True when `a` asks for faster care than `b`.
constexpr bool IsMoreSevere(Level a, Level b) {
  return a < b;
}
constexpr Level MostSevere(Level a, Level b) {
  return IsMoreSevere(a, b) ? a : b;
}

}  // namespace core::triage
