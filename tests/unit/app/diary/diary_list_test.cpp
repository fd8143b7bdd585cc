// The Diary's list through the real UI: every entry reachable, by night, filtered.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "app/item_recorder.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::diary::Episode;

namespace {

// One cramp a night at 03:00, on the `count` nights up to the night of 22 November 2026
// (newest last); every third one is in the foot, every other one on the right.
std::vector<Episode> Nights(int count) {
  std::vector<Episode> diary;
  const core::diary::LocalDate last_morning{2026, 11, 23};
  for (int i = 0; i < count; ++i) {
    const core::diary::LocalDate morning = core::diary::AddDays(last_morning, i - count + 1);
    Episode e = test_diary::MakeEpisode(static_cast<std::uint64_t>(i),
                                        core::diary::FormatDate(morning) + "T03:00:00+08:00");
    if (i % 3 == 0) e.muscle = core::diary::Muscle::kFoot;
    if (i % 2 == 0) e.side = core::diary::Side::kRight;
    diary.push_back(e);
  }
  return diary;
}

int RowsShown() {
  int rows = 0;
  for (const app::RecordedItem& item : app::LastFrameItems())
    rows += item.label.find("###episode_") != std::string::npos ? 1 : 0;
  return rows;
}

std::string Text(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item == nullptr ? std::string("(not shown)") : item->label;
}

}  // namespace

TEST(DiaryList, SeveralCrampsOfANightShareOneHeaderNewestFirst) {
  const Episode evening = test_diary::MakeEpisode(1, "2026-11-22T23:30:00+08:00");
  const Episode after_midnight = test_diary::MakeEpisode(2, "2026-11-23T01:30:00+08:00");
  const Episode night_before = test_diary::MakeEpisode(3, "2026-11-22T02:00:00+08:00");
  UiDriver ui(390, 844, {}, {evening, night_before, after_midnight});
  ASSERT_TRUE(ui.Press("###nav_diary"));
  const app::RecordedItem* header = app::FindItem("###night_2026-11-22");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->label.substr(0, header->label.find("###")), "Night of Sun 22 Nov: 2 cramps");
  const app::RecordedItem* late = app::FindItem("###episode_" + after_midnight.id);
  const app::RecordedItem* early = app::FindItem("###episode_" + evening.id);
  const app::RecordedItem* older = app::FindItem("###night_2026-11-21");
  ASSERT_TRUE(late && early && older);
  EXPECT_LT(header->y, late->y);
  EXPECT_LT(late->y, early->y) << "01:30 came after 23:30 that night";
  EXPECT_LT(early->y, older->y) << "the night before comes next";
  EXPECT_NE(app::FindItem("###episode_" + night_before.id), nullptr);
}

TEST(DiaryList, AnEntryOlderThanTheNewest50IsReachedByScrolling) {
  const std::vector<Episode> diary = Nights(60);
  UiDriver ui(390, 844, {}, diary);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_EQ(app::FindItem("###episode_" + diary.front().id), nullptr) << "not drawn off screen";
  EXPECT_LT(RowsShown(), 20) << "only the rows in view are drawn";
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  for (int i = 0; i < 30 && app::FindItem("###episode_" + diary.front().id) == nullptr; ++i)
    ui.DragUp(size.x * 0.5f, size.y * 0.7f, size.y * 0.5f);
  ASSERT_NE(app::FindItem("###episode_" + diary.front().id), nullptr) << "the oldest, 60th entry";
  ASSERT_TRUE(ui.Press("###episode_" + diary.front().id));
  EXPECT_STREQ(ui.App().ScreenName(), "entry") << "and it opens";
}

