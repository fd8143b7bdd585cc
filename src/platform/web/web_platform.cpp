#include "web_platform.h"

#include <emscripten.h>

#include <string>
#include <string_view>

#include "document_open.h"
#include "file_download.h"
#include "file_picker.h"

namespace platform {
namespace {

// navigator.language ("en-GB") into `buffer`.
EM_JS(void, ReadBrowserLocale, (char* buffer, int size),
      { stringToUTF8(String(navigator.language || ""), buffer, size); });

EM_JS(void, ReloadPage, (), { location.reload(); });

EM_JS(void, VibrateDevice, (int milliseconds), {
  if (navigator.vibrate) navigator.vibrate(milliseconds);
});

// Opens tel:<number> through app.js's dial() (a link click); without it, as a link followed.
EM_JS(void, DialNumber, (const char* number), {
  var href = "tel:" + UTF8ToString(number);
  if (Module["dial"])
    Module["dial"](href);
  else
    window.location.href = href;
});

EM_JS(int, ReadPrefersReducedMotion, (), {
  return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches ? 1 : 0;
});

// <html lang>, and app.js's own words (loading, failures) follow the app's language.
EM_JS(void, SetDocumentLanguage, (const char* tag), {
  document.documentElement.lang = UTF8ToString(tag);
  if (Module["onLanguage"]) Module["onLanguage"](UTF8ToString(tag));
});

// The installed app's state, kept by app.js (Module.installedApp): bit 0 a version waits,
// bit 1 the browser offers to install, bit 2 installed.
EM_JS(int, ReadInstalledApp, (), {
  var state = Module["installedApp"];
  if (!state) return 0;
  return (state["updateReady"] ? 1 : 0) | (state["canInstall"] ? 2 : 0) |
         (state["installed"] ? 4 : 0);
});
EM_JS(void, ApplyWaitingUpdate, (), {
  if (Module["installedApp"]) Module["installedApp"]["applyUpdate"]();
});
EM_JS(void, PromptInstall, (), {
  if (Module["installedApp"]) Module["installedApp"]["install"]();
});

// The page's address without query or fragment ("https://host/app/").
EM_JS(void, ReadAppAddress, (char* buffer, int size),
      { stringToUTF8(String(location.origin + location.pathname), buffer, size); });

}  // namespace

std::string WebPlatform::AppAddress() const {
  char address[2048] = "";
  ReadAppAddress(address, static_cast<int>(sizeof address));
  return address;
}

void WebPlatform::SetLanguage(std::string_view tag) {
  const std::string text(tag);
  SetDocumentLanguage(text.c_str());
}

std::string WebPlatform::Locale() const {
  char locale[64] = "";
  ReadBrowserLocale(locale, static_cast<int>(sizeof locale));
  return locale;
}

std::optional<std::string> WebPlatform::SaveFile(const std::string& name, const std::string& mime,
                                                 const std::string& content) {
  if (!DownloadFile(name, mime, content)) return std::nullopt;
  return name;
}

// A new page to read, print or share from; a download when the browser blocks it.
std::optional<app::Platform::OpenedDocument> WebPlatform::OpenDocument(const std::string& name,
                                                                       const std::string& mime,
                                                                       const std::string& content) {
  if (OpenInNewPage(name, mime, content)) return OpenedDocument{true, name};
  if (!DownloadFile(name, mime, content)) return std::nullopt;
  return OpenedDocument{false, name};
}

bool WebPlatform::CanShareFiles() const {
  // Asked once: what the browser can share does not change while the page is open.
  if (!can_share_files_) can_share_files_ = platform::CanShareFiles();
  return *can_share_files_;
}

bool WebPlatform::ShareFile(const std::string& name, const std::string& mime,
                            const std::string& content) {
  return platform::ShareFile(name, mime, content);
}

bool WebPlatform::PickFile(std::function<void(PickedFile)> picked) {
  platform::PickFile([this, picked = std::move(picked)](PickedFile file) {
    picked(std::move(file));
    if (on_answer_) on_answer_();
  });
  return true;
}

void WebPlatform::Reload() {
  ReloadPage();
}

app::Platform::InstalledApp WebPlatform::InstalledAppState() const {
  const int bits = ReadInstalledApp();
  return InstalledApp{(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
}

void WebPlatform::ApplyUpdate() {
  ApplyWaitingUpdate();
}

void WebPlatform::Install() {
  PromptInstall();
}

bool WebPlatform::PrefersReducedMotion() const {
  return ReadPrefersReducedMotion() != 0;
}

void WebPlatform::Call(std::string_view number) {
  // The app hands digits only (core::triage::DialableNumber), so the link is tel:<digits>.
  const std::string digits(number);
  if (!digits.empty()) DialNumber(digits.c_str());
}

void WebPlatform::Vibrate(int milliseconds) {
  VibrateDevice(milliseconds);
}

}  // namespace platform
