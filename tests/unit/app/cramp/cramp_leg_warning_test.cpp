// "Cramp now" after a self-check that warned about a leg (CLINICAL.md 3.1, issue 29 item 6):
// until the next check is completed, it opens with ###cramp_clot_warning (the warning and
// the result's action) and plays no stretch or massage; logging still works; a reload
// keeps it; a new check without a leg warning brings the stretch back.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

bool Tap(UiDriver& ui, const std::string& id) {
  if (!ui.Press(id)) return false;
  ui.Frame();
  return true;
}

bool OnResult() {
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    if (item.label.find("###result_level_") != std::string::npos ||
        item.label.find("###result_open_lead") != std::string::npos)
      return true;
  }
  return false;
}

// A self-check: "None of these" on every page except the leg page, where `leg_yes` (if
// any) is answered yes; number and choice pages skipped.
void SelfCheck(UiDriver& ui, const std::string& leg_yes) {
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  ASSERT_TRUE(Tap(ui, "###selfcheck_start"));
  for (int step = 0; step < 40 && !OnResult(); ++step) {
    if (!leg_yes.empty() && app::FindItem("###answer_no_" + leg_yes) == nullptr)
      ui.ScrollTo("###answer_yes_" + leg_yes);
    if (!leg_yes.empty() && app::FindItem("###answer_yes_" + leg_yes) != nullptr) {
      ASSERT_TRUE(Tap(ui, "###answer_yes_" + leg_yes));
      if (OnResult()) break;
    }
    if (app::FindItem("###facts_confirm") != nullptr) {
      ASSERT_TRUE(Tap(ui, "###facts_confirm"));
    } else if (app::FindItem("###answer_none") != nullptr) {
      ASSERT_TRUE(Tap(ui, "###answer_none"));
    } else {
      ASSERT_TRUE(Tap(ui, "###next"));
    }
  }
  ASSERT_TRUE(OnResult());
}

void OpenCrampNow(UiDriver& ui) {
  ASSERT_TRUE(Tap(ui, "###nav_home"));
  ASSERT_TRUE(Tap(ui, "###cramp_now"));
  ASSERT_STREQ(ui.App().ScreenName(), "cramp");
}

std::string WarningShown() {
  const app::RecordedItem* warning = app::FindItem("###cramp_clot_warning");
  return warning != nullptr ? warning->label : "";
}

// Nothing but the top bar above the warning.
void ExpectWarningFirst() {
  const app::RecordedItem* warning = app::FindItem("###cramp_clot_warning");
  ASSERT_NE(warning, nullptr);
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    if (item.label.find("###nav_") != std::string::npos) continue;
    EXPECT_GE(item.y + 0.5f, warning->y) << item.label << " is above the warning";
  }
}

}  // namespace

TEST(CrampNowAfterLegWarning, OpensWithTheWarningAndPlaysNoStretchButStillLogs) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"uk"})"}});
  SelfCheck(ui, "calf_swelling_one_side");
  ASSERT_NE(app::FindItem("###result_level_urgent"), nullptr);
  OpenCrampNow(ui);
  ExpectWarningFirst();
  const std::string warning = WarningShown();
  EXPECT_NE(warning.find("Do not massage or stretch"), std::string::npos) << warning;
  EXPECT_NE(warning.find("Get medical advice now: contact NHS 111"), std::string::npos) << warning;
  ASSERT_TRUE(Tap(ui, "###muscle_calf_back"));
  ExpectWarningFirst();
  ASSERT_TRUE(Tap(ui, "###side_left"));
  ExpectWarningFirst();
  ui.Frame();
  EXPECT_FALSE(ui.App().IsAnimating()) << "no stretch figure plays";
  EXPECT_GE(ui.App().VisibleTick(), 0) << "the relief timer still runs";
  ASSERT_TRUE(Tap(ui, "###cramp_still"));
  ui.Clock().Advance(601.0);
  ui.Frame();
  ui.Frame();
  ASSERT_NE(app::FindItem("###answer_yes"), nullptr) << "the 10-minute question is asked";
  ASSERT_TRUE(Tap(ui, "###answer_yes"));
  EXPECT_NE(app::FindItem("###cramp_persisting"), nullptr);
  ASSERT_TRUE(Tap(ui, "###cramp_done"));
  const auto& episodes = ui.Storage().Contents().episodes;
  ASSERT_EQ(episodes.size(), 1u) << "logging still works";
  EXPECT_EQ(episodes[0].muscle, core::diary::Muscle::kCalfBack);
  EXPECT_EQ(episodes[0].side, core::diary::Side::kLeft);
  EXPECT_GE(episodes[0].duration_s, 600);
  EXPECT_NE(app::FindItem("###save"), nullptr) << "details are offered";
}

