#pragma once
// The app's screens and the one way between them: a stack of screens. The tabs (home,
// diary, self-check, stretches, trends, settings) are one tap from everywhere and start a
// fresh stack [home, tab]; pages opened from them (an entry, import, Cramp now, delete
// everything) go on top. Back (the browser's back button, Escape, a page's "Back") returns
// through the stack, so there are no dead ends.
#include <cstddef>
#include <vector>

namespace app {

// kCramp is the "Cramp now" flow (app/cramp/cramp_flow.h), opened from home; kImport and
// kDeleteAll are pages of Settings (app/data/); kEntry is one diary entry; kLogPast logs a
// cramp afterwards (app/diary/log_past_flow.h), opened from Home and the Diary.
enum class Screen {
  kHome,
  kDiary,
  kInsights,
  kSelfCheck,
  kStretches,
  kSettings,
  kCramp,
  kImport,
  kDeleteAll,
  kEntry,
  kLogPast,
};
inline constexpr std::size_t kScreenCount = 11;

// The stable name used by window.crampcheck.screen() and by "###nav_<name>" ids.
const char* ScreenId(Screen screen);
// Whether `screen` is a tab of the bars (it starts a fresh stack).
bool IsTab(Screen screen);

class Router {
 public:
  Screen Current() const { return stack_.back(); }
  // A tab: the stack becomes [home, tab] (or [home]); any other page: pushed on top. Going
  // to the page already shown changes nothing.
  void GoTo(Screen screen);
  // One step back; false when already at home with nothing under it.
  bool Back();
  std::size_t Depth() const { return stack_.size(); }
  // Counts every change of the page shown.
  unsigned Generation() const { return generation_; }
  // True when the last change was a Back (the page shown was there before).
  bool CameBack() const { return came_back_; }

 private:
  std::vector<Screen> stack_{Screen::kHome};
  unsigned generation_ = 0;
  bool came_back_ = false;
};

}  // namespace app
