#include "app/navigation.h"

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
  }
  return "home";
}

}  // namespace app
