// The self-check driven through the real UI by its ###ids: red flags first, one question a
// screen, Back keeps answers, answers saved and reused, the emergency number first and by
// region, and everything inside a 390x844 phone screen.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>

#include "app/item_recorder.h"
#include "core/triage/answers_json.h"
#include "core/triage/questions.h"
#include "selfcheck_items.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

using selfcheck_test::IdAfter;
using selfcheck_test::Tap;

std::string LevelShown() {
  return IdAfter("###result_level_");
}

void ExpectEveryItemInside(float width, float height, const std::string& where) {
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    EXPECT_TRUE(item.x >= 0 && item.y >= 0 && item.x + item.w <= width + 0.5f &&
                item.y + item.h <= height + 0.5f)
        << where << ": " << item.label << " at " << item.x << "," << item.y << " " << item.w << "x"
        << item.h;
  }
}

std::string PageShown() {
  return IdAfter("###page_");
}

// The result is shown: its level, or the list of signs not ruled out above it.
bool OnResult() {
  return !LevelShown().empty() || app::FindItem("###result_not_ruled_out") != nullptr ||
         app::FindItem("###call_emergency") != nullptr;
}

int taps = 0;  // taps since the last StartFresh, for the "at most 15 taps" promise

bool Tap(UiDriver& ui, const std::string& id, int& counter, bool touch = false) {
  ++counter;
  return Tap(ui, id, touch);
}

// A person with nothing to report, tapping as they would: "None of these" on every sign
// page, their age (a decade, then the year), their sex, the presets for how often and how
// long. `skip_facts` taps Next instead of answering age, sex and frequency. Returns the
// level shown ("" when neither a page nor a result is shown).
std::string NothingToReport(UiDriver& ui, bool skip_facts, const std::string& sex = "female") {
  for (int step = 0; step < 40 && !OnResult(); ++step) {
    const std::string page = PageShown();
    EXPECT_FALSE(page.empty()) << "neither a page nor a result at step " << step;
    if (page.empty()) return "";
    ExpectEveryItemInside(390.0f, 844.0f, page);
    if (app::FindItem("###answer_none") != nullptr) {
      EXPECT_TRUE(Tap(ui, "###answer_none", taps)) << page;
    } else if (skip_facts) {
      EXPECT_TRUE(Tap(ui, "###next", taps)) << page;
    } else if (page == "age") {
      EXPECT_TRUE(Tap(ui, "###decade_4", taps));
      EXPECT_TRUE(Tap(ui, "###age_43", taps));
    } else if (page == "sex") {
      EXPECT_TRUE(Tap(ui, "###choice_" + sex, taps));
    } else if (page == "frequency") {
      EXPECT_TRUE(Tap(ui, "###preset_episodes_per_week_0", taps));  // a few times a year
    } else if (page == "duration") {
      EXPECT_TRUE(Tap(ui, "###preset_typical_duration_s_1", taps));  // about a minute
    } else {
      EXPECT_TRUE(Tap(ui, "###next", taps)) << page;
    }
  }
  return LevelShown();
}

// Goes through the check answering "None of these" everywhere except `marks`: field ->
// "yes", "no" or "unsure" on its sign page, then "None of these" for the rest. Number and
// choice pages are skipped with Next.
std::string Complete(UiDriver& ui, const std::map<std::string, std::string>& marks = {}) {
  for (int step = 0; step < 40 && !OnResult(); ++step) {
    const std::string page = PageShown();
    EXPECT_FALSE(page.empty()) << "neither a page nor a result at step " << step;
    if (page.empty()) return "";
    for (const auto& [field, answer] : marks) {
      const std::string id = "###answer_" + answer + "_" + field;
      if (app::FindItem(id) != nullptr) {
        EXPECT_TRUE(ui.ScrollTo(id)) << id;
        EXPECT_TRUE(Tap(ui, id)) << id;
      }
    }
    if (!LevelShown().empty()) break;
    if (app::FindItem("###facts_confirm") != nullptr) {
      EXPECT_TRUE(Tap(ui, "###facts_confirm"));
    } else if (app::FindItem("###answer_none") != nullptr) {
      EXPECT_TRUE(Tap(ui, "###answer_none")) << page;
    } else {
      EXPECT_TRUE(Tap(ui, "###next")) << page;
    }
  }
  return LevelShown();
}

