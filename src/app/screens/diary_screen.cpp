// Diary: every logged cramp, by night and newest first (diary/diary_list.h), so a person
// sees last night's entry is there and can reach any older one.
#include <imgui.h>

#include <string>

#include "app/diary/diary_list.h"
#include "app/diary/undo_banner.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/screens/report_buttons.h"
#include "app/screens/screens.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/i18n/date_format.h"

namespace app::screens {

void DrawDiary(ScreenContext& context, diary::DiaryList& list, model::DiaryModel& diary,
               const DataActions& data) {
  diary::DrawUndoBanner(context, diary);
  widgets::Heading(T("diary.title").c_str());
  // Most cramps are logged afterwards; several a night are normal.
  if (widgets::BigButton((T("home.log_past") + "###log_past").c_str()))
    context.navigation.GoTo(Screen::kLogPast);
  const auto& episodes = diary.Episodes();
  // At the top, where a person going to the doctor looks for it.
  if (!episodes.empty()) DrawReportButtons(data, "report_from_diary");
  if (episodes.empty()) {
    widgets::Paragraph(T("diary.empty").c_str());
    widgets::Note(T("diary.empty_note").c_str());
  } else {
    widgets::Paragraph(core::i18n::Plural(CurrentLanguage(), "diary.summary",
                                          static_cast<long long>(episodes.size()))
                           .c_str());
    list.Draw(context);
  }
  ImGui::Spacing();
  if (widgets::BigButton((T("home.cramp_now") + "###diary_cramp_now").c_str(), true))
    context.navigation.GoTo(Screen::kCramp);
}

}  // namespace app::screens
