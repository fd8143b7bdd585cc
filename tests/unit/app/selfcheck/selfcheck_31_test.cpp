// Clinical 3.1 in the self-check's screens (issue 29): every page opens at its top with a
// "More below" bar while more lies below, the result's lead-in by level, the skip-all
// result, the facts offered back with their date, durations either side of 10 minutes and
// the growing myth under 25 only.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>

#include "app/item_recorder.h"
#include "app/selfcheck/selfcheck_flow.h"
#include "core/triage/answers_json.h"
#include "core/triage/dependencies.h"
#include "core/triage/questions.h"
#include "selfcheck_items.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

bool Tap(UiDriver& ui, const std::string& id) {
  return selfcheck_test::Tap(ui, id, /*touch=*/true);
}

using selfcheck_test::IdAfter;

std::string PageShown() {
  return IdAfter("###page_");
}
std::string LevelShown() {
  return IdAfter("###result_level_");
}

bool OnResult() {
  return !LevelShown().empty() || app::FindItem("###result_open_lead") != nullptr ||
         app::FindItem("###call_emergency") != nullptr;
}

// The label of the item `id`, or "" when it is not shown.
std::string LabelOf(const std::string& id) {
  const app::RecordedItem* item = app::FindItem(id);
  return item != nullptr ? item->label : "";
}

void StartCheck(UiDriver& ui) {
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  ASSERT_TRUE(Tap(ui, "###selfcheck_start"));
}

// Through the pages: `marks` (field -> yes / no / unsure) where they are shown, "None of
// these" for the rest, `presets` (page -> id) on number pages, else Next.
void Walk(UiDriver& ui, const std::map<std::string, std::string>& marks,
          const std::map<std::string, std::string>& presets = {}) {
  for (int step = 0; step < 40 && !OnResult(); ++step) {
    const std::string page = PageShown();
    ASSERT_FALSE(page.empty()) << "neither a page nor a result at step " << step;
    // The page's own marks, top to bottom.
    for (const core::triage::QuestionPage& shown : core::triage::QuestionPages()) {
      if (shown.id != page) continue;
      for (std::string_view field : shown.fields) {
        const auto mark = marks.find(std::string(field));
        if (mark == marks.end()) continue;
        const std::string id = "###answer_" + mark->second + "_" + mark->first;
        ASSERT_TRUE(ui.ScrollTo(id)) << id;
        ASSERT_TRUE(Tap(ui, id)) << id;
      }
    }
    if (OnResult()) break;
    if (PageShown() != page) continue;
    if (presets.count(page) != 0) {
      ASSERT_TRUE(Tap(ui, presets.at(page))) << page;
    } else if (app::FindItem("###answer_none") != nullptr) {
      ASSERT_TRUE(Tap(ui, "###answer_none")) << page;
    } else {
      ASSERT_TRUE(Tap(ui, "###next")) << page;
    }
  }
}

// The first item whose label ends with `id` lies inside the content area (below the top
// bar, above the navigation bar) of a `height` tall screen.
void ExpectOnScreen(const std::string& id, float height) {
  const app::RecordedItem* item = app::FindItem(id);
  ASSERT_NE(item, nullptr) << id << " is not drawn";
  EXPECT_GE(item->y, 56.0f - 0.5f) << id;
  EXPECT_LE(item->y + item->h, height - 64.0f + 0.5f) << id;
}

}  // namespace

// [Item 10] The bug: the body of every page was one child window, so page 2 opened at the
// scroll of page 1 (past its title and first question) and a shorter page opened blank.
TEST(SelfCheckPages, EveryPageOpensAtItsTopAfterTheOneBeforeWasScrolled) {
  UiDriver ui(360.0f, 640.0f);
  StartCheck(ui);
  ASSERT_EQ(PageShown(), "sudden");
  ASSERT_TRUE(ui.ScrollTo("###answer_yes_jaw_stiffness_or_spreading_spasms"));
  EXPECT_EQ(app::FindItem("###answer_yes_breathless_or_chest_pain"), nullptr)
      << "page 1 is scrolled past its first sign";
  ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_EQ(PageShown(), "leg");
  ExpectOnScreen("###answer_yes_cramp_ongoing_over_10_min", 640.0f);
  ExpectOnScreen("###answer_no_cramp_ongoing_over_10_min", 640.0f);
  // Page 2 scrolled to its end, then page 3 opens at its top, not blank.
  ASSERT_TRUE(ui.ScrollTo("###answer_yes_leg_pain_persistent"));
  for (int i = 0; i < 6; ++i) ui.DragUp(180.0f, 400.0f, 200.0f);
  EXPECT_EQ(app::FindItem("###answer_yes_cramp_ongoing_over_10_min"), nullptr);
  ASSERT_TRUE(Tap(ui, "###answer_none"));
  const std::string third = PageShown();
  ASSERT_NE(third, "leg");
  bool first_question_shown = false;
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    if (item.label.find("###answer_yes_") != std::string::npos && item.y < 300.0f)
      first_question_shown = true;
  }
  EXPECT_TRUE(first_question_shown) << "page " << third << " opens with its first question";
}

