#include "app/cramp/entry_write.h"

#include <utility>

#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app::cramp {

void WriteEntry(model::DiaryModel& diary, const core::diary::Episode& episode, bool is_new,
                std::function<void(const WriteOutcome&)> answered) {
  auto done = [answered = std::move(answered)](const core::storage::Result& result) {
    WriteOutcome outcome;
    // With storage off (private window) the entry lives on this page only: say so, do not
    // loop on "try again".
    outcome.applied = model::Applied(result);
    outcome.kept_in_memory_only = outcome.applied && !result.Ok();
    if (!outcome.applied)
      outcome.error = result.message.empty() ? T("cramp.save_failed") : result.message;
    answered(outcome);
  };
  if (is_new)
    diary.Add(episode, done);
  else
    diary.Update(episode, done);
}

void DrawSavingNote() {
  widgets::Heading(T("cramp.saving").c_str());
  widgets::Note(T("cramp.saving_note").c_str());
}

FailedChoice DrawSaveFailedChoice(const std::string& error) {
  widgets::Heading(T("cramp.not_saved").c_str());
  widgets::Callout((error + "###save_error").c_str(), theme::kWarningPanel);
  widgets::Note(T("cramp.not_saved_note").c_str());
  if (widgets::BigButton((T("common.try_again") + "###save_retry").c_str(), true))
    return FailedChoice::kRetry;
  if (widgets::BigButton((T("common.later") + "###skip").c_str())) return FailedChoice::kLater;
  return FailedChoice::kNone;
}

}  // namespace app::cramp
