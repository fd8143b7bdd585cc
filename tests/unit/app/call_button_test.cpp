// issue 24, item 3: the call buttons. An emergency result and Home dial the region's
// emergency number (###call_emergency); an urgent result dials the urgent line where it is
// a phone line (###call_urgent, NHS 111 in the UK) and shows none where it is not; a device
// that cannot dial (the desktop) shows the number large instead of a button.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "app/call_button.h"
#include "app/item_recorder.h"
#include "app/theme.h"
#include "selfcheck/selfcheck_items.h"
#include "ui_driver.h"

using app_test::UiDriver;
using selfcheck_test::AnswerCheck;
using selfcheck_test::Tap;

namespace {

using Settings = std::map<std::string, std::string>;

Settings InRegion(const std::string& code, const std::string& language = "") {
  std::string json = R"({"emergency_region":")" + code + "\"";
  if (!language.empty()) json += R"(,"language":")" + language + "\"";
  return {{"settings", json + "}"}};
}

const std::map<std::string, std::string> kEmergency = {{"breathless_or_chest_pain", "yes"}};
const std::map<std::string, std::string> kUrgent = {{"calf_swelling_one_side", "yes"}};

}  // namespace

TEST(CallButton, AnEmergencyResultDialsTheRegionsNumberFirstThingOnTheScreen) {
  UiDriver ui(390.0f, 844.0f, InRegion("uk"));
  ASSERT_EQ(AnswerCheck(ui, kEmergency), "emergency");
  const app::RecordedItem* call = app::FindItem("###call_emergency");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->label, "Call 999 now###call_emergency");
  EXPECT_GE(call->h, 64.0f);
  EXPECT_GE(call->w, 300.0f) << "the width of the column";
  EXPECT_LT(call->y, app::FindItem("###result_level_emergency")->y) << "first thing read";
  EXPECT_LT(call->y + call->h, 844.0f) << "on the first screen";
  EXPECT_EQ(app::FindItem("###emergency_number"), nullptr) << "a phone gets a button";
  EXPECT_TRUE(ui.Platform().calls.empty());
  ASSERT_TRUE(Tap(ui, "###call_emergency", /*touch=*/true));
  EXPECT_EQ(ui.Platform().calls, std::vector<std::string>{"999"});
}

TEST(CallButton, AnUrgentResultInTheUkDialsNhs111UnderItsLevel) {
  UiDriver ui(390.0f, 844.0f, InRegion("uk"));
  ASSERT_EQ(AnswerCheck(ui, kUrgent), "urgent");
  const app::RecordedItem* call = app::FindItem("###call_urgent");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->label, "Call 111 now###call_urgent");
  EXPECT_GE(call->h, 64.0f);
  const app::RecordedItem* level = app::FindItem("###result_level_urgent");
  const app::RecordedItem* action = app::FindItem("###result_what_to_do");
  ASSERT_NE(level, nullptr);
  ASSERT_NE(action, nullptr);
  EXPECT_LT(level->y, call->y) << "the level, then its call";
  EXPECT_LT(call->y, action->y) << "the call before the rest of what to do";
  EXPECT_EQ(app::FindItem("###call_emergency"), nullptr) << "not an emergency";
  ASSERT_TRUE(Tap(ui, "###call_urgent", /*touch=*/true));
  EXPECT_EQ(ui.Platform().calls, std::vector<std::string>{"111"});
}

TEST(CallButton, AnUrgentLineWrittenWithSpacesDialsItsDigits) {
  UiDriver ui(390.0f, 844.0f, InRegion("au"));
  ASSERT_EQ(AnswerCheck(ui, kUrgent), "urgent");
  ASSERT_NE(app::FindItem("###call_urgent"), nullptr);
  EXPECT_EQ(app::FindItem("###call_urgent")->label, "Call 1800 022 222 now###call_urgent");
  ASSERT_TRUE(Tap(ui, "###call_urgent"));
  EXPECT_EQ(ui.Platform().calls, std::vector<std::string>{"1800022222"});
}

TEST(CallButton, NoUrgentButtonWhereTheUrgentLineIsNotAPhoneLine) {
  for (const char* region : {"cn", "us", "eu", "intl"}) {
    UiDriver ui(390.0f, 844.0f, InRegion(region));
    ASSERT_EQ(AnswerCheck(ui, kUrgent), "urgent") << region;
    EXPECT_EQ(app::FindItem("###call_urgent"), nullptr) << region;
    EXPECT_EQ(app::FindItem("###urgent_number"), nullptr) << region;
    EXPECT_EQ(app::FindItem("###call_emergency"), nullptr) << region;
  }
}

