#pragma once
// "Delete everything": removes every diary entry, the last self-check answers and the
// settings from this device in one storage write, after a plain confirmation that says
// what will go and offers an export first. A failed write deletes nothing.
//
// Stable ids: ###delete_all (the way in, in Settings), ###delete_all_confirm,
// ###delete_all_cancel, ###delete_all_export, ###delete_all_done.
#include <functional>
#include <string>
#include <vector>

#include "core/diary/episode.h"
#include "core/storage/storage.h"

namespace app::data {

struct DeleteAllContext {
  core::storage::Storage& storage;
  const std::vector<core::diary::Episode>& episodes;
  std::function<void()> export_first;  // null when the platform cannot save files
  const std::string& export_message;
  std::function<void()> forget_everything;  // empties the app's copy after the write
  bool& finished;                           // back to Settings / home
};

class DeleteAllFlow {
 public:
  enum class Step { kConfirm, kDeleting, kDeleted, kFailed };

  void Start();
  void Draw(DeleteAllContext& context);
  Step CurrentStep() const { return step_; }
  bool TakeChange();

 private:
  void Delete(DeleteAllContext& context);
  void GoTo(Step step);

  Step step_ = Step::kConfirm;
  std::string error_;
  bool changed_ = false;
  unsigned generation_ = 0;
};

}  // namespace app::data
