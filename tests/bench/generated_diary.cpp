#include "generated_diary.h"

#include "core/diary/timestamp.h"
#include "core/diary/uuid.h"

namespace bench {

using namespace core::diary;

std::vector<Episode> GenerateDiary(std::size_t count, std::uint64_t seed) {
  const RandomSource random = SeededRandomSource(seed);
  static const char* const kNotes[] = {"",
                                       "",
                                       "",
                                       "woke at 3, calf like a rock",
                                       "after a long walk, \"very\" sore",
                                       "=1+1",
                                       "two\nlines",
                                       "\xE5\xB0\x8F\xE8\x85\xBF\xE6\x8A\xBD\xE7\xAD\x8B"};
  std::vector<Episode> episodes;
  episodes.reserve(count);
  std::int64_t local_minutes = DaysFromCivil(2006, 1, 1) * 1440;
  const std::int64_t span_minutes = 20LL * 365 * 1440;
  const std::int64_t step = span_minutes / static_cast<std::int64_t>(count == 0 ? 1 : count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t r = random();
    local_minutes += step / 2 + static_cast<std::int64_t>(r % static_cast<std::uint64_t>(step + 1));
    Timestamp t;
    const std::int64_t day = local_minutes / 1440;
    // Pull every episode into the night: 21:00 to 06:59.
    const int minute_of_night = static_cast<int>((r >> 20) % 600);
    const int hour = (21 + minute_of_night / 60) % 24;
    t.date = CivilFromDays(day);
    t.hour = hour;
    t.minute = minute_of_night % 60;
    t.second = static_cast<int>((r >> 32) % 60);
    const bool europe = (r >> 40) % 2 == 0;
    const bool summer = t.date.month >= 4 && t.date.month <= 10;
    t.offset_minutes = europe ? (summer ? 120 : 60) : 480;
    Episode e;
    e.id = NewUuidV4(random);
    e.started_at = FormatTimestamp(t);
    e.duration_s = 5 + static_cast<int>((r >> 8) % 900);
    e.muscle = kAllMuscles[(r >> 12) % kAllMuscles.size()];
    e.side = kAllSides[(r >> 16) % kAllSides.size()];
    e.pain = static_cast<int>((r >> 24) % 11);
    e.woke_from_sleep = (r >> 28) % 4 != 0;
    for (std::size_t k = 0; k < kAllTriggers.size(); ++k) {
      if ((r >> (44 + k)) % 5 == 0) e.triggers.Add(kAllTriggers[k]);
    }
    e.relief = kAllReliefs[(r >> 56) % kAllReliefs.size()];
    const int helped = static_cast<int>((r >> 60) % 3);
    if (helped < 2) e.relief_helped = helped == 1;
    e.notes = kNotes[(r >> 4) % (sizeof kNotes / sizeof kNotes[0])];
    const std::int64_t utc = t.UtcSeconds() + e.duration_s + 60;
    e.created_at = FormatUtcSeconds(utc);
    e.updated_at = FormatUtcSeconds(utc + static_cast<std::int64_t>((r >> 2) % 3) * 86400);
    episodes.push_back(std::move(e));
  }
  return episodes;
}

}  // namespace bench
