#include "file_download.h"

#include <emscripten.h>

namespace {

EM_JS(int, StartDownload, (const char* name, const char* mime, const char* data, int size), {
  try {
    const bytes = HEAPU8.slice(data, data + size);
    const url = URL.createObjectURL(new Blob([bytes], {type: UTF8ToString(mime)}));
    const link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return 1;
  } catch (error) {
    console.warn('CrampCheck: download failed:', error.message);
    return 0;
  }
});

}  // namespace

namespace platform {

bool DownloadFile(const std::string& name, const std::string& mime, const std::string& content) {
  return StartDownload(name.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size())) != 0;
}

}  // namespace platform
