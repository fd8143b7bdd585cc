// The text-size setting driven through the real UI: chosen in Settings, saved with the other
// settings, read back on the next start, and every screen (with a diary of 8 weeks) still
// fits a 360x640 phone at 200 %: nothing laid out beyond the screen's left or right edge.
#include <gtest/gtest.h>
#include <imgui.h>

#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/item_recorder.h"
#include "core/diary/civil_date.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

// UiDriver's clock says 03:12 on 23 November 2026 in Shanghai.
constexpr core::diary::LocalDate kToday{2026, 11, 23};

// A cramp every other night for 8 weeks, each a little longer: Trends then shows every
// finding and chart, and the diary a long list.
std::vector<core::diary::Episode> EightWeeksOfCramps() {
  std::vector<core::diary::Episode> diary;
  for (int i = 0; i < 28; ++i) {
    const core::diary::LocalDate morning = core::diary::AddDays(kToday, 1 - (55 - 2 * i));
    diary.push_back(test_diary::MakeEpisode(
        static_cast<std::uint64_t>(i), core::diary::FormatDate(morning) + "T03:00:00+08:00",
        60 + 10 * i));
  }
  return diary;
}

// Presses an item, then draws one more frame so LastFrameItems() shows the result.
bool Tap(UiDriver& ui, const std::string& id) {
  if (!ui.Press(id)) return false;
  ui.Frame();
  return true;
}

// Every recorded item lies within [0, width] horizontally. Vertical overflow is fine: the
// content scrolls.
void ExpectEveryItemInsideHorizontally(float width, const std::string& where) {
  ASSERT_FALSE(app::LastFrameItems().empty()) << where;
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    EXPECT_TRUE(item.x >= 0.0f && item.x + item.w <= width + 0.5f)
        << where << ": " << item.label << " at x " << item.x << ", " << item.w << " wide";
  }
}

// Scrolls down the whole screen, checking each view on the way.
void ExpectScreenInsideHorizontally(UiDriver& ui, float width, const std::string& where) {
  ExpectEveryItemInsideHorizontally(width, where);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  for (int i = 0; i < 12; ++i) {
    ui.DragUp(size.x * 0.5f, size.y * 0.7f, size.y * 0.35f);
    ExpectEveryItemInsideHorizontally(width, where + ", scrolled");
  }
}

}  // namespace

TEST(TextSize, IsChosenInSettingsAndSaved) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"uk","language":"zh"})"}});
  ASSERT_TRUE(Tap(ui, "###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###text_size_200"));
  ASSERT_TRUE(Tap(ui, "###text_size_200"));
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"),
            R"({"emergency_region":"uk","language":"zh","text_size_percent":200})")
      << "saved with the other settings, unknown keys kept";
  EXPECT_FLOAT_EQ(app::FontSizeOf(app::FontRole::kBody), 36.0f) << "applied from the next frame";

  ASSERT_TRUE(ui.ScrollTo("###text_size_100"));
  ASSERT_TRUE(Tap(ui, "###text_size_100"));
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"),
            R"({"emergency_region":"uk","language":"zh"})")
      << "the default is not written";
  EXPECT_FLOAT_EQ(app::FontSizeOf(app::FontRole::kBody), 18.0f);
}

TEST(TextSize, ComesBackFromSavedSettings) {
  {
    UiDriver ui(390.0f, 844.0f, {{"settings", R"({"text_size_percent":150})"}});
    EXPECT_FLOAT_EQ(app::FontSizeOf(app::FontRole::kHeading), 39.0f);
  }
  {
    UiDriver ui(390.0f, 844.0f, {{"settings", R"({"text_size_percent":175})"}});
    EXPECT_FLOAT_EQ(app::FontSizeOf(app::FontRole::kBody), 18.0f) << "not a choice: the default";
  }
}

