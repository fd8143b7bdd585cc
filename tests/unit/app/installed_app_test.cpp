// The installed app through the real UI (App, app_banners.cpp, Settings): the update offer
// appears only when nothing would be lost by a reload, is dismissible, and is accepted only
// by a tap; Settings offers install where the browser does; the "Cramp now" shortcut's link
// opens the muscle choice.
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

bool Shown(const char* id) {
  return app::FindItem(id) != nullptr;
}

// A version is waiting, as the browser's service worker reports it.
void NewVersionWaits(UiDriver& ui) {
  ui.Platform().installed_app.update_ready = true;
  ui.Frame();
  ui.Frame();
}

// Scrolls down a long page (Settings at 200 %) by dragging until `id` is shown.
bool ScrollFarTo(UiDriver& ui, const char* id) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  for (int i = 0; i < 40 && !Shown(id); ++i)
    ui.DragUp(size.x * 0.5f, size.y * 0.7f, size.y * 0.35f);
  return Shown(id);
}

}  // namespace

TEST(UpdateOffer, NothingIsOfferedUntilANewVersionWaits) {
  UiDriver ui;
  EXPECT_FALSE(Shown("###update_reload"));
  NewVersionWaits(ui);
  ASSERT_TRUE(Shown("###update_reload"));
  EXPECT_EQ(ui.Platform().updates_applied, 0) << "never without the person's tap";
}

TEST(UpdateOffer, AcceptingAsksThePlatformOnceAndSaysItIsUpdating) {
  UiDriver ui;
  NewVersionWaits(ui);
  ASSERT_TRUE(ui.Press("###update_reload"));
  EXPECT_EQ(ui.Platform().updates_applied, 1);
  EXPECT_FALSE(Shown("###update_reload")) << "no second tap while it takes over";
  ui.Frame();
  EXPECT_EQ(ui.Platform().updates_applied, 1);
}

TEST(UpdateOffer, NeverDuringCrampNowAndOfferedAgainAfterIt) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###cramp_now"));
  NewVersionWaits(ui);
  EXPECT_TRUE(ui.App().WorkInProgress());
  EXPECT_FALSE(Shown("###update_reload")) << "muscle choice";
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  EXPECT_FALSE(Shown("###update_reload")) << "side choice";
  ASSERT_TRUE(ui.Press("###side_left"));
  ui.Clock().Advance(30.0);
  ui.Frame();
  EXPECT_FALSE(Shown("###update_reload")) << "stretching, timer running";
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_TRUE(Shown("###save"));
  EXPECT_FALSE(Shown("###update_reload")) << "the details of the entry just saved";
  ASSERT_TRUE(ui.Press("###skip"));
  ASSERT_STREQ(ui.App().ScreenName(), "home");
  EXPECT_TRUE(Shown("###update_reload"));
  EXPECT_EQ(ui.Platform().updates_applied, 0);
}

