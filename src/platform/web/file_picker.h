#pragma once
// Lets the person pick a file to import with the browser's file picker
// (library_file_picker.js). The answer arrives later, through the handler.
#include <functional>
#include <string>

namespace platform {

struct PickedFile {
  std::string name;
  bool ok = false;
  std::string content;  // the bytes of the file when ok
  std::string why;      // for people, when not ok (too big, unreadable)
};

// Opens the picker. `handler` runs once the person chose a file (never when they cancel).
void PickFile(std::function<void(PickedFile)> handler);

}  // namespace platform
