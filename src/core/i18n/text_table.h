#pragma once
// What every text table (triage_text_*.cpp, app_text_*.cpp) is: a plain array of key/text
// pairs, searched by key and listed for the tests that compare languages. A triage table
// also holds its signs as SignWords rows (a question and its condition side by side), served
// as question.<field>, cond.<field> and if.<field> by a SignTable.
#include <cstddef>
#include <string>
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

// One yes/no sign: the words of its question and its condition, in one row so that they
// cannot drift apart. The condition is the clause without "If" / "如果", usable inside a
// longer sentence ("If <cond1> and <cond2>, <action>.").
struct SignWords {
  std::string_view field;      // the answer field
  std::string_view question;   // served as question.<field>
  std::string_view condition;  // served as cond.<field>; if.<field> is the prefix + this
};

// The keys of a SignWords array: question.<field>, cond.<field> and if.<field>, built once
// (a function-local static) and kept for the life of the program, so a lookup can hand out
// string_views into it. Not copyable: the views point into its own storage.
class SignTable {
 public:
  // `if_prefix` starts each if.<field>: "If " in English, "如果" in Chinese.
  template <std::size_t N>
  SignTable(const SignWords (&rows)[N], std::string_view if_prefix) {
    entries_.reserve(3 * N);
    for (const SignWords& row : rows) {
      entries_.emplace_back("question." + std::string(row.field), std::string(row.question));
      entries_.emplace_back("cond." + std::string(row.field), std::string(row.condition));
      entries_.emplace_back("if." + std::string(row.field),
                            std::string(if_prefix) + std::string(row.condition));
    }
    keys_.reserve(entries_.size());
    for (const auto& entry : entries_) keys_.emplace_back(entry.first);
  }
  SignTable(const SignTable&) = delete;
  SignTable& operator=(const SignTable&) = delete;

  // The text for `key`, or an empty view when no row serves it.
  std::string_view Find(std::string_view key) const {
    for (const auto& entry : entries_) {
      if (entry.first == key) return entry.second;
    }
    return {};
  }
  // Every key served, row by row (question, cond, if).
  const std::vector<std::string_view>& Keys() const { return keys_; }

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
  std::vector<std::string_view> keys_;
};

}  // namespace core::i18n
