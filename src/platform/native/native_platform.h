#pragma once
// The desktop's app::Platform: the system clock, $LANG, exports written into the data
// folder with the storage's own atomic write, no file picker (files are dropped on the
// window), no reload, no vibration motor, no phone to call with.
#include <string>

#include "app/platform.h"

namespace platform {

class NativePlatform final : public app::Platform {
 public:
  // `data_folder` is where exports and reports go (FileStorage's folder).
  explicit NativePlatform(std::string data_folder) : data_folder_(std::move(data_folder)) {}

  const core::Clock& Clock() const override { return clock_; }
  std::string Locale() const override;
  bool CanSaveFiles() const override { return true; }
  std::optional<std::string> SaveFile(const std::string& name, const std::string& mime,
                                      const std::string& content) override;
  bool PickFile(std::function<void(PickedFile)>) override { return false; }
  bool CanReload() const override { return false; }
  void Reload() override {}
  void Vibrate(int) override {}
  bool CanCall() const override { return false; }  // a desktop has no dialer
  void Call(std::string_view) override {}
  void SetLanguage(std::string_view) override {}
  std::string AppAddress() const override { return {}; }

 private:
  core::SystemClock clock_;
  std::string data_folder_;
};

}  // namespace platform
