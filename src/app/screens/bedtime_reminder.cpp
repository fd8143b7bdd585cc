// The bedtime reminder, on Stretches and in Settings: a time, moved in quarter hours, and a
// calendar file with a daily event at that time (a local-only app has no server to send a
// reminder from). App writes the file (DataAction::kBedtimeReminder).
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/screens/screens.h"
#include "app/widgets.h"
#include "core/i18n/date_format.h"
#include "core/stretch/routine.h"

namespace app::screens {

void DrawBedtimeReminder(AppSettings& settings, const DataActions& data) {
  PushFont(FontRole::kLarge);
  ImGui::TextUnformatted(T("reminder.title").c_str());
  PopFont();
  // The routine's own length, so the words never disagree with the Stretches card.
  const int routine_seconds = static_cast<int>(std::lround(
      core::stretch::TotalSeconds(core::stretch::GetRoutine(core::stretch::RoutineId::kBedtime))));
  widgets::Note(
      core::i18n::Fill(T("reminder.note"),
                       {{"length", core::i18n::FormatDuration(CurrentLanguage(), routine_seconds)}})
          .c_str());
  const int minutes = settings.BedtimeMinutes();
  char time[16];
  std::snprintf(time, sizeof time, "%02d:%02d", minutes / 60, minutes % 60);
  widgets::Paragraph(core::i18n::Fill(T("reminder.time"), {{"time", time}}).c_str());
  const float half = widgets::RowButtonWidth(2);
  constexpr int kStepMinutes = 15;
  if (widgets::BigButton((T("reminder.earlier") + "###reminder_earlier").c_str(), false, half))
    settings.SetBedtimeMinutes(minutes - kStepMinutes);
  ImGui::SameLine();
  if (widgets::BigButton((T("reminder.later") + "###reminder_later").c_str(), false, half))
    settings.SetBedtimeMinutes(minutes + kStepMinutes);
  if (data.can_save_files() &&
      widgets::BigButton((T("reminder.add") + "###reminder_ics").c_str(), true))
    data.run(DataAction::kBedtimeReminder);
  if (!data.message.empty() && data.message_from == DataAction::kBedtimeReminder)
    widgets::Note(data.message.c_str());
}

}  // namespace app::screens
