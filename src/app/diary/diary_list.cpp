// Index of this file:
// [SECTION] Words of a row
// [SECTION] Rows: a night's header, an entry
// [SECTION] Building the list
// [SECTION] Filters and months
// [SECTION] The list in view

#include "app/diary/diary_list.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

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

namespace d = core::diary;

constexpr float kMinRowHeight = 44.0f;  // at least a thumb's target

// [SECTION] Words of a row
// A sentence starts with a capital: "night of Tue 1 Dec" heads a row as "Night of ...".
std::string Capitalised(std::string text) {
  if (!text.empty() && std::islower(static_cast<unsigned char>(text[0])))
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string Place(const d::Episode& e) {
  return std::string(entry::MuscleLabel(e.muscle)) + T("entry.side_separator") +
         entry::SideLabel(e.side);
}

// One entry's words, wrapped to the column so large text and Chinese fit a narrow phone:
//   Mon 23 Nov 03:12            (the year when it is not this one)
//   Back of calf, left  1 min 35 s
std::string EntryText(const d::Episode& e, const d::LocalDate& today, float width) {
  const core::i18n::Language language = CurrentLanguage();
  const auto started = d::ParseTimestamp(e.started_at, d::TimestampKind::kLocalWithOffset);
  const std::string when =
      started ? core::i18n::FormatDateTime(language, *started, today) : e.started_at;
  const std::string place = Place(e);
  const std::string duration = core::i18n::FormatDuration(language, e.duration_s);
  // The duration is never broken inside ("4 min 24 s"): it goes on a line of its own instead.
  const std::string what = place + "  " + duration;
  return WrapText(when, width) + "\n" +
         (ImGui::CalcTextSize(what.c_str()).x <= width ? what
                                                       : WrapText(place, width) + "\n" + duration);
}

std::string NightHeader(const d::NightListRow& row, const d::LocalDate& today) {
  const core::i18n::Language language = CurrentLanguage();
  const std::string night =
      row.night ? core::i18n::FormatNightOf(language, *row.night, today) : T("diary.night_unknown");
  return Capitalised(core::i18n::Plural(language, "diary.night", row.entries, {{"night", night}}));
}

// "December 2026" / "2026年12月".
std::string MonthHeading(const d::NightListMonth& month) {
  return core::i18n::FormatMonthYear(CurrentLanguage(), month.year, month.month);
}

// A month's heading row, in the large font: its height, and the row itself.
float MonthHeadingHeight() {
  PushFont(FontRole::kLarge);
  const float height = ImGui::GetTextLineHeight() + 2.0f * ImGui::GetStyle().FramePadding.y;
  PopFont();
  return height;
}

void MonthHeadingRow(const d::NightListMonth& month, float width, float height) {
  char id[40];
  std::snprintf(id, sizeof id, "###month_heading_%04d_%02d", month.year, month.month);
  const std::string text = MonthHeading(month);
  PushFont(FontRole::kLarge);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton((text + id).c_str(), ImVec2(width, height));
  ImGui::GetWindowDrawList()->AddText(
      ImVec2(top_left.x, top_left.y + ImGui::GetStyle().FramePadding.y),
      ImGui::GetColorU32(theme::kText), text.c_str());
  PopFont();
}

// [SECTION] Rows: a night's header, an entry
// A night's header, in the accent colour, as an item of its own so tests and a screen
// reader can read it.
void HeaderRow(const d::NightListRow& row, const d::LocalDate& today, float width, float height) {
  const std::string text = WrapText(NightHeader(row, today), width);
  const std::string id =
      "###night_" + (row.night ? d::FormatDate(*row.night) : std::string("unknown"));
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton((text + id).c_str(), ImVec2(width, height));
  const float text_height = ImGui::CalcTextSize(text.c_str()).y;
  ImGui::GetWindowDrawList()->AddText(
      ImVec2(top_left.x, top_left.y + height - text_height - ImGui::GetStyle().FramePadding.y),
      ImGui::GetColorU32(theme::kAccent), text.c_str());
}

// An entry's row looks like something to tap: a card with a chevron at its right edge. Its
// words are wrapped to the width left inside.
constexpr float kRowPadding = 12.0f;
constexpr float kChevronRoom = 28.0f;
float EntryTextWidth(float row_width) {
  return std::max(1.0f, row_width - 2.0f * kRowPadding - kChevronRoom);
}

// One entry, a tap opens it.
bool EntryRow(const d::Episode& e, const d::LocalDate& today, float width, float height) {
  const std::string text = EntryText(e, today, EntryTextWidth(width));
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + height);
  const bool pressed = ImGui::InvisibleButton((text + "###episode_" + e.id).c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4& fill = ImGui::IsItemActive() ? theme::kSurfaceActive : theme::kSurface;
  draw->AddRectFilled(min, max, ImGui::GetColorU32(fill), 10.0f);
  const float text_height = ImGui::CalcTextSize(text.c_str()).y;
  draw->AddText(ImVec2(min.x + kRowPadding, min.y + (height - text_height) * 0.5f),
                ImGui::GetColorU32(theme::kText), text.c_str());
  const float x = max.x - kRowPadding - 6.0f;
  const float mid = (min.y + max.y) * 0.5f;
  const ImVec2 chevron[3] = {ImVec2(x - 6.0f, mid - 9.0f), ImVec2(x + 2.0f, mid),
                             ImVec2(x - 6.0f, mid + 9.0f)};
  draw->AddPolyline(chevron, 3, ImGui::GetColorU32(theme::kTextMuted), ImDrawFlags_None, 3.0f);
  return pressed;
}

}  // namespace

