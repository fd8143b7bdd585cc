#pragma once
// Small helpers for writing JSON by hand (the exporter writes 100,000 episodes in a few
// milliseconds this way) and for reading nlohmann values without exceptions.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace core::io {

// Appends `text` as a JSON string literal (quotes included). Bytes >= 0x80 pass through:
// callers only hand in validated UTF-8.
void AppendJsonString(std::string& out, std::string_view text);

// The integer in `value`, clamped to int64 (a huge unsigned becomes INT64_MAX so range
// checks still fail); nullopt when it is not an integer (floats included).
std::optional<std::int64_t> JsonInteger(const nlohmann::json& value);

// A position-aware reason why `text` is not JSON:
// "not valid JSON (or not UTF-8) near byte 17". Call it after a parse failed.
std::string JsonSyntaxError(std::string_view text);
// The same words for a parser that already knows the byte (the streaming diary reader).
std::string JsonSyntaxErrorNear(std::size_t byte);

// dump() that never throws on invalid UTF-8 (it substitutes U+FFFD).
std::string SafeDump(const nlohmann::json& value, int indent = -1);
std::string SafeDump(const nlohmann::ordered_json& value, int indent = -1);

}  // namespace core::io
