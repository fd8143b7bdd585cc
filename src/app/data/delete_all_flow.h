#pragma once
// "Delete everything": removes every diary entry, the last self-check answers and the
// settings from this device in one storage write, after a plain confirmation that says
// what will go and offers an export first. A failed write deletes nothing.
//
// Stable ids: ###delete_all (the way in, in Settings), ###delete_all_confirm,
// ###delete_all_cancel, ###delete_all_export, ###delete_all_done.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "app/page.h"
#include "app/page_services.h"

namespace app::model {
class DiaryModel;
}

namespace app::data {

class DeleteAllFlow final : public Page {
 public:
  enum class Step { kConfirm, kDeleting, kDeleted, kFailed };
  // `forget_everything` empties what App keeps besides the diary (settings, answers) once
  // the write succeeded.
  DeleteAllFlow(model::DiaryModel& diary, const DataActions& data,
                std::function<void()> forget_everything)
      : diary_(diary), data_(data), forget_everything_(std::move(forget_everything)) {}

  void Enter() override { Start(); }
  void Draw(PageContext& context) override;
  int StepKey() const override { return static_cast<int>(step_); }

  void Start();
  Step CurrentStep() const { return step_; }

 private:
  void Delete();
  void GoTo(Step step);

  model::DiaryModel& diary_;
  const DataActions& data_;
  Step step_ = Step::kConfirm;
  std::string error_;
  std::function<void()> forget_everything_;
  unsigned generation_ = 0;
};

}  // namespace app::data