void StartFresh(UiDriver& ui) {
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  taps = 0;
  ASSERT_TRUE(Tap(ui, "###selfcheck_start", taps));
}

core::triage::Answers SavedAnswers(UiDriver& ui) {
  const auto& meta = ui.Storage().Contents().meta;
  const auto found = meta.find("last_triage_answers");
  EXPECT_NE(found, meta.end());
  if (found == meta.end()) return {};
  auto parsed = core::triage::ParseAnswersJson(found->second);
  EXPECT_TRUE(parsed.Ok()) << found->second;
  return parsed.answers;
}

}  // namespace

TEST(SelfCheck, StartsWithTheSuddenSignsOnOnePage) {
  UiDriver ui;
  StartFresh(ui);
  EXPECT_EQ(PageShown(), "sudden");
  const app::RecordedItem* progress = app::FindItem("###page_sudden");
  ASSERT_NE(progress, nullptr);
  EXPECT_EQ(progress->label.rfind("Step 1 of ", 0), 0u) << progress->label;
  for (const char* field : {"breathless_or_chest_pain", "sudden_one_side_weakness_or_speech",
                            "foot_cold_pale_or_numb", "saddle_numbness_or_bladder_change"}) {
    for (const char* answer : {"yes", "no", "unsure"}) {
      const std::string id = std::string("###answer_") + answer + "_" + field;
      ASSERT_TRUE(ui.ScrollTo(id)) << id;
      EXPECT_GE(app::FindItem(id)->h, 56.0f) << id;
    }
  }
  for (const char* id : {"###answer_none", "###next", "###back"}) {
    const app::RecordedItem* item = app::FindItem(id);
    ASSERT_NE(item, nullptr) << id;
    EXPECT_GE(item->h, 56.0f) << id;
  }
  EXPECT_GE(app::FindItem("###answer_none")->w, 300.0f);
}

TEST(SelfCheck, SuddenOneSidedWeaknessEndsTheCheckOnTheEmergencyNumber) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_TRUE(Tap(ui, "###answer_yes_sudden_one_side_weakness_or_speech"));
  EXPECT_EQ(LevelShown(), "emergency");
  const app::RecordedItem* call = app::FindItem("###call_emergency");
  const app::RecordedItem* level = app::FindItem("###result_level_emergency");
  ASSERT_NE(call, nullptr);
  ASSERT_NE(level, nullptr);
  EXPECT_EQ(call->label, "Call 112 now###call_emergency");  // no locale: the 112 fallback
  EXPECT_LT(call->y, level->y) << "the number comes before anything else";
  EXPECT_GE(call->h, 80.0f);
  ExpectEveryItemInside(390.0f, 844.0f, "emergency result");
  EXPECT_EQ(app::FindItem("###result_stretches"), nullptr);
}

TEST(SelfCheck, NothingToReportIsSelfCareInAtMostFifteenTaps) {
  for (const bool skip : {false, true}) {
    for (const char* sex : {"female", "male"}) {
      UiDriver ui;
      StartFresh(ui);
      EXPECT_EQ(NothingToReport(ui, skip, sex), "self_care") << sex << (skip ? " skipping" : "");
      EXPECT_LE(taps, 15) << sex << (skip ? " skipping facts" : " answering facts");
      EXPECT_NE(app::FindItem("Self-care###result_level_self_care"), nullptr);
      EXPECT_EQ(app::FindItem("###result_not_ruled_out"), nullptr);
      EXPECT_EQ(app::FindItem("###call_emergency"), nullptr);
    }
  }
}

