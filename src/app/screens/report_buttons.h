#pragma once
// The doctor's report where a person looks for it (Settings, the top of the Diary, Trends,
// the self-check result): one button that opens it to read, print or share (a new page in
// the browser), and, where the device can share files, one that hands it to the system
// share sheet (###report_share). What happened is said beneath them.
#include "app/page_services.h"

namespace app::screens {

// `id` names the open button ("report", "report_from_diary", "report_from_result"). Draws
// nothing where the platform can neither save nor open files.
void DrawReportButtons(const DataActions& data, const char* id);

}  // namespace app::screens
