#include "app/data/import_flow.h"

#include <imgui.h>

#include <cstdio>
#include <string>
#include <utility>

#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/widgets.h"
#include "core/io/import_issue.h"

namespace app::data {
namespace {

// Enough to show what is wrong without a wall of text on a phone.
constexpr std::size_t kIssuesShown = 8;

// The text of a "<key>.one" / "<key>.other" pair for `count`, in the current language.
std::string Count(std::string_view key, std::size_t count, core::i18n::Values values = {}) {
  return core::i18n::Plural(CurrentLanguage(), key, static_cast<long long>(count), values);
}

}  // namespace

void ImportFlow::GoTo(Step step) {
  step_ = step;
}


void ImportFlow::WaitForFile() {
  ++save_generation_;
  file_name_.clear();
  content_.clear();
  GoTo(Step::kWaitingForFile);
}

void ImportFlow::Open(std::string name, std::string content,
                      const std::vector<core::diary::Episode>& episodes,
                      std::int64_t now_utc_seconds) {
  ++save_generation_;
  file_name_ = std::move(name);
  content_ = std::move(content);
  reject_reason_.clear();
  plan_ = core::io::PlanImport(episodes, content_, now_utc_seconds);
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
  widgets::Heading(T("import.title").c_str());
  switch (step_) {
    case Step::kWaitingForFile:
      widgets::Paragraph(T("import.drop").c_str());
      if (widgets::BigButton((T("common.cancel") + "###import_cancel").c_str()))
        context.navigation.Back();
      break;
    case Step::kReview:
      DrawReview(context);
      break;
    case Step::kRejected:
      DrawRejected(context);
      break;
    case Step::kSaving:
      widgets::Paragraph(T("import.adding").c_str());
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
      Count("import.file_rows", static_cast<std::size_t>(plan_.rows), {{"file", file_name_}});
  widgets::Paragraph(file.c_str());
  if (added + updated == 0) {
    widgets::Paragraph(T("import.nothing_new").c_str());
    if (widgets::BigButton((T("nav.back") + "###import_cancel").c_str(), true))
      context.navigation.Back();
    return;
  }
  widgets::Bullet(Count("import.will_add", added).c_str());
  if (updated > 0) widgets::Bullet(Count("import.will_update", updated).c_str());
  const std::size_t same = static_cast<std::size_t>(plan_.unchanged + plan_.kept_existing);
  if (same > 0) widgets::Bullet(Count("import.unchanged", same).c_str());
  widgets::Note(T("import.no_delete").c_str());
  ImGui::Spacing();
  const std::string confirm = Count("import.confirm", added + updated) + "###import_confirm";
  if (widgets::BigButton(confirm.c_str(), true)) Save(context.clock.Now().utc_seconds);
  if (widgets::BigButton((T("common.cancel") + "###import_cancel").c_str()))
    context.navigation.Back();
}

void ImportFlow::DrawRejected(PageContext& context) {
  widgets::Paragraph(core::i18n::Fill(T("import.rejected"), {{"file", file_name_}}).c_str());
  if (!reject_reason_.empty()) {
    widgets::Bullet(reject_reason_.c_str());
  } else {
    const std::string count =
        Count(plan_.issue_count > static_cast<int>(kIssuesShown) ? "import.problems_first"
                                                                 : "import.problems",
              static_cast<std::size_t>(plan_.issue_count));
    widgets::Paragraph(count.c_str());
    for (std::size_t i = 0; i < plan_.issues.size() && i < kIssuesShown; ++i)
      widgets::Bullet(core::io::FormatIssue(plan_.issues[i]).c_str());
  }
  widgets::Note(T("import.formats").c_str());
  if (widgets::BigButton((T("nav.back") + "###import_cancel").c_str(), true))
    context.navigation.Back();
}

void ImportFlow::DrawSaved(PageContext& context) {
  std::string what = Count("import.added", static_cast<std::size_t>(saved_added_));
  if (saved_updated_ > 0)
    what += Count("import.and_updated", static_cast<std::size_t>(saved_updated_));
  what += T(saved_on_page_only_ ? "import.page_only" : "import.saved_device");
  widgets::Paragraph(what.c_str());
  if (widgets::BigButton((T("import.open_diary") + "###import_done").c_str(), true))
    context.navigation.GoTo(Screen::kDiary);
}

void ImportFlow::DrawSaveFailed(PageContext& context) {
  widgets::Paragraph(T("import.save_failed").c_str());
  if (!save_error_.empty()) widgets::Note(save_error_.c_str());
  if (widgets::BigButton((T("common.try_again") + "###import_retry").c_str(), true))
    Save(context.clock.Now().utc_seconds);
  if (widgets::BigButton((T("common.cancel") + "###import_cancel").c_str()))
    context.navigation.Back();
}

void ImportFlow::Save(std::int64_t now_utc_seconds) {
  // Planned again against the diary as it is now: another tab may have added entries
  // since the review, and the newer copy of each must still win.
  plan_ = core::io::PlanImport(diary_.Episodes(), content_, now_utc_seconds);
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
  diary_.Import(batch, [this, generation, added, updated](const model::Answer& result) {
    if (generation != save_generation_) return;
    // With storage off the entries live on this page only; the banner says so too.
    if (result.applied) {
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
