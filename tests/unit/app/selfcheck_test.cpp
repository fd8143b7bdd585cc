// The self-check driven through the real UI by its ###ids: red flags first, one question a
// screen, Back keeps answers, answers saved and reused, the emergency number first and by
// region, and everything inside a 390x844 phone screen.
#include <gtest/gtest.h>
#include <imgui.h>

#include <map>
#include <string>

#include "app/item_recorder.h"
#include "core/triage/answers_json.h"
#include "core/triage/questions.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

// Presses an item, then draws one more frame so LastFrameItems() shows the result (the
// recorder keeps the last *completed* frame).
bool Tap(UiDriver& ui, const std::string& id, bool touch = false) {
  if (!ui.Press(id, touch)) return false;
  ui.Frame();
  ui.Frame();  // a touch trickles down and up over one more frame
  return true;
}

// The text after `marker` in the label of the first item that has it, or "".
std::string IdAfter(const std::string& marker) {
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    const auto at = item.label.find(marker);
    if (at != std::string::npos) return item.label.substr(at + marker.size());
  }
  return "";
}

std::string QuestionShown() {
  return IdAfter("###question_");
}
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

// Answers every question until the result: yes/no questions from `answers` ("yes", "no",
// "unsure"; default "no"), the rest skipped with Next. Returns the level shown.
std::string Complete(UiDriver& ui, const std::map<std::string, std::string>& answers = {},
                     const std::string& default_answer = "no") {
  for (int step = 0; step < 60 && LevelShown().empty(); ++step) {
    const std::string id = QuestionShown();
    EXPECT_FALSE(id.empty()) << "neither a question nor a result at step " << step;
    if (id.empty()) return "";
    ExpectEveryItemInside(390.0f, 844.0f, id);
    const core::triage::Question* question = core::triage::FindQuestion(id);
    EXPECT_NE(question, nullptr) << id;
    const auto found = answers.find(id);
    const std::string answer = found != answers.end() ? found->second : default_answer;
    // A question the diary answers shows its figure and no answer buttons: go on.
    const bool from_diary = app::FindItem("###answer_" + answer) == nullptr;
    if (question->kind == core::triage::QuestionKind::kYesNo && answer != "skip" && !from_diary) {
      EXPECT_TRUE(Tap(ui, "###answer_" + answer)) << id;
    } else {
      EXPECT_TRUE(Tap(ui, "###next")) << id;
    }
  }
  return LevelShown();
}

void StartFresh(UiDriver& ui) {
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  ASSERT_TRUE(Tap(ui, "###selfcheck_start"));
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

TEST(SelfCheck, StartsWithTheEmergencyRedFlagAndCountsQuestions) {
  UiDriver ui;
  StartFresh(ui);
  EXPECT_EQ(QuestionShown(), "breathless_or_chest_pain");
  const app::RecordedItem* progress = app::FindItem("###question_breathless_or_chest_pain");
  ASSERT_NE(progress, nullptr);
  EXPECT_EQ(progress->label.rfind("Question 1 of ", 0), 0u) << progress->label;
  for (const char* id :
       {"###answer_yes", "###answer_no", "###answer_unsure", "###next", "###back"}) {
    const app::RecordedItem* item = app::FindItem(id);
    ASSERT_NE(item, nullptr) << id;
    EXPECT_GE(item->h, 56.0f) << id;
  }
  EXPECT_GE(app::FindItem("###answer_yes")->w, 300.0f);
}

TEST(SelfCheck, RedFlagYesShowsEmergencyWithTheNumberFirst) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_TRUE(Tap(ui, "###answer_yes"));
  EXPECT_EQ(LevelShown(), "emergency");
  const app::RecordedItem* call = app::FindItem("###emergency_call");
  const app::RecordedItem* level = app::FindItem("###result_level_emergency");
  ASSERT_NE(call, nullptr);
  ASSERT_NE(level, nullptr);
  EXPECT_EQ(call->label, "Call 112 now###emergency_call");  // no locale: the 112 fallback
  EXPECT_LT(call->y, level->y) << "the number comes before anything else";
  EXPECT_GE(call->h, 80.0f);
  ExpectEveryItemInside(390.0f, 844.0f, "emergency result");
}