TEST(CrampNowAfterLegWarning, AnEmergencyLegResultSaysToCallTheNumber) {
  UiDriver ui;
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  ASSERT_TRUE(Tap(ui, "###selfcheck_start"));
  ASSERT_TRUE(ui.ScrollTo("###answer_yes_foot_cold_pale_or_numb"));
  ASSERT_TRUE(Tap(ui, "###answer_yes_foot_cold_pale_or_numb"));
  ASSERT_NE(app::FindItem("###result_level_emergency"), nullptr);
  OpenCrampNow(ui);
  ExpectWarningFirst();
  EXPECT_NE(WarningShown().find("Call 112 now."), std::string::npos) << WarningShown();
  // And one tap dials it, as on the result.
  ASSERT_TRUE(Tap(ui, "###call_emergency"));
  EXPECT_EQ(ui.Platform().calls, std::vector<std::string>{"112"});
}

TEST(CrampNowAfterLegWarning, AnUrgentLegResultInTheUkOffersNhs111) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"uk"})"}});
  SelfCheck(ui, "calf_swelling_one_side");
  OpenCrampNow(ui);
  ExpectWarningFirst();
  EXPECT_EQ(app::FindItem("###call_emergency"), nullptr) << "urgent, not an emergency";
  ASSERT_TRUE(Tap(ui, "###call_urgent"));
  EXPECT_EQ(ui.Platform().calls, std::vector<std::string>{"111"});
}

TEST(CrampNowAfterLegWarning, HoldsAfterAReloadAndAHalfDoneCheckAndEndsWithANewCheck) {
  std::map<std::string, std::string> meta;
  {
    UiDriver ui;
    SelfCheck(ui, "calf_swelling_one_side");
    // A new check begun and left after its first page.
    ASSERT_TRUE(Tap(ui, "###selfcheck_recheck") ||
                (ui.ScrollTo("###selfcheck_recheck") && Tap(ui, "###selfcheck_recheck")));
    ASSERT_TRUE(Tap(ui, "###answer_none"));
    meta = ui.Storage().Contents().meta;
  }
  ASSERT_EQ(meta.count("last_triage_result_answers"), 1u);
  ASSERT_EQ(meta.count("last_triage_answers"), 1u);
  EXPECT_EQ(meta.at("last_triage_answers").find("calf_swelling_one_side\":true"), std::string::npos)
      << "the half-done check's answers: " << meta.at("last_triage_answers");
  UiDriver reloaded(390.0f, 844.0f, meta);
  OpenCrampNow(reloaded);
  ExpectWarningFirst();
  ASSERT_TRUE(Tap(reloaded, "###muscle_calf_back"));
  ASSERT_TRUE(Tap(reloaded, "###side_right"));
  reloaded.Frame();
  EXPECT_FALSE(reloaded.App().IsAnimating());

  // A completed check with no leg warning: the stretch plays again.
  SelfCheck(reloaded, "");
  OpenCrampNow(reloaded);
  EXPECT_EQ(app::FindItem("###cramp_clot_warning"), nullptr);
  ASSERT_TRUE(Tap(reloaded, "###muscle_calf_back"));
  ASSERT_TRUE(Tap(reloaded, "###side_right"));
  reloaded.Frame();
  EXPECT_TRUE(reloaded.App().IsAnimating()) << "the calf stretch plays";
}

TEST(CrampNowAfterLegWarning, AnswersSavedByAnOlderVersionCountAsTheLastResult) {
  UiDriver ui(390.0f, 844.0f, {{"last_triage_answers", R"({"calf_red_warm_tender":true})"}});
  OpenCrampNow(ui);
  ExpectWarningFirst();
}

TEST(CrampNowAfterLegWarning, NoWarningWithoutALegRule) {
  UiDriver ui(390.0f, 844.0f,
              {{"last_triage_result_answers", R"({"sudden_one_side_weakness_or_speech":true})"}});
  OpenCrampNow(ui);
  EXPECT_EQ(app::FindItem("###cramp_clot_warning"), nullptr) << "a stroke is not about the leg";
}
