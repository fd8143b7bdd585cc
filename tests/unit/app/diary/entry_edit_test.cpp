// Changing an entry through the real UI (issue 14, items 2 and 8): every field from the
// entry page, refused beside the field when it cannot be right, saved in one write with
// updated_at set, kept on the page when the write fails, and undone from the Diary.
#include <gtest/gtest.h>

#include <string>

#include "app/item_recorder.h"
#include "core/diary/episode_builder.h"
#include "ui_driver.h"

using app_test::UiDriver;
using core::diary::Episode;
using core::storage::Status;
using test_diary::MakeEpisode;

namespace {

// Tall enough that the whole edit form is on screen: the taps, not scrolling, are tested.
constexpr float kWidth = 390.0f;
constexpr float kHeight = 2600.0f;

// Logged by Cramp now the night before the UiDriver's "now" (Mon 23 Nov 2026 03:12 +08:00).
const Episode kLogged = MakeEpisode(1, "2026-11-22T03:10:00+08:00", 30);

bool Shows(const std::string& id) {
  return app::FindItem(id) != nullptr;
}

std::string Label(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item != nullptr ? item->label : std::string();
}

const Episode& Stored(UiDriver& ui) {
  return ui.Storage().Contents().episodes.at(0);
}

void OpenEdit(UiDriver& ui, const Episode& episode) {
  ASSERT_TRUE(ui.Press("###nav_diary"));
  ASSERT_TRUE(ui.Press("###episode_" + episode.id));
  ASSERT_TRUE(ui.Press("###edit"));
  ASSERT_TRUE(Shows("###edit_save"));
}

}  // namespace

TEST(EditEntry, EveryFieldIsSavedInOneWriteWithUpdatedAt) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Type("###edit_date", "2026-11-21"));
  ASSERT_TRUE(ui.Type("###edit_time", "2:40"));
  ASSERT_TRUE(ui.Type("###edit_minutes", "2"));
  ASSERT_TRUE(ui.Type("###edit_seconds", "5"));
  ASSERT_TRUE(ui.Press("###muscle_foot"));
  ASSERT_TRUE(ui.Press("###side_both"));
  ASSERT_TRUE(ui.Press("###pain_7"));
  ASSERT_TRUE(ui.Press("###woke_from_sleep"));
  ASSERT_TRUE(ui.Press("###details_triggers"));
  ASSERT_TRUE(ui.Press("###trigger_cold"));
  ASSERT_TRUE(ui.Press("###trigger_hard_exercise"));
  ASSERT_TRUE(ui.Press("###relief_heat"));
  ASSERT_TRUE(ui.Press("###helped_yes"));
  ASSERT_TRUE(ui.Type("###notes", "warm water bottle, 右腿"));
  const int writes = ui.Storage().EpisodeWrites();
  ASSERT_TRUE(ui.Press("###edit_save"));

  EXPECT_EQ(ui.Storage().EpisodeWrites(), writes + 1) << "one storage write";
  ASSERT_EQ(ui.Storage().Contents().episodes.size(), 1u);
  Episode expected = kLogged;
  expected.started_at = "2026-11-21T02:40:00+08:00";
  expected.duration_s = 125;
  expected.muscle = core::diary::Muscle::kFoot;
  expected.side = core::diary::Side::kBoth;
  expected.pain = 7;
  expected.woke_from_sleep = false;
  expected.triggers.Add(core::diary::Trigger::kCold);
  expected.triggers.Add(core::diary::Trigger::kHardExercise);
  expected.relief = core::diary::Relief::kHeat;
  expected.relief_helped = true;
  expected.notes = "warm water bottle, 右腿";
  expected.updated_at = "2026-11-22T19:12:00Z";  // the clock's now, in UTC
  EXPECT_EQ(Stored(ui), expected);
  EXPECT_EQ(Stored(ui).created_at, kLogged.created_at) << "created_at never changes";
  EXPECT_TRUE(Shows("###entry_saved"));
  EXPECT_TRUE(Shows("###edit")) << "back on the entry, showing it";
}

