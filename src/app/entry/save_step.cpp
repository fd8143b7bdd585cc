#include "app/entry/save_step.h"

#include <algorithm>

#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"

namespace app::entry {

void SaveStep::Reset() {
  ++generation_;
  phase_ = Phase::kOff;
  details_.Reset();
  error_.clear();
  kept_in_memory_only_ = false;
}

void SaveStep::SaveNew(const core::diary::Episode& episode) {
  episode_ = episode;
  Write(/*is_new=*/true);
}

void SaveStep::Write(bool is_new) {
  phase_ = Phase::kSaving;
  written_ = episode_;
  // Whatever the person does meanwhile, the model keeps a failed entry until it is saved.
  auto answered = [this, generation = generation_](const model::Answer& answer) {
    if (generation == generation_) Answered(answer);  // else: a new entry was begun
  };
  if (is_new)
    diary_.Add(episode_, answered);
  else
    diary_.Update(episode_, answered);
}

void SaveStep::Answered(const model::Answer& answer) {
  // With storage off (private window) the entry lives on this page only: say so, do not
  // loop on "try again".
  kept_in_memory_only_ = answer.KeptOnPageOnly();
  phase_ = answer.applied ? Phase::kDetails : Phase::kFailed;
  error_.clear();
  if (!answer.applied) error_ = answer.message.empty() ? T("cramp.save_failed") : answer.message;
}

bool SaveStep::Draw(PageContext& context) {
  switch (phase_) {
    case Phase::kOff:
      break;
    case Phase::kSaving:
      widgets::Heading(T("cramp.saving").c_str());
      widgets::Note(T("cramp.saving_note").c_str());
      break;
    case Phase::kFailed:
      DrawFailed(context);
      break;
    case Phase::kDetails:
      return DrawDetails(context);
  }
  return false;
}

void SaveStep::DrawFailed(PageContext& context) {
  widgets::Heading(T("cramp.not_saved").c_str());
  widgets::Callout((error_ + "###save_error").c_str(), theme::kWarningPanel);
  widgets::Note(T("cramp.not_saved_note").c_str());
  // The model holds the entry in view and in Unsaved(): a retry writes that same entry.
  if (widgets::BigButton((T("common.try_again") + "###save_retry").c_str(), true)) {
    Write(/*is_new=*/false);
    return;
  }
  if (widgets::BigButton((T("common.later") + "###skip").c_str()))
    context.navigation.GoTo(Screen::kHome);
}

void SaveStep::KeepDetails() {
  if (phase_ != Phase::kDetails || episode_ == written_) return;
  episode_.updated_at = std::max(last_frame_utc_, episode_.created_at);
  Write(/*is_new=*/false);
}

bool SaveStep::DrawDetails(PageContext& context) {
  last_frame_utc_ = core::diary::FormatUtcSeconds(context.clock.Now().utc_seconds);
  switch (details_.Draw(episode_, kept_in_memory_only_)) {
    case EpisodeDetails::Action::kSave:
      episode_.updated_at = std::max(last_frame_utc_, episode_.created_at);
      details_.MarkSaved();
      Write(/*is_new=*/false);
      return false;
    case EpisodeDetails::Action::kDone:
      // Pain 5 then "Done" keeps pain 5: a half-awake person need not find Save first.
      KeepDetails();
      return true;
    case EpisodeDetails::Action::kNone:
      break;
  }
  return false;
}

}  // namespace app::entry
