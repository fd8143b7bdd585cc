#include "app/diary/entry_editor.h"

#include <imgui.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "app/entry/entry_choices.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/entry_rules.h"
#include "core/diary/timestamp.h"

namespace app::diary {
namespace {

using core::diary::Episode;

// A whole number typed by the person; nullopt when it is not one.
std::optional<int> Number(const char* text) {
  const char* end = text + std::strlen(text);
  int value = 0;
  const auto [ptr, ec] = std::from_chars(text, end, value);
  if (ec != std::errc() || ptr != end || ptr == text) return std::nullopt;
  return value;
}

// A one-line field sized for a thumb; the whole text is selected when tapped, so typing
// replaces it.
bool Field(const char* id, char* buffer, std::size_t size, float width,
           ImGuiInputTextFlags flags = 0) {
  ImGui::SetNextItemWidth(width);
  // At 200 % text the words are taller than a touch target: then the padding stays small.
  const float padding = std::max(4.0f, (theme::kTouchTarget - ImGui::GetFontSize()) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12.0f, padding));
  const bool edited = ImGui::InputText(id, buffer, size, flags | ImGuiInputTextFlags_AutoSelectAll);
  ImGui::PopStyleVar();
  return edited;
}

}  // namespace

void EntryEditor::Begin(const Episode& episode) {
  ++generation_;
  draft_ = episode;
  based_on_ = episode.updated_at;
  const auto started =
      core::diary::ParseTimestamp(episode.started_at, core::diary::TimestampKind::kLocalWithOffset);
  offset_minutes_ = started ? started->offset_minutes : 0;
  if (started) {
    std::snprintf(date_, sizeof date_, "%04d-%02d-%02d", started->date.year, started->date.month,
                  started->date.day);
    std::snprintf(time_, sizeof time_, "%02d:%02d", started->hour, started->minute);
  }
  std::snprintf(minutes_, sizeof minutes_, "%d", episode.duration_s / 60);
  std::snprintf(seconds_, sizeof seconds_, "%d", episode.duration_s % 60);
  triggers_open_ = !episode.triggers.Empty();
  notes_.Reset();
  problems_.clear();
  save_error_.clear();
  saved_ = false;
  changed_elsewhere_ = false;
  state_ = State::kEditing;
}

bool EntryEditor::TakeSaved() {
  const bool saved = saved_;
  saved_ = false;
  return saved;
}

bool EntryEditor::TakeChangedElsewhere() {
  const bool changed = changed_elsewhere_;
  changed_elsewhere_ = false;
  return changed;
}

void EntryEditor::ResumeOver(const Episode& newer) {
  ++generation_;
  based_on_ = newer.updated_at;
  draft_.created_at = newer.created_at;
  problems_.clear();
  save_error_.clear();
  state_ = State::kEditing;
}

Episode EntryEditor::Entered() const {
  Episode entered = draft_;
  // The seconds of the original time are kept when the minute did not change.
  const std::string typed = core::diary::StartedAtFrom(date_, time_, offset_minutes_);
  if (draft_.started_at.compare(0, 16, typed, 0, 16) != 0) entered.started_at = typed;
  const auto minutes = Number(minutes_[0] == '\0' ? "0" : minutes_);
  const auto seconds = Number(seconds_[0] == '\0' ? "0" : seconds_);
  // Not a number, or one far too big: refused by the 1..3600 s rule like any other.
  const bool plausible = minutes && seconds && *minutes >= 0 && *minutes <= 10000 &&
                         *seconds >= 0 && *seconds <= 100000;
  entered.duration_s = plausible ? *minutes * 60 + *seconds : -1;
  return entered;
}

void EntryEditor::ShowProblem(const char* field) const {
  for (const core::diary::FieldError& problem : problems_) {
    if (problem.field != field) continue;
    const std::string words =
        problem.reason.empty() ? std::string() : T("edit.problem." + problem.reason);
    const std::string text = words.empty() ? problem.field + ": " + problem.message : words;
    widgets::Callout((text + "###edit_error_" + problem.field).c_str(), theme::kWarningPanel);
    return;  // one reason a field: the first is what to fix
  }
}

void EntryEditor::DrawWhen() {
  // Each label above its own field: at 200 % text or in Chinese, side by side would overlap.
  widgets::Paragraph(T("edit.date").c_str());
  Field("###edit_date", date_, sizeof date_, -1.0f);
  widgets::Paragraph(T("edit.time").c_str());
  Field("###edit_time", time_, sizeof time_, -1.0f);
  ShowProblem("started_at");

  widgets::Paragraph(T("edit.duration").c_str());
  const float quarter = widgets::RowButtonWidth(4);
  Field("###edit_minutes", minutes_, sizeof minutes_, quarter, ImGuiInputTextFlags_CharsDecimal);
  ImGui::SameLine();
  ImGui::TextUnformatted(T("edit.minutes").c_str());
  ImGui::SameLine();
  Field("###edit_seconds", seconds_, sizeof seconds_, quarter, ImGuiInputTextFlags_CharsDecimal);
  ImGui::SameLine();
  ImGui::TextUnformatted(T("edit.seconds").c_str());
  ShowProblem("duration_s");
}

