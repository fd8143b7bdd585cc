// The entry-writing step shared by Cramp now and "log a past cramp" (app/entry/save_step.h),
// driven through both flows: one behaviour for "Later" after a failed save, and "Try again"
// that saves once.
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::storage::Status;

namespace {

// 07:00:20 on Monday 23 November 2026 in Shanghai.
constexpr std::int64_t kSevenAm = 1795374720 + 3 * 3600 + 48 * 60 + 20;

// The two ways an entry is made, both opened from the Diary (so "Home" and "back to where
// it was opened" are different places), up to the tap that saves.
enum class Flow { kCrampNow, kLogPast };

void ToSave(UiDriver& ui, Flow flow) {
  ui.Clock().Set({kSevenAm, 480});
  ASSERT_TRUE(ui.Press("###nav_diary"));
  if (flow == Flow::kCrampNow) {
    ASSERT_TRUE(ui.ScrollTo("###diary_cramp_now"));
    ASSERT_TRUE(ui.Press("###diary_cramp_now"));
    ASSERT_STREQ(ui.App().ScreenName(), "cramp");
    ASSERT_TRUE(ui.Press("###muscle_calf_back"));
    ASSERT_TRUE(ui.Press("###side_left"));
    ui.Clock().Advance(40.0);
    ASSERT_TRUE(ui.Press("###cramp_done"));
  } else {
    ASSERT_TRUE(ui.Press("###log_past"));
    ASSERT_STREQ(ui.App().ScreenName(), "log_past");
    ASSERT_TRUE(ui.Press("###when_30"));
    ASSERT_TRUE(ui.Press("###muscle_calf_back"));
    ASSERT_TRUE(ui.Press("###side_left"));
    ASSERT_TRUE(ui.Press("###duration_120"));
    ASSERT_TRUE(ui.ScrollTo("###save"));
    ASSERT_TRUE(ui.Press("###save"));
  }
}

class SaveStep : public ::testing::TestWithParam<Flow> {};

}  // namespace

// At 3 a.m. the device is full and the person taps "Later": both flows go Home, where the
// unsaved banner offers the entry, which the diary still holds.
TEST_P(SaveStep, LaterAfterAFailedSaveGoesHomeWithTheEntryKept) {
  UiDriver ui;
  ui.Storage().FailWritesWith(Status::kQuotaExceeded);
  ToSave(ui, GetParam());
  ASSERT_NE(app::FindItem("###save_error"), nullptr);
  ASSERT_TRUE(ui.Press("###skip"));
  EXPECT_STREQ(ui.App().ScreenName(), "home");
  EXPECT_EQ(ui.App().RouterDepth(), 1u) << "Home, not one step back";
  EXPECT_NE(app::FindItem("###unsaved_banner"), nullptr);
  EXPECT_EQ(ui.App().Diary().Unsaved().size(), 1u);
  EXPECT_EQ(ui.App().Diary().Episodes().size(), 1u);
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());
}

// "Try again" writes the very entry once: one more write, one stored entry, then the details.
TEST_P(SaveStep, TryAgainAfterAFailureSavesOnce) {
  UiDriver ui;
  ui.Storage().FailWritesWith(Status::kQuotaExceeded);
  ToSave(ui, GetParam());
  ASSERT_NE(app::FindItem("###save_retry"), nullptr);
  const int writes = ui.Storage().EpisodeWrites();
  ui.Storage().FailWritesWith(Status::kOk);
  ui.Storage().HoldWrites();  // answered between frames, as IndexedDB does
  ASSERT_TRUE(ui.Press("###save_retry"));
  EXPECT_EQ(app::FindItem("###save_retry"), nullptr) << "saving: no second tap to make";
  EXPECT_EQ(app::FindItem("###save"), nullptr) << "never 'saved' before storage said so";
  ui.Storage().AnswerHeldWrites();
  ui.Frame();
  ui.Frame();
  EXPECT_EQ(ui.Storage().EpisodeWrites(), writes + 1);
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].muscle, core::diary::Muscle::kCalfBack);
  EXPECT_TRUE(ui.App().Diary().Unsaved().empty());
  EXPECT_EQ(ui.App().Diary().Episodes().size(), 1u);
  EXPECT_NE(app::FindItem("###pain_0"), nullptr) << "then the details";
  EXPECT_EQ(app::FindItem("###unsaved_banner"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(BothFlows, SaveStep, ::testing::Values(Flow::kCrampNow, Flow::kLogPast),
                         [](const ::testing::TestParamInfo<Flow>& param) {
                           return param.param == Flow::kCrampNow ? std::string("CrampNow")
                                                                 : std::string("LogPast");
                         });