// [SECTION] Building the list
void DiaryList::Rebuild() {
  const std::uint64_t revision = diary_.Revision();
  if (built_revision_ == revision && built_filter_ == filter_ &&
      built_size_ == diary_.Episodes().size())
    return;
  list_ = d::BuildNightList(diary_.Episodes(), filter_);
  built_revision_ = revision;
  built_filter_ = filter_;
  built_size_ = diary_.Episodes().size();
  ++builds_;
}

// [SECTION] Filters and months
void DiaryList::DrawFilters() {
  std::string shown = T("diary.filter_all");
  if (!filter_.IsAll()) {
    shown.clear();
    if (filter_.muscle) shown = entry::MuscleLabel(*filter_.muscle);
    if (filter_.muscle && filter_.side) shown += T("entry.side_separator");
    if (filter_.side) shown += entry::SideLabel(*filter_.side);
  }
  const std::string label =
      core::i18n::Fill(T("diary.filters"), {{"filter", shown}}) + "###filters";
  if (widgets::ToggleButton(label.c_str(), show_filters_)) {
    show_filters_ = !show_filters_;
    show_months_ = false;
  }
  if (!show_filters_) return;
  if (widgets::ToggleButton((T("diary.filter_every") + "###filter_all").c_str(), filter_.IsAll())) {
    filter_ = d::NightListFilter{};
  }
  const float half = widgets::RowButtonWidth(2);
  int column = 0;
  for (d::Muscle muscle : d::kAllMuscles) {
    const std::string id = std::string("###filter_muscle_") + d::Name(muscle);
    if (column == 1) ImGui::SameLine();
    if (widgets::ToggleButton((entry::MuscleLabel(muscle) + id).c_str(), filter_.muscle == muscle,
                              half)) {
      filter_.muscle = filter_.muscle == muscle ? std::nullopt : std::optional<d::Muscle>(muscle);
    }
    column = 1 - column;
  }
  const char* side_keys[] = {"cramp.side_left", "cramp.side_right", "cramp.side_both"};
  const float third = widgets::RowButtonWidth(3);
  for (std::size_t i = 0; i < d::kAllSides.size(); ++i) {
    const d::Side side = d::kAllSides[i];
    const std::string id = std::string("###filter_side_") + d::Name(side);
    if (i > 0) ImGui::SameLine();
    if (widgets::ToggleButton((T(side_keys[i]) + id).c_str(), filter_.side == side, third)) {
      filter_.side = filter_.side == side ? std::nullopt : std::optional<d::Side>(side);
    }
  }
}

void DiaryList::DrawMonths() {
  if (list_.months.size() < 2) return;  // one month: nothing to jump to
  if (widgets::ToggleButton((T("diary.jump_month") + "###jump_month").c_str(), show_months_)) {
    show_months_ = !show_months_;
    show_filters_ = false;
  }
  if (!show_months_) return;
  const core::i18n::Language language = CurrentLanguage();
  std::vector<std::string> labels;
  float widest = 0.0f;
  PushFont(FontRole::kLarge);  // the buttons' font
  for (const d::NightListMonth& month : list_.months) {
    char id[32];
    std::snprintf(id, sizeof id, "###month_%04d_%02d", month.year, month.month);
    labels.push_back(
        core::i18n::Fill(T("diary.month"),
                         {{"month", std::string(core::i18n::MonthName(language, month.month))},
                          {"year", std::to_string(month.year)}}) +
        id);
    widest = std::max(widest, ImGui::CalcTextSize(labels.back().c_str(), nullptr, true).x);
  }
  PopFont();
  // Three a row where a month's name fits on one line ("Dec 2026"), else two ("2026年12月"
  // is never broken inside).
  const float padding = 2.0f * ImGui::GetStyle().FramePadding.x;
  const int columns = widest + padding <= widgets::RowButtonWidth(3) ? 3 : 2;
  const float width = widgets::RowButtonWidth(columns);
  for (std::size_t i = 0; i < list_.months.size(); ++i) {
    const d::NightListMonth& month = list_.months[i];
    const std::string& label = labels[i];
    if (i % static_cast<std::size_t>(columns) != 0) ImGui::SameLine();
    if (widgets::BigButton(label.c_str(), false, width)) {
      jump_to_row_ = month.row;
      jump_frames_ = kJumpFrames;
      show_months_ = false;  // the list moves up under the closed panel: scrolled next frame
    }
  }
}

