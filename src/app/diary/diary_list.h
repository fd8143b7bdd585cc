#pragma once
// The Diary's list: every entry a person ever logged, reachable by touch. Entries are
// grouped by night, newest first, under a header per night (###night_<YYYY-MM-DD>:
// "Night of Tue 1 Dec: 2 cramps"); rows keep their ###episode_<id> and a tap opens the
// entry. Only the rows in view are drawn, so 10,000 entries scroll smoothly and the item
// recorder sees exactly the rows on screen. Rows wrap at large text sizes and differ in
// height, so instead of ImGuiListClipper (equal rows only) each row's offset is measured
// once per change and the rows in view are found by binary search.
// The list is built again only when the diary or the filter changed (core::diary::
// BuildNightList). Filters (###filters opens them): ###filter_all,
// ###filter_muscle_<value>, ###filter_side_<value>. Where the list spans months, each month
// opens with a heading (###month_heading_<YYYY>_<MM>: "December 2026" / "2026年12月"), and
// Jump to a month (###jump_month, then ###month_<YYYY>_<MM>) scrolls to that heading, so the
// top of the list names the month it landed on.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/page.h"
#include "core/diary/night_list.h"

namespace app::model {
class DiaryModel;
}

namespace app::diary {

class DiaryList {
 public:
  // The entries are read from `diary`; `open_entry` shows one (by id).
  DiaryList(const model::DiaryModel& diary, std::function<void(const std::string& id)> open_entry)
      : diary_(diary), open_entry_(std::move(open_entry)) {}
  void Draw(PageContext& context);
  // The person opened an entry (or another page) from the list: coming back shows the list
  // where they left it, not its top, so a long history is not scrolled through again.
  void KeepPlace() { restore_place_ = kJumpFrames; }
  // Opened afresh (a tab): from the top.
  void ForgetPlace() { restore_place_ = 0; }

 private:
  void Rebuild();
  void DrawFilters();
  void DrawMonths();
  void DrawRows(PageContext& context);
  // The month that opens at list row `row` (a night's header), if the list has headings.
  const core::diary::NightListMonth* MonthAt(std::size_t row) const;
  // Each row's top within the list (and the list's end), measured again only when the
  // list, the width, the text size, the language or the day changed.
  void Measure(const core::diary::LocalDate& today, float width);

  const model::DiaryModel& diary_;
  std::function<void(const std::string& id)> open_entry_;
  core::diary::NightListFilter filter_;
  core::diary::NightList list_;
  std::optional<std::uint64_t> built_revision_;  // DiaryModel::Revision() of list_
  core::diary::NightListFilter built_filter_;
  std::size_t built_size_ = 0;
  std::vector<float> offsets_;
  unsigned builds_ = 0;  // counts Rebuild()s that built a new list
  unsigned measured_build_ = ~0u;
  float measured_width_ = -1.0f;
  float measured_font_size_ = -1.0f;
  int measured_language_ = -1;
  core::diary::LocalDate measured_today_;
  bool show_filters_ = false;
  bool show_months_ = false;
  static constexpr int kJumpFrames = 3;     // a jump is drawn until its scroll has landed
  std::optional<std::size_t> jump_to_row_;  // scrolled to in the next frame
  int jump_frames_ = 0;                     // frames left for the scroll to land
  float scroll_y_ = 0.0f;                   // the column's scroll while the list was last drawn
  int restore_place_ = 0;                   // frames left to scroll back to scroll_y_
};

}  // namespace app::diary
