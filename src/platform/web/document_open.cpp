#include "document_open.h"

#include <emscripten.h>

namespace {

EM_JS(int, OpenBlobPage, (const char* mime, const char* data, int size), {
  try {
    const bytes = HEAPU8.slice(data, data + size);
    const url = URL.createObjectURL(new Blob([bytes], {type: UTF8ToString(mime)}));
    const page = window.open(url, '_blank');
    if (!page) {
      URL.revokeObjectURL(url);
      return 0;
    }
    try { page.opener = null; } catch (error) {}
    // Kept a while, so printing or reloading that page still finds it.
    setTimeout(() => URL.revokeObjectURL(url), 10 * 60 * 1000);
    return 1;
  } catch (error) {
    console.warn('CrampCheck: opening the report failed:', error.message);
    return 0;
  }
});

EM_JS(int, BrowserSharesFiles, (), {
  try {
    if (typeof navigator.canShare !== 'function' || typeof navigator.share !== 'function') return 0;
    const probe = new File(['x'], 'probe.html', {type: 'text/html'});
    return navigator.canShare({files: [probe]}) ? 1 : 0;
  } catch (error) {
    return 0;
  }
});

EM_JS(int, ShareAsFile, (const char* name, const char* mime, const char* data, int size), {
  try {
    const file = new File([HEAPU8.slice(data, data + size)], UTF8ToString(name),
                          {type: UTF8ToString(mime)});
    if (!navigator.canShare({files: [file]})) return 0;
    navigator.share({files: [file], title: file.name}).catch((error) => {
      if (error.name !== 'AbortError') console.warn('CrampCheck: sharing failed:', error.message);
    });
    return 1;
  } catch (error) {
    console.warn('CrampCheck: sharing failed:', error.message);
    return 0;
  }
});

}  // namespace

namespace platform {

bool OpenInNewPage(const std::string& /*name*/, const std::string& mime,
                   const std::string& content) {
  return OpenBlobPage(mime.c_str(), content.data(), static_cast<int>(content.size())) != 0;
}

bool CanShareFiles() {
  return BrowserSharesFiles() != 0;
}

bool ShareFile(const std::string& name, const std::string& mime, const std::string& content) {
  return ShareAsFile(name.c_str(), mime.c_str(), content.data(),
                     static_cast<int>(content.size())) != 0;
}

}  // namespace platform
