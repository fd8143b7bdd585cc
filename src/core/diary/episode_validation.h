#pragma once
// Checks an Episode against DESIGN.md's rules. Every problem is reported with the field
// it belongs to, so the app can highlight the field and import can say
// "line 7: duration_s: must be 1..3600". Never throws.
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/episode.h"

namespace core::diary {

struct FieldError {
  std::string field;    // the contract's field name, e.g. "started_at"
  std::string message;  // plain words, e.g. "2026-02-30 is not a date"
  // For the rules a person can break while typing, a stable name the app turns into its own
  // words beside the field ("bad_time", "duration_range", "in_future", ...); else empty.
  std::string reason = {};
};

// Every rule, in field order; empty when the episode is valid.
std::vector<FieldError> ValidateEpisode(const Episode& episode);

// True for well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

}  // namespace core::diary