TEST(SelfCheck, SkippingEverythingIsNeverAnAllClear) {
  UiDriver ui;
  StartFresh(ui);
  for (int i = 0; i < 20 && PageShown() != ""; ++i) ASSERT_TRUE(Tap(ui, "###next"));
  // Issue 29 item 11: one plain sentence, "Answer these now", then the list by action.
  const app::RecordedItem* lead = app::FindItem("###result_open_lead");
  ASSERT_NE(lead, nullptr) << "the result starts with one plain sentence";
  EXPECT_EQ(lead->label.rfind("You reported no warning sign, but ", 0), 0u) << lead->label;
  const float lead_y = lead->y;
  const app::RecordedItem* answer = app::FindItem("###answer_now");
  ASSERT_NE(answer, nullptr);
  EXPECT_GT(answer->y, lead_y);
  const float answer_y = answer->y;
  const app::RecordedItem* open = app::FindItem("###result_not_ruled_out");
  ASSERT_NE(open, nullptr) << "the result lists what was not ruled out";
  EXPECT_GT(open->y, answer_y);
  const std::string list = open->label;
  EXPECT_EQ(list.rfind("Call 112 now:", 0), 0u) << "the emergency group first: " << list;
  EXPECT_LT(list.find("Call 112 now:"), list.find("Get medical advice now")) << list;
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    const bool chrome = item.label.find("###nav_") != std::string::npos ||
                        item.label.find("###storage") != std::string::npos;
    if (!chrome) {
      EXPECT_GE(item.y + 0.5f, lead_y) << item.label << " is above the plain sentence";
    }
  }
  EXPECT_EQ(app::FindItem("###result_level_self_care"), nullptr) << "no self-care tick";
  ASSERT_TRUE(ui.ScrollTo("###result_unconfirmed"));
  EXPECT_NE(app::FindItem("###result_unconfirmed")->label.find("not all were ruled out"),
            std::string::npos);
  EXPECT_EQ(app::FindItem("###result_level_self_care"), nullptr) << "no self-care tick";
  EXPECT_EQ(ui.Storage().Contents().meta.count("last_triage_answers"), 0u)
      << "nothing answered, nothing saved";
}

TEST(SelfCheck, NotSureAboutChestPainPutsTheEmergencyNumberOnTheFirstScreen) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"uk"})"}});
  StartFresh(ui);
  ASSERT_TRUE(Tap(ui, "###answer_unsure_breathless_or_chest_pain"));
  EXPECT_EQ(PageShown(), "sudden") << "marking one sign does not leave the page";
  EXPECT_EQ(Complete(ui), "");
  const app::RecordedItem* open = app::FindItem("###result_not_ruled_out");
  ASSERT_NE(open, nullptr);
  EXPECT_LT(open->y, 844.0f * 0.5f) << "first on the screen";
  EXPECT_NE(open->label.find("chest pain"), std::string::npos) << open->label;
  EXPECT_NE(open->label.find("Call 999 now"), std::string::npos) << open->label;
  EXPECT_EQ(app::FindItem("###result_level_self_care"), nullptr);

  // One tap answers it now; a no then gives the all-clear.
  ASSERT_TRUE(Tap(ui, "###answer_now"));
  EXPECT_EQ(PageShown(), "open_signs");
  ASSERT_TRUE(Tap(ui, "###answer_no_breathless_or_chest_pain"));
  ASSERT_TRUE(Tap(ui, "###next"));
  EXPECT_EQ(LevelShown(), "self_care");
  EXPECT_EQ(app::FindItem("###result_not_ruled_out"), nullptr);
}

TEST(SelfCheck, NotSureMovesOnOnNumberAndChoicePagesToo) {
  UiDriver ui;
  StartFresh(ui);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_EQ(PageShown(), "age");
  ASSERT_TRUE(Tap(ui, "###answer_unsure"));
  EXPECT_EQ(PageShown(), "children") << "age not known: the children's page applies";
  ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_EQ(PageShown(), "sex");
  ASSERT_TRUE(Tap(ui, "###answer_unsure"));
  EXPECT_EQ(PageShown(), "pregnancy");
}

TEST(SelfCheck, OneSwollenCalfIsUrgentWithNoStretchAndNoMassage) {
  UiDriver ui;
  StartFresh(ui);
  EXPECT_EQ(Complete(ui, {{"calf_swelling_one_side", "yes"}}), "urgent");
  EXPECT_EQ(app::FindItem("###result_stretches"), nullptr) << "no stretch after a leg warning";
  EXPECT_NE(app::FindItem("###result_level_urgent"), nullptr);
}

