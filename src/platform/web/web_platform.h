#pragma once
// The browser's app::Platform: Date for the clock, navigator.language, downloads, the file
// picker, location.reload(), navigator.vibrate, the service worker's update and the install
// prompt (through web/app.js). All EM_JS code stays in this folder.
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "app/platform.h"

namespace platform {

class WebPlatform final : public app::Platform {
 public:
  // `on_answer` runs when the browser answers later (a picked file), so the idle page
  // draws a frame to show it.
  explicit WebPlatform(std::function<void()> on_answer) : on_answer_(std::move(on_answer)) {}

  const core::Clock& Clock() const override { return clock_; }
  std::string Locale() const override;
  bool CanSaveFiles() const override { return true; }
  std::optional<std::string> SaveFile(const std::string& name, const std::string& mime,
                                      const std::string& content) override;
  std::optional<OpenedDocument> OpenDocument(const std::string& name, const std::string& mime,
                                             const std::string& content) override;
  bool CanShareFiles() const override;
  bool ShareFile(const std::string& name, const std::string& mime,
                 const std::string& content) override;
  bool PickFile(std::function<void(PickedFile)> picked) override;
  bool CanReload() const override { return true; }
  void Reload() override;
  void Vibrate(int milliseconds) override;
  bool CanCall() const override { return true; }
  void Call(std::string_view number) override;
  bool PrefersReducedMotion() const override;
  void SetLanguage(std::string_view tag) override;
  std::string AppAddress() const override;
  // The service worker and the install prompt, as web/app.js keeps them.
  InstalledApp InstalledAppState() const override;
  void ApplyUpdate() override;
  void Install() override;

 private:
  core::SystemClock clock_;
  mutable std::optional<bool> can_share_files_;
  std::function<void()> on_answer_;
};

}  // namespace platform
