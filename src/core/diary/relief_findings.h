#pragma once
// Which relief helped, for Insights: a claim such as "stretching helped 7 of 9 times" is
// made only from kMinReliefAnswers answers of "did it help?" on, so one or two nights never
// read as a finding. The counts are ComputeStats' (stats.h, ReliefStat).
#include <vector>

#include "core/diary/stats.h"

namespace core::diary {

constexpr int kMinReliefAnswers = 5;

inline int Answered(const ReliefStat& relief) {
  return relief.helped + relief.not_helped;
}
inline bool ReliefShown(const ReliefStat& relief) {
  return Answered(relief) >= kMinReliefAnswers;
}

// The reliefs that may be shown, the most often helpful first (then by answers, then in
// contract order); "nothing" is left out, since it helped nothing.
std::vector<ReliefStat> ReliefsToShow(const DiaryStats& stats);

}  // namespace core::diary
