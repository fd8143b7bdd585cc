#pragma once
// The whole user interface, one call a frame. Platform mains (src/platform/*) own the
// window, the GL context and the loop; they call App::Frame() between ImGui::NewFrame()
// and ImGui::Render() and never reach into screens.
#include "app/navigation.h"
#include "core/storage/storage.h"

namespace app {

class App {
 public:
  // Loads everything from `storage` (which must outlive the app) and shows home.
  explicit App(core::storage::Storage& storage);

  // True once storage has answered the first load (successfully or not): the app can be
  // used. window.crampcheck.ready waits for this and a drawn frame.
  bool IsLoaded() const { return loaded_; }

  // Builds this frame's UI: top bar, the current screen, the navigation bar.
  void Frame();

  Screen CurrentScreen() const { return navigation_.Current(); }
  // The stable screen name of window.crampcheck.screen(), e.g. "home".
  const char* ScreenName() const { return ScreenId(navigation_.Current()); }

  // True once after a frame that changed what the app shows; the platform then draws
  // one more frame so the change reaches the screen.
  bool ConsumeStateChanged();
  // True while something moves (timers, animations): the platform keeps drawing.
  bool IsAnimating() const { return false; }

 private:
  void DrawTopBar();
  void DrawScreen();
  void DrawNavigationBar();

  core::storage::Storage& storage_;
  core::storage::Snapshot stored_;  // what storage held at start
  bool loaded_ = false;
  Navigation navigation_;
  Screen shown_last_frame_ = Screen::kHome;
  bool state_changed_ = false;
};

}  // namespace app
