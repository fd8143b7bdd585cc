#include "core/diary/relief_findings.h"

#include <algorithm>

namespace core::diary {

std::vector<ReliefStat> ReliefsToShow(const DiaryStats& stats) {
  std::vector<ReliefStat> shown;
  for (const ReliefStat& relief : stats.relief) {
    if (relief.relief != Relief::kNone && ReliefShown(relief)) shown.push_back(relief);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const ReliefStat& a, const ReliefStat& b) {
    if (a.helped_rate != b.helped_rate) return a.helped_rate > b.helped_rate;
    return Answered(a) > Answered(b);
  });
  return shown;
}

}  // namespace core::diary