TEST(SelfCheck, MalesAreNotAskedAboutPregnancyAndAdultsNotAboutChildren) {
  UiDriver ui;
  StartFresh(ui);
  std::vector<std::string> pages;
  for (int step = 0; step < 20 && LevelShown().empty(); ++step) {
    const std::string page = PageShown();
    ASSERT_FALSE(page.empty());
    pages.push_back(page);
    if (page == "age") {
      ASSERT_TRUE(Tap(ui, "###decade_5"));
      ASSERT_TRUE(Tap(ui, "###age_52"));
    } else if (page == "sex") {
      ASSERT_TRUE(Tap(ui, "###choice_male"));
    } else if (app::FindItem("###answer_none") != nullptr) {
      ASSERT_TRUE(Tap(ui, "###answer_none"));
    } else {
      ASSERT_TRUE(Tap(ui, "###next"));
    }
  }
  EXPECT_EQ(std::count(pages.begin(), pages.end(), "pregnancy"), 0);
  EXPECT_EQ(std::count(pages.begin(), pages.end(), "children"), 0);
  EXPECT_EQ(SavedAnswers(ui).age_years.Get(), 52);
  EXPECT_EQ(LevelShown(), "self_care");
}

TEST(SelfCheck, CheckAgainAsksEveryWarningSignAfreshAndOffersOnlyTheStableFacts) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_EQ(NothingToReport(ui, /*skip_facts=*/false), "self_care");
  // A second, worrying check: age 70 and a swollen calf.
  ASSERT_TRUE(ui.ScrollTo("###selfcheck_recheck"));
  ASSERT_TRUE(Tap(ui, "###selfcheck_recheck"));
  for (int i = 0; i < 4; ++i) {
    if (PageShown() == "leg") {
      ASSERT_TRUE(Tap(ui, "###answer_yes_calf_swelling_one_side"));
    }
    ASSERT_TRUE(Tap(ui, "###answer_none"));
  }
  ASSERT_NE(app::FindItem("###facts_confirm"), nullptr) << "the saved details, to confirm";
  ASSERT_TRUE(Tap(ui, "###facts_change"));
  ASSERT_EQ(PageShown(), "age");
  ASSERT_TRUE(Tap(ui, "###decade_7"));
  ASSERT_TRUE(Tap(ui, "###age_70"));
  EXPECT_EQ(Complete(ui), "urgent");
  EXPECT_TRUE(core::triage::IsYes(SavedAnswers(ui).calf_swelling_one_side));

  // The next check starts without last time's swollen calf: nothing is pre-filled but
  // the stable facts, which one tap confirms (their pages are then skipped).
  ASSERT_TRUE(ui.ScrollTo("###selfcheck_recheck"));
  ASSERT_TRUE(Tap(ui, "###selfcheck_recheck"));
  taps = 0;
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(Tap(ui, "###answer_none", taps));
  ASSERT_TRUE(Tap(ui, "###facts_confirm", taps));
  EXPECT_NE(PageShown(), "age");
  EXPECT_NE(PageShown(), "sex");
  EXPECT_EQ(Complete(ui), "routine") << "70: older_adult; the swollen calf is not carried over";
}

TEST(SelfCheck, ANewSessionOffersOnlyTheStableFactsOfTheLastAnswers) {
  const std::string saved = R"({"calf_swelling_one_side":true,"age_years":70})";
  UiDriver ui(390.0f, 844.0f, {{"last_triage_answers", saved}});
  StartFresh(ui);
  EXPECT_EQ(PageShown(), "sudden") << "red flags first, before the saved details";
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_NE(app::FindItem("###facts_confirm"), nullptr);
  ASSERT_TRUE(Tap(ui, "###facts_confirm"));
  EXPECT_EQ(Complete(ui), "routine") << "age 70 kept; the swollen calf asked again";
}

TEST(SelfCheck, BackReturnsToThePreviousPageWithItsAnswersKept) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_EQ(PageShown(), "leg");
  ASSERT_TRUE(Tap(ui, "###answer_unsure_calf_swelling_one_side"));
  ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_EQ(PageShown(), "circulation");
  ASSERT_TRUE(Tap(ui, "###back"));
  EXPECT_EQ(PageShown(), "leg");
  EXPECT_EQ(SavedAnswers(ui).calf_swelling_one_side.state, core::triage::AnswerState::kNotSure);
  EXPECT_TRUE(SavedAnswers(ui).calf_red_warm_tender.IsAnswered()) << "none of these: no";
  ASSERT_TRUE(Tap(ui, "###back"));
  EXPECT_EQ(PageShown(), "sudden");
  ASSERT_TRUE(Tap(ui, "###back"));
  EXPECT_NE(app::FindItem("###selfcheck_start"), nullptr) << "back from the first is the intro";
}

