#pragma once
// What the diary says, as numbers for the Insights screen, the doctor report, the CLI and
// the triage. Everything is counted per night (diary/timestamp.h: a night runs 12:00 to
// 11:59 local time and is named by the date it began) and up to an "as of" night, so the
// same diary always gives the same answer.
//
// Decisions (documented for the clinical review):
// - Window: episodes whose night is after as_of are ignored; the diary "covers" the nights
//   from the first episode's night to as_of inclusive (days_covered).
// - Frequency band (CLINICAL.md, source article): kFrequent when episodes per week over the
//   last 28 nights (or the covered span when shorter, never less than 7 nights) is 3 or more
//   (exactly 3 counts); kRare ("a few times a year or once every few months") when the last
//   84 nights (or the covered span, never less than 28 nights) average fewer than one
//   episode per 4 weeks; kOccasional in between; kNone with no episodes at all.
// - Streaks: runs of cramp-free nights within the covered span. The current streak ends at
//   the as_of night (0 when that night had a cramp); nights before the first episode are
//   not counted, because the diary did not exist yet.
// - Weeks (one definition for Trends, the report and the CLI): 7 nights ending on the as_of
//   night, then the 7 before, and so on back to the week holding the diary's first night;
//   no week before the diary began. A week is named by its last night. The oldest week may
//   hold fewer than 7 nights of the diary (nights_in_diary); a weekly rate is given only
//   once the diary covers kMinNightsForWeeklyRate nights.
// - Heatmap: 12 whole ISO weeks (Monday first) ending with the week holding as_of; nights
//   after as_of are marked future.
// - Trigger association: the diary records triggers only for nights with a cramp, so it
//   cannot know exposure on cramp-free nights. It therefore compares, among the covered
//   nights, cramp nights that had the trigger logged with cramp nights that did not (rates
//   per covered night, episodes per cramp night and mean duration on each side). Shown
//   only with at least kMinAssociationCrampNights cramp nights and at least
//   kMinAssociationSide nights on each side; the numbers are always filled in.
// - Pain: only rated episodes count; an unrated one (null) is never read as any number.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/duration_trend.h"
#include "core/diary/episode.h"
#include "core/diary/prepared_episode.h"

namespace core::diary {

enum class FrequencyBand { kNone, kRare, kOccasional, kFrequent };
const char* Name(FrequencyBand band);  // "none", "rare", "occasional", "frequent"

constexpr int kFrequentPerWeek = 3;
constexpr int kMinAssociationCrampNights = 10;
constexpr int kMinAssociationSide = 3;
constexpr int kHeatmapWeeks = 12;
constexpr int kMinNightsForWeeklyRate = 7;

struct WeekCount {
  LocalDate first_night;  // first_night .. last_night: 7 nights, fewer where the diary began
  LocalDate last_night;
  int episodes = 0;
  int nights_in_diary = 7;  // nights of the week on or after the diary's first night
};

struct CalendarWeek {
  IsoWeek week;
  LocalDate monday;
  int episodes = 0;
};

struct DurationSummary {
  int count = 0;
  std::optional<int> median_s;  // the two middle values averaged (rounded) when even
  std::optional<int> min_s;
  std::optional<int> max_s;
  double mean_s = 0.0;
};

// Pain as rated: unrated episodes (pain null) are counted apart and left out of every figure.
struct PainSummary {
  int rated = 0;
  int not_rated = 0;
  std::optional<int> median;  // as DurationSummary's median
  std::optional<int> min;
  std::optional<int> max;
  double mean = 0.0;
};

struct ReliefStat {
  Relief relief = Relief::kNone;
  int used = 0;
  int helped = 0;
  int not_helped = 0;
  int not_recorded = 0;
  std::optional<double> helped_rate;  // helped / (helped + not_helped)
};

struct Streaks {
  int current_cramp_free_nights = 0;
  int longest_cramp_free_nights = 0;
  std::optional<LocalDate> longest_last_night;  // last night of the longest run
  int cramp_nights = 0;                         // covered nights with any cramp
};

struct HeatmapCell {
  LocalDate night;
  int episodes = 0;
  bool future = false;  // after as_of
};

struct TriggerAssociation {
  Trigger trigger = Trigger::kOther;
  int nights_covered = 0;
  int cramp_nights_with = 0;     // cramp nights with this trigger logged
  int cramp_nights_without = 0;  // cramp nights without it
  double rate_with = 0.0;        // cramp_nights_with / nights_covered
  double rate_without = 0.0;     // cramp_nights_without / nights_covered
  double episodes_per_night_with = 0.0;
  double episodes_per_night_without = 0.0;
  double mean_duration_with_s = 0.0;
  double mean_duration_without_s = 0.0;
  bool shown = false;  // enough data to show (see the header comment)
};

struct DiaryStats {
  LocalDate as_of;
  int total_episodes = 0;  // with a night up to as_of
  std::optional<LocalDate> first_night;
  std::optional<LocalDate> last_night;
  int days_covered = 0;

  std::array<WeekCount, 4> last_4_weeks{};  // oldest first; the last ends at as_of
  double last_4_weeks_per_week = 0.0;       // their total / 4
  double episodes_per_week = 0.0;  // last 28 nights or covered span (>= 7), as for the band
  FrequencyBand band = FrequencyBand::kNone;
  std::vector<CalendarWeek> calendar_weeks;  // every ISO week from the first night's to as_of's
  // Every week of 7 nights ending on as_of, back to the one holding the first night (oldest
  // first; empty without episodes). Trends draws the last 4, the report the last 26.
  std::vector<WeekCount> weeks;

  std::array<int, kAllMuscles.size()> by_muscle{};
  std::array<int, kAllSides.size()> by_side{};
  std::array<int, kAllTriggers.size()> by_trigger{};
  std::array<ReliefStat, kAllReliefs.size()> relief{};

  DurationSummary durations;
  PainSummary pain;
  DurationTrend trend;
  Streaks streaks;
  std::vector<HeatmapCell> heatmap;  // kHeatmapWeeks * 7 cells, Monday first
  std::array<TriggerAssociation, kAllTriggers.size()> trigger_association{};
};

DiaryStats ComputeStats(const std::vector<PreparedEpisode>& episodes, LocalDate as_of);

// The last `count` (or fewer) of stats.weeks, oldest first, with their episodes and
// episodes per week over the nights of the diary they hold (nullopt under
// kMinNightsForWeeklyRate nights).
struct RecentWeeks {
  std::vector<WeekCount> weeks;
  int episodes = 0;
  int nights = 0;
  std::optional<double> per_week;
};
RecentWeeks LastWeeks(const DiaryStats& stats, std::size_t count);
DiaryStats ComputeStats(const std::vector<Episode>& episodes, LocalDate as_of);

}  // namespace core::diary
