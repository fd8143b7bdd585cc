#include "core/i18n/text.h"

#include <mutex>
#include <set>
#include <string>

#include "core/i18n/app_text.h"
#include "core/i18n/report_text.h"

namespace core::i18n {
namespace {

MissingKeyHandler g_missing_handler = nullptr;

// The tables of a language, searched in order: triage, app, report and dates.
std::string_view Find(Language language, std::string_view key) {
  using TableLookup = std::string_view (*)(std::string_view);
  static constexpr TableLookup kEn[] = {core::triage::TriageTextEn, AppTextEn, ReportTextEn};
  static constexpr TableLookup kZhHans[] = {core::triage::TriageTextZhHans, AppTextZhHans,
                                            ReportTextZhHans};
  for (const TableLookup table : language == Language::kZhHans ? kZhHans : kEn) {
    const std::string_view found = table(key);
    if (!found.empty()) return found;
  }
  return {};
}

void ReportMissing(Language language, std::string_view key) {
  static std::mutex mutex;
  static std::set<std::pair<Language, std::string>> reported;
  std::lock_guard<std::mutex> lock(mutex);
  if (!reported.insert({language, std::string(key)}).second) return;
  if (g_missing_handler != nullptr) g_missing_handler(language, key);
}

std::string_view TextEn(std::string_view key) {
  return Text(Language::kEn, key);
}
std::string_view TextZhHans(std::string_view key) {
  return Text(Language::kZhHans, key);
}

}  // namespace

std::string_view Text(Language language, std::string_view key) {
  const std::string_view found = Find(language, key);
  if (!found.empty() || language == Language::kEn) return found;
  const std::string_view english = Find(Language::kEn, key);
  if (!english.empty()) ReportMissing(language, key);
  return english;
}

core::triage::TextLookup Lookup(Language language) {
  return language == Language::kZhHans ? TextZhHans : TextEn;
}

std::string Fill(std::string_view pattern, Values values) {
  std::string text(pattern);
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (auto at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

std::string_view PluralCategory(Language language, long long count) {
  if (language == Language::kZhHans) return "other";
  return count == 1 ? "one" : "other";
}

std::string Plural(Language language, std::string_view key, long long count, Values values) {
  const std::string full = std::string(key) + "." + std::string(PluralCategory(language, count));
  const std::string number = std::to_string(count);
  std::string text = Fill(Text(language, full), {{"count", number}});
  return Fill(text, values);
}

void SetMissingKeyHandler(MissingKeyHandler handler) {
  g_missing_handler = handler;
}

}  // namespace core::i18n
