#pragma once
// One diary entry, opened from the Diary list: everything recorded, a way to change any of
// it (###edit: entry_editor.h) and a way to delete an entry logged by mistake (a 3 a.m. tap
// on the wrong leg). Deleting asks first, is one storage write, says so only once it is
// done; a change or a delete can be undone from the Diary screen (###undo: undo_banner.h,
// through the diary's undo).
//
// Two tabs: a change refused because another tab saved the entry meanwhile shows that
// newer version with ###entry_changed_elsewhere and offers the person's change again
// (###entry_use_mine); an entry deleted in another tab while it was being changed says so
// (###entry_deleted_elsewhere) and is not recreated.
//
// Stable ids: ###entry_back, ###edit, ###entry_saved, ###entry_delete,
// ###entry_delete_confirm, ###entry_delete_cancel, ###entry_changed_elsewhere,
// ###entry_use_mine, ###entry_deleted_elsewhere.
#include <optional>
#include <string>
#include <vector>

#include "app/diary/entry_editor.h"
#include "app/page.h"
#include "core/diary/episode.h"

namespace app::model {
class DiaryModel;
}

namespace app::diary {

class EntryPage final : public Page {
 public:
  enum class Step { kShow, kEdit, kConfirmDelete, kDeleting, kFailed };

  // The entry is read and changed through `diary`, which must outlive the page.
  explicit EntryPage(model::DiaryModel& diary) : diary_(diary), editor_(diary) {}

  void Open(const std::string& id);
  void Draw(PageContext& context) override;
  int StepKey() const override { return static_cast<int>(step_); }
  // Back from "delete?" is "keep it", from editing it is "cancel"; from the entry itself
  // the router goes back.
  bool Back() override;

  Step CurrentStep() const { return step_; }

 private:
  void Delete(PageContext& context, const core::diary::Episode& episode);

  model::DiaryModel& diary_;
  Step step_ = Step::kShow;
  std::string id_;
  std::string error_;
  EntryEditor editor_;
  bool just_saved_ = false;         // "Changes saved" until the person does something else
  bool changed_elsewhere_ = false;  // the change was refused: another tab's version shown
  bool gone_while_editing_ = false;
  unsigned generation_ = 0;
};

}  // namespace app::diary
