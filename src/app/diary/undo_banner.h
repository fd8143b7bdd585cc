#pragma once
// The Diary screen's offer to undo the last change or delete (###undo), until the person
// moves on. It names what would be undone and goes through the model's Undo, which is
// core::diary::Diary's undo: there is no second way back.
//
// Stable ids: ###undo, ###entry_deleted (after a delete), ###entry_changed (after a change).
#include "app/page.h"

namespace app::model {
class DiaryModel;
}

namespace app::diary {

void DrawUndoBanner(PageContext& context, model::DiaryModel& diary);

}  // namespace app::diary
