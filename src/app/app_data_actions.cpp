// What the person can do with their data, offered by Settings, the Diary and the banners:
// export (JSON, CSV), the doctor report, import (the platform's picker or a dropped file)
// and delete everything (after its own confirmation page).
#include <cstdio>
#include <string>

#include "app/app.h"
#include "app/data/doctor_report.h"
#include "app/language.h"
#include "core/diary/timestamp.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"

namespace app {

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
  data_message_ = where ? *where : T("data.export_failed");
  MarkChanged();
}

void App::SaveReport() {
  if (!platform_.CanSaveFiles()) return;
  const core::diary::LocalDate today = Today();
  const std::string* last_answers = diary_.Meta(selfcheck::kLastAnswersMetaKey);
  const std::string html =
      data::MakeDoctorReport(diary_.Episodes(), last_answers != nullptr ? *last_answers : "", today,
                             core::diary::FormatUtcSeconds(clock_.Now().utc_seconds),
                             settings_.EmergencyRegion(), CurrentLanguage());
  const std::optional<std::string> where =
      platform_.SaveFile(data::DoctorReportFileName(today), "text/html", html);
  data_message_ = where ? core::i18n::Fill(T("data.report_saved"), {{"where", *where}})
                        : T("data.report_failed");
  MarkChanged();
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
              OpenFileFailed(std::move(file.name), std::move(file.why));
            }
          })) {
        import_.WaitForFile();
        router_.GoTo(Screen::kImport);
      }
      break;
    case DataAction::kDeleteAll:
      router_.GoTo(Screen::kDeleteAll);
      break;
  }
}

void App::OpenFile(std::string name, std::string content) {
  import_.Open(std::move(name), std::move(content), diary_.Episodes());
  router_.GoTo(Screen::kImport);
  MarkChanged();
}

void App::OpenFileFailed(std::string name, std::string why) {
  import_.OpenFailed(std::move(name), std::move(why));
  router_.GoTo(Screen::kImport);
  MarkChanged();
}

// After "delete everything" was stored: what App keeps besides the diary goes too.
void App::ForgetEverything() {
  load_problems_seen_ = true;  // the unreadable records went too
  settings_.Reset();
  selfcheck_.ForgetLastAnswers();
  data_message_.clear();
  MarkChanged();
}

}  // namespace app
