#pragma once
// How the self-check's UI tests tap and read the last frame's items.
#include <string>

#include "app/item_recorder.h"
#include "ui_driver.h"

namespace selfcheck_test {

// Presses an item, then draws two more frames so LastFrameItems() shows the result (the
// recorder keeps the last *completed* frame; a touch trickles down and up over one more).
inline bool Tap(app_test::UiDriver& ui, const std::string& id, bool touch = false) {
  if (!ui.Press(id, touch)) return false;
  ui.Frame();
  ui.Frame();
  return true;
}

// The text after `marker` in the label of the first item that has it, or "".
inline std::string IdAfter(const std::string& marker) {
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    const auto at = item.label.find(marker);
    if (at != std::string::npos) return item.label.substr(at + marker.size());
  }
  return "";
}

}  // namespace selfcheck_test
