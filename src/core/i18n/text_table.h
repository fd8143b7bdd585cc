#pragma once
// What every text table (triage_text_*.cpp, app_text_*.cpp) is: a plain array of key/text
// pairs, searched by key and listed for the tests that compare languages.
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace core::i18n {

using TextEntry = std::pair<std::string_view, std::string_view>;

// The text for `key`, or an empty view when the table has none.
template <std::size_t N>
std::string_view FindText(const TextEntry (&table)[N], std::string_view key) {
  for (const TextEntry& entry : table) {
    if (entry.first == key) return entry.second;
  }
  return {};
}

// Every key of the table, in table order.
template <std::size_t N>
std::vector<std::string_view> KeysOf(const TextEntry (&table)[N]) {
  std::vector<std::string_view> keys;
  keys.reserve(N);
  for (const TextEntry& entry : table) keys.push_back(entry.first);
  return keys;
}

}  // namespace core::i18n