// [SECTION] The list in view
const d::NightListMonth* DiaryList::MonthAt(std::size_t row) const {
  if (list_.months.size() < 2) return nullptr;  // one month: the list needs no heading
  const auto found =
      std::lower_bound(list_.months.begin(), list_.months.end(), row,
                       [](const d::NightListMonth& month, std::size_t r) { return month.row < r; });
  return found != list_.months.end() && found->row == row ? &*found : nullptr;
}

void DiaryList::Measure(const d::LocalDate& today, float width) {
  const core::i18n::Language language = CurrentLanguage();
  const float font_size = ImGui::GetFontSize();
  if (measured_build_ == builds_ && measured_width_ == width && measured_font_size_ == font_size &&
      measured_language_ == static_cast<int>(language) && measured_today_ == today &&
      offsets_.size() == list_.rows.size() + 1)
    return;
  const float padding = 2.0f * ImGui::GetStyle().FramePadding.y;
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float month_height = MonthHeadingHeight() + spacing;
  offsets_.assign(1, 0.0f);
  offsets_.reserve(list_.rows.size() + 1);
  for (std::size_t i = 0; i < list_.rows.size(); ++i) {
    const d::NightListRow& row = list_.rows[i];
    const std::string text = row.header ? WrapText(NightHeader(row, today), width)
                                        : EntryText(diary_.Episodes()[row.episode], today,
                                                    EntryTextWidth(width));
    float height =
        std::max(row.header ? 0.0f : kMinRowHeight, ImGui::CalcTextSize(text.c_str()).y + padding);
    if (row.header && MonthAt(i) != nullptr) height += month_height;
    offsets_.push_back(offsets_.back() + height + spacing);
  }
  measured_build_ = builds_;
  measured_width_ = width;
  measured_font_size_ = font_size;
  measured_language_ = static_cast<int>(language);
  measured_today_ = today;
}

void DiaryList::DrawRows(PageContext& context) {
  const core::WallClockReading now = context.clock.Now();
  const d::LocalDate today = d::LocalDateAt(now.utc_seconds, now.offset_minutes);
  const float width = ImGui::GetContentRegionAvail().x;
  Measure(today, width);
  const float top = ImGui::GetCursorPosY();
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  if (jump_frames_ > 0) {
    // Set while the panel above is closed (the frame after the tap), so `top` is final.
    if (jump_to_row_ && jump_frames_ < kJumpFrames && *jump_to_row_ < offsets_.size())
      ImGui::SetScrollY(top + offsets_[*jump_to_row_]);
    --jump_frames_;
  }
  // Back from an entry: the app showed the column from its top; put it where it was.
  if (restore_place_ > 0) {
    ImGui::SetScrollY(scroll_y_);
    --restore_place_;
  } else {
    scroll_y_ = ImGui::GetScrollY();
  }
  // Only the rows in view are drawn (rows wrap at large text, so they differ in height:
  // their offsets are measured once per change, as ImGuiListClipper would for equal rows).
  const float view_top = ImGui::GetScrollY() - top;
  const float view_bottom = view_top + ImGui::GetWindowHeight();
  const auto first = static_cast<std::size_t>(std::max<std::ptrdiff_t>(
      0, std::upper_bound(offsets_.begin(), offsets_.end(), view_top) - offsets_.begin() - 1));
  for (std::size_t i = first; i < list_.rows.size() && offsets_[i] < view_bottom; ++i) {
    ImGui::SetCursorPosY(top + offsets_[i]);
    const d::NightListRow& row = list_.rows[i];
    float height = offsets_[i + 1] - offsets_[i] - spacing;
    if (row.header) {
      if (const d::NightListMonth* month = MonthAt(i)) {
        const float month_height = MonthHeadingHeight();
        MonthHeadingRow(*month, width, month_height);
        height -= month_height + spacing;
      }
      HeaderRow(row, today, width, height);
      continue;
    }
    const d::Episode& episode = diary_.Episodes()[row.episode];
    if (EntryRow(episode, today, width, height)) open_entry_(episode.id);
  }
  // The whole list's height, so the column scrolls to its end.
  ImGui::SetCursorPosY(top + offsets_.back());
  ImGui::Dummy(ImVec2(width, 0.0f));
}

void DiaryList::Draw(PageContext& context) {
  Rebuild();
  DrawFilters();
  DrawMonths();
  ImGui::Spacing();
  if (!filter_.IsAll())
    widgets::Note(
        core::i18n::Fill(T("diary.filtered"), {{"shown", std::to_string(list_.entries)},
                                               {"total", std::to_string(diary_.Episodes().size())}})
            .c_str());
  if (list_.rows.empty()) {
    widgets::Paragraph(T("diary.no_match").c_str());
    return;
  }
  DrawRows(context);
}

}  // namespace app::diary
