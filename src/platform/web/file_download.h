#pragma once
// Hands a file to the person in the browser: a download made from memory (a Blob), so
// the data never leaves the device.
#include <string>

namespace platform {

// Starts the download; returns false when the browser refused.
bool DownloadFile(const std::string& name, const std::string& mime, const std::string& content);

}  // namespace platform
