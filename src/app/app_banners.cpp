// Notes about storage above every page that allows them (Page::ShowsNotes): saving is off,
// a newer version took over, the diary could not be read, entries not saved yet, stored
// records that could not be read. Each is a readable item found by its ###id. And the offer
// of a new version of the app.
#include <imgui.h>

#include <string>

#include "app/app.h"
#include "app/language.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app {

void App::DrawStorageBanner() {
  using core::storage::Status;
  const core::storage::Result& outside = diary_.OutsideStatus();
  const core::storage::Result& status = outside.Ok() ? diary_.LoadResult() : outside;
  std::string text;
  switch (status.status) {
    case Status::kOk:
      DrawLoadProblems();
      return;
    case Status::kUnavailable:
      text = T("banner.storage_off");
      break;
    case Status::kVersionChanged:
      text = T("banner.newer_tab");
      break;
    case Status::kQuotaExceeded:
    case Status::kFailed:
    case Status::kConflict:  // never a load's answer
    case Status::kGone:
      text = T("banner.unreadable");
      break;
  }
  // A lasting banner, found (and read) by its id.
  widgets::Callout((text + "###storage_banner").c_str(), theme::kWarningPanel);
  if (status.status == Status::kUnavailable && platform_.CanSaveFiles() &&
      !diary_.Episodes().empty()) {
    if (widgets::BigButton((T("banner.export_page") + "###banner_export").c_str()))
      ExportDiary(false);
  }
  if (status.status == Status::kVersionChanged && platform_.CanReload()) {
    if (widgets::BigButton((T("banner.reload") + "###storage_reload").c_str(), true))
      platform_.Reload();
  }
  ImGui::Spacing();
}

// Stored records that could not be read were skipped, not deleted: say so (with the first
// one, for whoever looks into it) until the person has seen it.
void App::DrawLoadProblems() {
  const std::string& message = diary_.LoadResult().message;
  if (message.empty() || load_problems_seen_) return;
  widgets::Callout((message + "###storage_problems").c_str(), theme::kWarningPanel);
  if (widgets::BigButton((T("common.ok") + "###storage_problems_ok").c_str())) {
    load_problems_seen_ = true;
  }
  ImGui::Spacing();
}

// Entries whose write failed, after the person left the page that made them: says so,
// offers to save them again.
void App::DrawUnsavedBanner() {
  const auto& unsaved = diary_.Unsaved();
  if (unsaved.empty()) return;
  const std::size_t count = unsaved.size();
  std::string text =
      core::i18n::Plural(CurrentLanguage(), "banner.unsaved", static_cast<long long>(count));
  if (!diary_.UnsavedError().empty()) text += " " + diary_.UnsavedError();
  text += " " + T("banner.unsaved_stay");
  widgets::Callout((text + "###unsaved_banner").c_str(), theme::kWarningPanel);
  if (widgets::BigButton((T("banner.save_now") + "###unsaved_retry").c_str(), true))
    diary_.SaveUnsaved();
  if (platform_.CanSaveFiles()) {
    if (widgets::BigButton((T("banner.export_diary") + "###unsaved_export").c_str()))
      ExportDiary(false);
  }
  ImGui::Spacing();
}

// A new version is ready (the platform downloaded it whole): offered calmly above tab
// pages, never over the Cramp-now flow, an entry or an unsaved edit. "Not now" leaves it in
// Settings; "reload" switches to it once the new version took over (platform.h).
void App::DrawUpdateOffer() {
  if (!OffersUpdate()) return;
  if (update_accepted_) {
    widgets::Note(T("update.updating").c_str());
    ImGui::Spacing();
    return;
  }
  if (widgets::BigButton((T("update.ready") + "###update_reload").c_str())) AcceptUpdate();
  widgets::Note(T("update.note").c_str());
  if (widgets::BigButton((T("update.later") + "###update_later").c_str(), false,
                         widgets::RowButtonWidth(2))) {
    update_dismissed_ = true;
  }
  ImGui::Spacing();
}

void App::AcceptUpdate() {
  if (update_accepted_) return;
  update_accepted_ = true;
  platform_.ApplyUpdate();
}

}  // namespace app
