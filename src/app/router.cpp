#include "app/router.h"

namespace app {

const char* ScreenId(Screen screen) {
  switch (screen) {
    case Screen::kHome:
      return "home";
    case Screen::kDiary:
      return "diary";
    case Screen::kInsights:
      return "insights";
    case Screen::kSelfCheck:
      return "selfcheck";
    case Screen::kStretches:
      return "stretches";
    case Screen::kSettings:
      return "settings";
    case Screen::kCramp:
      return "cramp";
    case Screen::kImport:
      return "import";
    case Screen::kDeleteAll:
      return "delete_all";
    case Screen::kEntry:
      return "entry";
    case Screen::kLogPast:
      return "log_past";
  }
  return "home";
}

bool IsTab(Screen screen) {
  switch (screen) {
    case Screen::kHome:
    case Screen::kDiary:
    case Screen::kInsights:
    case Screen::kSelfCheck:
    case Screen::kStretches:
    case Screen::kSettings:
      return true;
    case Screen::kCramp:
    case Screen::kImport:
    case Screen::kDeleteAll:
    case Screen::kEntry:
    case Screen::kLogPast:
      return false;
  }
  return false;
}

void Router::GoTo(Screen screen) {
  if (screen == Current()) return;
  if (IsTab(screen)) {
    stack_.assign(1, Screen::kHome);
    if (screen != Screen::kHome) stack_.push_back(screen);
  } else {
    stack_.push_back(screen);
  }
  ++generation_;
  came_back_ = false;
}

bool Router::Back() {
  if (stack_.size() <= 1) return false;
  stack_.pop_back();
  ++generation_;
  came_back_ = true;
  return true;
}

}  // namespace app
