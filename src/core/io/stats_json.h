#pragma once
// DiaryStats as JSON: the `crampcheck-cli stats` output, and what the web build can hand to
// JavaScript. Keys are stable; new ones may be added. Rates are rounded to 2 decimals.
#include <nlohmann/json.hpp>

#include "core/diary/stats.h"
#include "core/triage/diary_facts.h"

namespace core::io {

nlohmann::ordered_json StatsToJson(const core::diary::DiaryStats& stats);
nlohmann::ordered_json DiaryFactsToJson(const core::triage::DiaryFacts& facts);

}  // namespace core::io
