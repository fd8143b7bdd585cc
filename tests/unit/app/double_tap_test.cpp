// Nothing moves under a finger: a double tap's second half, 200 ms after the first on the
// same spot, does nothing on the screen (or step) the first tap opened, while a tap 450 ms
// after it works (App::NewScreenIgnoresTaps); on one screen, "Still cramping" leaves "It has
// eased" where it was.
#include <gtest/gtest.h>
#include <imgui.h>

#include <map>
#include <string>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

struct Spot {
  float x;
  float y;
};

Spot CentreOf(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  EXPECT_NE(item, nullptr) << id;
  if (item == nullptr) return {0.0f, 0.0f};
  return {item->x + item->w * 0.5f, item->y + item->h * 0.5f};
}

// A finger's tap at `spot`: its place, the press, the release, the frame that shows what it
// did. The
// clock stands still; the test moves it between taps.
void TapAt(UiDriver& ui, Spot spot) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(spot.x, spot.y);
  io.AddMouseButtonEvent(0, true);
  ui.Frame();  // a finger's place, then its press (ImGui splits them for touch)
  ui.Frame();
  io.AddMouseButtonEvent(0, false);
  ui.Frame();
  ui.Frame();
}

// Two taps on the centre of `id`, `gap` seconds apart, the first a person's new tap.
void DoubleTap(UiDriver& ui, const std::string& id, double gap) {
  ui.WaitOutNewScreen();
  const Spot spot = CentreOf(id);
  TapAt(ui, spot);
  ui.Clock().Advance(gap);
  TapAt(ui, spot);
}

bool Shows(const std::string& id) {
  return app::FindItem(id) != nullptr;
}

void StartCrampNow(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_left"));
  ASSERT_TRUE(Shows("###cramp_done"));
}

// Log a past cramp at "Pick the time", scrolled to its Next.
void OpenPickTime(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###log_past"));
  ASSERT_TRUE(ui.Press("###when_earlier"));
  ASSERT_TRUE(ui.ScrollTo("###next"));
}

// The self-check at the page before "Your details from last time": the fourth page of
// warning signs, answered "None of these" on the three before it.
const std::map<std::string, std::string> kSavedAnswers = {
    {"last_triage_answers", R"({"age_years":70})"}};

void OpenLastSignsPage(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###nav_selfcheck"));
  ASSERT_TRUE(ui.Press("###selfcheck_start"));
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(ui.Press("###answer_none"));
  ASSERT_TRUE(Shows("###answer_none"));
}

}  // namespace

TEST(DoubleTap, StillCrampingKeepsItHasEasedInPlace) {
  UiDriver ui;
  StartCrampNow(ui);
  const app::RecordedItem before = *app::FindItem("###cramp_done");
  ASSERT_TRUE(ui.Press("###cramp_still"));
  const app::RecordedItem* after = app::FindItem("###cramp_done");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->x, before.x);
  EXPECT_EQ(after->y, before.y);
  EXPECT_EQ(after->w, before.w);
  EXPECT_EQ(after->h, before.h);
}

TEST(DoubleTap, StillCrampingTwiceSavesNothing) {
  UiDriver ui;
  StartCrampNow(ui);
  DoubleTap(ui, "###cramp_still", 0.2);
  EXPECT_STREQ(ui.App().ScreenName(), "cramp");
  EXPECT_TRUE(Shows("###cramp_done")) << "still timing the cramp";
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty()) << "not saved as eased";
}

TEST(DoubleTap, NextTwiceAt200MsStaysOnTheNextStep) {
  UiDriver ui;
  OpenPickTime(ui);
  DoubleTap(ui, "###next", 0.2);
  EXPECT_TRUE(Shows("###muscle_foot")) << "the second tap pressed nothing on \"where\"";
  EXPECT_FALSE(Shows("###hour_minus"));
}

TEST(DoubleTap, NextThenATapAt450MsWorks) {
  UiDriver ui;
  OpenPickTime(ui);
  DoubleTap(ui, "###next", 0.45);
  EXPECT_FALSE(Shows("###muscle_foot")) << "the tap at 450 ms pressed what was under it";
}

TEST(DoubleTap, NoneOfTheseTwiceAt200MsStaysOnYourDetails) {
  UiDriver ui(390.0f, 844.0f, kSavedAnswers);
  OpenLastSignsPage(ui);
  DoubleTap(ui, "###answer_none", 0.2);
  EXPECT_TRUE(Shows("###facts_confirm")) << "\"Your details from last time\" is still shown";
  EXPECT_TRUE(Shows("###facts_change"));
}

// "Change them" opens the age page, whose decades lie under it ("60-69" at 390 x 844).
TEST(DoubleTap, ChangeThemTwiceAt200MsPressesNoDecade) {
  UiDriver ui(390.0f, 844.0f, kSavedAnswers);
  OpenLastSignsPage(ui);
  ASSERT_TRUE(ui.Press("###answer_none"));
  DoubleTap(ui, "###facts_change", 0.2);
  EXPECT_TRUE(Shows("###page_age"));
  EXPECT_TRUE(Shows("###age_70")) << "the saved age's decade, as the page opened";
}

TEST(DoubleTap, ChangeThemThenATapAt450MsWorks) {
  UiDriver ui(390.0f, 844.0f, kSavedAnswers);
  OpenLastSignsPage(ui);
  ASSERT_TRUE(ui.Press("###answer_none"));
  DoubleTap(ui, "###facts_change", 0.45);
  EXPECT_TRUE(Shows("###age_60")) << "the tap at 450 ms pressed the decade under it";
}

TEST(DoubleTap, APressHeldOverANewScreenWaitsForItsRelease) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ui.WaitOutNewScreen();
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(195.0f, 400.0f);
  io.AddMouseButtonEvent(0, true);
  ui.Frame();
  ASSERT_TRUE(ui.App().GoBack());  // the back button, between frames
  ui.Frame();
  ui.Clock().Advance(1.0);
  ui.Frame();
  EXPECT_TRUE(ui.App().NewScreenIgnoresTaps()) << "held since before home appeared";
  io.AddMouseButtonEvent(0, false);
  ui.Frame();
  EXPECT_FALSE(ui.App().NewScreenIgnoresTaps());
}

TEST(DoubleTap, TheNavigationBarStaysLive) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.App().NewScreenIgnoresTaps());
  TapAt(ui, CentreOf("###nav_insights"));
  EXPECT_STREQ(ui.App().ScreenName(), "insights") << "the tabs never move";
}
