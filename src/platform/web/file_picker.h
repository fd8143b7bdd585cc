#pragma once
// Lets the person pick a file to import with the browser's file picker
// (library_file_picker.js). The answer arrives later, through the handler.
#include <functional>
#include <string>

#include "app/platform.h"

namespace platform {

using PickedFile = app::Platform::PickedFile;

// Opens the picker. `handler` runs once the person chose a file (never when they cancel).
void PickFile(std::function<void(PickedFile)> handler);

}  // namespace platform
