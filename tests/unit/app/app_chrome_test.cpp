// The frame around every page: on a wide screen the page is a readable column, centred in
// the space the content area's scrollbar leaves, from the first frame that scrollbar shows.
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/item_recorder.h"
#include "app/theme.h"
#include "ui_driver.h"

namespace {

using app_test::UiDriver;

constexpr float kPadding = 16.0f;  // either side of the column's space

// Where the column starts on a screen `width` wide, with or without a scrollbar.
float ColumnLeft(float width, float scrollbar) {
  return kPadding + (width - 2.0f * kPadding - scrollbar - app::theme::kContentMaxWidth) * 0.5f;
}

TEST(AppChrome, AWideScreenShowsTheReadableColumnCentred) {
  UiDriver ui(1280.0f, 800.0f);
  const app::RecordedItem* button = app::FindItem("###cramp_now");
  ASSERT_NE(button, nullptr);
  EXPECT_FLOAT_EQ(button->x, ColumnLeft(1280.0f, 0.0f));
  EXPECT_NEAR(button->w, app::theme::kContentMaxWidth, 1.0f);
}

TEST(AppChrome, TheColumnMakesRoomForTheScrollbarInTheFrameItAppears) {
  UiDriver ui(1280.0f, 800.0f);
  ASSERT_TRUE(ui.Press("###nav_settings"));  // a page longer than the screen
  const app::RecordedItem* button = app::FindItem("###import");
  ASSERT_NE(button, nullptr);
  EXPECT_FLOAT_EQ(button->x, ColumnLeft(1280.0f, ImGui::GetStyle().ScrollbarSize));
  EXPECT_NEAR(button->w, app::theme::kContentMaxWidth, 1.0f);
}

TEST(AppChrome, APhoneShowsTheColumnAcrossTheScreen) {
  UiDriver ui(390.0f, 844.0f);
  const app::RecordedItem* button = app::FindItem("###cramp_now");
  ASSERT_NE(button, nullptr);
  EXPECT_FLOAT_EQ(button->x, kPadding);
  EXPECT_NEAR(button->w, 390.0f - 2.0f * kPadding, 1.0f);
}

}  // namespace
