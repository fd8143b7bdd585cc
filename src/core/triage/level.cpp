#include "core/triage/level.h"

#include <array>
#include <cstddef>

namespace core::triage {
namespace {
constexpr std::array<std::string_view, kLevelCount> kLevelNames = {"emergency", "urgent", "soon",
                                                                   "routine", "self_care"};
}  // namespace

std::string_view LevelName(Level level) {
  const auto index = static_cast<std::size_t>(level);
  return index < kLevelNames.size() ? kLevelNames[index] : std::string_view("self_care");
}

std::optional<Level> LevelFromName(std::string_view name) {
  for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
    if (kLevelNames[i] == name) return static_cast<Level>(i);
  }
  return std::nullopt;
}

}  // namespace core::triage
