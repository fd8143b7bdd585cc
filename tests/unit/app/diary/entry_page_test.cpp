// One diary entry: opened from the list, deleted only after a second tap, undone from the
// Diary screen, and never deleted on screen when storage refused.
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::diary::Episode;
using test_diary::MakeEpisode;

namespace {

bool Shows(const std::string& id) {
  return app::FindItem(id) != nullptr;
}

std::string Label(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item != nullptr ? item->label : std::string();
}

const Episode kMistake = MakeEpisode(1, "2026-11-22T03:10:00+08:00", 30);
const Episode kReal = MakeEpisode(2, "2026-11-21T02:00:00+08:00", 95);

}  // namespace

TEST(Entry, DeletingAskedTwiceThenUndone) {
  UiDriver ui(390, 844, {}, {kMistake, kReal});
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###episode_" + kMistake.id));
  EXPECT_STREQ(ui.App().ScreenName(), "entry");
  ASSERT_TRUE(ui.Press("###entry_delete"));
  ASSERT_TRUE(ui.Press("###entry_delete_cancel"));
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 2u) << "keeping it changes nothing";

  ASSERT_TRUE(ui.Press("###entry_delete"));
  ASSERT_TRUE(ui.Press("###entry_delete_confirm"));
  EXPECT_STREQ(ui.App().ScreenName(), "diary");
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  EXPECT_EQ(ui.Storage().Contents().episodes[0].id, kReal.id);
  EXPECT_FALSE(Shows("###episode_" + kMistake.id));
  EXPECT_TRUE(Shows("###entry_deleted"));

  ASSERT_TRUE(ui.Press("###undo"));
  EXPECT_FALSE(Shows("###undo"));
  EXPECT_TRUE(Shows("###episode_" + kMistake.id));
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 2u);
  for (const Episode& e : ui.Storage().Contents().episodes) {
    if (e.id == kMistake.id) {
      EXPECT_EQ(e, kMistake) << "restored exactly";
    }
  }
}

TEST(Entry, AFailedDeleteKeepsTheEntryAndSaysWhy) {
  UiDriver ui(390, 844, {}, {kMistake});
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###episode_" + kMistake.id));
  ASSERT_TRUE(ui.Press("###entry_delete"));
  ui.Storage().FailWritesWith(core::storage::Status::kFailed);
  ASSERT_TRUE(ui.Press("###entry_delete_confirm"));
  EXPECT_STREQ(ui.App().ScreenName(), "entry");
  EXPECT_TRUE(Shows("###entry_error"));
  EXPECT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  ASSERT_TRUE(ui.Press("###entry_delete_cancel"));
  ASSERT_TRUE(ui.Press("###entry_back"));
  EXPECT_TRUE(Shows("###episode_" + kMistake.id));
}

TEST(Entry, TheUndoIsOfferedOnlyUntilThePersonMovesOn) {
  UiDriver ui(390, 844, {}, {kMistake});
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###episode_" + kMistake.id));
  ASSERT_TRUE(ui.Press("###entry_delete"));
  ASSERT_TRUE(ui.Press("###entry_delete_confirm"));
  EXPECT_TRUE(Shows("###undo"));
  ASSERT_TRUE(ui.Press("###nav_home"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_FALSE(Shows("###undo"));
}

// A delete that IndexedDB answers between frames moves back to the Diary outside a frame;
// the Diary must still offer the undo (only the entry page was left).
TEST(Entry, ADeleteAnsweredBetweenFramesStillOffersUndo) {
  const core::diary::Episode episode = test_diary::MakeEpisode(1, "2026-11-20T03:00:00+08:00");
  UiDriver ui(390, 844, {}, {episode});
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###episode_" + episode.id));
  ASSERT_TRUE(ui.Press("###entry_delete"));
  ui.Storage().HoldWrites();
  ASSERT_TRUE(ui.Press("###entry_delete_confirm"));
  ui.Storage().AnswerHeldWrites();  // between frames, as the browser answers
  ui.Frame();
  ui.Frame();
  EXPECT_STREQ(ui.App().ScreenName(), "diary");
  EXPECT_NE(app::FindItem("###undo"), nullptr);
}

// Dates, times and durations in the person's language (core/i18n/date_format.h), the when
// on a line of its own; the year only for another year than today's (the UiDriver's today
// is Mon 23 Nov 2026).
TEST(Entry, TheListShowsDatesAndDurationsInTheLanguage) {
  const Episode last_year = MakeEpisode(3, "2025-12-31T23:40:00+08:00", 120);
  struct Expected {
    const char* settings;
    std::string mistake, real, old;
  };
  const Expected languages[] = {
      {R"({"language":"en"})", "Sun 22 Nov 03:10\nBack of calf, left  30 s",
       "Sat 21 Nov 02:00\nBack of calf, left  1 min 35 s",
       "Wed 31 Dec 2025 23:40\nBack of calf, left  2 min"},
      {R"({"language":"zh-Hans"})", "11月22日 周日 03:10\n小腿后侧（小腿肚），左侧  30秒",
       "11月21日 周六 02:00\n小腿后侧（小腿肚），左侧  1分35秒",
       "2025年12月31日 周三 23:40\n小腿后侧（小腿肚），左侧  2分钟"}};
  for (const Expected& expected : languages) {
    UiDriver ui(390, 844, {{"settings", expected.settings}}, {kMistake, kReal, last_year});
    ASSERT_TRUE(ui.Press("###nav_diary"));
    for (const auto& [e, text] :
         {std::pair<const Episode&, const std::string&>{kMistake, expected.mistake},
          {kReal, expected.real},
          {last_year, expected.old}}) {
      EXPECT_TRUE(ui.ScrollTo("###episode_" + e.id));  // below its month's heading
      EXPECT_EQ(Label("###episode_" + e.id), text + "###episode_" + e.id);
    }
    // The entry opens by the same id in every language.
    ASSERT_TRUE(ui.Press("###episode_" + kReal.id));
    EXPECT_STREQ(ui.App().ScreenName(), "entry");
  }
}

// At 200 % on a 360 px phone a row wraps, but a date-time or a duration is never cut in two.
TEST(Entry, LargeTextWrapsARowButNeverCutsADuration) {
  const Episode long_name = [] {
    Episode e = MakeEpisode(4, "2026-11-22T03:10:00+08:00", 281);
    e.muscle = core::diary::Muscle::kCalfFront;
    e.side = core::diary::Side::kBoth;
    return e;
  }();
  for (const char* settings : {R"({"language":"en","text_size_percent":200})",
                               R"({"language":"zh-Hans","text_size_percent":200})"}) {
    UiDriver ui(360, 640, {{"settings", settings}}, {long_name});
    ASSERT_TRUE(ui.Press("###nav_diary"));
    ASSERT_TRUE(ui.ScrollTo("###episode_" + long_name.id));  // below the night's header
    const std::string label = Label("###episode_" + long_name.id);
    const bool zh = std::string(settings).find("zh") != std::string::npos;
    const std::string when = zh ? "11月22日 周日 03:10" : "Sun 22 Nov 03:10";
    const std::string duration = zh ? "4分41秒" : "4 min 41 s";
    EXPECT_EQ(label.rfind(when + "\n", 0), 0u) << label;
    EXPECT_NE(label.find("\n" + duration + "###"), std::string::npos) << label;
  }
}