TEST(SelfCheckPages, MoreBelowShowsWhileThePageGoesOnAndIsGoneAtItsEnd) {
  UiDriver ui(360.0f, 640.0f);
  StartCheck(ui);
  const app::RecordedItem* cue = app::FindItem("###more_below");
  ASSERT_NE(cue, nullptr) << "six signs do not fit: the bar says there is more";
  EXPECT_EQ(cue->label, "More below###more_below");
  const app::RecordedItem* none = app::FindItem("###answer_none");
  ASSERT_NE(none, nullptr);
  EXPECT_LE(cue->y + cue->h, none->y + 0.5f) << "the bar never covers an answer";
  const float none_y = none->y;
  // At 360 x 640 the first sign and its three answers are in view above the footer.
  ExpectOnScreen("###answer_unsure_breathless_or_chest_pain", 640.0f);
  EXPECT_LT(app::FindItem("###answer_unsure_breathless_or_chest_pain")->y, cue->y);

  // A tap on the bar scrolls on; at the end of the page it is gone, nothing else moved.
  for (int i = 0; i < 10 && app::FindItem("###more_below") != nullptr; ++i)
    ASSERT_TRUE(Tap(ui, "###more_below"));
  EXPECT_EQ(app::FindItem("###more_below"), nullptr) << "at the bottom, no bar";
  EXPECT_NE(app::FindItem("###answer_yes_saddle_numbness_or_bladder_change"), nullptr)
      << "the last sign is in view";
  EXPECT_FLOAT_EQ(app::FindItem("###answer_none")->y, none_y) << "None of these stays put";
}

TEST(SelfCheckPages, APageThatFitsHasNoMoreBelowBar) {
  // On a larger phone, the sex page: three choices and "not sure".
  UiDriver tall(390.0f, 844.0f);
  StartCheck(tall);
  for (int i = 0; i < 12 && PageShown() != "sex"; ++i)
    ASSERT_TRUE(
        Tap(tall, app::FindItem("###answer_none") != nullptr ? "###answer_none" : "###next"));
  ASSERT_EQ(PageShown(), "sex");
  tall.Frame();
  EXPECT_EQ(app::FindItem("###more_below"), nullptr);
}

// [Item 3] A higher level shows the level, then its action, then the signs still open
// under "Some other questions ...", never "You reported no warning sign".
TEST(SelfCheckResult, AnUrgentResultShowsItsActionBeforeTheQuestionsStillOpen) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"uk"})"}});
  StartCheck(ui);
  Walk(ui, {{"breathless_or_chest_pain", "unsure"}, {"calf_swelling_one_side", "yes"}});
  ASSERT_EQ(LevelShown(), "urgent");
  const std::string advice = LabelOf("###result_what_to_do");
  EXPECT_EQ(advice.rfind("What to do now\n- Get medical advice now: contact NHS 111", 0), 0u)
      << advice;
  EXPECT_LT(app::FindItem("###result_level_urgent")->y, app::FindItem("###result_what_to_do")->y);
  const app::RecordedItem* cue = app::FindItem("###more_below");
  ASSERT_NE(cue, nullptr) << "the result goes on below";
  EXPECT_LE(cue->y + cue->h, 844.0f - 64.0f + 0.5f) << "the bar sits above the navigation bar";
  const app::RecordedItem* level = app::FindItem("###result_level_urgent");
  const app::RecordedItem* lead = app::FindItem("###result_open_lead");
  ASSERT_NE(level, nullptr);
  ASSERT_TRUE(lead != nullptr || ui.ScrollTo("###result_open_lead"));
  lead = app::FindItem("###result_open_lead");
  level = app::FindItem("###result_level_urgent");
  EXPECT_EQ(lead->label.rfind("Some other questions that matter were skipped or not sure", 0), 0u)
      << lead->label;
  if (level != nullptr) {
    EXPECT_LT(level->y, lead->y) << "the level before the open questions";
  }
  for (const app::RecordedItem& item : app::LastFrameItems())
    EXPECT_EQ(item.label.find("You reported no warning sign"), std::string::npos) << item.label;
  ASSERT_TRUE(ui.ScrollTo("###result_not_ruled_out"));
  const std::string list = LabelOf("###result_not_ruled_out");
  EXPECT_EQ(list.rfind("Call 999 now:", 0), 0u) << list;
  EXPECT_NE(list.find("chest pain"), std::string::npos) << list;
}

