// The person's data in Settings: import a file (review, then one write), the doctor
// report, "delete everything", and the reload offered when a newer version took over.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/item_recorder.h"
#include "core/diary/episode_builder.h"
#include "core/io/diary_json.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::diary::Episode;
using core::storage::Status;
using test_diary::MakeEpisode;

namespace {

struct SavedFile {
  std::string name, mime, content;
};

// A file saver that keeps what the app saves in `saved` and says "Downloaded <name>.".
app_test::TestPlatform::Saver KeepIn(std::vector<SavedFile>& saved) {
  return [&saved](const std::string& name, const std::string& mime, const std::string& content) {
    saved.push_back({name, mime, content});
    return std::optional<std::string>("Downloaded " + name + ".");
  };
}

bool Shows(const std::string& id) {
  return app::FindItem(id) != nullptr;
}

std::string Label(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item != nullptr ? item->label : std::string();
}

const Episode* Stored(UiDriver& ui, const std::string& id) {
  for (const Episode& e : ui.Storage().Contents().episodes)
    if (e.id == id) return &e;
  return nullptr;
}

// A diary with one entry, and a file holding a newer copy of it plus one new entry.
struct ImportCase {
  Episode existing = MakeEpisode(1, "2026-11-20T03:00:00+08:00", 60);
  Episode newer = [this] {
    Episode e = existing;
    e.duration_s = 90;
    e.updated_at = "2026-11-21T00:00:00Z";
    return e;
  }();
  Episode added = MakeEpisode(2, "2026-11-21T02:30:00+08:00", 45);
  std::string file = core::io::ExportDiaryJson({newer, added}, "2026-11-22T00:00:00Z");
};

// The browser's picker, as the app sees it: it answers with the file later.
void PickerAnswers(UiDriver& ui, const std::string& name, const std::string& content) {
  ui.Platform().picker = [name, content](auto picked) {
    app::Platform::PickedFile file;
    file.ok = true;
    file.name = name;
    file.content = content;
    picked(file);
  };
}

}  // namespace

TEST(Import, ReviewsTheFileThenAddsNewAndNewerEntriesInOneWrite) {
  ImportCase c;
  UiDriver ui(390, 844, {}, {c.existing});
  PickerAnswers(ui, "diary.json", c.file);
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###import"));
  EXPECT_STREQ(ui.App().ScreenName(), "import");
  // Review: nothing stored yet, and the button says how many entries change.
  EXPECT_EQ(Stored(ui, c.existing.id)->duration_s, 60);
  EXPECT_EQ(Stored(ui, c.added.id), nullptr);
  EXPECT_EQ(Label("###import_confirm"), "Add 2 entries###import_confirm");

  ASSERT_TRUE(ui.Press("###import_confirm"));
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 2u);
  EXPECT_EQ(Stored(ui, c.existing.id)->duration_s, 90);
  ASSERT_NE(Stored(ui, c.added.id), nullptr);
  ASSERT_TRUE(ui.Press("###import_done"));
  EXPECT_STREQ(ui.App().ScreenName(), "diary");
  EXPECT_TRUE(Shows("###episode_" + c.added.id));
}

TEST(Import, CancelChangesNothing) {
  ImportCase c;
  UiDriver ui(390, 844, {}, {c.existing});
  PickerAnswers(ui, "diary.json", c.file);
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###import"));
  ASSERT_TRUE(ui.Press("###import_cancel"));
  EXPECT_STREQ(ui.App().ScreenName(), "settings");
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(Stored(ui, c.existing.id)->duration_s, 60);
}

TEST(Import, AnInvalidFileIsRefusedWithNoWayToAddIt) {
  ImportCase c;
  UiDriver ui(390, 844, {}, {c.existing});
  std::string broken = c.file;
  broken.replace(broken.find("\"duration_s\":90"), 15, "\"duration_s\":-5");
  PickerAnswers(ui, "diary.json", broken);
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###import"));
  EXPECT_STREQ(ui.App().ScreenName(), "import");
  EXPECT_FALSE(Shows("###import_confirm"));
  EXPECT_TRUE(Shows("###import_cancel"));
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(Stored(ui, c.existing.id)->duration_s, 60);
}