TEST(DiaryList, BackFromAnEntryReturnsToWhereTheListWas) {
  const std::vector<Episode> diary = Nights(120);
  UiDriver ui(390, 844, {}, diary);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  const std::string old_row = "###episode_" + diary[20].id;
  ASSERT_TRUE(ui.ScrollTo(old_row) || [&] {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    for (int i = 0; i < 40 && app::FindItem(old_row) == nullptr; ++i)
      ui.DragUp(size.x * 0.5f, size.y * 0.7f, size.y * 0.5f);
    return app::FindItem(old_row) != nullptr;
  }());
  ASSERT_TRUE(ui.Press(old_row));
  ASSERT_STREQ(ui.App().ScreenName(), "entry");
  ui.PressKey(ImGuiKey_Escape);
  ASSERT_STREQ(ui.App().ScreenName(), "diary");
  ui.Frame();
  EXPECT_NE(app::FindItem(old_row), nullptr) << "the list is where it was left";
  // A tab opens the Diary afresh, at its top.
  ASSERT_TRUE(ui.Press("###nav_home"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_EQ(app::FindItem(old_row), nullptr);
  EXPECT_NE(app::FindItem("###log_past"), nullptr);
}

TEST(DiaryList, JumpToAMonthReachesTheOldestOf2000Entries) {
  const std::vector<Episode> diary = Nights(2000);  // back to June 2021
  UiDriver ui(390, 844, {}, diary);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###jump_month"));
  const std::string oldest_month = "###month_2021_06";
  ASSERT_TRUE(ui.ScrollTo(oldest_month));
  ASSERT_TRUE(ui.Press(oldest_month));
  ui.Frame();
  // The month's newest night is at the top; its oldest entry is a few drags further.
  EXPECT_NE(app::FindItem("###night_2021-06-30"), nullptr) << "June's last night in view";
  EXPECT_TRUE(ui.ScrollTo("###episode_" + diary.front().id));
  EXPECT_LT(RowsShown(), 20);
}

TEST(DiaryList, FiltersByMuscleAndSideAndBackToAll) {
  const std::vector<Episode> diary = Nights(12);
  UiDriver ui(390, 844, {}, diary);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###filters"));
  ASSERT_TRUE(ui.Press("###filter_muscle_foot"));
  ASSERT_TRUE(ui.ScrollTo("###filter_side_right"));
  ASSERT_TRUE(ui.Press("###filter_side_right"));
  ASSERT_TRUE(ui.Press("###filters"));  // folded: the list moves up
  // Foot and right: i = 0 and 6 (i % 6 == 0).
  for (std::size_t i = 0; i < diary.size(); ++i) {
    const bool match = i % 6 == 0;
    EXPECT_EQ(app::FindItem("###episode_" + diary[i].id) != nullptr, match) << i;
  }
  EXPECT_NE(Text("###filters").find("Foot (sole), right"), std::string::npos) << Text("###filters");
  ASSERT_TRUE(ui.Press("###filters"));
  ASSERT_TRUE(ui.Press("###filter_all"));
  ASSERT_TRUE(ui.Press("###filters"));
  EXPECT_NE(app::FindItem("###episode_" + diary.back().id), nullptr);
  EXPECT_NE(app::FindItem("###episode_" + diary[diary.size() - 2].id), nullptr)
      << "a calf cramp on the left is shown again";
}

TEST(DiaryList, TenThousandEntriesDrawOnlyWhatIsInView) {
  const std::vector<Episode> diary = Nights(10000);
  UiDriver ui(390, 844, {}, diary);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ui.DragUp(size.x * 0.5f, size.y * 0.7f, size.y * 0.5f);
  // Once the list is built and measured, a scrolled frame draws a screenful of rows.
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) ui.DragUp(size.x * 0.5f, size.y * 0.7f, size.y * 0.3f);
  const double per_frame_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() /
      (20 * 15);
  EXPECT_GT(RowsShown(), 3);
  EXPECT_LT(RowsShown(), 20);
  EXPECT_LT(per_frame_ms, 8.0) << "scrolling must not rebuild or re-measure the list";
}

// Issue 24, item 7: after a jump, the top of the list names the month it landed on.
TEST(DiaryList, AfterAJumpAHeadingAtTheTopNamesTheMonth) {
  const std::vector<Episode> diary = Nights(400);  // back to October 2025
  UiDriver ui(390, 844, {}, diary);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_EQ(Text("###month_heading_2026_11"), "November 2026###month_heading_2026_11")
      << "the newest month opens the list";
  ASSERT_TRUE(ui.Press("###jump_month"));
  ASSERT_TRUE(ui.ScrollTo("###month_2026_02"));
  ASSERT_TRUE(ui.Press("###month_2026_02"));
  ui.Frame();
  const app::RecordedItem* heading = app::FindItem("###month_heading_2026_02");
  ASSERT_NE(heading, nullptr) << "the month landed on is named";
  EXPECT_EQ(heading->label, "February 2026###month_heading_2026_02");
  const app::RecordedItem* night = app::FindItem("###night_2026-02-28");
  ASSERT_NE(night, nullptr);
  EXPECT_LT(heading->y, night->y) << "above the month's newest night";
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    if (item.label.find("###night_") == std::string::npos) continue;
    EXPECT_GE(item.y, heading->y) << "no night of another month above it: " << item.label;
  }
}
