#include "app/screens/report_buttons.h"

#include <string>

#include "app/language.h"
#include "app/widgets.h"

namespace app::screens {

void DrawReportButtons(const DataActions& data, const char* id) {
  if (!data.can_save_files()) return;
  if (widgets::BigButton((T("data.report") + "###" + id).c_str())) data.run(DataAction::kReport);
  if (data.can_share_files && data.can_share_files() &&
      widgets::BigButton((T("data.report_share") + "###report_share").c_str()))
    data.run(DataAction::kShareReport);
  const bool about_report =
      data.message_from == DataAction::kReport || data.message_from == DataAction::kShareReport;
  if (about_report && !data.message.empty()) widgets::Note(data.message.c_str());
}

}  // namespace app::screens
