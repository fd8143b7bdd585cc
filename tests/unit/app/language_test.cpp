// The language: from the device on first start, switched in Settings at any time without a
// reload, saved, told to the platform (<html lang>), and never changing a ###id.
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

std::string LabelOf(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item == nullptr ? std::string("(not shown)") : item->label;
}

bool HasChinese(const std::string& text) {
  for (unsigned char c : text) {
    if (c >= 0xE4 && c <= 0xE9) return true;  // lead bytes of the CJK block in UTF-8
  }
  return false;
}

}  // namespace

TEST(Language, SwitchesInSettingsWithoutAReloadAndIsSaved) {
  UiDriver ui;
  EXPECT_EQ(ui.Platform().language, "en");
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###lang_zh"));
  ASSERT_TRUE(ui.Press("###lang_zh"));
  EXPECT_EQ(ui.Platform().language, "zh-Hans");
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"), R"({"language":"zh-Hans"})");

  ASSERT_TRUE(ui.Press("###nav_selfcheck"));
  ASSERT_TRUE(ui.Press("###selfcheck_start"));
  const std::string none = LabelOf("###answer_none");
  EXPECT_TRUE(HasChinese(none)) << none;
  EXPECT_TRUE(HasChinese(LabelOf("###answer_yes_breathless_or_chest_pain")));
  ASSERT_TRUE(ui.Press("###answer_yes_breathless_or_chest_pain"));
  EXPECT_NE(app::FindItem("###call_emergency"), nullptr) << "the same ids in every language";
  EXPECT_TRUE(HasChinese(LabelOf("###result_level_emergency")));

  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###lang_en"));
  ASSERT_TRUE(ui.Press("###lang_en"));
  EXPECT_EQ(ui.Platform().language, "en");
  ASSERT_TRUE(ui.Press("###nav_selfcheck"));
  EXPECT_EQ(LabelOf("###result_level_emergency"), "Emergency###result_level_emergency");
}

TEST(Language, FollowsTheDeviceUntilChosenAndComesBackFromSettings) {
  {
    UiDriver ui;
    ui.App().SetLocale("zh-CN");
    ui.Frame();
    ui.Frame();
    EXPECT_EQ(ui.Platform().language, "zh-Hans") << "a Chinese device opens in Chinese";
    EXPECT_EQ(ui.Storage().Contents().meta.count("settings"), 0u) << "nothing chosen, nothing saved";
  }
  {
    UiDriver ui(390.0f, 844.0f, {{"settings", R"({"language":"zh-Hans"})"}});
    EXPECT_EQ(ui.Platform().language, "zh-Hans");
  }
  {
    UiDriver ui(390.0f, 844.0f, {{"settings", R"({"language":"klingon"})"}});
    EXPECT_EQ(ui.Platform().language, "en") << "an unknown language falls back to English";
  }
}

TEST(Language, RegionsAreNamedInTheChosenLanguage) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"language":"zh-Hans"})"}});
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###region_uk"));
  const std::string uk = LabelOf("###region_uk");
  EXPECT_EQ(uk.rfind("英国", 0), 0u) << uk;
  EXPECT_NE(uk.find("999"), std::string::npos) << "the number stays as dialled: " << uk;
}