TEST(SelfCheck, PresetsAnswerAndMoveOn) {
  UiDriver ui;
  StartFresh(ui);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_TRUE(Tap(ui, "###decade_6"));
  ASSERT_TRUE(Tap(ui, "###age_69"));
  EXPECT_EQ(SavedAnswers(ui).age_years.Get(), 69);
  ASSERT_TRUE(Tap(ui, "###choice_male"));
  ASSERT_EQ(PageShown(), "frequency");
  ASSERT_TRUE(Tap(ui, "###preset_episodes_per_week_4"));  // 3 a week
  EXPECT_EQ(SavedAnswers(ui).episodes_per_week.Get(), 3.0);
  ASSERT_EQ(PageShown(), "duration");
  ExpectEveryItemInside(390.0f, 844.0f, "duration");
  ASSERT_TRUE(Tap(ui, "###preset_typical_duration_s_2"));
  EXPECT_EQ(PageShown(), "habits");
  EXPECT_EQ(Complete(ui), "routine") << "65 or over, 3 a week";
}

TEST(SelfCheck, ResultLeadsOnWithoutDeadEnds) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_EQ(NothingToReport(ui, false), "self_care");
  ASSERT_TRUE(ui.ScrollTo("###result_stretches"));
  ExpectEveryItemInside(390.0f, 844.0f, "result, scrolled");
  ASSERT_TRUE(Tap(ui, "###result_stretches"));
  EXPECT_STREQ(ui.App().ScreenName(), "stretches");
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  ASSERT_TRUE(ui.ScrollTo("###result_home"));
  ASSERT_TRUE(Tap(ui, "###result_home"));
  EXPECT_STREQ(ui.App().ScreenName(), "home");
}

TEST(SelfCheck, RegionSettingChangesTheEmergencyNumberAndIsSaved) {
  UiDriver ui;
  ASSERT_TRUE(Tap(ui, "###nav_settings"));
  ASSERT_TRUE(Tap(ui, "###region_cn"));
  EXPECT_EQ(ui.Storage().Contents().meta.at("settings"), R"({"emergency_region":"cn"})");
  StartFresh(ui);
  ASSERT_TRUE(Tap(ui, "###answer_yes_breathless_or_chest_pain"));
  ASSERT_NE(app::FindItem("###call_emergency"), nullptr);
  EXPECT_EQ(app::FindItem("###call_emergency")->label, "Call 120 now###call_emergency");

  ASSERT_TRUE(Tap(ui, "###nav_settings"));
  ASSERT_NE(app::FindItem("###region_uk"), nullptr);
  ASSERT_TRUE(Tap(ui, "###region_uk"));
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  EXPECT_EQ(app::FindItem("###call_emergency")->label, "Call 999 now###call_emergency");
}

TEST(SelfCheck, RegionComesFromSavedSettingsThenFromTheLocale) {
  {
    UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"us","language":"zh"})"}});
    ui.App().SetLocale("en-GB");
    StartFresh(ui);
    ASSERT_TRUE(Tap(ui, "###answer_yes_breathless_or_chest_pain"));
    EXPECT_EQ(app::FindItem("###call_emergency")->label, "Call 911 now###call_emergency");
    ASSERT_TRUE(Tap(ui, "###nav_settings"));
    ASSERT_TRUE(ui.ScrollTo("###region_au"));  // the region list is long: scroll like a person
    ASSERT_TRUE(Tap(ui, "###region_au"));
    EXPECT_EQ(ui.Storage().Contents().meta.at("settings"),
              R"({"emergency_region":"au","language":"zh"})")
        << "keys of other features are kept";
  }
  {
    UiDriver ui;
    ui.App().SetLocale("en-GB");
    StartFresh(ui);
    ASSERT_TRUE(Tap(ui, "###answer_yes_breathless_or_chest_pain"));
    EXPECT_EQ(app::FindItem("###call_emergency")->label, "Call 999 now###call_emergency");
  }
}

