#pragma once
// Checks an Episode against DESIGN.md's rules. Every problem is reported with the field
// it belongs to, so the app can highlight the field and import can say
// "line 7: duration_s: must be 1..3600". Never throws.
// The one rule set for every way an episode enters (the entry editor, Log a past cramp,
// import, storage load, the diary's own verbs): beyond the contract's types and ranges,
//   - started_at in the year 2000 or later (earlier is a typo, and Trends would count
//     every night since then),
//   - notes without control characters other than tab and newline (LF, or CR LF as
//     Windows writes it): a NUL or a bell would reach the CSV and the doctor's report raw.
// Only "not in the future" needs a clock: ValidateEntry (entry_rules.h) adds it.
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/episode.h"

namespace core::diary {

constexpr int kMinEntryYear = 2000;

struct FieldError {
  std::string field;    // the contract's field name, e.g. "started_at"
  std::string message;  // plain words, e.g. "2026-02-30 is not a date"
  // For the rules a person can break while typing, a stable name the app turns into its own
  // words beside the field ("bad_time", "duration_range", "in_future", ...); else empty.
  std::string reason = {};
};

// Every rule, in field order; empty when the episode is valid.
std::vector<FieldError> ValidateEpisode(const Episode& episode);

// The first control character in `text` other than tab, LF and CR (C0, DEL, or a C1
// code point U+0080..U+009F encoded in UTF-8), as its code point; -1 when there is none.
long FirstControlCharacter(std::string_view text);

// True for well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

}  // namespace core::diary
