// Cramp now's optional details (issue 14, item 3): relief, whether it helped and notes
// can be entered, and a pain nobody rated stays unrated.
#include <gtest/gtest.h>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

void LogACramp(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ASSERT_TRUE(ui.Press("###side_left"));
  ui.Clock().Advance(40.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_NE(app::FindItem("###save"), nullptr);
}

}  // namespace

TEST(CrampDetails, PainIsUnratedUntilThePersonRatesIt) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_FALSE(ui.Storage().Contents().episodes[0].pain.has_value()) << "not an invented 5";
  ASSERT_TRUE(ui.Press("###save"));
  EXPECT_FALSE(ui.Storage().Contents().episodes[0].pain.has_value());
}

TEST(CrampDetails, ReliefHelpedAndNotesAreSaved) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  ASSERT_TRUE(ui.Press("###details_more"));
  ASSERT_TRUE(ui.Press("###relief_massage"));
  ASSERT_TRUE(ui.Press("###helped_no"));
  ASSERT_TRUE(ui.Type("###notes", "after a long walk"));
  ASSERT_TRUE(ui.Press("###save"));
  const auto& saved = ui.Storage().Contents().episodes.at(0);
  EXPECT_EQ(saved.relief, core::diary::Relief::kMassage);
  EXPECT_EQ(saved.relief_helped, false);
  EXPECT_EQ(saved.notes, "after a long walk");
}

// The Diary's undo is for what was changed or deleted from its entries: saving Cramp now's
// details and then opening the Diary offers nothing to undo.
TEST(CrampDetails, SavingDetailsOffersNoUndoOnTheDiary) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  ASSERT_TRUE(ui.Press("###pain_6"));
  ASSERT_TRUE(ui.Press("###save"));
  ASSERT_TRUE(ui.Press("###skip"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_EQ(app::FindItem("###undo"), nullptr);
  EXPECT_EQ(ui.Storage().Contents().episodes.at(0).pain, 6);
}

// On a phone at 3 a.m. the details must not push Save and Done out of reach.
TEST(CrampDetails, SaveAndDoneStayOnAPhoneScreen) {
  UiDriver ui(390, 844);
  LogACramp(ui);
  EXPECT_NE(app::FindItem("###save"), nullptr);
  EXPECT_NE(app::FindItem("###skip"), nullptr);
}

TEST(CrampDetails, WhetherItHelpedIsAskedOnlyWhenSomethingWasDone) {
  UiDriver ui(390, 2000);
  LogACramp(ui);
  ASSERT_TRUE(ui.Press("###details_more"));
  EXPECT_EQ(app::FindItem("###helped_yes"), nullptr) << "no relief is chosen in advance";
  ASSERT_TRUE(ui.Press("###relief_stretch"));
  EXPECT_NE(app::FindItem("###helped_yes"), nullptr);
  ASSERT_TRUE(ui.Press("###relief_none"));
  EXPECT_EQ(app::FindItem("###helped_yes"), nullptr);
}