TEST(TextSize, EveryScreenFitsA360PixelPhoneAt200Percent) {
  constexpr float kWidth = 360.0f;
  UiDriver ui(kWidth, 640.0f, {}, EightWeeksOfCramps());
  ASSERT_TRUE(Tap(ui, "###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###text_size_200"));
  ASSERT_TRUE(Tap(ui, "###text_size_200"));
  ASSERT_EQ(ui.Storage().Contents().meta.at("settings"), R"({"text_size_percent":200})");
  ASSERT_FLOAT_EQ(app::FontSizeOf(app::FontRole::kBody), 36.0f);

  struct Visit {
    const char* tab;
    const char* then;  // pressed after the tab, or nullptr
    const char* name;
  };
  const Visit visits[] = {{"###nav_home", nullptr, "home"},
                          {"###nav_diary", nullptr, "diary"},
                          {"###nav_selfcheck", nullptr, "self-check intro"},
                          {"###nav_selfcheck", "###selfcheck_start", "self-check, first page"},
                          {"###nav_stretches", nullptr, "stretches"},
                          {"###nav_stretches", "###routine_toe", "a stretch playing"},
                          {"###nav_insights", nullptr, "trends"},
                          {"###nav_settings", nullptr, "settings"}};
  for (const Visit& visit : visits) {
    // From another tab, so the screen opens afresh at its top.
    ASSERT_TRUE(Tap(ui, visit.tab == std::string("###nav_home") ? "###nav_diary" : "###nav_home"));
    ASSERT_TRUE(Tap(ui, visit.tab)) << visit.name;
    if (visit.then != nullptr) {
      ASSERT_TRUE(ui.ScrollTo(visit.then)) << visit.name;
      ASSERT_TRUE(Tap(ui, visit.then)) << visit.name;
    }
    ExpectScreenInsideHorizontally(ui, kWidth, visit.name);
  }
}

// "Log a past cramp" step by step, and the Diary's filters and months, at 200 % on a 360 px
// phone, in English and in Chinese: every target stays on screen.
TEST(TextSize, LogAPastCrampAndTheDiaryPanelsFitA360PixelPhoneAt200Percent) {
  constexpr float kWidth = 360.0f;
  for (const char* settings : {R"({"text_size_percent":200})",
                               R"({"language":"zh-Hans","text_size_percent":200})"}) {
    UiDriver ui(kWidth, 640.0f, {{"settings", settings}}, EightWeeksOfCramps());
    const std::string language = std::string(settings).find("zh") != std::string::npos ? "zh" : "en";
    ASSERT_TRUE(Tap(ui, "###log_past")) << language;
    const char* steps[][2] = {{"###when_earlier", "when"},
                              {"###next", "day and time"},
                              {"###muscle_calf_back", "where"},
                              {"###side_left", "which leg"},
                              {"###duration_120", "how long"},
                              {"###save", "how long, chosen"}};
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    for (const auto& [id, name] : steps) {
      ExpectScreenInsideHorizontally(ui, kWidth, language + ", log past: " + name);
      for (int i = 0; i < 12; ++i) ui.DragUp(size.x * 0.5f, size.y * 0.3f, -size.y * 0.35f);
      ASSERT_TRUE(ui.ScrollTo(id)) << language << ": " << name;
      ASSERT_TRUE(Tap(ui, id)) << language << ": " << name;
    }
    ExpectScreenInsideHorizontally(ui, kWidth, language + ", log past: details");
    ASSERT_EQ(ui.Storage().Contents().episodes.size(), 29u) << language;

    ASSERT_TRUE(Tap(ui, "###nav_home"));
    ASSERT_TRUE(Tap(ui, "###nav_diary"));
    ASSERT_TRUE(Tap(ui, "###filters"));
    ExpectScreenInsideHorizontally(ui, kWidth, language + ", diary filters");
    ASSERT_TRUE(Tap(ui, "###nav_home"));
    ASSERT_TRUE(Tap(ui, "###nav_diary"));
    ASSERT_TRUE(ui.ScrollTo("###jump_month"));
    ASSERT_TRUE(Tap(ui, "###jump_month"));
    ExpectScreenInsideHorizontally(ui, kWidth, language + ", diary months");
  }
}
