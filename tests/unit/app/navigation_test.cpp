#include <gtest/gtest.h>

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
