// Exporting the diary from Settings hands the platform a complete, valid file.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "app/item_recorder.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

struct SavedFile {
  std::string name, mime, content;
};

void LogOneCramp(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ASSERT_TRUE(ui.Press("###muscle_toe"));
  ASSERT_TRUE(ui.Press("###side_left"));
  ui.Clock().Advance(30.0);
  ASSERT_TRUE(ui.Press("###cramp_done"));
  ASSERT_TRUE(ui.Press("###skip"));
}

}  // namespace

TEST(Export, WithoutAPlatformSaverThereAreNoExportButtons) {
  UiDriver ui;
  ASSERT_TRUE(ui.Press("###nav_settings"));
  EXPECT_EQ(app::FindItem("###export_json"), nullptr);
}

TEST(Export, JsonAndCsvHoldTheDiaryAndReadBack) {
  UiDriver ui;
  std::optional<SavedFile> saved;
  ui.Platform().saver = [&](const std::string& name, const std::string& mime,
                            const std::string& content) {
    saved = SavedFile{name, mime, content};
    return std::optional<std::string>("Downloaded " + name);
  };
  ui.SetToday({2026, 11, 23});
  LogOneCramp(ui);
  ASSERT_TRUE(ui.Press("###nav_settings"));

  ASSERT_TRUE(ui.Press("###export_json"));
  ASSERT_TRUE(saved.has_value());
  EXPECT_EQ(saved->name, "crampcheck-2026-11-23.json");
  EXPECT_EQ(saved->mime, "application/json");
  const auto diary = core::io::ParseDiaryJson(saved->content);
  ASSERT_TRUE(diary.Ok()) << saved->content;
  ASSERT_EQ(diary.episodes.size(), 1u);
  EXPECT_EQ(diary.episodes[0].duration_s, 30);

  saved.reset();
  ASSERT_TRUE(ui.Press("###export_csv"));
  ASSERT_TRUE(saved.has_value());
  EXPECT_EQ(saved->name, "crampcheck-2026-11-23.csv");
  const auto csv = core::io::ParseDiaryCsv(saved->content);
  ASSERT_TRUE(csv.Ok()) << saved->content;
  ASSERT_EQ(csv.episodes.size(), 1u);
  EXPECT_EQ(csv.episodes[0].id, diary.episodes[0].id);
}