TEST(EditEntry, AnUnchangedTimeKeepsItsSecondsAndUnratedPainStaysNull) {
  Episode logged = MakeEpisode(2, "2026-11-22T03:10:42+08:00", 30);
  logged.pain.reset();
  UiDriver ui(kWidth, kHeight, {}, {logged});
  OpenEdit(ui, logged);
  ASSERT_TRUE(ui.Type("###edit_seconds", "45"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_EQ(Stored(ui).started_at, logged.started_at);
  EXPECT_EQ(Stored(ui).duration_s, 45);
  EXPECT_FALSE(Stored(ui).pain.has_value()) << "no number nobody chose";
}

TEST(EditEntry, BadInputIsRefusedBesideTheFieldWithTheReason) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  const int writes = ui.Storage().EpisodeWrites();
  const struct {
    const char* field;
    const char* text;
    const char* error_id;
    const char* reason;
  } cases[] = {
      {"###edit_date", "2026-11-24", "###edit_error_started_at", "in the future"},
      {"###edit_date", "1999-11-22", "###edit_error_started_at", "before the year 2000"},
      {"###edit_date", "2026-02-30", "###edit_error_started_at", "not a date and time"},
      {"###edit_minutes", "61", "###edit_error_duration_s", "between 1 second and 60 minutes"},
      {"###edit_minutes", "-5", "###edit_error_duration_s", "between 1 second and 60 minutes"},
  };
  for (const auto& c : cases) {
    ASSERT_TRUE(ui.Type(c.field, c.text)) << c.text;
    ASSERT_TRUE(ui.Press("###edit_save"));
    EXPECT_NE(Label(c.error_id).find(c.reason), std::string::npos)
        << c.text << ": " << Label(c.error_id);
    EXPECT_EQ(ui.Storage().EpisodeWrites(), writes) << c.text << ": nothing written";
    EXPECT_EQ(Stored(ui), kLogged) << c.text;
    // Put the field right again for the next case.
    ASSERT_TRUE(ui.Type(c.field, c.field == std::string("###edit_date") ? "2026-11-22" : "0"));
  }
  ASSERT_TRUE(ui.Type("###edit_seconds", "0"));  // 0 min 0 s
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_TRUE(Shows("###edit_error_duration_s"));
  ASSERT_TRUE(ui.Type("###edit_seconds", "30"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_FALSE(Shows("###edit_save")) << "valid again: saved";
  EXPECT_EQ(ui.Storage().EpisodeWrites(), writes + 1);
}

TEST(EditEntry, TheReasonIsInThePersonsLanguage) {
  UiDriver ui(kWidth, kHeight, {{"settings", R"({"language":"zh-Hans"})"}}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Type("###edit_date", "2026-12-01"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_NE(Label("###edit_error_started_at").find("这个时间还没到"), std::string::npos)
      << Label("###edit_error_started_at");
}

TEST(EditEntry, AFailedWriteKeepsTheChangeOnThePageWithTryAgain) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Type("###edit_minutes", "3"));
  ui.Storage().FailWritesWith(Status::kQuotaExceeded);
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_TRUE(Shows("###edit_save_error"));
  ASSERT_TRUE(Shows("###edit_retry"));
  EXPECT_TRUE(Shows("###edit_save")) << "still editing: nothing typed is lost";
  EXPECT_EQ(Stored(ui).duration_s, kLogged.duration_s) << "storage refused it";

  ui.Storage().FailWritesWith(Status::kOk);
  ASSERT_TRUE(ui.Type("###edit_seconds", "15"));  // corrected meanwhile: saved as it is now
  const int writes = ui.Storage().EpisodeWrites();
  ASSERT_TRUE(ui.Press("###edit_retry"));
  EXPECT_EQ(ui.Storage().EpisodeWrites(), writes + 1);
  EXPECT_EQ(Stored(ui).duration_s, 195);
  EXPECT_TRUE(Shows("###entry_saved"));
}

TEST(EditEntry, NotesOverTheLimitAreCutAtACharacterWithACount) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  std::string long_note;
  for (int i = 0; i < 700; ++i) long_note += "抽";  // 2,100 bytes
  ASSERT_TRUE(ui.Type("###notes", long_note));
  EXPECT_NE(Label("###notes_cut").find("34 characters"), std::string::npos)
      << Label("###notes_cut");
  EXPECT_NE(Label("###notes_count").find("The note is full"), std::string::npos)
      << Label("###notes_count");
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_EQ(Stored(ui).notes, long_note.substr(0, 1998));
}

TEST(EditEntry, CancelChangesNothing) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Type("###edit_minutes", "9"));
  const int writes = ui.Storage().EpisodeWrites();
  ASSERT_TRUE(ui.Press("###edit_cancel"));
  EXPECT_EQ(ui.Storage().EpisodeWrites(), writes);
  EXPECT_EQ(Stored(ui), kLogged);
  EXPECT_TRUE(Shows("###edit"));
}

