// What the person can do with their data, offered by Settings, the Diary and the banners:
// export (JSON, CSV), the doctor report, import (the platform's picker or a dropped file)
// and delete everything (after its own confirmation page).
#include <cstdint>
#include <cstdio>
#include <string>

#include "app/app.h"
#include "app/data/doctor_report.h"
#include "app/language.h"
#include "core/diary/quick_log.h"
#include "core/diary/timestamp.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"
#include "core/io/import.h"
#include "core/reminder/ics.h"

namespace app {
namespace {

// Why a picked file could not be opened, in the person's language.
std::string PickProblemText(const Platform::PickedFile& file) {
  using Problem = Platform::PickedFile::Problem;
  constexpr std::uint64_t kMb = 1024 * 1024;
  switch (file.problem) {
    case Problem::kTooBig:
      return core::i18n::Fill(T("import.too_big"),
                              {{"size", std::to_string((file.size_bytes + kMb - 1) / kMb)},
                               {"max", std::to_string(core::io::kMaxImportFileBytes / kMb)}});
    case Problem::kNoMemory:
      return T("import.no_memory");
    case Problem::kNone:
    case Problem::kUnreadable:
      break;
  }
  return core::i18n::Fill(T("import.unreadable"), {{"error", file.browser_error}});
}

// Where a saved file went ("Saved as crampcheck-2026-12-02.json.").
std::string SavedFileText(const std::string& where) {
  return core::i18n::Fill(T("data.saved_file"), {{"where", where}});
}

}  // namespace

void App::ExportDiary(bool csv) {
  if (!platform_.CanSaveFiles()) return;
  const core::diary::LocalDate today = Today();
  char name[64];
  std::snprintf(name, sizeof name, "crampcheck-%04d-%02d-%02d.%s", today.year, today.month,
                today.day, csv ? "csv" : "json");
  const std::string content =
      csv ? core::io::ExportDiaryCsv(diary_.Episodes())
          : core::io::ExportDiaryJson(diary_.Episodes(),
                                      core::diary::FormatUtcSeconds(clock_.Now().utc_seconds));
  const std::optional<std::string> where =
      platform_.SaveFile(name, csv ? "text/csv" : "application/json", content);
  data_message_ = where ? SavedFileText(*where) : T("data.export_failed");
  data_message_from_ = csv ? DataAction::kExportCsv : DataAction::kExportJson;
}

// The report as of tonight, its footer in the device's local time (never UTC).
std::string App::DoctorReportHtml() {
  const std::string* last_answers = diary_.Meta(selfcheck::kLastAnswersMetaKey);
  return data::MakeDoctorReport(diary_.Episodes(), last_answers != nullptr ? *last_answers : "",
                                Today(), core::diary::FormatLocalTime(clock_.Now()),
                                settings_.EmergencyRegion(), CurrentLanguage());
}

void App::SaveReport() {
  if (!platform_.CanSaveFiles()) return;
  const std::optional<Platform::OpenedDocument> opened =
      platform_.OpenDocument(data::DoctorReportFileName(Today()), "text/html", DoctorReportHtml());
  if (!opened)
    data_message_ = T("data.report_failed");
  else if (opened->in_new_page)
    data_message_ = T("data.report_opened");
  else
    data_message_ =
        core::i18n::Fill(T("data.report_saved"), {{"where", SavedFileText(opened->where)}});
  data_message_from_ = DataAction::kReport;
}

void App::ShareReport() {
  if (!platform_.CanShareFiles()) return;
  const bool started =
      platform_.ShareFile(data::DoctorReportFileName(Today()), "text/html", DoctorReportHtml());
  data_message_ = started ? T("data.report_sharing") : T("data.report_failed");
  data_message_from_ = DataAction::kShareReport;
}

// The daily reminder for the bedtime routine, as a calendar file in the person's language.
void App::SaveBedtimeReminder() {
  if (!platform_.CanSaveFiles()) return;
  core::reminder::DailyReminder reminder;
  const int minutes = settings_.BedtimeMinutes();
  reminder.hour = minutes / 60;
  reminder.minute = minutes % 60;
  reminder.first_day = Today();
  reminder.stamp_utc = core::reminder::StampFromUtcSeconds(clock_.Now().utc_seconds);
  reminder.uid = "bedtime-routine@crampcheck";
  reminder.language = std::string(core::i18n::LanguageTag(CurrentLanguage()));
  reminder.url = platform_.AppAddress();
  reminder.summary = T("reminder.summary");
  reminder.description = reminder.url.empty() ? T("reminder.description")
                                              : core::i18n::Fill(T("reminder.description_link"),
                                                                 {{"address", reminder.url}});
  const std::string file = core::reminder::DailyReminderIcs(reminder);
  const std::optional<std::string> where =
      file.empty() ? std::nullopt
                   : platform_.SaveFile("crampcheck-bedtime.ics", "text/calendar", file);
  data_message_ = where ? core::i18n::Fill(T("reminder.saved"), {{"where", SavedFileText(*where)}})
                        : T("reminder.failed");
  data_message_from_ = DataAction::kBedtimeReminder;
}

void App::RunDataAction(DataAction action) {
  switch (action) {
    case DataAction::kExportJson:
      ExportDiary(false);
      break;
    case DataAction::kExportCsv:
      ExportDiary(true);
      break;
    case DataAction::kReport:
      SaveReport();
      break;
    case DataAction::kImport:
      // The answer comes later (or never, if the person cancels the picker).
      if (!platform_.PickFile([this](Platform::PickedFile file) {
            if (file.ok) {
              OpenFile(std::move(file.name), std::move(file.content));
            } else {
              OpenFileFailed(std::move(file.name), PickProblemText(file));
            }
          })) {
        import_.WaitForFile();
        router_.GoTo(Screen::kImport);
      }
      break;
    case DataAction::kBedtimeReminder:
      SaveBedtimeReminder();
      break;
    case DataAction::kShareReport:
      ShareReport();
      break;
    case DataAction::kDeleteAll:
      router_.GoTo(Screen::kDeleteAll);
      break;
  }
}

void App::OpenFile(std::string name, std::string content) {
  import_.Open(std::move(name), std::move(content), diary_.Episodes(), clock_.Now().utc_seconds);
  router_.GoTo(Screen::kImport);
}

void App::OpenFileFailed(std::string name, std::string why) {
  import_.OpenFailed(std::move(name), std::move(why));
  router_.GoTo(Screen::kImport);
}

// After "delete everything" was stored: what App keeps besides the diary goes too.
void App::ForgetEverything() {
  load_problems_seen_ = true;  // the unreadable records went too
  settings_.Reset();
  selfcheck_.ForgetLastAnswers();
  data_message_.clear();
}

}  // namespace app
