#pragma once
// The call buttons (issue 24): a big tap that dials the emergency number or the urgent phone
// line, in the level's colour, with its words at twice the body size, and at any text size
// larger than everything else on the screen, in every language. Where
// nothing can dial (the desktop) the same words and number are shown large instead, never a
// button that does nothing.
//
// Items: "<words>###call_emergency" / "###call_urgent" (contract ids) for the buttons;
// "<words>###emergency_number" / "###urgent_number" for the number shown without a button.
#include <imgui.h>

#include <string>
#include <string_view>

#include "app/page_services.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/level.h"

namespace app {

// The colour of a result level (the result's banner, its call button).
ImVec4 LevelColour(core::triage::Level level);

enum class CallKind { kEmergency, kUrgent };

// Draws the call for `kind` in `region` full width at the cursor: the emergency number, or
// the urgent line's phone number (nothing at all where the urgent line is not a phone line).
// A smaller line under the words says whose number it is ("Emergency number: United Kingdom").
// Tapping the button asks the phone line to dial the number's digits.
void DrawCallButton(const PhoneLine& phone, CallKind kind,
                    const core::triage::EmergencyRegion& region);

// The font size of the button's main words ("Call 999 now") at the person's text scale
// (1 = 100 %): at least twice the body size, and always above the body text at that scale.
float CallWordsFontSize(float text_scale);

// Whether DrawCallButton draws anything for `kind` in `region`.
bool HasCallNumber(CallKind kind, const core::triage::EmergencyRegion& region);

}  // namespace app
