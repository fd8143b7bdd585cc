#pragma once
// Drawing helpers shared by the self-check screens (intro, pages and saved details in
// selfcheck_screens.cpp, number answers in number_answer.cpp, the result in
// result_screen.cpp). Internal to src/app/selfcheck.
#include <string>
#include <string_view>

#include "app/screens/screens.h"
#include "app/selfcheck/selfcheck_flow.h"
#include "core/triage/emergency_numbers.h"

namespace app::selfcheck {

// English text of a triage key (core/triage/triage_text.h) as a std::string.
std::string Text(std::string_view key);
// The same with the region's number and services filled in.
std::string Text(std::string_view key, const core::triage::EmergencyRegion& region);
// "<text>###<id>": a label whose id stays the same whatever the text.
std::string Label(std::string_view text, std::string_view id);

// The answer controls of one number question (presets, typed input, not sure).
void DrawNumberAnswer(SelfCheckFlow& flow, const core::triage::Question& question);
// A number answer in words: "35 years", "3.5 a week", "2 min 30 s", "4 weeks".
std::string FormatNumber(std::string_view question_id, double value);

void DrawResult(screens::ScreenContext& context, SelfCheckFlow& flow, const PhoneLine& phone,
                const DataActions& data);

}  // namespace app::selfcheck
