#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdio>
#include <string>
#include <vector>

#include "app/item_recorder.h"
#include "app/router.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;

TEST(Navigation, StartsOnHome) {
  UiDriver ui;
  EXPECT_STREQ(ui.App().ScreenName(), "home");
}

TEST(Navigation, EveryNavItemOpensItsScreenFromEveryScreen) {
  UiDriver ui;
  const char* screens[] = {"home", "diary", "insights", "selfcheck", "stretches", "settings"};
  for (const char* from : screens) {
    for (const char* to : screens) {
      ASSERT_TRUE(ui.Press(std::string("###nav_") + from)) << "no ###nav_" << from;
      ASSERT_TRUE(ui.Press(std::string("###nav_") + to)) << "no ###nav_" << to << " on " << from;
      EXPECT_STREQ(ui.App().ScreenName(), to) << "from " << from;
    }
  }
}

TEST(Navigation, TouchPressNavigates) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_stretches", /*touch=*/true));
  EXPECT_STREQ(ui.App().ScreenName(), "stretches");
}

TEST(Navigation, HomeOffersTheStretchFirst) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###home_stretches"));
  EXPECT_STREQ(ui.App().ScreenName(), "stretches");
}

TEST(Items, NavigationTargetsAreBigEnoughToTap) {
  UiDriver ui;
  for (const char* id : {"###nav_home", "###nav_diary", "###nav_insights", "###nav_selfcheck",
                         "###nav_stretches", "###nav_settings"}) {
    const app::RecordedItem* item = app::FindItem(id);
    ASSERT_NE(item, nullptr) << id;
    EXPECT_GE(item->h, 44.0f) << id;
    EXPECT_GE(item->w, 44.0f) << id;
  }
}

TEST(Items, JsonEscapesLabels) {
  UiDriver ui;
  const std::string json = app::ItemsToJson();
  EXPECT_EQ(json.front(), '[');
  EXPECT_NE(json.find("\"label\":\"Home###nav_home\""), std::string::npos) << json;
}

TEST(Navigation, EveryScreenOpensAtItsTop) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_stretches"));
  const app::RecordedItem* first = app::FindItem("###routine_toe");
  ASSERT_NE(first, nullptr);
  const float top = first->y;
  // Drag the content up, as a finger scrolls a phone screen.
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(195.0f, 700.0f);
  io.AddMouseButtonEvent(0, true);
  ui.Frame();
  for (int i = 1; i <= 10; ++i) {
    io.AddMousePosEvent(195.0f, 700.0f - 40.0f * static_cast<float>(i));
    ui.Frame();
  }
  io.AddMouseButtonEvent(0, false);
  for (int i = 0; i < 3; ++i) ui.Frame();
  const app::RecordedItem* scrolled = app::FindItem("###routine_toe");
  ASSERT_TRUE(scrolled == nullptr || scrolled->y < top - 100.0f) << "the drag scrolled the screen";

  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###nav_stretches"));
  first = app::FindItem("###routine_toe");
  ASSERT_NE(first, nullptr);
  EXPECT_FLOAT_EQ(first->y, top);
}

TEST(Router, TabsStartAFreshStackAndPagesGoOnTop) {
  app::Router router;
  EXPECT_EQ(router.Current(), app::Screen::kHome);
  EXPECT_FALSE(router.Back()) << "nothing under home";
  router.GoTo(app::Screen::kDiary);
  router.GoTo(app::Screen::kEntry);
  EXPECT_EQ(router.Depth(), 3u);
  router.GoTo(app::Screen::kSettings);
  EXPECT_EQ(router.Depth(), 2u) << "a tab replaces the stack";
  router.GoTo(app::Screen::kImport);
  ASSERT_TRUE(router.Back());
  EXPECT_EQ(router.Current(), app::Screen::kSettings);
  EXPECT_TRUE(router.CameBack());
  ASSERT_TRUE(router.Back());
  EXPECT_EQ(router.Current(), app::Screen::kHome);
  const unsigned generation = router.Generation();
  router.GoTo(app::Screen::kHome);
  EXPECT_EQ(router.Generation(), generation) << "going where one is changes nothing";
}

TEST(Router, EscapeGoesBackInsideAFlowThenThroughThePages) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_NE(app::FindItem("###side_left"), nullptr);
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_NE(app::FindItem("###muscle_calf_back"), nullptr) << "back to the muscle";
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_STREQ(ui.App().ScreenName(), "home");
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_STREQ(ui.App().ScreenName(), "home") << "home is the bottom";

  ASSERT_TRUE(ui.Press("###nav_selfcheck"));
  ASSERT_TRUE(ui.Press("###selfcheck_start"));
  ASSERT_TRUE(ui.Press("###answer_none"));
  ASSERT_NE(app::FindItem("###page_leg"), nullptr);
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_NE(app::FindItem("###page_sudden"), nullptr) << "the self-check steps back first";
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_NE(app::FindItem("###selfcheck_start"), nullptr);
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_STREQ(ui.App().ScreenName(), "home");
}

TEST(Router, BackFromAnEntryReturnsToTheDiaryAndCramNowAlwaysStartsAfresh) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_toe"));
  ASSERT_TRUE(ui.Press("###side_left"));
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_TRUE(ui.Press("###skip"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  const std::string id = ui.Storage().Contents().episodes.at(0).id;
  ASSERT_TRUE(ui.Press("###episode_" + id));
  EXPECT_STREQ(ui.App().ScreenName(), "entry");
  EXPECT_TRUE(ui.App().GoBack());
  EXPECT_STREQ(ui.App().ScreenName(), "diary");
  ASSERT_TRUE(ui.ScrollTo("###diary_cramp_now"));
  ASSERT_TRUE(ui.Press("###diary_cramp_now"));
  EXPECT_NE(app::FindItem("###muscle_calf_back"), nullptr) << "a fresh start, not the last step";
}

TEST(Trends, ScrollingDoesNotComputeTheStatisticsAgain) {
  std::vector<core::diary::Episode> diary;
  for (int i = 0; i < 40; ++i) {
    char started[40];
    std::snprintf(started, sizeof started, "2026-11-%02dT03:00:00+08:00", 1 + i % 22);
    diary.push_back(test_diary::MakeEpisode(i + 1, started));
  }
  UiDriver ui(390.0f, 844.0f, {}, diary);
  ASSERT_TRUE(ui.Press("###nav_insights"));
  const int computed = ui.App().Diary().StatsComputed();
  EXPECT_GE(computed, 1);
  for (int i = 0; i < 3; ++i) ui.DragUp(195.0f, 600.0f, 300.0f);
  EXPECT_EQ(ui.App().Diary().StatsComputed(), computed) << "a drag is not a diary change";
}
