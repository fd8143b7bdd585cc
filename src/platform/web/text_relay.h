#pragma once
// The browser's on-screen keyboard relay (library_text_relay.js): after each app frame it
// tells the page which ImGui field is edited (app/text_entry), so a hidden input over the
// field has the focus, and it hands what is typed there back to ImGui. Every text and
// number field of the app uses it without knowing.
#include <functional>
#include <utility>

namespace platform {

class TextRelay {
 public:
  // `wake` runs after relayed input was queued for ImGui with the number of events queued
  // (0: ImGui's state changed without an event, e.g. the field stopped being edited), so
  // the shell draws the frames that take it in (the idle page draws none by itself).
  explicit TextRelay(std::function<void(int events)> wake);
  ~TextRelay();
  TextRelay(const TextRelay&) = delete;
  TextRelay& operator=(const TextRelay&) = delete;

  // Call after ImGui::Render(): focuses the relay over the edited field, or lets the
  // keyboard close when none is edited.
  void AfterFrame();
  // Asks for the frames that take in relayed input (the functions the page calls end with it).
  void Wake(int events) const;

 private:
  std::function<void(int events)> wake_;
  bool editing_ = false;  // the page was told a field is edited
};

}  // namespace platform