TEST(Import, AFileTheBrowserCouldNotReadIsExplainedNotImported) {
  UiDriver ui;
  ui.Platform().picker = [](auto picked) {
    app::Platform::PickedFile file;
    file.name = "film.mp4";
    file.problem = app::Platform::PickedFile::Problem::kTooBig;
    file.size_bytes = 700u * 1024u * 1024u;
    picked(file);
  };
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###import"));
  EXPECT_STREQ(ui.App().ScreenName(), "import");
  EXPECT_FALSE(Shows("###import_confirm"));
  ASSERT_TRUE(ui.Press("###import_cancel"));
  EXPECT_STREQ(ui.App().ScreenName(), "settings");
}

TEST(Import, AFileAlreadyInTheDiaryHasNothingToAdd) {
  ImportCase c;
  UiDriver ui(390, 844, {}, {c.existing});
  PickerAnswers(ui, "same.json", core::io::ExportDiaryJson({c.existing}, "2026-11-22T00:00:00Z"));
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###import"));
  EXPECT_FALSE(Shows("###import_confirm"));
  EXPECT_TRUE(Shows("###import_cancel"));
}

TEST(Import, AFailedWriteKeepsTheDiaryAsItWasAndOffersARetry) {
  ImportCase c;
  UiDriver ui(390, 844, {}, {c.existing});
  PickerAnswers(ui, "diary.json", c.file);
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###import"));
  ui.Storage().FailWritesWith(Status::kQuotaExceeded);
  ASSERT_TRUE(ui.Press("###import_confirm"));
  EXPECT_TRUE(Shows("###import_retry"));
  EXPECT_FALSE(Shows("###import_done"));
  EXPECT_EQ(Stored(ui, c.existing.id)->duration_s, 60);
  EXPECT_EQ(Stored(ui, c.added.id), nullptr);

  ui.Storage().FailWritesWith(Status::kOk);
  ASSERT_TRUE(ui.Press("###import_retry"));
  EXPECT_TRUE(Shows("###import_done"));
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 2u);
}

TEST(Import, WithoutAPickerTheDesktopWaitsForADroppedFile) {
  ImportCase c;
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###import"));
  EXPECT_STREQ(ui.App().ScreenName(), "import");
  EXPECT_FALSE(Shows("###import_confirm"));
  ui.App().OpenFile("dropped.json", c.file);  // what the shell does on SDL_DROPFILE
  ui.Frame();
  ui.Frame();
  EXPECT_EQ(Label("###import_confirm"), "Add 2 entries###import_confirm");
}

