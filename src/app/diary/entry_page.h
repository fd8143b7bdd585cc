#pragma once
// One diary entry, opened from the Diary list: everything recorded, and a way to delete an
// entry logged by mistake (a 3 a.m. tap on the wrong leg). Deleting asks first, is one
// storage write, says so only once it is done, and can be undone from the Diary screen
// (model::DiaryModel::JustDeleted, through the diary's undo).
//
// Stable ids: ###entry_back, ###entry_delete, ###entry_delete_confirm,
// ###entry_delete_cancel, ###entry_undo (on the Diary screen after a delete).
#include <optional>
#include <string>
#include <vector>

#include "app/page.h"
#include "core/diary/episode.h"

namespace app::diary {

class EntryPage final : public Page {
 public:
  enum class Step { kShow, kConfirmDelete, kDeleting, kFailed };

  void Open(const std::string& id);
  void Draw(PageContext& context) override;
  int StepKey() const override { return static_cast<int>(step_); }
  bool TakeChange() override;
  // Back from "delete?" is "keep it"; from the entry itself the router goes back.
  bool Back() override;

  Step CurrentStep() const { return step_; }
 private:
  void Delete(PageContext& context, const core::diary::Episode& episode);
  void GoTo(Step step);

  Step step_ = Step::kShow;
  std::string id_;
  std::string error_;
  bool changed_ = false;
  unsigned generation_ = 0;
};

}  // namespace app::diary
