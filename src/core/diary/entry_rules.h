#pragma once
// What a person types into an entry (logging a past cramp, editing one) must meet: every
// rule of ValidateEpisode (the same for import and storage: the year 2000 or later, notes
// without control characters, the contract's ranges), plus one that needs the clock:
//   - started_at not after now (a cramp cannot have started in the future).
// Each problem names its field and a reason for the app's words (FieldError::reason).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/diary/episode.h"
#include "core/diary/episode_validation.h"

namespace core::diary {

// ValidateEpisode, then the rules above, against the clock's `now_utc_seconds`.
std::vector<FieldError> ValidateEntry(const Episode& episode, std::int64_t now_utc_seconds);

// started_at from what the person typed: `date` "YYYY-MM-DD" and `time` "HH:MM", in the
// offset `offset_minutes` (the one the entry was logged in, so editing the time does not
// move the entry to another time zone). Returns the text even when it is not a valid
// time, so validation names the problem; leading and trailing spaces are ignored, and
// "3:12" is read as "03:12".
std::string StartedAtFrom(std::string_view date, std::string_view time, int offset_minutes);

// For an entry whose time was changed from `original`'s: when `original` was logged in the
// device's zone (its offset is the one `clock`'s zone gave that instant), `entered`'s
// started_at takes the offset the zone gives its new local time, so a time moved across a
// daylight-saving change carries the offset of then; an entry logged in another zone keeps
// its own offset. A local time the zone skipped (the clocks went forward) is refused:
// returns that problem (reason "time_skipped") and leaves `entered` as typed.
std::optional<FieldError> OffsetFromZone(Episode& entered, const Episode& original,
                                         const Clock& clock);

// Notes cut to at most kMaxNotesBytes at a UTF-8 character boundary (never inside a
// character), and how many bytes were cut, so the app can say so instead of cutting
// silently.
struct CutNotes {
  std::string text;
  std::size_t removed_bytes = 0;
  std::size_t removed_characters = 0;  // what a person would count
};
CutNotes CutNotesToLimit(std::string notes, std::size_t max_bytes = kMaxNotesBytes);

}  // namespace core::diary