TEST(UndoFromDiary, TheLastChangeIsUndoneExactly) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Press("###muscle_toe"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  ASSERT_EQ(Stored(ui).muscle, core::diary::Muscle::kToe);
  ASSERT_TRUE(ui.Press("###entry_back"));
  EXPECT_STREQ(ui.App().ScreenName(), "diary");
  EXPECT_NE(Label("###entry_changed").find("Sun 22 Nov 03:10"), std::string::npos)
      << "names which entry: " << Label("###entry_changed");
  const int writes = ui.Storage().EpisodeWrites();
  ASSERT_TRUE(ui.Press("###undo"));
  EXPECT_EQ(ui.Storage().EpisodeWrites(), writes + 1);
  EXPECT_EQ(Stored(ui), kLogged) << "back exactly as it was, updated_at included";
  EXPECT_FALSE(Shows("###undo")) << "one undo, then the offer is gone";
}

TEST(UndoFromDiary, TheOfferEndsWhenThePersonMovesOn) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Press("###side_right"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  ASSERT_TRUE(ui.Press("###entry_back"));
  ASSERT_TRUE(Shows("###undo"));
  ASSERT_TRUE(ui.Press("###nav_home"));
  ASSERT_TRUE(ui.Press("###nav_diary"));
  EXPECT_FALSE(Shows("###undo"));
  EXPECT_EQ(Stored(ui).side, core::diary::Side::kRight) << "the change stays";
}

// At 200 % text on a 360 px phone, in both languages, nothing of the edit page is laid out
// beyond the screen's edges (the page scrolls down, never sideways).
TEST(EditEntry, ThePageFitsA360PixelPhoneAt200Percent) {
  for (const char* settings :
       {R"({"text_size_percent":200})", R"({"language":"zh-Hans","text_size_percent":200})"}) {
    UiDriver ui(360.0f, 6000.0f, {{"settings", settings}}, {kLogged});
    OpenEdit(ui, kLogged);
    ASSERT_TRUE(ui.Press("###details_triggers"));
    ASSERT_TRUE(ui.Press("###edit_save"));  // valid: back to the entry
    ASSERT_TRUE(ui.Press("###edit"));
    ASSERT_TRUE(ui.Type("###edit_date", "2030-01-01"));
    ASSERT_TRUE(ui.Press("###edit_save"));  // a reason beside the field, too
    ASSERT_TRUE(Shows("###edit_error_started_at"));
    for (const app::RecordedItem& item : app::LastFrameItems()) {
      EXPECT_TRUE(item.x >= 0.0f && item.x + item.w <= 360.5f)
          << settings << ": " << item.label << " at x " << item.x << ", " << item.w << " wide";
    }
  }
}

// Issue 24, item 12: Berlin, where the clocks went from 02:00 (+01:00) to 03:00 (+02:00) at
// 2026-03-29T01:00:00Z; "now" is 07:00:20 summer time that morning.
namespace {
void BerlinMorningAfterSpringForward(UiDriver& ui) {
  ui.Clock().SetZoneRules(60, {{1774746000, 120}});
  ui.Clock().Set({1774760420, 120});
}
}  // namespace

