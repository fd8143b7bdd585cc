#pragma once
// The app's screens and the way between them. Every screen is one tap from every other
// through the bars, so there are no dead ends.
namespace app {

// kCramp is the "Cramp now" flow (app/cramp/cramp_flow.h), opened from home; kImport and
// kDeleteAll are pages of Settings (app/data/).
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
  kEntry,  // one diary entry (app/diary/entry_page.h)
};

// The stable name used by window.crampcheck.screen() and by "###nav_<name>" ids.
const char* ScreenId(Screen screen);

class Navigation {
 public:
  Screen Current() const { return current_; }
  void GoTo(Screen screen) { current_ = screen; }

 private:
  Screen current_ = Screen::kHome;
};

}  // namespace app