TEST(CallButton, TheDesktopShowsTheNumberLargeAndNoButton) {
  UiDriver ui(390.0f, 844.0f, InRegion("uk"));
  ui.Platform().can_call = false;
  ASSERT_EQ(AnswerCheck(ui, kEmergency), "emergency");
  EXPECT_EQ(app::FindItem("###call_emergency"), nullptr) << "no button that cannot dial";
  const app::RecordedItem* shown = app::FindItem("###emergency_number");
  ASSERT_NE(shown, nullptr);
  EXPECT_EQ(shown->label, "Call 999 now###emergency_number");
  EXPECT_LT(shown->y, app::FindItem("###result_level_emergency")->y);
  ASSERT_TRUE(Tap(ui, "###emergency_number"));
  EXPECT_TRUE(ui.Platform().calls.empty());
}

TEST(CallButton, TheDesktopShowsTheUrgentNumberLargeAndNoButton) {
  UiDriver urgent(390.0f, 844.0f, InRegion("uk"));
  urgent.Platform().can_call = false;
  ASSERT_EQ(AnswerCheck(urgent, kUrgent), "urgent");
  EXPECT_EQ(app::FindItem("###call_urgent"), nullptr);
  ASSERT_NE(app::FindItem("###urgent_number"), nullptr);
  EXPECT_EQ(app::FindItem("###urgent_number")->label, "Call 111 now###urgent_number");
}

TEST(CallButton, HomeDialsTheEmergencyNumberItsLineNames) {
  UiDriver ui(390.0f, 844.0f, InRegion("uk"));
  ASSERT_TRUE(ui.ScrollTo("###call_emergency"));
  const app::RecordedItem* call = app::FindItem("###call_emergency");
  EXPECT_EQ(call->label, "Call 999 now###call_emergency");
  EXPECT_GE(call->h, 64.0f);
  ASSERT_TRUE(Tap(ui, "###call_emergency", /*touch=*/true));
  EXPECT_EQ(ui.Platform().calls, std::vector<std::string>{"999"});
}

TEST(CallButton, HomeOnTheDesktopShowsTheNumberInstead) {
  UiDriver desktop(390.0f, 844.0f, InRegion("uk"));
  desktop.Platform().can_call = false;
  desktop.Frame();
  EXPECT_TRUE(desktop.ScrollTo("###emergency_number"));
  EXPECT_EQ(app::FindItem("###call_emergency"), nullptr);
}

TEST(CallButton, ChineseButtonsSayTheNumberWithoutASpace) {
  UiDriver ui(390.0f, 844.0f, InRegion("cn", "zh-Hans"));
  ASSERT_EQ(AnswerCheck(ui, kEmergency), "emergency");
  ASSERT_NE(app::FindItem("###call_emergency"), nullptr);
  EXPECT_EQ(app::FindItem("###call_emergency")->label, "立即拨打急救电话120###call_emergency");
  EXPECT_GE(app::FindItem("###call_emergency")->h, 64.0f);
  ASSERT_TRUE(Tap(ui, "###call_emergency"));
  EXPECT_EQ(ui.Platform().calls, std::vector<std::string>{"120"});
}

TEST(CallButton, ChineseUrgentButtonInTheUk) {
  UiDriver uk(390.0f, 844.0f, InRegion("uk", "zh-Hans"));
  ASSERT_EQ(AnswerCheck(uk, kUrgent), "urgent");
  ASSERT_NE(app::FindItem("###call_urgent"), nullptr);
  EXPECT_EQ(app::FindItem("###call_urgent")->label, "立即拨打111###call_urgent");
}

TEST(CallButton, AtTheLargestTextSizeTheButtonStaysInsideTheScreen) {
  // A narrow phone; tall, so every question's answers are in view at this text size.
  UiDriver ui(360.0f, 3000.0f,
              {{"settings", R"({"emergency_region":"au","text_size_percent":200})"}});
  ASSERT_EQ(AnswerCheck(ui, kUrgent), "urgent");
  ASSERT_TRUE(ui.ScrollTo("###call_urgent"));
  const app::RecordedItem* call = app::FindItem("###call_urgent");
  EXPECT_GE(call->h, 64.0f);
  EXPECT_LE(call->x + call->w, 360.0f + 0.5f);
}

TEST(CallButton, ItsWordsStayLargerThanTheTextAroundThemAtEveryTextSize) {
  // The caption under the words ("Emergency number: ...") and every other line grow with the
  // text size; "Call 999 now" must remain the largest words on the screen.
  for (const float scale : {1.0f, 1.25f, 1.5f, 1.75f, 2.0f}) {
    const float body = app::theme::kBodyFontSize * scale;
    EXPECT_GE(app::CallWordsFontSize(scale), 2.0f * app::theme::kBodyFontSize) << scale;
    EXPECT_GE(app::CallWordsFontSize(scale), 1.4f * body) << "at " << scale * 100 << " %";
    EXPECT_GT(app::CallWordsFontSize(scale), app::theme::kHeadingFontSize * scale)
        << "above the headings too, at " << scale * 100 << " %";
  }
}
