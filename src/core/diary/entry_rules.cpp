#include "core/diary/entry_rules.h"

#include "core/diary/timestamp.h"

namespace core::diary {
namespace {

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

}  // namespace

std::vector<FieldError> ValidateEntry(const Episode& episode, std::int64_t now_utc_seconds) {
  std::vector<FieldError> errors = ValidateEpisode(episode);
  const auto started = ParseTimestamp(episode.started_at, TimestampKind::kLocalWithOffset);
  if (!started) return errors;  // ValidateEpisode said why
  // Before 2000 is already named by ValidateEpisode; one reason a field.
  if (started->date.year >= kMinEntryYear && started->UtcSeconds() > now_utc_seconds) {
    errors.push_back({"started_at", "is in the future", "in_future"});
  }
  return errors;
}

std::optional<FieldError> OffsetFromZone(Episode& entered, const Episode& original,
                                         const Clock& clock) {
  const auto before = ParseTimestamp(original.started_at, TimestampKind::kLocalWithOffset);
  auto after = ParseTimestamp(entered.started_at, TimestampKind::kLocalWithOffset);
  if (!before || !after) return std::nullopt;  // validation names a time that cannot be read
  if (clock.OffsetMinutesAtUtc(before->UtcSeconds()) != before->offset_minutes)
    return std::nullopt;  // logged in another zone (travelling): its own offset stays
  const std::optional<int> offset = clock.UtcOffsetMinutesAt(LocalDateTime{
      after->date.year, after->date.month, after->date.day, after->hour, after->minute});
  if (!offset)
    return FieldError{"started_at", "did not exist here (the clocks went forward then)",
                      "time_skipped"};
  if (*offset != after->offset_minutes) {
    after->offset_minutes = *offset;
    after->utc = false;
    entered.started_at = FormatTimestamp(*after);
  }
  return std::nullopt;
}

std::string StartedAtFrom(std::string_view date, std::string_view time, int offset_minutes) {
  Timestamp zone;
  zone.offset_minutes = offset_minutes;
  // FormatTimestamp writes the offset; only its last 6 characters ("+08:00") are taken.
  const std::string formatted = FormatTimestamp(zone);
  const std::string offset = formatted.substr(formatted.size() - 6);
  std::string clock(Trimmed(time));
  if (clock.size() == 4 && clock[1] == ':') clock.insert(0, "0");  // "3:12" as people write it
  return std::string(Trimmed(date)) + "T" + clock + ":00" + offset;
}

CutNotes CutNotesToLimit(std::string notes, std::size_t max_bytes) {
  CutNotes cut;
  if (notes.size() > max_bytes) {
    std::size_t end = max_bytes;
    while (end > 0 && IsContinuationByte(notes[end])) --end;
    cut.removed_bytes = notes.size() - end;
    for (std::size_t i = end; i < notes.size(); ++i)
      cut.removed_characters += IsContinuationByte(notes[i]) ? 0 : 1;
    notes.resize(end);
  }
  cut.text = std::move(notes);
  return cut;
}

}  // namespace core::diary
