#pragma once
// The fields of one episode object as read from JSON, before any checking: which of
// DESIGN.md's fields are present, each value's JSON kind and scalar, and any unknown keys.
// Two readers fill it in: EpisodeFromJson (from an nlohmann DOM value, for storage) and the
// streaming diary reader (SAX, no DOM, for fast import of 100,000 episodes). Both then call
// EpisodeFromFields, so every check and every message lives in one place.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/episode.h"
#include "core/diary/episode_validation.h"

namespace core::io {

// One JSON value as far as the episode checks need it.
struct JsonField {
  enum class Kind : std::uint8_t {
    kMissing,
    kNull,
    kBoolean,
    kInteger,  // integer JSON number; a huge unsigned is clamped to INT64_MAX like JsonInteger
    kFloat,
    kString,
    kArray,
    kObject,
  };
  Kind kind = Kind::kMissing;
  bool boolean = false;      // kBoolean
  std::int64_t integer = 0;  // kInteger
  std::string text;          // kString
};

// The contract's fields, in the order they are checked and exported.
enum class EpisodeField : std::uint8_t {
  kId,
  kStartedAt,
  kDurationS,
  kMuscle,
  kSide,
  kPain,
  kWokeFromSleep,
  kTriggers,
  kRelief,
  kReliefHelped,
  kNotes,
  kCreatedAt,
  kUpdatedAt,
};
constexpr std::size_t kEpisodeFieldCount = 13;

// The field a key names; nullopt for a key the contract does not know.
std::optional<EpisodeField> EpisodeFieldFromKey(std::string_view key);

struct EpisodeFields {
  std::array<JsonField, kEpisodeFieldCount> values;  // by EpisodeField
  std::vector<JsonField> trigger_items;              // the items when the triggers value is a list
  std::vector<std::string> unknown_keys;  // as met; may repeat (a repeated key is one problem)

  JsonField& operator[](EpisodeField field) { return values[static_cast<std::size_t>(field)]; }
  // Forgets everything but keeps the buffers, so one object can read many episodes.
  void Clear();
};

// Checks the fields and builds the episode. On any problem returns nullopt and appends every
// problem (field + reason) to `errors`: unknown keys first (sorted, as nlohmann's object
// order has them), then each field in contract order, then the rules of ValidateEpisode for
// fields that were readable. Moves strings out of `fields`.
std::optional<core::diary::Episode> EpisodeFromFields(EpisodeFields& fields,
                                                      std::vector<core::diary::FieldError>& errors);

}  // namespace core::io
