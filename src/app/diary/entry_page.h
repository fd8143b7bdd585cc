#pragma once
// One diary entry, opened from the Diary list: everything recorded, and a way to delete an
// entry logged by mistake (a 3 a.m. tap on the wrong leg). Deleting asks first, is one
// storage write, says so only once it is done, and can be undone from the Diary screen.
//
// Stable ids: ###entry_back, ###entry_delete, ###entry_delete_confirm,
// ###entry_delete_cancel, ###entry_undo (on the Diary screen after a delete).
#include <optional>
#include <string>
#include <vector>

#include "core/diary/episode.h"
#include "core/storage/storage.h"

namespace app::diary {

struct EntryContext {
  core::storage::Storage& storage;
  std::vector<core::diary::Episode>& episodes;  // the diary in memory
  std::vector<core::diary::Episode>& unsaved;   // entries not yet written (App)
  bool& back_to_diary;                          // set when the person leaves the page
};

class EntryPage {
 public:
  enum class Step { kShow, kConfirmDelete, kDeleting, kFailed };

  void Open(const std::string& id);
  void Draw(EntryContext& context);
  Step CurrentStep() const { return step_; }
  bool TakeChange();

  // After a delete: the Diary screen offers "Undo" for this entry until another one is
  // opened or the undo is done.
  const std::optional<core::diary::Episode>& Deleted() const { return deleted_; }
  void Undo(EntryContext& context);
  // The person moved on from the Diary: the undo is no longer offered.
  void ForgetDeleted() { deleted_.reset(); }
  const std::string& UndoError() const { return undo_error_; }

 private:
  void Delete(EntryContext& context, const core::diary::Episode& episode);
  void GoTo(Step step);

  Step step_ = Step::kShow;
  std::string id_;
  std::string error_;
  std::optional<core::diary::Episode> deleted_;
  std::string undo_error_;
  bool changed_ = false;
  unsigned generation_ = 0;
};

}  // namespace app::diary
