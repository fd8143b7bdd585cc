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
