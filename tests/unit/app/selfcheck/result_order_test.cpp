// issue 24, item 4: a result reads in one order, in English and in Chinese: the level and
// its action (with the call button), then why, then what can help.
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "selfcheck_items.h"
#include "ui_driver.h"

using app_test::UiDriver;
using selfcheck_test::AnswerCheck;

namespace {

// A screen tall enough to hold the whole result, so every part is drawn at once.
constexpr float kTall = 4000.0f;

const app::RecordedItem& Shown(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  static const app::RecordedItem kMissing{};
  EXPECT_NE(item, nullptr) << id;
  return item != nullptr ? *item : kMissing;
}

std::string Settings(const char* language) {
  return std::string(R"({"emergency_region":"uk","language":")") + language + "\"}";
}

}  // namespace

TEST(ResultOrder, LevelAndActionThenWhyThenWhatHelps) {
  for (const char* language : {"en", "zh-Hans"}) {
    SCOPED_TRACE(language);
    UiDriver ui(390.0f, kTall, {{"settings", Settings(language)}});
    ASSERT_EQ(AnswerCheck(ui, {{"sleep_disturbed", "yes"}}), "routine");
    const app::RecordedItem& level = Shown("###result_level_routine");
    const app::RecordedItem& act = Shown("###result_what_to_do");
    const app::RecordedItem& why = Shown("###result_why");
    const app::RecordedItem& helps = Shown("###result_what_helps");
    EXPECT_LT(level.y, act.y);
    EXPECT_LT(act.y, why.y);
    EXPECT_LT(why.y, helps.y);
    // The level's own action is in "what to do"; the self-care lines only under "what helps".
    const bool zh = std::string(language) == "zh-Hans";
    const std::string routine_action = zh ? "预约" : "Book a normal doctor's appointment";
    EXPECT_NE(act.label.find(routine_action), std::string::npos) << act.label;
    const std::string stretch = zh ? "拉伸" : "stretch";
    EXPECT_EQ(act.label.find(stretch), std::string::npos) << act.label;
    EXPECT_NE(helps.label.find(stretch), std::string::npos) << helps.label;
    EXPECT_GT(why.label.find('\n'), 0u) << "why lists the rule that fired: " << why.label;
  }
}

TEST(ResultOrder, AnEmergencyReadsCallThenLevelThenActionThenWhyAndNothingToTry) {
  for (const char* language : {"en", "zh-Hans"}) {
    SCOPED_TRACE(language);
    UiDriver ui(390.0f, kTall, {{"settings", Settings(language)}});
    ASSERT_EQ(AnswerCheck(ui, {{"breathless_or_chest_pain", "yes"}}), "emergency");
    EXPECT_LT(Shown("###call_emergency").y, Shown("###result_level_emergency").y);
    EXPECT_LT(Shown("###result_level_emergency").y, Shown("###result_what_to_do").y);
    EXPECT_LT(Shown("###result_what_to_do").y, Shown("###result_why").y);
    EXPECT_EQ(app::FindItem("###result_what_helps"), nullptr) << "no self-care after an emergency";
  }
}

TEST(ResultOrder, AnUrgentResultReadsLevelThenCallThenActionThenWhy) {
  for (const char* language : {"en", "zh-Hans"}) {
    SCOPED_TRACE(language);
    UiDriver ui(390.0f, kTall, {{"settings", Settings(language)}});
    ASSERT_EQ(AnswerCheck(ui, {{"calf_swelling_one_side", "yes"}}), "urgent");
    EXPECT_LT(Shown("###result_level_urgent").y, Shown("###call_urgent").y);
    EXPECT_LT(Shown("###call_urgent").y, Shown("###result_what_to_do").y);
    EXPECT_LT(Shown("###result_what_to_do").y, Shown("###result_why").y);
    EXPECT_EQ(app::FindItem("###result_what_helps"), nullptr);
  }
}

TEST(ResultOrder, SelfCareWithASignOpenKeepsItsHeadingAboveWhatHelps) {
  UiDriver ui(390.0f, kTall);
  AnswerCheck(ui, {{"breathless_or_chest_pain", "unsure"}});
  ASSERT_NE(app::FindItem("###result_unconfirmed"), nullptr) << "self-care, a sign still open";
  const app::RecordedItem& helps = Shown("###result_what_helps");
  EXPECT_EQ(helps.label.rfind("What can help\nIf none of the signs above applies:\n- ", 0), 0u)
      << helps.label;
  EXPECT_EQ(helps.label.find("usually harmless"), std::string::npos) << helps.label;
  EXPECT_LT(Shown("###result_why").y, helps.y);
}
