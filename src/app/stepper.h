#pragma once
// A value with big "-" and "+" targets either side, for choosing a day, a time or a
// duration without a keyboard (a phone at night: no typing, no small spinners). Where the
// value is too wide for the middle of the row (large text, a long date) it goes on a line
// of its own above the two buttons.
#include <string>

namespace app::widgets {

// Draws "[-] value [+]"; the buttons are "###<id>_minus" and "###<id>_plus". Returns -1 or
// +1 for the button tapped this frame, else 0. A direction that is not allowed is drawn
// dimmed and does nothing.
int Stepper(const std::string& id, const std::string& value, bool can_decrease = true,
            bool can_increase = true);

}  // namespace app::widgets