// [Item 11] Skipping everything: see SelfCheck.SkippingEverythingIsNeverAnAllClear for the
// order; here the lines are worded for the question that was skipped and the list comes
// in groups, and "Answer these now" shows exactly those questions.
TEST(SelfCheckResult, SkipAllListsEachSignUnderItsActionAndAnswersThemNow) {
  UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"uk"})"}});
  StartCheck(ui);
  for (int i = 0; i < 25 && !PageShown().empty(); ++i) ASSERT_TRUE(Tap(ui, "###next"));
  const std::string lead = LabelOf("###result_open_lead");
  ASSERT_FALSE(lead.empty());
  EXPECT_EQ(lead.find('\n'), std::string::npos) << "one plain sentence: " << lead;
  ASSERT_TRUE(ui.ScrollTo("###result_not_ruled_out"));
  const std::string list = LabelOf("###result_not_ruled_out");
  const auto emergency = list.find("Call 999 now:");
  const auto urgent = list.find("Get medical advice now");
  ASSERT_NE(emergency, std::string::npos) << list;
  ASSERT_NE(urgent, std::string::npos) << list;
  EXPECT_LT(emergency, urgent) << "emergency group first";
  EXPECT_NE(list.find("\n- If "), std::string::npos) << "each line says its condition: " << list;
  ASSERT_TRUE(Tap(ui, "###answer_now"));
  EXPECT_EQ(PageShown(), "open_signs");
  ExpectOnScreen("###page_open_signs", 844.0f);
}

TEST(SelfCheckResult, SelfCareWithSignsOpenHeadsItsAdviceIfNoneOfTheSignsApplies) {
  UiDriver ui;
  StartCheck(ui);
  Walk(ui, {{"breathless_or_chest_pain", "unsure"}});
  ASSERT_NE(app::FindItem("###result_open_lead"), nullptr);
  ASSERT_TRUE(ui.ScrollTo("###result_what_to_do"));
  const std::string advice = LabelOf("###result_what_to_do");
  // "What to do", then the heading of the self-care lines, before any of them.
  EXPECT_EQ(advice.rfind("What to do now\nIf none of the signs above applies:\n- ", 0), 0u) << advice;
  EXPECT_EQ(advice.find("usually harmless"), std::string::npos) << advice;
}

// [Item 12] One place says when the growing myth is shown: a known age under 25.
TEST(SelfCheckResult, TheGrowingMythIsForAKnownAgeUnder25) {
  for (const auto& [json, shown] : std::map<std::string, bool>{{R"({"age_years":12})", true},
                                                               {R"({"age_years":24})", true},
                                                               {R"({"age_years":25})", false},
                                                               {R"({"age_years":64})", false},
                                                               {R"({"age_years":null})", false},
                                                               {R"({})", false}}) {
    const auto parsed = core::triage::ParseAnswersJson(json);
    ASSERT_TRUE(parsed.Ok()) << json;
    EXPECT_EQ(core::triage::ShowsGrowingMyth(parsed.answers), shown) << json;
  }
}

