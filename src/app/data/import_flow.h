#pragma once
// Importing a diary file (JSON or CSV written by our export) in the app, in three steps:
// review (what the file would add, or why it cannot be used), then one storage write for
// the whole import, then the outcome. Nothing changes until the person agrees, an invalid
// file changes nothing, and a failed write keeps the diary as it was with a retry.
//
// Stable ids: ###import_confirm, ###import_cancel, ###import_retry, ###import_done.
#include <string>
#include <string_view>
#include <vector>

#include "app/page.h"
#include "core/diary/episode.h"
#include "core/io/import.h"

namespace app::model {
class DiaryModel;
}

namespace app::data {

class ImportFlow final : public Page {
 public:
  // Imports go through `diary`, which must outlive the flow.
  explicit ImportFlow(model::DiaryModel& diary) : diary_(diary) {}
  enum class Step {
    kWaitingForFile,  // no file picker (desktop): the person drops a file on the window
    kReview,          // the file is valid: what it adds, and "add" / "cancel"
    kRejected,        // the file cannot be imported: why, nothing changed
    kSaving,          // the write is under way
    kSaved,           // stored (or kept on this page when storage is off)
    kSaveFailed,      // the write failed: the diary is as it was, retry offered
  };

  // Shows how to bring a file in when the platform has no picker.
  void WaitForFile();
  // A file the person picked: checks every row against `episodes`, with the editor's rules
  // (`now_utc_seconds` for "not in the future"). Nothing changes yet.
  void Open(std::string name, std::string content,
            const std::vector<core::diary::Episode>& episodes, std::int64_t now_utc_seconds);
  // The platform could not read the file (too big, unreadable).
  void OpenFailed(std::string name, std::string why);

  // Page: leaving ("Cancel", "Back") goes back to where the person came from.
  void Draw(PageContext& context) override;
  int StepKey() const override { return static_cast<int>(step_); }

  Step CurrentStep() const { return step_; }

 private:
  void DrawReview(PageContext& context);
  void DrawRejected(PageContext& context);
  void DrawSaved(PageContext& context);
  void DrawSaveFailed(PageContext& context);
  void Save(std::int64_t now_utc_seconds);
  void GoTo(Step step);

  model::DiaryModel& diary_;
  Step step_ = Step::kWaitingForFile;
  std::string file_name_;
  std::string content_;  // kept so a retry (or a diary changed meanwhile) re-plans
  core::io::ImportPlan plan_;
  std::string reject_reason_;  // set when the platform could not read the file
  std::string save_error_;
  int saved_added_ = 0, saved_updated_ = 0;
  bool saved_on_page_only_ = false;  // storage is off: never say "saved"
  unsigned save_generation_ = 0;  // ignores answers for a flow that was left
};

}  // namespace app::data
