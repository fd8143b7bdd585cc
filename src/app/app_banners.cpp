// Notes about storage above every page that allows them (Page::ShowsNotes): saving is off,
// a newer version took over, the diary could not be read, entries not saved yet, stored
// records that could not be read. Each is a readable item found by its ###id.
#include <imgui.h>

#include <string>

#include "app/app.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app {

void App::DrawStorageBanner() {
  using core::storage::Status;
  const core::storage::Result& outside = diary_.OutsideStatus();
  const core::storage::Result& status = outside.Ok() ? diary_.LoadResult() : outside;
  const char* text = nullptr;
  switch (status.status) {
    case Status::kOk:
      DrawLoadProblems();
      return;
    case Status::kUnavailable:
      text =
          "Saving is off in this browser (private window or a policy). Entries stay only "
          "until you close this page.###storage_banner";
      break;
    case Status::kVersionChanged:
      text =
          "A newer CrampCheck is open in another tab. Reload this page to keep "
          "saving.###storage_banner";
      break;
    case Status::kQuotaExceeded:
    case Status::kFailed:
      text = "Your diary could not be read. Nothing was deleted.###storage_banner";
      break;
  }
  // A lasting banner, found (and read) by its id.
  widgets::Callout(text, theme::kWarningPanel);
  if (status.status == Status::kUnavailable && platform_.CanSaveFiles() &&
      !diary_.Episodes().empty()) {
    if (widgets::BigButton("Export what is on this page###banner_export")) ExportDiary(false);
  }
  if (status.status == Status::kVersionChanged && platform_.CanReload()) {
    if (widgets::BigButton("Reload###storage_reload", true)) platform_.Reload();
  }
  ImGui::Spacing();
}

// Stored records that could not be read were skipped, not deleted: say so (with the first
// one, for whoever looks into it) until the person has seen it.
void App::DrawLoadProblems() {
  const std::string& message = diary_.LoadResult().message;
  if (message.empty() || load_problems_seen_) return;
  widgets::Callout((message + "###storage_problems").c_str(), theme::kWarningPanel);
  if (widgets::BigButton("OK###storage_problems_ok")) {
    load_problems_seen_ = true;
    MarkChanged();
  }
  ImGui::Spacing();
}

// Entries whose write failed, after the person left the page that made them: says so,
// offers to save them again.
void App::DrawUnsavedBanner() {
  const auto& unsaved = diary_.Unsaved();
  if (unsaved.empty()) return;
  const std::size_t count = unsaved.size();
  std::string text = count == 1
                         ? "1 entry is not saved on this device yet."
                         : std::to_string(count) + " entries are not saved on this device yet.";
  if (!diary_.UnsavedError().empty()) text += " " + diary_.UnsavedError();
  text += " They stay here while this page is open. Free some space, then save them.";
  widgets::Callout((text + "###unsaved_banner").c_str(), theme::kWarningPanel);
  if (widgets::BigButton("Save them now###unsaved_retry", true)) diary_.SaveUnsaved();
  if (platform_.CanSaveFiles()) {
    if (widgets::BigButton("Export the diary###unsaved_export")) ExportDiary(false);
  }
  ImGui::Spacing();
}

}  // namespace app