TEST(SelfCheck, AllNoIsSelfCare) {
  UiDriver ui;
  StartFresh(ui);
  EXPECT_EQ(Complete(ui), "self_care");
  EXPECT_EQ(app::FindItem("###emergency_call"), nullptr);
  EXPECT_NE(app::FindItem("Self-care###result_level_self_care"), nullptr);
}

TEST(SelfCheck, OneSwollenCalfIsUrgent) {
  UiDriver ui;
  StartFresh(ui);
  EXPECT_EQ(Complete(ui, {{"calf_swelling_one_side", "yes"}}), "urgent");
}

TEST(SelfCheck, EverythingSkippedIsSelfCare) {
  UiDriver ui;
  StartFresh(ui);
  EXPECT_EQ(Complete(ui, {}, "skip"), "self_care");
  EXPECT_EQ(ui.Storage().Contents().meta.count("last_triage_answers"), 0u)
      << "nothing answered, nothing saved";
}

TEST(SelfCheck, AnswersAreSavedAfterEachAnswerAndARecheckStartsFromThem) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_TRUE(Tap(ui, "###answer_no"));
  EXPECT_TRUE(SavedAnswers(ui).breathless_or_chest_pain.IsAnswered());
  ASSERT_EQ(Complete(ui, {{"calf_swelling_one_side", "yes"}}), "urgent");
  EXPECT_TRUE(core::triage::IsYes(SavedAnswers(ui).calf_swelling_one_side));

  ASSERT_TRUE(ui.ScrollTo("###selfcheck_recheck"));
  ASSERT_TRUE(Tap(ui, "###selfcheck_recheck"));
  EXPECT_EQ(QuestionShown(), "breathless_or_chest_pain");
  EXPECT_EQ(Complete(ui, {}, "skip"), "urgent") << "skipping keeps the last answers";
}

TEST(SelfCheck, ANewSessionOffersTheLastAnswers) {
  const std::string saved = R"({"calf_swelling_one_side":true,"age_years":70})";
  {
    UiDriver ui(390.0f, 844.0f, {{"last_triage_answers", saved}});
    ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
    ASSERT_TRUE(Tap(ui, "###selfcheck_last"));
    EXPECT_EQ(Complete(ui, {}, "skip"), "urgent");
  }
  {
    UiDriver ui(390.0f, 844.0f, {{"last_triage_answers", saved}});
    StartFresh(ui);
    EXPECT_EQ(Complete(ui, {}, "skip"), "self_care") << "start afresh drops them";
  }
}

TEST(SelfCheck, BackReturnsToThePreviousQuestionWithItsAnswerKept) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_TRUE(Tap(ui, "###answer_no"));
  ASSERT_TRUE(Tap(ui, "###answer_no"));
  ASSERT_EQ(QuestionShown(), "calf_swelling_one_side");
  ASSERT_TRUE(Tap(ui, "###answer_yes"));
  ASSERT_EQ(QuestionShown(), "calf_red_warm_tender");
  ASSERT_TRUE(Tap(ui, "###back"));
  EXPECT_EQ(QuestionShown(), "calf_swelling_one_side");
  EXPECT_NE(app::FindItem("###answer_clear"), nullptr) << "answered: it can be cleared";
  ASSERT_TRUE(Tap(ui, "###back"));
  ASSERT_TRUE(Tap(ui, "###back"));
  EXPECT_EQ(QuestionShown(), "breathless_or_chest_pain");
  ASSERT_TRUE(Tap(ui, "###back"));
  EXPECT_NE(app::FindItem("###selfcheck_start"), nullptr) << "back from the first is the intro";
  ASSERT_TRUE(Tap(ui, "###selfcheck_last"));
  EXPECT_EQ(Complete(ui, {}, "skip"), "urgent");
}

