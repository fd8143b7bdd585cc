#include "app/data/import_flow.h"

#include <imgui.h>

#include <cstdio>
#include <string>
#include <utility>

#include "app/model/diary_model.h"
#include "app/widgets.h"
#include "core/io/import_issue.h"

namespace app::data {
namespace {

// Enough to show what is wrong without a wall of text on a phone.
constexpr std::size_t kIssuesShown = 8;

std::string Plural(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

void ImportFlow::GoTo(Step step) {
  step_ = step;
  changed_ = true;
}

bool ImportFlow::TakeChange() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

void ImportFlow::WaitForFile() {
  ++save_generation_;
  file_name_.clear();
  content_.clear();
  GoTo(Step::kWaitingForFile);
}

void ImportFlow::Open(std::string name, std::string content,
                      const std::vector<core::diary::Episode>& episodes) {
  ++save_generation_;
  file_name_ = std::move(name);
  content_ = std::move(content);
  reject_reason_.clear();
  plan_ = core::io::PlanImport(episodes, content_);
  GoTo(plan_.Valid() ? Step::kReview : Step::kRejected);
}

void ImportFlow::OpenFailed(std::string name, std::string why) {
  ++save_generation_;
  file_name_ = std::move(name);
  content_.clear();
  plan_ = core::io::ImportPlan{};
  reject_reason_ = std::move(why);
  GoTo(Step::kRejected);
}

void ImportFlow::Draw(PageContext& context) {
  widgets::Heading("Import a diary file");
  switch (step_) {
    case Step::kWaitingForFile:
      widgets::Paragraph(
          "Drop a JSON or CSV file exported from CrampCheck onto this window. You will see "
          "what it adds before anything changes.");
      if (widgets::BigButton("Cancel###import_cancel")) context.navigation.Back();
      break;
    case Step::kReview:
      DrawReview(context);
      break;
    case Step::kRejected:
      DrawRejected(context);
      break;
    case Step::kSaving:
      widgets::Paragraph("Adding the entries to your diary…");
      break;
    case Step::kSaved:
      DrawSaved(context);
      break;
    case Step::kSaveFailed:
      DrawSaveFailed(context);
      break;
  }
}

void ImportFlow::DrawReview(PageContext& context) {
  const std::size_t added = plan_.to_add.size();
  const std::size_t updated = plan_.to_update.size();
  const std::string file =
      file_name_ + ": " + Plural(static_cast<std::size_t>(plan_.rows), "entry", "entries") + ".";
  widgets::Paragraph(file.c_str());
  if (added + updated == 0) {
    widgets::Paragraph("Everything in this file is already in your diary. Nothing to add.");
    if (widgets::BigButton("Back###import_cancel", true)) context.navigation.Back();
    return;
  }
  widgets::Bullet((Plural(added, "new entry", "new entries") + " will be added.").c_str());
  if (updated > 0)
    widgets::Bullet((Plural(updated, "entry is", "entries are") +
                     " newer in the file and will replace your copy.")
                        .c_str());
  const std::size_t same = static_cast<std::size_t>(plan_.unchanged + plan_.kept_existing);
  if (same > 0)
    widgets::Bullet(
        (Plural(same, "entry is", "entries are") + " already in your diary and stay as they are.")
            .c_str());
  widgets::Note("Nothing in your diary is deleted by an import.");
  ImGui::Spacing();
  const std::string confirm =
      "Add " + Plural(added + updated, "entry", "entries") + "###import_confirm";
  if (widgets::BigButton(confirm.c_str(), true)) Save(context);
  if (widgets::BigButton("Cancel###import_cancel")) context.navigation.Back();
}

void ImportFlow::DrawRejected(PageContext& context) {
  widgets::Paragraph(
      ("This file cannot be imported, so nothing was changed: " + file_name_).c_str());
  if (!reject_reason_.empty()) {
    widgets::Bullet(reject_reason_.c_str());
  } else {
    const std::string count =
        Plural(static_cast<std::size_t>(plan_.issue_count), "problem", "problems") +
        (plan_.issue_count > static_cast<int>(kIssuesShown) ? ". The first ones:" : ":");
    widgets::Paragraph(count.c_str());
    for (std::size_t i = 0; i < plan_.issues.size() && i < kIssuesShown; ++i)
      widgets::Bullet(core::io::FormatIssue(plan_.issues[i]).c_str());
  }
  widgets::Note(
      "CrampCheck imports the JSON and CSV files it exports. If you edited the file, check "
      "the lines above; or export it again from the device it came from.");
  if (widgets::BigButton("Back###import_cancel", true)) context.navigation.Back();
}

void ImportFlow::DrawSaved(PageContext& context) {
  std::string what =
      "Added " + Plural(static_cast<std::size_t>(saved_added_), "new entry", "new entries");
  if (saved_updated_ > 0)
    what += " and updated " + Plural(static_cast<std::size_t>(saved_updated_), "entry", "entries");
  what += saved_on_page_only_
              ? ", on this page only: saving is off in this browser. Export before you close it."
              : ". Saved on this device.";
  widgets::Paragraph(what.c_str());
  if (widgets::BigButton("Open the diary###import_done", true)) context.navigation.GoTo(Screen::kDiary);
}

void ImportFlow::DrawSaveFailed(PageContext& context) {
  widgets::Paragraph("The entries could not be saved, so your diary is as it was.");
  if (!save_error_.empty()) widgets::Note(save_error_.c_str());
  if (widgets::BigButton("Try again###import_retry", true)) Save(context);
  if (widgets::BigButton("Cancel###import_cancel")) context.navigation.Back();
}

void ImportFlow::Save(PageContext& context) {
  // Planned again against the diary as it is now: another tab may have added entries
  // since the review, and the newer copy of each must still win.
  plan_ = core::io::PlanImport(context.diary.Episodes(), content_);
  if (!plan_.Valid()) {
    GoTo(Step::kRejected);
    return;
  }
  std::vector<core::diary::Episode> batch = plan_.to_add;
  batch.insert(batch.end(), plan_.to_update.begin(), plan_.to_update.end());
  const int added = static_cast<int>(plan_.to_add.size());
  const int updated = static_cast<int>(plan_.to_update.size());
  const unsigned generation = ++save_generation_;
  GoTo(Step::kSaving);
  context.diary.Import(batch, [this, generation, added, updated](const core::storage::Result& result) {
    if (generation != save_generation_) return;
    // With storage off the entries live on this page only; the banner says so too.
    if (model::Applied(result)) {
      saved_added_ = added;
      saved_updated_ = updated;
      saved_on_page_only_ = !result.Ok();
      GoTo(Step::kSaved);
    } else {
      save_error_ = result.message;
      GoTo(Step::kSaveFailed);
    }
  });
}

}  // namespace app::data
