#pragma once
// The words of the triage, kept apart from its logic: the engine deals in keys, a text
// table turns them into one language. English is here (triage_text_en.cpp); another
// language is another function with the same keys (a test checks that every key the
// engine can produce has English text).
//
// Keys:
//   rule.<rule id>            why a rule fired (the "message" of the CLI output)
//   advice.*                  advice lines (Assessment::advice_keys)
//   level.<level>             the level as a short title ("Urgent: now")
//   act.<level>               the level's action as a clause, for open signs
//   act.rule.<rule id>        a rule's own action, used instead when that rule is the first
//                             a yes would fire (stop the statin, call the midwife)
//   question.<field>          a sign's question (yes/no fields: from its SignWords row)
//   cond.<field>              the same sign as a condition without "If" / "如果", for a
//                             longer sentence ("If <cond1> and <cond2>, <action>.")
//   if.<field>                "If " + cond.<field> (Chinese: 如果 + cond), for open signs
//   Each yes/no field has ONE SignWords row (core/i18n/text_table.h) holding its question and
//   its condition side by side, so the two cannot drift; other keys are plain entries.
//   sign.format               joins them: "{if}, {act}."
//   sign.if_conds, sign.and   "If {conds}", with the conditions joined by " and ", for a
//                             sign that needs other unknown answers (OpenSign::with)
//   page.<id>, choice.<id>.<value>, unit.*, answer.*   the question flow
//   result.*, disclaimer, myth.growing, from_diary                     the result screen
// Placeholders, filled from the person's region (emergency_numbers.h), never written into
// a message: {number} the emergency number, {urgent} the urgent line, {ed} the emergency
// department; {medicines} names the medicines of the `medicine` rule.
// All text is plain words from CLINICAL.md; nothing here adds medical content.
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/language.h"
#include "core/triage/assess.h"
#include "core/triage/emergency_numbers.h"
#include "core/triage/level.h"

namespace core::triage {

// Text for a key, or an empty view when the table has none.
using TextLookup = std::string_view (*)(std::string_view key);

std::string_view TriageTextEn(std::string_view key);
// Simplified Chinese (triage_text_zh_hans.cpp): the same keys and placeholders as English.
std::string_view TriageTextZhHans(std::string_view key);

// Every key of each table, in table order (a test checks that both hold the same keys).
const std::vector<std::string_view>& TriageTextKeysEn();
const std::vector<std::string_view>& TriageTextKeysZhHans();

// The region's name in `language` ("United Kingdom", "英国"), English when it has no other.
std::string_view RegionName(const EmergencyRegion& region, core::i18n::Language language);

// The text of `key` with the region's placeholders filled in.
// `language` picks the region's words (its urgent line, its emergency department).
std::string RegionText(TextLookup text, std::string_view key, const EmergencyRegion& region,
                       core::i18n::Language language = core::i18n::Language::kEn);

// Why a rule fired, filled in for this person (their region, the medicines named).
std::string RuleMessage(TextLookup text, const FiredRule& rule, const Assessment& assessment,
                        const EmergencyRegion& region,
                        core::i18n::Language language = core::i18n::Language::kEn);

// "If you have chest pain ..., call 999 now." for a sign not ruled out (or not sure); with
// `with`: "If you have a clot risk (...) and pain in one calf or thigh has not eased since the
// cramp stopped, get medical advice now: ...", one line.
std::string OpenSignText(TextLookup text, const OpenSign& sign, const EmergencyRegion& region,
                         core::i18n::Language language = core::i18n::Language::kEn);

}  // namespace core::triage