TEST(EditEntry, AMovedTimeTakesTheZonesOffsetThenAndASkippedTimeIsRefused) {
  const Episode saturday = MakeEpisode(1, "2026-03-28T06:00:00+01:00", 30);
  UiDriver ui(kWidth, kHeight, {}, {saturday});
  BerlinMorningAfterSpringForward(ui);
  OpenEdit(ui, saturday);
  ASSERT_TRUE(ui.Type("###edit_date", "2026-03-29"));
  ASSERT_TRUE(ui.Type("###edit_time", "2:30"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_NE(Label("###edit_error_started_at").find("did not exist"), std::string::npos)
      << Label("###edit_error_started_at");
  EXPECT_EQ(Stored(ui), saturday) << "nothing written";
  ASSERT_TRUE(ui.Type("###edit_time", "3:30"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_EQ(Stored(ui).started_at, "2026-03-29T03:30:00+02:00");
}

TEST(EditEntry, AnEntryLoggedInAnotherZoneKeepsItsOffset) {
  const Episode shanghai = MakeEpisode(1, "2026-03-20T03:10:00+08:00", 30);
  UiDriver ui(kWidth, kHeight, {}, {shanghai});
  BerlinMorningAfterSpringForward(ui);
  OpenEdit(ui, shanghai);
  ASSERT_TRUE(ui.Type("###edit_time", "4:10"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_EQ(Stored(ui).started_at, "2026-03-20T04:10:00+08:00");
}

// Issue 24, item 10: the same entry open in two tabs. Tab B's save is what another tab's
// write leaves in storage (MemoryStorage::PutFromOutside), with or without its notice.
namespace {
Episode ChangedInTabB() {
  Episode theirs = kLogged;
  theirs.duration_s = 95;
  theirs.notes = "from tab B";
  theirs.updated_at = "2026-11-22T20:00:00Z";
  return theirs;
}
}  // namespace

TEST(EditEntry, ASaveOverAChangeFromAnotherTabIsRefusedAndShowsTheNewerVersion) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ui.Storage().PutFromOutside(ChangedInTabB());
  ui.Storage().NotifyOutsideChange({}, ui.Storage().Contents());  // B's notice arrives
  ASSERT_TRUE(Shows("###edit_save")) << "the form the person is filling in stays";
  ASSERT_TRUE(ui.Type("###edit_minutes", "4"));
  ASSERT_TRUE(ui.Press("###edit_save"));

  EXPECT_EQ(Stored(ui), ChangedInTabB()) << "B's change is not overwritten";
  EXPECT_FALSE(Shows("###entry_saved")) << "never 'Changes saved.' for a refused change";
  const std::string said = Label("###entry_changed_elsewhere");
  EXPECT_NE(said.find("This entry was changed in another tab"), std::string::npos) << said;
  EXPECT_NE(Label("###edit").size(), 0u) << "the entry page, with B's version";
  EXPECT_NE(ui.App().Diary().Find(kLogged.id)->notes.find("from tab B"), std::string::npos);

  // The person's change is not lost: offered again, written over B's version on purpose.
  ASSERT_TRUE(ui.Press("###entry_use_mine"));
  ASSERT_TRUE(Shows("###edit_save"));
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_TRUE(Shows("###entry_saved"));
  EXPECT_EQ(Stored(ui).duration_s, 4 * 60 + 30);
}

TEST(EditEntry, ASaveOverAChangeWhoseNoticeHasNotArrivedIsRefusedToo) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Type("###edit_minutes", "4"));
  ui.Storage().PutFromOutside(ChangedInTabB());  // no notice: the write itself must check
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_EQ(Stored(ui), ChangedInTabB());
  EXPECT_TRUE(Shows("###entry_changed_elsewhere"));
  EXPECT_FALSE(Shows("###entry_saved"));
}

TEST(EditEntry, ASaveOfAnEntryDeletedInAnotherTabSaysSoAndRecreatesNothing) {
  UiDriver ui(kWidth, kHeight, {}, {kLogged});
  OpenEdit(ui, kLogged);
  ASSERT_TRUE(ui.Type("###edit_minutes", "4"));
  ui.Storage().DeleteFromOutside(kLogged.id);
  ASSERT_TRUE(ui.Press("###edit_save"));
  EXPECT_TRUE(ui.Storage().Contents().episodes.empty()) << "not recreated";
  const std::string said = Label("###entry_deleted_elsewhere");
  EXPECT_NE(said.find("deleted in another tab"), std::string::npos) << said;
  EXPECT_FALSE(Shows("###entry_saved"));
  EXPECT_TRUE(ui.Press("###entry_back"));
}