TEST(SelfCheck, TouchTapsWork) {
  UiDriver ui;
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck", true));
  ASSERT_TRUE(Tap(ui, "###selfcheck_start", true));
  ASSERT_TRUE(Tap(ui, "###answer_no_breathless_or_chest_pain", true));
  EXPECT_EQ(PageShown(), "sudden");
  ASSERT_TRUE(Tap(ui, "###answer_none", true));
  EXPECT_EQ(PageShown(), "leg");
}

TEST(SelfCheck, DraggingTheContentScrollsItWithoutPressingTheButtonUnderTheFinger) {
  UiDriver ui;
  ASSERT_TRUE(Tap(ui, "###nav_settings"));
  const app::RecordedItem* before = app::FindItem("###region_uk");
  ASSERT_NE(before, nullptr);
  const float y = before->y;
  ui.DragUp(before->x + 40.0f, before->y + 20.0f, 200.0f);
  const app::RecordedItem* after = app::FindItem("###region_uk");
  ASSERT_NE(after, nullptr);
  EXPECT_LT(after->y, y - 150.0f) << "the list moved with the finger";
  EXPECT_EQ(ui.Storage().Contents().meta.count("settings"), 0u) << "no region was chosen";
  ExpectEveryItemInside(390.0f, 844.0f, "settings, scrolled");
}

TEST(SelfCheck, FrequencyComesFromADiaryOfFourWeeks) {
  // 14 cramps over the 28 nights before 24 November 2026: 3.5 a week, "frequent" by the
  // diary even though the person answers nothing about frequency.
  std::vector<core::diary::Episode> diary;
  for (int i = 0; i < 14; ++i) {
    core::diary::Episode episode;
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i + 1);
    episode.id = id;
    char started[40];
    std::snprintf(started, sizeof started, "2026-11-%02dT03:00:00+08:00",
                  24 - 2 * i > 0 ? 24 - 2 * i : 1);
    episode.started_at =
        i < 11 ? started : "2026-10-3" + std::to_string(i - 10) + "T03:00:00+08:00";
    episode.duration_s = 90;
    episode.created_at = episode.updated_at = "2026-11-24T00:00:00Z";
    diary.push_back(episode);
  }
  UiDriver ui(390.0f, 844.0f, {}, diary);
  ui.SetToday({2026, 11, 24});
  StartFresh(ui);
  for (int i = 0; i < 20 && PageShown() != "frequency"; ++i) {
    ASSERT_TRUE(Tap(ui, app::FindItem("###answer_none") ? "###answer_none" : "###next"));
  }
  ASSERT_EQ(PageShown(), "frequency");
  bool said = false;
  for (const app::RecordedItem& item : app::LastFrameItems())
    said |= item.label == "That's right###diary_confirm";
  EXPECT_TRUE(said) << "the diary's figures are offered to confirm or correct";
  ASSERT_TRUE(Tap(ui, "###diary_confirm"));
  EXPECT_EQ(Complete(ui), "routine") << "frequent cramps from the diary: get checked";
  const auto answers = SavedAnswers(ui);
  EXPECT_FALSE(answers.episodes_per_week.Get().has_value())
      << "the diary's figure is used, not written into the person's answers";
}

// --- trends: the report where a person looks for it ---
TEST(SelfCheck, TheResultOffersTheDoctorsReportWithThisCheckInIt) {
  UiDriver ui;
  std::vector<std::string> saved;
  ui.Platform().saver = [&saved](const std::string& name, const std::string&,
                                 const std::string& content) {
    saved.push_back(content);
    return std::optional<std::string>(name);
  };
  StartFresh(ui);
  ASSERT_EQ(NothingToReport(ui, false), "self_care");
  ASSERT_TRUE(ui.ScrollTo("###report_from_result"));
  ASSERT_TRUE(Tap(ui, "###report_from_result"));
  ASSERT_EQ(saved.size(), 1u);
  EXPECT_NE(saved[0].find("<!DOCTYPE html>"), std::string::npos);
  EXPECT_EQ(saved[0].find("No self-check recorded"), std::string::npos);
  EXPECT_NE(saved[0].find("<span class=\"level\">self-care</span>"), std::string::npos)
      << "the check just done is in it";
}
