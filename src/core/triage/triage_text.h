#pragma once
// The words of the triage, kept apart from its logic: the engine deals in keys, a text
// table turns them into one language. English is here (triage_text_en.cpp); another
// language is another function with the same keys (a test checks that every key the
// engine can produce has English text).
//
// Keys:
//   rule.<rule id>            why a rule fired (the "message" of the CLI output)
//   advice.*                  advice lines (Assessment::advice_keys)
//   level.<level>             the level as a short title ("Urgent: today")
//   act.<level>               the level's action as a clause, for unsure raisers
//   if.<field>                "If <field> were yes" as a clause, for unsure raisers
//   raiser.format             joins them: "{if}, {act}."
//   question.<id>, choice.<id>.<value>, unit.*, answer.yes|no|unsure   the question flow
//   disclaimer, myth.growing, from_diary                                the result screen
// All text is plain words from CLINICAL.md; nothing here adds medical content.
#include <string>
#include <string_view>

#include "core/triage/level.h"

namespace core::triage {

// Text for a key, or an empty view when the table has none.
using TextLookup = std::string_view (*)(std::string_view key);

std::string_view TriageTextEn(std::string_view key);

// "If one calf is also swollen, get medical advice today." for a "not sure" answer that
// would raise the result to `level`.
std::string UnsureRaiserText(TextLookup text, std::string_view field, Level level);

}  // namespace core::triage
