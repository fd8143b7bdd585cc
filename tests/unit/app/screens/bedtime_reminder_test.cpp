// The bedtime reminder in Settings: a time moved in quarter hours, saved with the settings,
// and a calendar file with one daily event at that time in the person's language.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

struct SavedFile {
  std::string name, mime, content;
};

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Files the app hands the platform land in `saved`.
void KeepSavedFile(UiDriver& ui, std::optional<SavedFile>& saved) {
  ui.Platform().saver = [&saved](const std::string& name, const std::string& mime,
                                 const std::string& content) {
    saved = SavedFile{name, mime, content};
    return std::optional<std::string>(name);
  };
}

// Opens Settings and asks for the calendar file.
void AddToCalendar(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###reminder_ics"));
  ASSERT_TRUE(ui.Press("###reminder_ics"));
}

}  // namespace

TEST(BedtimeReminder, TheChosenTimeIsSavedAndTheCalendarFileRepeatsDailyAtIt) {
  UiDriver ui;
  ui.SetToday({2026, 12, 2});
  std::optional<SavedFile> saved;
  KeepSavedFile(ui, saved);
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###reminder_later"));
  ASSERT_TRUE(ui.Press("###reminder_later"));
  ASSERT_TRUE(ui.Press("###reminder_later"));
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"), R"({"bedtime_reminder":"22:30"})");
  AddToCalendar(ui);
  ASSERT_TRUE(saved.has_value());
  EXPECT_EQ(saved->name, "crampcheck-bedtime.ics");
  EXPECT_EQ(saved->mime, "text/calendar");
  EXPECT_TRUE(Contains(saved->content, "\r\nDTSTART:20261202T223000\r\n")) << saved->content;
  EXPECT_TRUE(Contains(saved->content, "\r\nRRULE:FREQ=DAILY\r\n"));
  EXPECT_TRUE(Contains(saved->content, "\r\nBEGIN:VALARM\r\n"));
  EXPECT_TRUE(Contains(saved->content, "\r\nURL:http://127.0.0.1:8080/\r\n"));
  EXPECT_TRUE(Contains(saved->content, "SUMMARY;LANGUAGE=en:CrampCheck: bedtime stretches"));
}

TEST(BedtimeReminder, QuarterHoursGoRoundMidnightAndAStoredTimeIsRead) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"bedtime_reminder":"23:45"})"}});
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###reminder_later"));
  ASSERT_TRUE(ui.Press("###reminder_later"));
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"), R"({"bedtime_reminder":"00:00"})");
  ASSERT_TRUE(ui.Press("###reminder_earlier"));
  ASSERT_TRUE(ui.Press("###reminder_earlier"));
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"), R"({"bedtime_reminder":"23:30"})");
}

TEST(BedtimeReminder, ABrokenStoredTimeReadsAsTheDefaultAndIsKeptUntilChanged) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"bedtime_reminder":"25:99"})"}});
  std::optional<SavedFile> saved;
  KeepSavedFile(ui, saved);
  AddToCalendar(ui);
  ASSERT_TRUE(saved.has_value());
  EXPECT_TRUE(Contains(saved->content, "T220000\r\n")) << "22:00, the default";
}

TEST(BedtimeReminder, InChineseTheEventIsWrittenInChinese) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"language":"zh-Hans"})"}});
  std::optional<SavedFile> saved;
  KeepSavedFile(ui, saved);
  AddToCalendar(ui);
  ASSERT_TRUE(saved.has_value());
  EXPECT_TRUE(Contains(saved->content, "SUMMARY;LANGUAGE=zh-Hans:CrampCheck：睡前拉伸")) << saved->content;
}

TEST(BedtimeReminder, WithoutAFileSaverThereIsNoCalendarButton) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###reminder_later"));
  EXPECT_EQ(app::FindItem("###reminder_ics"), nullptr);
}

TEST(BedtimeReminder, IsOfferedOnStretchesBesideTheBedtimeRoutine) {
  UiDriver ui;
  std::optional<SavedFile> saved;
  KeepSavedFile(ui, saved);
  ASSERT_TRUE(ui.Press("###nav_stretches"));
  ASSERT_TRUE(ui.ScrollTo("###reminder_ics"));
  ASSERT_TRUE(ui.Press("###reminder_ics"));
  ASSERT_TRUE(saved.has_value());
  EXPECT_EQ(saved->mime, "text/calendar");
}