void EntryEditor::DrawWhere() {
  widgets::Paragraph(T("edit.where").c_str());
  entry::ChooseOne(
      core::diary::kAllMuscles, 2,
      [](core::diary::Muscle m) {
        return std::string(entry::MuscleLabel(m)) + "###muscle_" + core::diary::Name(m);
      },
      draft_.muscle);
  widgets::Paragraph(T("edit.side").c_str());
  entry::ChooseOne(
      core::diary::kAllSides, 3,
      [](core::diary::Side s) {
        return std::string(entry::SideLabel(s)) + "###side_" + core::diary::Name(s);
      },
      draft_.side);
}

bool EntryEditor::Draw(PageContext& context) {
  widgets::Heading(T("edit.title").c_str());
  if (state_ == State::kSaving) {
    widgets::Paragraph(T("cramp.saving").c_str());
    return false;
  }
  if (state_ == State::kSaveFailed) {
    // The change is still here, as typed: nothing the person entered is lost.
    widgets::Callout(
        (core::i18n::Fill(T("edit.not_saved"), {{"error", save_error_}}) + "###edit_save_error")
            .c_str(),
        theme::kWarningPanel);
    // What is on the form now, checked again: it may have been corrected meanwhile.
    if (widgets::BigButton((T("common.try_again") + "###edit_retry").c_str(), true)) Save(context);
  }
  DrawWhen();
  ImGui::Spacing();
  DrawWhere();
  ImGui::Spacing();
  entry::PainPicker(draft_);
  ShowProblem("pain");
  ImGui::Spacing();
  entry::WokeToggle(draft_);
  ImGui::Spacing();
  entry::TriggerPicker(draft_, triggers_open_);
  ImGui::Spacing();
  entry::ReliefPicker(draft_);
  ImGui::Spacing();
  notes_.Draw(draft_);
  ShowProblem("notes");
  ImGui::Spacing();
  if (!problems_.empty()) widgets::Note(T("edit.fix_marked").c_str());
  // A rule of a field the form does not show (never expected): said here, not hidden.
  for (const core::diary::FieldError& problem : problems_) {
    const bool beside_a_field = problem.field == "started_at" || problem.field == "duration_s" ||
                                problem.field == "pain" || problem.field == "notes";
    if (!beside_a_field)
      widgets::Callout(
          (problem.field + ": " + problem.message + "###edit_error_" + problem.field).c_str(),
          theme::kWarningPanel);
  }
  if (widgets::BigButton((T("edit.save") + "###edit_save").c_str(), true)) Save(context);
  if (widgets::BigButton((T("edit.cancel") + "###edit_cancel").c_str())) {
    ++generation_;
    return true;
  }
  return false;
}

void EntryEditor::Save(PageContext& context) {
  Episode entered = Entered();
  const std::optional<core::diary::FieldError> skipped =
      entered.started_at == draft_.started_at
          ? std::nullopt
          : core::diary::OffsetFromZone(entered, draft_, context.clock);
  problems_ = core::diary::ValidateEntry(entered, context.clock.Now().utc_seconds);
  if (skipped) problems_.insert(problems_.begin(), *skipped);
  if (!problems_.empty()) {
    state_ = State::kEditing;  // named beside each field; nothing is written
    return;
  }
  entered.updated_at =
      std::max(core::diary::FormatUtcSeconds(context.clock.Now().utc_seconds), entered.created_at);
  draft_ = entered;
  Write();
}

void EntryEditor::Write() {
  const unsigned generation = ++generation_;
  state_ = State::kSaving;
  diary_.UpdateFrom(based_on_, draft_, [this, generation](const model::Answer& answer) {
    if (generation == generation_) Answered(answer);  // else: another entry is edited
  });
}

void EntryEditor::Answered(const model::Answer& answer) {
  if (answer.applied) {
    state_ = State::kSaved;
    saved_ = true;
  } else if (answer.status == core::storage::Status::kConflict) {
    state_ = State::kChangedElsewhere;
    changed_elsewhere_ = true;
  } else if (answer.status == core::storage::Status::kGone) {
    state_ = State::kEditing;  // the entry page says it was deleted: the entry is gone
  } else {
    state_ = State::kSaveFailed;
    save_error_ = answer.message.empty() ? T("cramp.save_failed") : answer.message;
  }
}

}  // namespace app::diary
