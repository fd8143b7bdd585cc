#pragma once
// Saving an entry being made, the same way in every flow that makes one (Cramp now, log a
// past cramp): one write through the diary model; "Saving…" until storage answers; "saved"
// only once it did; a failed write keeps the entry (the model holds it in Unsaved()) and
// offers "Try again" (###save_retry) or "Later" (###skip), with the reason (###save_error).
#include <functional>
#include <string>

#include "core/diary/episode.h"

namespace app::model {
class DiaryModel;
}

namespace app::cramp {

struct WriteOutcome {
  bool applied = false;              // written, or storage is off (the page is the diary)
  bool kept_in_memory_only = false;  // applied with storage off: never say "saved"
  std::string error;                 // when not applied: what to show
};

// Add (`is_new`) or Update `episode`; `answered` runs once storage answered.
void WriteEntry(model::DiaryModel& diary, const core::diary::Episode& episode, bool is_new,
                std::function<void(const WriteOutcome&)> answered);

// The "Saving…" step.
void DrawSavingNote();
// The "not saved" step; which button was tapped.
enum class FailedChoice { kNone, kRetry, kLater };
FailedChoice DrawSaveFailedChoice(const std::string& error);

}  // namespace app::cramp
