#pragma once
// How the self-check's UI tests tap and read the last frame's items.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "app/item_recorder.h"
#include "ui_driver.h"

namespace selfcheck_test {

// Presses an item, then draws two more frames so LastFrameItems() shows the result (the
// recorder keeps the last *completed* frame; a touch trickles down and up over one more).
inline bool Tap(app_test::UiDriver& ui, const std::string& id, bool touch = false) {
  if (!ui.Press(id, touch)) return false;
  ui.Frame();
  ui.Frame();
  return true;
}

// The text after `marker` in the label of the first item that has it, or "".
inline std::string IdAfter(const std::string& marker) {
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    const auto at = item.label.find(marker);
    if (at != std::string::npos) return item.label.substr(at + marker.size());
  }
  return "";
}

// The result is shown: its level, or (self-care with signs open) the sentence that leads them.
inline bool OnResultScreen() {
  return !IdAfter("###result_level_").empty() || app::FindItem("###result_open_lead") != nullptr;
}

// Starts a self-check and answers it: `marks` (field -> yes/no/unsure) where they are asked,
// "None of these" or Next everywhere else, until a result shows. Returns its level ("" when
// not shown: self-care with signs open shows "not confirmed" instead).
inline std::string AnswerCheck(app_test::UiDriver& ui,
                               const std::map<std::string, std::string>& marks) {
  EXPECT_TRUE(Tap(ui, "###nav_selfcheck"));
  EXPECT_TRUE(ui.ScrollTo("###selfcheck_start"));
  EXPECT_TRUE(Tap(ui, "###selfcheck_start"));
  for (int step = 0; step < 40 && !OnResultScreen(); ++step) {
    for (const auto& [field, answer] : marks) {
      const std::string id = "###answer_" + answer + "_" + field;
      if (app::FindItem(id) != nullptr) {
        EXPECT_TRUE(ui.ScrollTo(id)) << id;
        EXPECT_TRUE(Tap(ui, id)) << id;
      }
    }
    if (OnResultScreen()) break;
    if (app::FindItem("###facts_confirm") != nullptr) {
      EXPECT_TRUE(Tap(ui, "###facts_confirm"));
    } else if (app::FindItem("###answer_none") != nullptr) {
      EXPECT_TRUE(Tap(ui, "###answer_none"));
    } else if (!Tap(ui, "###next")) {
      ADD_FAILURE() << "neither a page nor a result at step " << step;
      break;
    }
  }
  return IdAfter("###result_level_");
}

}  // namespace selfcheck_test
