#include "app/data/delete_all_flow.h"

#include <imgui.h>

#include <string>

#include "app/model/diary_model.h"
#include "app/widgets.h"

namespace app::data {

void DeleteAllFlow::GoTo(Step step) {
  step_ = step;
  changed_ = true;
}

bool DeleteAllFlow::TakeChange() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

void DeleteAllFlow::Start() {
  ++generation_;
  error_.clear();
  GoTo(Step::kConfirm);
}

void DeleteAllFlow::Draw(PageContext& context) {
  switch (step_) {
    case Step::kConfirm:
    case Step::kFailed: {
      widgets::Heading("Delete everything?");
      const std::size_t count = context.diary.Episodes().size();
      const std::string what =
          "This deletes all " + std::to_string(count) +
          (count == 1 ? " diary entry" : " diary entries") +
          ", your last self-check answers and your settings from this device. It cannot be "
          "undone.";
      widgets::Paragraph(what.c_str());
      if (step_ == Step::kFailed) {
        widgets::Paragraph("Nothing was deleted:");
        widgets::Note(error_.c_str());
      }
      if (widgets::BigButton("Keep my diary###delete_all_cancel", true)) context.navigation.Back();
      if (context.data.can_save_files && count > 0) {
        if (widgets::BigButton("Export a copy first###delete_all_export"))
          context.data.run(DataAction::kExportJson);
        if (!context.data.message.empty()) widgets::Note(context.data.message.c_str());
      }
      ImGui::Spacing();
      if (widgets::DangerButton(step_ == Step::kFailed
                                    ? "Try again to delete everything###delete_all_confirm"
                                    : "Delete everything###delete_all_confirm"))
        Delete(context);
      break;
    }
    case Step::kDeleting:
      widgets::Heading("Deleting…");
      break;
    case Step::kDeleted:
      widgets::Heading("Deleted");
      widgets::Paragraph("Your diary, self-check answers and settings are gone from this device.");
      if (widgets::BigButton("Done###delete_all_done", true)) context.navigation.GoTo(Screen::kHome);
      break;
  }
}

void DeleteAllFlow::Delete(PageContext& context) {
  const unsigned generation = ++generation_;
  GoTo(Step::kDeleting);
  context.diary.DeleteEverything([this, generation](const core::storage::Result& result) {
    if (generation != generation_) return;
    // With storage off there is nothing stored: forgetting the page's copy is all of it.
    if (model::Applied(result)) {
      if (forget_everything_) forget_everything_();
      GoTo(Step::kDeleted);
    } else {
      error_ = result.message;
      GoTo(Step::kFailed);
    }
  });
}

}  // namespace app::data
