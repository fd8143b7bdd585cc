#include "core/diary/night_list.h"

#include <algorithm>
#include <limits>

#include "core/diary/timestamp.h"

namespace core::diary {
namespace {

struct Sorted {
  std::int64_t night;        // lowest for an unparsable time: listed last
  std::int64_t utc_seconds;  // the real instant, so offsets (travel) order correctly
  std::size_t index;
};

constexpr std::int64_t kNoNight = std::numeric_limits<std::int64_t>::min();

}  // namespace

bool NightListFilter::Matches(const Episode& episode) const {
  return (!muscle || episode.muscle == *muscle) && (!side || episode.side == *side);
}

NightList BuildNightList(const std::vector<Episode>& episodes, const NightListFilter& filter) {
  std::vector<Sorted> sorted;
  sorted.reserve(episodes.size());
  for (std::size_t i = 0; i < episodes.size(); ++i) {
    if (!filter.Matches(episodes[i])) continue;
    const auto started = ParseTimestamp(episodes[i].started_at, TimestampKind::kLocalWithOffset);
    sorted.push_back(started ? Sorted{NightOf(*started), started->UtcSeconds(), i}
                             : Sorted{kNoNight, 0, i});
  }
  std::sort(sorted.begin(), sorted.end(), [](const Sorted& a, const Sorted& b) {
    if (a.night != b.night) return a.night > b.night;
    if (a.utc_seconds != b.utc_seconds) return a.utc_seconds > b.utc_seconds;
    return a.index < b.index;  // the same instant: a stable, repeatable order
  });

  NightList list;
  list.entries = sorted.size();
  list.rows.reserve(sorted.size() + sorted.size() / 2 + 1);
  std::size_t header = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const Sorted& s = sorted[i];
    const std::optional<LocalDate> night =
        s.night == kNoNight ? std::nullopt : std::optional<LocalDate>(CivilFromDays(s.night));
    if (i == 0 || s.night != sorted[i - 1].night) {
      header = list.rows.size();
      list.rows.push_back(NightListRow{true, night, 0, 0});
      if (night && (list.months.empty() || list.months.back().year != night->year ||
                    list.months.back().month != night->month))
        list.months.push_back(NightListMonth{night->year, night->month, header});
    }
    list.rows.push_back(NightListRow{false, night, s.index, 0});
    ++list.rows[header].entries;
  }
  return list;
}

}  // namespace core::diary
