// The bedtime reminder, on Stretches and in Settings: a time, moved in quarter hours, and a
// calendar file with a daily event at that time (a local-only app has no server to send a
// reminder from). App writes the file (DataAction::kBedtimeReminder).
#include <imgui.h>

#include <cstdio>
#include <string>

#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/screens/screens.h"
#include "app/widgets.h"

namespace app::screens {

void DrawBedtimeReminder(ScreenContext& context) {
  PushFont(FontRole::kLarge);
  ImGui::TextUnformatted(T("reminder.title").c_str());
  PopFont();
  widgets::Note(T("reminder.note").c_str());
  AppSettings& settings = context.settings;
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
  if (context.data.can_save_files &&
      widgets::BigButton((T("reminder.add") + "###reminder_ics").c_str(), true))
    context.data.run(DataAction::kBedtimeReminder);
  if (!context.data.message.empty() && context.data.message_from == DataAction::kBedtimeReminder)
    widgets::Note(context.data.message.c_str());
}

}  // namespace app::screens
