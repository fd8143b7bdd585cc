#include "core/diary/episode_validation.h"

#include <cstdio>

#include "core/diary/timestamp.h"
#include "core/diary/uuid.h"

namespace core::diary {

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int extra = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0) {
      extra = 1, min = 0x80, cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, min = 0x800, cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, min = 0x10000, cp = c & 0x07u;
    } else {
      return false;
    }
    if (i + static_cast<std::size_t>(extra) >= n) return false;
    for (int k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

long FirstControlCharacter(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // A carriage return is part of a newline as Windows writes it ("\r\n").
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return c;
    // C1 controls are U+0080..U+009F: 0xC2 followed by 0x80..0x9F.
    if (c == 0xC2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return next;
    }
  }
  return -1;
}

std::vector<FieldError> ValidateEpisode(const Episode& e) {
  std::vector<FieldError> errors;
  auto add = [&errors](const char* field, std::string message, const char* reason = "") {
    errors.push_back(FieldError{field, std::move(message), reason});
  };
  if (!IsUuidV4(e.id)) add("id", "must be a lowercase UUID v4");

  std::string why;
  const auto started = ParseTimestamp(e.started_at, TimestampKind::kLocalWithOffset, &why);
  if (!started) {
    add("started_at", why, "bad_time");
  } else if (started->date.year < kMinEntryYear) {
    add("started_at", "must be in the year 2000 or later", "before_2000");
  }
  if (e.duration_s < kMinDurationS || e.duration_s > kMaxDurationS)
    add("duration_s", "must be 1..3600 seconds", "duration_range");
  if (Index(e.muscle) < 0 || Index(e.muscle) >= static_cast<int>(kAllMuscles.size()))
    add("muscle", "unknown muscle");
  if (Index(e.side) < 0 || Index(e.side) >= static_cast<int>(kAllSides.size()))
    add("side", "unknown side");
  if (e.pain && (*e.pain < kMinPain || *e.pain > kMaxPain))
    add("pain", "must be 0..10", "pain_range");
  if ((e.triggers.Bits() >> kAllTriggers.size()) != 0) add("triggers", "unknown trigger");
  if (e.relief &&
      (Index(*e.relief) < 0 || Index(*e.relief) >= static_cast<int>(kAllReliefs.size())))
    add("relief", "unknown relief");
  if (e.notes.size() > kMaxNotesBytes)
    add("notes", "at most 2000 bytes (has " + std::to_string(e.notes.size()) + ")",
        "notes_too_long");
  if (!IsValidUtf8(e.notes)) add("notes", "must be valid UTF-8", "notes_utf8");
  if (const long control = FirstControlCharacter(e.notes); control >= 0) {
    char code[24];
    std::snprintf(code, sizeof code, "U+%04lX", control);
    add("notes", std::string("must not hold control characters (found ") + code + ")",
        "notes_control");
  }

  const auto created = ParseTimestamp(e.created_at, TimestampKind::kUtc, &why);
  if (!created) add("created_at", why);
  const auto updated = ParseTimestamp(e.updated_at, TimestampKind::kUtc, &why);
  if (!updated) add("updated_at", why);
  if (created && updated &&
      (updated->UtcSeconds() < created->UtcSeconds() ||
       (updated->UtcSeconds() == created->UtcSeconds() && updated->nanos < created->nanos)))
    add("updated_at", "is before created_at");
  return errors;
}

}  // namespace core::diary
