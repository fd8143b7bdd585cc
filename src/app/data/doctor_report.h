#pragma once
// The doctor report as the app makes it: the diary plus, when the person has done a
// self-check, that check assessed again against today's diary (the diary's figures may
// have changed since). No drawing here, so tests check the content directly.
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/episode.h"
#include "core/i18n/language.h"
#include "core/triage/emergency_numbers.h"

namespace app::data {

// `last_answers_json` is the saved self-check (meta "last_triage_answers"), or empty.
// `generated_at` is shown in the footer (an ISO UTC timestamp). Every word, the self-check's
// messages included, is in `language` (the app's current one).
std::string MakeDoctorReport(const std::vector<core::diary::Episode>& episodes,
                             std::string_view last_answers_json, core::diary::LocalDate today,
                             const std::string& generated_at,
                             const core::triage::EmergencyRegion& region,
                             core::i18n::Language language);

// "crampcheck-report-2026-11-23.html".
std::string DoctorReportFileName(core::diary::LocalDate today);

}  // namespace app::data
