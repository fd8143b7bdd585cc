#include "app/diary/entry_page.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/entry/detail_pickers.h"
#include "app/entry/entry_choices.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/text_wrap.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"
#include "core/i18n/date_format.h"

namespace app::diary {
namespace {

using core::diary::Episode;

// "Where   Back of calf, left leg": names in a column of their own, values wrapped. Where a
// name does not fit its column (large text, a narrow phone), the value goes under it, so
// the two never run into each other ("How long2 s").
void Row(const std::string& name, const std::string& value) {
  const float start = ImGui::GetCursorPosX();  // the content column may be centred
  const float column = 110.0f * TextScale();
  const float width = ImGui::GetContentRegionAvail().x;
  const bool beside =
      ImGui::CalcTextSize(name.c_str()).x + 12.0f <= column && width >= 2.5f * column;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextMuted);
  ImGui::TextUnformatted(name.c_str());
  ImGui::PopStyleColor();
  if (beside) ImGui::SameLine(start + column);
  const float value_width = beside ? width - column : width;
  if (HasCjk(value)) {
    const std::string lines = WrapText(value, value_width);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
  } else {
    ImGui::TextWrapped("%s", value.c_str());
  }
  if (!beside) ImGui::Spacing();
}

}  // namespace

void EntryPage::Open(const std::string& id) {
  ++generation_;
  id_ = id;
  error_.clear();
  just_saved_ = false;
  changed_elsewhere_ = false;
  gone_while_editing_ = false;
  step_ = Step::kShow;
}

bool EntryPage::Back() {
  if (step_ != Step::kConfirmDelete && step_ != Step::kFailed && step_ != Step::kEdit) return false;
  step_ = Step::kShow;
  return true;
}

void EntryPage::Draw(PageContext& context) {
  const Episode* found = diary_.Find(id_);
  if (found == nullptr) {
    // Deleted meanwhile (another tab): nothing to show, no dead end. A change being made
    // is not saved: it would bring back what the other tab deleted.
    if (step_ == Step::kEdit) gone_while_editing_ = true;
    if (gone_while_editing_)
      widgets::Callout((T("entry.deleted_elsewhere") + "###entry_deleted_elsewhere").c_str(),
                       theme::kWarningPanel);
    else
      widgets::Paragraph(T("entry.gone").c_str());
    if (widgets::BigButton((T("entry.back") + "###entry_back").c_str(), true))
      context.navigation.Back();
    return;
  }
  if (step_ == Step::kEdit) {
    const bool cancelled = editor_.Draw(context);
    if (editor_.TakeSaved()) {
      just_saved_ = true;
      step_ = Step::kShow;
    } else if (editor_.TakeChangedElsewhere()) {
      changed_elsewhere_ = true;
      step_ = Step::kShow;
    } else if (cancelled) {
      step_ = Step::kShow;
    }
    return;
  }
  const Episode& e = *found;
  const core::i18n::Language language = CurrentLanguage();
  // "Mon 23 Nov 2026 at 03:12": the full date, as the person's clock showed it.
  const auto started =
      core::diary::ParseTimestamp(e.started_at, core::diary::TimestampKind::kLocalWithOffset);
  const std::string when =
      started ? core::i18n::Fill(
                    T("entry.when"),
                    {{"date", core::i18n::FormatFullDate(language, started->date)},
                     {"time", core::i18n::FormatTime(language, started->hour, started->minute)}})
              : e.started_at;
  widgets::Heading(when.c_str());
  if (changed_elsewhere_ && step_ == Step::kShow)
    widgets::Callout((T("entry.changed_elsewhere") + "###entry_changed_elsewhere").c_str(),
                     theme::kWarningPanel);
  Row(T("entry.where"), std::string(entry::MuscleLabel(e.muscle)) + T("entry.side_separator") +
                            entry::SideLabel(e.side));
  Row(T("entry.how_long"), core::i18n::FormatDuration(language, e.duration_s));
  Row(T("entry.pain"),
      e.pain ? core::i18n::Fill(T("entry.pain_value"), {{"pain", std::to_string(*e.pain)}})
             : T("entry.pain_not_rated"));
  Row(T("entry.woke"), T(e.woke_from_sleep ? "common.yes" : "common.no"));
  std::string triggers;
  for (const core::diary::Trigger trigger : core::diary::kAllTriggers) {
    if (!e.triggers.Has(trigger)) continue;
    triggers += (triggers.empty() ? std::string() : T("entry.list_separator")) +
                entry::TriggerWords(trigger);
  }
  Row(T("entry.before"), triggers.empty() ? T("entry.nothing_recorded") : triggers);
  std::string relief = entry::ReliefWords(e.relief);
  if (e.relief_helped) relief += T(*e.relief_helped ? "entry.helped" : "entry.did_not_help");
  Row(T("entry.eased_by"), relief);
  if (!e.notes.empty()) Row(T("entry.notes"), e.notes);
  ImGui::Spacing();

  switch (step_) {
    case Step::kEdit:
      break;  // drawn above
    case Step::kShow:
      if (just_saved_)
        widgets::Callout((T("entry.saved") + "###entry_saved").c_str(), theme::kSurface);
      if (widgets::BigButton((T("entry.back") + "###entry_back").c_str(), true))
        context.navigation.Back();
      if (changed_elsewhere_ &&
          widgets::BigButton((T("entry.use_mine") + "###entry_use_mine").c_str())) {
        changed_elsewhere_ = false;
        editor_.ResumeOver(e);
        step_ = Step::kEdit;
      }
      if (widgets::BigButton((T("entry.edit") + "###edit").c_str())) {
        just_saved_ = false;
        changed_elsewhere_ = false;
        editor_.Begin(e);
        step_ = Step::kEdit;
      }
      if (widgets::BigButton((T("entry.delete") + "###entry_delete").c_str())) {
        just_saved_ = false;
        changed_elsewhere_ = false;
        step_ = Step::kConfirmDelete;
      }
      break;
    case Step::kConfirmDelete:
    case Step::kFailed:
      if (step_ == Step::kFailed)
        widgets::Callout(
            (core::i18n::Fill(T("entry.nothing_deleted"), {{"error", error_}}) + "###entry_error")
                .c_str(),
            theme::kWarningPanel);
      widgets::Paragraph(T("entry.delete_confirm").c_str());
      if (widgets::BigButton((T("entry.keep") + "###entry_delete_cancel").c_str(), true))
        step_ = Step::kShow;
      if (widgets::DangerButton((T("entry.delete_button") + "###entry_delete_confirm").c_str()))
        Delete(context, e);
      break;
    case Step::kDeleting:
      widgets::Paragraph(T("delete_all.deleting").c_str());
      break;
  }
}

void EntryPage::Delete(PageContext& context, const Episode& episode) {
  const unsigned generation = ++generation_;
  step_ = Step::kDeleting;
  Router& router = context.navigation;
  diary_.Delete(episode.id, [this, generation, &router](const model::Answer& answer) {
    if (generation != generation_) return;
    if (answer.applied) {
      step_ = Step::kShow;  // the Diary screen offers undo
      router.Back();
    } else {
      error_ = answer.message;
      step_ = Step::kFailed;
    }
  });
}

}  // namespace app::diary
