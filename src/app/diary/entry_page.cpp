#include "app/diary/entry_page.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/cramp/cramp_flow.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace app::diary {
namespace {

using core::diary::Episode;

const char* ReliefWords(core::diary::Relief relief) {
  switch (relief) {
    case core::diary::Relief::kStretch:
      return "stretching";
    case core::diary::Relief::kMassage:
      return "massage";
    case core::diary::Relief::kHeat:
      return "heat";
    case core::diary::Relief::kWalking:
      return "walking";
    case core::diary::Relief::kNone:
      return "nothing";
    case core::diary::Relief::kOther:
      return "something else";
  }
  return "";
}

// "Where   Back of calf, left leg": names in a column of their own, values wrapped.
void Row(const char* name, const std::string& value) {
  const float start = ImGui::GetCursorPosX();  // the content column may be centred
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  ImGui::TextUnformatted(name);
  ImGui::PopStyleColor();
  ImGui::SameLine(start + 110.0f);
  ImGui::TextWrapped("%s", value.c_str());
}

}  // namespace

void EntryPage::GoTo(Step step) {
  step_ = step;
  changed_ = true;
}

bool EntryPage::TakeChange() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

void EntryPage::Open(const std::string& id) {
  ++generation_;
  id_ = id;
  error_.clear();
  GoTo(Step::kShow);
}

bool EntryPage::Back() {
  if (step_ != Step::kConfirmDelete && step_ != Step::kFailed) return false;
  GoTo(Step::kShow);
  return true;
}

void EntryPage::Draw(PageContext& context) {
  const Episode* found = context.diary.Find(id_);
  if (found == nullptr) {
    // Deleted meanwhile (another tab): nothing to show, no dead end.
    widgets::Paragraph("This entry is no longer in the diary.");
    if (widgets::BigButton("Back to the diary###entry_back", true)) context.navigation.Back();
    return;
  }
  const Episode& e = *found;
  char when[48];
  std::snprintf(when, sizeof when, "%.10s at %.5s", e.started_at.c_str(),
                e.started_at.size() >= 16 ? e.started_at.c_str() + 11 : "");
  widgets::Heading(when);
  char duration[32];
  std::snprintf(duration, sizeof duration, "%d:%02d", e.duration_s / 60, e.duration_s % 60);
  Row("Where", std::string(cramp::MuscleLabel(e.muscle)) + ", " + cramp::SideLabel(e.side));
  Row("How long", duration);
  Row("Pain", std::to_string(e.pain) + " of 10");
  Row("Woke you", e.woke_from_sleep ? "yes" : "no");
  std::string triggers;
  for (const core::diary::Trigger trigger : core::diary::kAllTriggers) {
    if (!e.triggers.Has(trigger)) continue;
    triggers += (triggers.empty() ? "" : ", ") + cramp::TriggerWords(trigger);
  }
  Row("Before it", triggers.empty() ? "nothing recorded" : triggers);
  std::string relief = ReliefWords(e.relief);
  if (e.relief_helped) relief += *e.relief_helped ? " (helped)" : " (did not help)";
  Row("Eased by", relief);
  if (!e.notes.empty()) Row("Notes", e.notes);
  ImGui::Spacing();

  switch (step_) {
    case Step::kShow:
      if (widgets::BigButton("Back to the diary###entry_back", true)) context.navigation.Back();
      if (widgets::BigButton("Delete this entry###entry_delete")) GoTo(Step::kConfirmDelete);
      break;
    case Step::kConfirmDelete:
    case Step::kFailed:
      if (step_ == Step::kFailed)
        widgets::Callout(("Nothing was deleted: " + error_ + "###entry_error").c_str(),
                         theme::kWarningPanel);
      widgets::Paragraph("Delete this entry from the diary?");
      if (widgets::BigButton("Keep it###entry_delete_cancel", true)) GoTo(Step::kShow);
      if (widgets::DangerButton("Delete###entry_delete_confirm")) Delete(context, e);
      break;
    case Step::kDeleting:
      widgets::Paragraph("Deleting…");
      break;
  }
}

void EntryPage::Delete(PageContext& context, const Episode& episode) {
  const unsigned generation = ++generation_;
  GoTo(Step::kDeleting);
  Router& router = context.navigation;
  context.diary.Delete(episode.id, [this, generation, &router](const auto& result) {
    if (generation != generation_) return;
    if (model::Applied(result)) {
      GoTo(Step::kShow);  // the Diary screen offers undo
      router.Back();
    } else {
      error_ = result.message;
      GoTo(Step::kFailed);
    }
  });
}

}  // namespace app::diary
