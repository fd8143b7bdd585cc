#pragma once
// Shows a document in the browser (the doctor report): a new page made from memory (a Blob
// URL opened by window.open while the tap's user activation lasts), and the system share
// sheet with the file where navigator.canShare({files}) says the browser can.
#include <string>

namespace platform {

// False when the browser blocked the new page (the caller then downloads the file).
bool OpenInNewPage(const std::string& name, const std::string& mime, const std::string& content);
bool CanShareFiles();
// Starts the share sheet; false when the browser refused at once. Cancelling is an answer.
bool ShareFile(const std::string& name, const std::string& mime, const std::string& content);

}  // namespace platform
