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
  // `wake` runs after relayed input was queued for ImGui, to act on it at once (the idle
  // page draws no frames by itself).
  explicit TextRelay(std::function<void()> wake);
  ~TextRelay();
  TextRelay(const TextRelay&) = delete;
  TextRelay& operator=(const TextRelay&) = delete;

  // Call after ImGui::Render(): focuses the relay over the edited field, or lets the
  // keyboard close when none is edited.
  void AfterFrame();
  // Acts on relayed input at once (the functions the page calls end with it).
  void Wake() const;

 private:
  std::function<void()> wake_;
  bool editing_ = false;  // the page was told a field is edited
};

}  // namespace platform