// [Item 4] The facts offered back say when they were given and are counted forward from
// then: each counted fact keeps the date its value is exact from (64 said in November 2025 is
// 65 now, exact from November 2026); a fact given anew is dated today. Today is 23 Nov 2026.
namespace {

// Saved by an earlier check: a man of 64, said on `said_on`.
std::map<std::string, std::string> SavedAge64(const char* said_on, const char* settings = "{}") {
  return {{"last_triage_answers", R"({"age_years":64,"sex":"male"})"},
          {"last_triage_fact_dates", std::string(R"({"age_years":")") + said_on + R"("})"},
          {"settings", settings}};
}

// From the start of a check to the page of saved facts ("None of these" before it).
void ToTheFacts(UiDriver& ui) {
  StartCheck(ui);
  for (int i = 0; i < 10 && app::FindItem("###facts_confirm") == nullptr; ++i)
    ASSERT_TRUE(Tap(ui, "###answer_none"));
  ASSERT_NE(app::FindItem("###facts_confirm"), nullptr);
}

}  // namespace

TEST(SelfCheckFacts, AnAgeConfirmedWithinTheYearKeepsItsDate) {
  UiDriver ui(390.0f, 844.0f, SavedAge64("2026-03-14"));
  ToTheFacts(ui);
  ASSERT_TRUE(Tap(ui, "###facts_confirm"));
  const auto& meta = ui.Storage().Contents().meta;
  ASSERT_EQ(meta.count("last_triage_fact_dates"), 1u);
  EXPECT_EQ(meta.at("last_triage_fact_dates"), R"({"age_years":"2026-03-14"})");
  EXPECT_NE(meta.at("last_triage_answers").find(R"("age_years":64)"), std::string::npos);
}

TEST(SelfCheckFacts, AnAgeSaidAYearAgoIsOfferedCountedForward) {
  UiDriver ui(390.0f, 844.0f, SavedAge64("2025-11-20"));
  ToTheFacts(ui);
  const std::string facts = LabelOf("###facts_saved");
  EXPECT_NE(facts.find("65 years (you said 64 years, in Nov 2025)"), std::string::npos) << facts;
  ASSERT_TRUE(Tap(ui, "###facts_confirm"));
  const auto& meta = ui.Storage().Contents().meta;
  EXPECT_NE(meta.at("last_triage_answers").find(R"("age_years":65)"), std::string::npos);
  EXPECT_EQ(meta.at("last_triage_fact_dates"), R"({"age_years":"2026-11-20"})")
      << "exact from the anniversary, so the next year is not lost";
  // 65 now: the older adult's medicines review is part of the result.
  for (int i = 0; i < 20 && app::FindItem("###result_what_to_do") == nullptr; ++i) {
    if (!Tap(ui, "###answer_none") && !Tap(ui, "###next")) break;
  }
  ASSERT_TRUE(ui.ScrollTo("###result_level_routine"));
}

TEST(SelfCheckFacts, TheFactsPageShowsTheMonthAndYearTheAgeWasGiven) {
  for (const bool chinese : {false, true}) {
    UiDriver ui(390.0f, 844.0f, SavedAge64("2026-03-14", chinese ? R"({"language":"zh-Hans"})" : "{}"));
    ToTheFacts(ui);
    const std::string facts = LabelOf("###facts_saved");
    const std::string said = chinese ? "您在2026年3月填写的是64" : "You said 64 years, in Mar 2026";
    EXPECT_NE(facts.find(said), std::string::npos) << facts;
  }
}

TEST(SelfCheckFacts, ANewAgeIsDatedTheDayItWasGiven) {
  UiDriver ui(390.0f, 844.0f, SavedAge64("2026-03-14"));
  ToTheFacts(ui);
  ASSERT_TRUE(Tap(ui, "###facts_change"));
  ASSERT_EQ(PageShown(), "age");
  ASSERT_TRUE(Tap(ui, "###decade_6"));
  ASSERT_TRUE(Tap(ui, "###age_65"));
  const auto& meta = ui.Storage().Contents().meta;
  ASSERT_EQ(meta.count("last_triage_fact_dates"), 1u);
  EXPECT_EQ(meta.at("last_triage_fact_dates"), R"({"age_years":"2026-11-23"})")
      << "the night's local date";
}

// [Item 5] "More than 10 minutes" is over the threshold, so long_episodes can fire.
TEST(SelfCheckPages, MoreThanTenMinutesIsOverTheThresholdAndUpToTenIsNot) {
  for (const bool over : {false, true}) {
    UiDriver ui;
    StartCheck(ui);
    Walk(
        ui, {},
        {{"duration", over ? "###preset_typical_duration_s_5" : "###preset_typical_duration_s_4"}});
    EXPECT_EQ(LevelShown() == "soon", over) << "long_episodes fires over 600 s only";
  }
  UiDriver ui;
  StartCheck(ui);
  for (int i = 0; i < 20 && PageShown() != "duration"; ++i) {
    ASSERT_TRUE(Tap(ui, app::FindItem("###answer_none") != nullptr ? "###answer_none" : "###next"));
  }
  ASSERT_EQ(PageShown(), "duration");
  EXPECT_EQ(LabelOf("###preset_typical_duration_s_4"),
            "Up to 10 minutes###preset_typical_duration_s_4");
  EXPECT_EQ(LabelOf("###preset_typical_duration_s_5"),
            "More than 10 minutes###preset_typical_duration_s_5");
}
