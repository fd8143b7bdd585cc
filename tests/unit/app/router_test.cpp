#include <gtest/gtest.h>
#include <imgui.h>

#include <string>

#include "app/item_recorder.h"
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

TEST(Navigation, ScreenChangeIsReportedOnceSoOneMoreFrameIsDrawn) {
  UiDriver ui;
  ui.App().ConsumeStateChanged();
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_TRUE(ui.App().ConsumeStateChanged());
  EXPECT_FALSE(ui.App().ConsumeStateChanged());
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
  const app::RecordedItem* first = app::FindItem("###stretch_toe");
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
  const app::RecordedItem* scrolled = app::FindItem("###stretch_toe");
  ASSERT_TRUE(scrolled == nullptr || scrolled->y < top - 100.0f) << "the drag scrolled the screen";

  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###nav_stretches"));
  first = app::FindItem("###stretch_toe");
  ASSERT_NE(first, nullptr);
  EXPECT_FLOAT_EQ(first->y, top);
}
