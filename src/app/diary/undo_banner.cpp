#include "app/diary/undo_banner.h"

#include <imgui.h>

#include <string>

#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"
#include "core/i18n/date_format.h"

namespace app::diary {

void DrawUndoBanner(PageContext& context, model::DiaryModel& diary) {
  const auto& offer = diary.Undoable();
  if (!offer) return;
  const bool deleted = offer->kind == model::UndoOffer::Kind::kDeleted;
  // Which entry, by its time: after a few edits "changed" alone does not say which.
  const auto started = core::diary::ParseTimestamp(offer->episode.started_at,
                                                   core::diary::TimestampKind::kLocalWithOffset);
  const core::WallClockReading now = context.clock.Now();
  const std::string when = started
                               ? core::i18n::FormatDateTime(
                                     CurrentLanguage(), *started,
                                     core::diary::LocalDateAt(now.utc_seconds, now.offset_minutes))
                               : offer->episode.started_at;
  std::string text = core::i18n::Fill(T(deleted ? "diary.deleted_entry" : "diary.changed_entry"),
                                      {{"when", when}});
  if (!diary.UndoError().empty())
    text += " " + core::i18n::Fill(T("diary.undo_failed"), {{"error", diary.UndoError()}});
  widgets::Callout((text + (deleted ? "###entry_deleted" : "###entry_changed")).c_str(),
                   theme::kSurface);
  if (widgets::BigButton((T("diary.undo") + "###undo").c_str())) diary.Undo();
  ImGui::Spacing();
}

}  // namespace app::diary
