#include "app/data/delete_all_flow.h"

#include <imgui.h>

#include <string>

#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/widgets.h"

namespace app::data {

void DeleteAllFlow::GoTo(Step step) {
  step_ = step;
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
      widgets::Heading(T("delete_all.title").c_str());
      const std::size_t count = diary_.Episodes().size();
      const std::string what =
          core::i18n::Plural(CurrentLanguage(), "delete_all.what", static_cast<long long>(count));
      widgets::Paragraph(what.c_str());
      if (step_ == Step::kFailed) {
        widgets::Paragraph(T("delete_all.nothing_deleted").c_str());
        widgets::Note(error_.c_str());
      }
      if (widgets::BigButton((T("delete_all.cancel") + "###delete_all_cancel").c_str(), true))
        context.navigation.Back();
      if (data_.can_save_files() && count > 0) {
        if (widgets::BigButton((T("delete_all.export") + "###delete_all_export").c_str()))
          data_.run(DataAction::kExportJson);
        if (!data_.message.empty()) widgets::Note(data_.message.c_str());
      }
      ImGui::Spacing();
      if (widgets::DangerButton(
              (T(step_ == Step::kFailed ? "delete_all.retry" : "delete_all.confirm") +
               "###delete_all_confirm")
                  .c_str()))
        Delete();
      break;
    }
    case Step::kDeleting:
      widgets::Heading(T("delete_all.deleting").c_str());
      break;
    case Step::kDeleted:
      widgets::Heading(T("delete_all.deleted").c_str());
      widgets::Paragraph(T("delete_all.gone").c_str());
      if (widgets::BigButton((T("common.done") + "###delete_all_done").c_str(), true))
        context.navigation.GoTo(Screen::kHome);
      break;
  }
}

void DeleteAllFlow::Delete() {
  const unsigned generation = ++generation_;
  GoTo(Step::kDeleting);
  diary_.DeleteEverything([this, generation](const model::Answer& result) {
    if (generation != generation_) return;
    // With storage off there is nothing stored: forgetting the page's copy is all of it.
    if (result.applied) {
      if (forget_everything_) forget_everything_();
      GoTo(Step::kDeleted);
    } else {
      error_ = result.message;
      GoTo(Step::kFailed);
    }
  });
}

}  // namespace app::data