TEST(Report, SettingsAndDiarySaveTheDoctorReportWithTheLastSelfCheck) {
  const std::map<std::string, std::string> meta = {
      {"last_triage_answers", R"({"calf_swelling_one_side":true})"}};
  UiDriver ui(390, 844, meta, {MakeEpisode(1, "2026-11-20T03:00:00+08:00", 75)});
  ui.SetToday({2026, 11, 23});
  std::vector<SavedFile> saved;
  ui.Platform().saver = KeepIn(saved);
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.Press("###report"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###report_from_diary"));
  ASSERT_EQ(saved.size(), 2u);
  for (const SavedFile& file : saved) {
    EXPECT_EQ(file.name, "crampcheck-report-2026-11-23.html");
    EXPECT_EQ(file.mime, "text/html");
    EXPECT_NE(file.content.find("<!DOCTYPE html>"), std::string::npos);
    EXPECT_NE(file.content.find("urgent"), std::string::npos) << "the self-check's level";
    EXPECT_NE(file.content.find("dvt"), std::string::npos) << "the rule that fired";
  }
}

TEST(Report, IsWrittenInTheAppsLanguage) {
  const std::map<std::string, std::string> meta = {
      {"last_triage_answers", R"({"calf_swelling_one_side":true})"},
      {"settings", R"({"language":"zh-Hans"})"}};
  UiDriver ui(390, 844, meta, {MakeEpisode(1, "2026-11-20T03:00:00+08:00", 75)});
  ui.SetToday({2026, 11, 23});
  std::vector<SavedFile> saved;
  ui.Platform().saver = KeepIn(saved);
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###report_from_diary"));
  ASSERT_EQ(saved.size(), 1u);
  const std::string& html = saved[0].content;
  EXPECT_EQ(saved[0].name, "crampcheck-report-2026-11-23.html") << "file names stay ASCII";
  EXPECT_NE(html.find("<html lang=\"zh-Hans\">"), std::string::npos);
  EXPECT_NE(html.find("<h2>概况</h2>"), std::string::npos);
  EXPECT_NE(html.find("11月20日 周五 03:00"), std::string::npos);
  EXPECT_NE(html.find("1分15秒"), std::string::npos);
  // The self-check assessed again today, in Chinese: its date, level and message.
  EXPECT_NE(html.find("2026年11月23日 周一"), std::string::npos);
  EXPECT_NE(html.find("当天就医（夜间请立即就医）"), std::string::npos);
  EXPECT_NE(html.find("深静脉血栓"), std::string::npos);
  EXPECT_NE(html.find("<td>dvt</td>"), std::string::npos);
  EXPECT_EQ(html.find("Summary"), std::string::npos);
}

TEST(Report, WithoutAPlatformSaverThereIsNoReportButton) {
  UiDriver ui(390, 844, {}, {MakeEpisode(1, "2026-11-20T03:00:00+08:00")});
  ASSERT_TRUE(ui.Press("###nav_settings"));
  EXPECT_FALSE(Shows("###report"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_FALSE(Shows("###report_from_diary"));
}

TEST(DeleteAll, AsksFirstAndKeepingChangesNothing) {
  UiDriver ui(390, 844, {{"settings", R"({"emergency_region":"uk"})"}},
              {MakeEpisode(1, "2026-11-20T03:00:00+08:00")});
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###delete_all"));
  ASSERT_TRUE(ui.Press("###delete_all"));
  EXPECT_STREQ(ui.App().ScreenName(), "delete_all");
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  ASSERT_TRUE(ui.Press("###delete_all_cancel"));
  EXPECT_STREQ(ui.App().ScreenName(), "settings");
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().meta.count("settings"), 1u);
}

TEST(DeleteAll, DeletesEntriesAnswersAndSettingsFromStorageAndScreen) {
  const std::map<std::string, std::string> meta = {{"settings", R"({"emergency_region":"uk"})"},
                                                   {"last_triage_answers", R"({"age_years":70})"}};
  const Episode episode = MakeEpisode(1, "2026-11-20T03:00:00+08:00");
  UiDriver ui(390, 844, meta, {episode});
  ASSERT_TRUE(ui.Press("###nav_settings"));
  EXPECT_TRUE(Shows("###region_uk"));
  ASSERT_TRUE(ui.ScrollTo("###delete_all"));
  ASSERT_TRUE(ui.Press("###delete_all"));
  ASSERT_TRUE(ui.Press("###delete_all_confirm"));
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty());
  EXPECT_TRUE(ui.Storage().Contents().meta.empty());
  ASSERT_TRUE(ui.Press("###delete_all_done"));
  EXPECT_STREQ(ui.App().ScreenName(), "home");
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_FALSE(Shows("###episode_" + episode.id));
  // Nothing deleted comes back: no setting or answer was written again afterwards.
  ASSERT_TRUE(ui.Press("###nav_home"));
  EXPECT_TRUE(ui.Storage().Contents().meta.empty());
  // And a new self-check offers no saved details.
  ASSERT_TRUE(ui.Press("###nav_selfcheck"));
  ASSERT_TRUE(ui.Press("###selfcheck_start"));
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(ui.Press("###answer_none"));
  EXPECT_FALSE(Shows("###facts_confirm"));
  EXPECT_TRUE(Shows("###page_age"));
}

TEST(DeleteAll, AFailedWriteDeletesNothing) {
  const Episode episode = MakeEpisode(1, "2026-11-20T03:00:00+08:00");
  UiDriver ui(390, 844, {}, {episode});
  ASSERT_TRUE(ui.Press("###nav_settings"));
  ASSERT_TRUE(ui.ScrollTo("###delete_all"));
  ASSERT_TRUE(ui.Press("###delete_all"));
  ui.Storage().FailWritesWith(Status::kFailed);
  ASSERT_TRUE(ui.Press("###delete_all_confirm"));
  EXPECT_FALSE(Shows("###delete_all_done"));
  EXPECT_TRUE(Shows("###delete_all_confirm")) << "retry offered";
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  ASSERT_TRUE(ui.Press("###delete_all_cancel"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_TRUE(Shows("###episode_" + episode.id));
}

TEST(StorageBanner, ANewerVersionInAnotherTabOffersAReload) {
  UiDriver ui;
  int reloads = 0;
  ui.Platform().reloader = [&reloads] { ++reloads; };
  EXPECT_FALSE(Shows("###storage_reload"));
  ui.Storage().NotifyOutsideChange(
      {Status::kVersionChanged, "CrampCheck was updated in another tab."}, {});
  ui.Frame();
  ui.Frame();
  EXPECT_TRUE(Shows("###storage_banner"));
  ASSERT_TRUE(ui.Press("###storage_reload"));
  EXPECT_EQ(reloads, 1);
}