TEST(UpdateOffer, NeverOverAnEntryThatIsNotSavedYet) {
  UiDriver ui;
  ui.Storage().FailWritesWith(core::storage::Status::kQuotaExceeded);
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_toe"));
  ASSERT_TRUE(ui.Press("###side_right"));
  ui.Clock().Advance(20.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_TRUE(ui.Press("###skip"));
  ASSERT_STREQ(ui.App().ScreenName(), "home");
  NewVersionWaits(ui);
  ASSERT_TRUE(Shown("###unsaved_banner"));
  EXPECT_FALSE(Shown("###update_reload")) << "a reload would lose the unsaved entry";
  ui.Storage().FailWritesWith(core::storage::Status::kOk);
  ASSERT_TRUE(ui.Press("###unsaved_retry"));
  EXPECT_TRUE(Shown("###update_reload"));
}

TEST(UpdateOffer, NeverInTheMiddleOfASelfCheck) {
  UiDriver ui;
  NewVersionWaits(ui);
  ASSERT_TRUE(ui.Press("###nav_selfcheck"));
  EXPECT_TRUE(Shown("###update_reload")) << "the intro: nothing answered yet";
  ASSERT_TRUE(ui.Press("###selfcheck_start"));
  EXPECT_TRUE(ui.App().WorkInProgress());
  EXPECT_FALSE(Shown("###update_reload"));
}

TEST(UpdateOffer, NotNowMovesItToSettings) {
  UiDriver ui;
  NewVersionWaits(ui);
  ASSERT_TRUE(ui.Press("###update_later"));
  EXPECT_FALSE(Shown("###update_reload"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_FALSE(Shown("###update_reload")) << "dismissed stays dismissed";
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###update_reload"));
  ASSERT_TRUE(ui.Press("###update_reload"));
  EXPECT_EQ(ui.Platform().updates_applied, 1);
}

TEST(UpdateOffer, SpeaksTheAppsLanguage) {
  UiDriver ui(390, 844, {{"settings", R"({"language":"zh-Hans"})"}});
  NewVersionWaits(ui);
  const app::RecordedItem* offer = app::FindItem("###update_reload");
  ASSERT_NE(offer, nullptr);
  EXPECT_EQ(offer->label, "新版本已准备好：重新加载###update_reload");
}

TEST(Install, SettingsOffersItOnlyWhereTheBrowserDoes) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_settings"));
  EXPECT_FALSE(ui.ScrollTo("###install"));
  ui.Platform().installed_app.can_install = true;
  ASSERT_TRUE(ui.ScrollTo("###install"));
  ASSERT_TRUE(ui.Press("###install"));
  EXPECT_EQ(ui.Platform().install_prompts, 1);
}

TEST(Install, TheInstalledAppSaysSoInsteadOfOfferingIt) {
  UiDriver ui;
  ui.Platform().installed_app.installed = true;
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###installed"));
  EXPECT_EQ(app::FindItem("###installed")->label,
            "CrampCheck is installed on this device.###installed");
  EXPECT_FALSE(Shown("###install"));
}

TEST(StartLink, TheCrampNowShortcutOpensTheMuscleChoice) {
  UiDriver ui;
  ui.App().OpenLink("cramp");
  ui.Frame();
  ui.Frame();
  EXPECT_STREQ(ui.App().ScreenName(), "cramp");
  EXPECT_TRUE(Shown("###muscle_calf_back"));
  ui.PressKey(ImGuiKey_Escape);
  EXPECT_STREQ(ui.App().ScreenName(), "home") << "back goes home, no dead end";
}

TEST(StartLink, AnUnknownLinkStaysHome) {
  UiDriver ui;
  ui.App().OpenLink("elsewhere");
  ui.App().OpenLink("");
  ui.Frame();
  EXPECT_STREQ(ui.App().ScreenName(), "home");
}

// The offer and the install button fit a 360 px phone at 200 % text, in both languages.
TEST(InstalledApp, TheOfferAndInstallFitA360PixelPhoneAt200Percent) {
  for (const char* language : {"en", "zh-Hans"}) {
    const std::string settings =
        std::string(R"({"text_size_percent":200,"language":")") + language + "\"}";
    UiDriver ui(360.0f, 640.0f, {{"settings", settings}});
    ui.Platform().installed_app.can_install = true;
    NewVersionWaits(ui);
    const auto expect_inside = [language](const char* where) {
      for (const app::RecordedItem& item : app::LastFrameItems()) {
        EXPECT_GE(item.x, 0.0f) << language << ", " << where << ": " << item.label;
        EXPECT_LE(item.x + item.w, 360.5f) << language << ", " << where << ": " << item.label;
      }
    };
    ASSERT_TRUE(Shown("###update_reload")) << language;
    expect_inside("home");
    ASSERT_TRUE(ui.Press("###update_later"));
    ASSERT_TRUE(ui.Press("###nav_settings"));
    ASSERT_TRUE(ScrollFarTo(ui, "###install")) << language;
    expect_inside("settings, install");
    ASSERT_TRUE(ScrollFarTo(ui, "###update_reload")) << language;
    expect_inside("settings, update");
  }
}
