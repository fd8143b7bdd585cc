#pragma once
// What the app needs from the device, behind one small interface: one implementation per
// platform (src/platform/native/native_platform.*, src/platform/web/web_platform.*), each
// linked only into its own program by CMake, and one for tests (tests/unit/app/ui_driver.h).
// Platform details (downloads, file pickers, reloading a page, the vibration motor) stay
// there; the app only says what it wants.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace app {

class Platform {
 public:
  virtual ~Platform() = default;

  // The wall clock with the device's UTC offset, and a monotonic clock for timers.
  virtual const core::Clock& Clock() const = 0;
  // The device's locale: "en-GB" from the browser, "zh_CN.UTF-8" from $LANG.
  virtual std::string Locale() const = 0;

  // Hands a file to the person: a download in the browser, a file in the data folder on
  // the desktop, written whole or not at all. Returns where it went ("Downloaded x.json.",
  // "Saved to /home/..."), or nullopt when it failed.
  virtual bool CanSaveFiles() const = 0;
  virtual std::optional<std::string> SaveFile(const std::string& name, const std::string& mime,
                                              const std::string& content) = 0;

  // Shows a document to read, print or share (the doctor report): a new page in the browser
  // (a download when the browser blocks it), a saved file on the desktop. Returns where it
  // went, or nullopt when it failed. By default it saves the file.
  struct OpenedDocument {
    bool in_new_page = false;  // else saved as a file, named by `where`
    std::string where;
  };
  virtual std::optional<OpenedDocument> OpenDocument(const std::string& name,
                                                     const std::string& mime,
                                                     const std::string& content) {
    std::optional<std::string> where = SaveFile(name, mime, content);
    if (!where) return std::nullopt;
    return OpenedDocument{false, *where};
  }
  // The system share sheet with the file (navigator.share with files), where the device
  // can share files; false elsewhere. The sheet answers later; a cancelled one changes nothing.
  virtual bool CanShareFiles() const { return false; }
  virtual bool ShareFile(const std::string& /*name*/, const std::string& /*mime*/,
                         const std::string& /*content*/) {
    return false;
  }

  // Asks the person for a file to import. The answer comes later through `picked` (or
  // never, when they cancel). False when there is no picker (the desktop: drop a file on
  // the window, which the platform hands to App::OpenFile).
  struct PickedFile {
    bool ok = false;
    std::string name;
    std::string content;  // when ok
    // When not ok, what went wrong; the app says it in the person's language.
    enum class Problem { kNone, kTooBig, kNoMemory, kUnreadable };
    Problem problem = Problem::kNone;
    std::uint64_t size_bytes = 0;  // kTooBig: the file's size
    std::string browser_error;     // kUnreadable: the browser's error name ("NotReadableError")
  };
  virtual bool PickFile(std::function<void(PickedFile)> picked) = 0;

  // Reloads the app (the browser), offered when a newer version took over storage.
  virtual bool CanReload() const = 0;
  virtual void Reload() = 0;

  // Dials a phone number (a tel: link in the browser, which a phone hands to its dialer).
  // False where nothing can dial (the desktop): the app then shows the number large to be
  // dialled by hand, never a button that does nothing. `number` may hold spaces ("1800 022
  // 222"); the platform dials its digits (and a leading +).
  virtual bool CanCall() const { return false; }
  virtual void Call(std::string_view /*number*/) {}

  // A short buzz where the device has one (navigator.vibrate); nothing elsewhere.
  virtual void Vibrate(int milliseconds) = 0;
  // The device asks for less motion (prefers-reduced-motion): stretch figures then show
  // their key poses one by one unless the person chose moving pictures in Settings.
  virtual bool PrefersReducedMotion() const { return false; }

  // The address that opens the app again (the page's URL without query or fragment), for
  // the bedtime reminder's calendar entry; empty where there is none (the desktop app).
  virtual std::string AppAddress() const = 0;

  // The language the app now speaks ("en", "zh-Hans"): the page's <html lang>.
  virtual void SetLanguage(std::string_view tag) = 0;

  // The installed app (the browser's service worker and install prompt; nothing on the
  // desktop, which updates through its package). The app decides when to show what.
  struct InstalledApp {
    // A newer version is downloaded whole and waiting (or already took over from another
    // tab): the app may offer ApplyUpdate().
    bool update_ready = false;
    // The browser offers to install the app (beforeinstallprompt): Install() asks it.
    bool can_install = false;
    // Running as the installed app (display-mode standalone), or just installed.
    bool installed = false;
  };
  virtual InstalledApp InstalledAppState() const { return {}; }
  // Switches to the waiting version: the new one takes over and this page reloads once,
  // into it. Only ever on the person's word (the offer ###update_reload).
  virtual void ApplyUpdate() {}
  virtual void Install() {}
};

}  // namespace app