TEST(SelfCheck, NumberQuestionsUseBigSteppersAndPresets) {
  UiDriver ui;
  StartFresh(ui);
  for (int i = 0; i < 30 && QuestionShown() != "age_years"; ++i) ASSERT_TRUE(Tap(ui, "###next"));
  ASSERT_EQ(QuestionShown(), "age_years");
  ASSERT_TRUE(Tap(ui, "###step_up_big"));  // from 40
  ASSERT_TRUE(Tap(ui, "###step_up_big"));
  ASSERT_TRUE(Tap(ui, "###step_up_big"));
  ASSERT_TRUE(Tap(ui, "###step_down"));
  EXPECT_EQ(SavedAnswers(ui).age_years.Get(), 69);
  for (const char* id : {"###step_down_big", "###step_down", "###step_up", "###step_up_big"})
    EXPECT_GE(app::FindItem(id)->h, 56.0f) << id;
  ASSERT_TRUE(Tap(ui, "###next"));
  ASSERT_EQ(QuestionShown(), "sex");
  ASSERT_TRUE(Tap(ui, "###choice_male"));
  EXPECT_EQ(QuestionShown(), "high_intensity_exercise") << "male: pregnancy is not asked";
  for (int i = 0; i < 10 && QuestionShown() != "episodes_per_week"; ++i)
    ASSERT_TRUE(Tap(ui, "###next"));
  ASSERT_EQ(QuestionShown(), "episodes_per_week");
  ASSERT_TRUE(Tap(ui, "###preset_3"));  // 3 a week
  EXPECT_EQ(SavedAnswers(ui).episodes_per_week.Get(), 3.0);
  ExpectEveryItemInside(390.0f, 844.0f, "episodes_per_week");
  EXPECT_EQ(Complete(ui, {}, "skip"), "routine") << "65 or over, 3 a week";
}

TEST(SelfCheck, ResultLeadsOnWithoutDeadEnds) {
  UiDriver ui;
  StartFresh(ui);
  ASSERT_EQ(Complete(ui), "self_care");
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
  ASSERT_TRUE(Tap(ui, "###answer_yes"));
  ASSERT_NE(app::FindItem("###emergency_call"), nullptr);
  EXPECT_EQ(app::FindItem("###emergency_call")->label, "Call 120 now###emergency_call");

  ASSERT_TRUE(Tap(ui, "###nav_settings"));
  ASSERT_NE(app::FindItem("###region_uk"), nullptr);
  ASSERT_TRUE(Tap(ui, "###region_uk"));
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck"));
  EXPECT_EQ(app::FindItem("###emergency_call")->label, "Call 999 now###emergency_call");
}

TEST(SelfCheck, RegionComesFromSavedSettingsThenFromTheLocale) {
  {
    UiDriver ui(390.0f, 844.0f, {{"settings", R"({"emergency_region":"us","language":"zh"})"}});
    ui.App().SetLocale("en-GB");
    StartFresh(ui);
    ASSERT_TRUE(Tap(ui, "###answer_yes"));
    EXPECT_EQ(app::FindItem("###emergency_call")->label, "Call 911 now###emergency_call");
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
    ASSERT_TRUE(Tap(ui, "###answer_yes"));
    EXPECT_EQ(app::FindItem("###emergency_call")->label, "Call 999 now###emergency_call");
  }
}

TEST(SelfCheck, TouchTapsWork) {
  UiDriver ui;
  ASSERT_TRUE(Tap(ui, "###nav_selfcheck", true));
  ASSERT_TRUE(Tap(ui, "###selfcheck_start", true));
  ASSERT_TRUE(Tap(ui, "###answer_no", true));
  EXPECT_EQ(QuestionShown(), "foot_cold_pale_or_numb");
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
  ui.App().SetToday({2026, 11, 24});
  StartFresh(ui);
  EXPECT_EQ(Complete(ui), "routine") << "frequent cramps from the diary: get checked";
  const auto answers = SavedAnswers(ui);
  EXPECT_FALSE(answers.episodes_per_week.Get().has_value())
      << "the diary's figure is used, not written into the person's answers";
}
