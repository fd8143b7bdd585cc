#include "web_platform.h"

#include <emscripten.h>

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

EM_JS(void, SetDocumentLanguage, (const char* tag), {
  document.documentElement.lang = UTF8ToString(tag);
});

// The page's address without query or fragment ("https://host/app/").
EM_JS(void, ReadAppAddress, (char* buffer, int size), {
  stringToUTF8(String(location.origin + location.pathname), buffer, size);
});

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

void WebPlatform::Vibrate(int milliseconds) {
  VibrateDevice(milliseconds);
}

}  // namespace platform
