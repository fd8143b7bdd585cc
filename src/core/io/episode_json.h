#pragma once
// One Episode <-> one JSON object with exactly DESIGN.md's field names (the same record
// IndexedDB stores). Reading checks every field and names each problem; unknown fields
// are refused rather than silently dropped. `notes`, `triggers` and `relief_helped` may be
// missing (meaning "", [] and null); every other field is required.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/diary/episode.h"
#include "core/diary/episode_validation.h"

namespace core::io {

// Appends the episode as one compact JSON object, fields in contract order.
void AppendEpisodeJson(std::string& out, const core::diary::Episode& episode);
std::string EpisodeToJson(const core::diary::Episode& episode);

// Reads and validates one episode. On any problem returns nullopt and appends every
// problem (field + reason) to `errors`. The checks are EpisodeFromFields (episode_fields.h),
// shared with the streaming diary reader.
std::optional<core::diary::Episode> EpisodeFromJson(const nlohmann::json& value,
                                                    std::vector<core::diary::FieldError>& errors);

}  // namespace core::io
