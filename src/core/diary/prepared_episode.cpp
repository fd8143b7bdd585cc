#include "core/diary/prepared_episode.h"

#include "core/diary/timestamp.h"

namespace core::diary {

std::vector<PreparedEpisode> PrepareEpisodes(const std::vector<Episode>& episodes) {
  std::vector<PreparedEpisode> prepared;
  prepared.reserve(episodes.size());
  for (const Episode& e : episodes) {
    const auto started = ParseTimestamp(e.started_at, TimestampKind::kLocalWithOffset);
    if (!started) continue;
    PreparedEpisode p;
    p.night = NightOf(*started);
    p.utc_seconds = started->UtcSeconds();
    p.duration_s = e.duration_s;
    p.muscle = e.muscle;
    p.side = e.side;
    p.relief = e.relief ? static_cast<std::int8_t>(Index(*e.relief)) : std::int8_t{-1};
    p.relief_helped = e.relief_helped ? (*e.relief_helped ? 1 : 0) : -1;
    p.triggers = e.triggers.Bits();
    if (e.pain) p.pain = static_cast<std::int8_t>(*e.pain);
    prepared.push_back(p);
  }
  return prepared;
}

}  // namespace core::diary
