#include "core/reminder/ics.h"

#include <cstdio>

#include "core/diary/timestamp.h"

namespace core::reminder {
namespace {

constexpr std::size_t kMaxLineOctets = 75;

bool IsUtf8Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// One content line, folded (RFC 5545 3.1): a CRLF and a space before each further chunk, a
// chunk never ending inside a UTF-8 character.
void AppendLine(std::string& out, const std::string& line) {
  std::size_t start = 0;
  std::size_t limit = kMaxLineOctets;
  while (line.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && IsUtf8Continuation(line[cut])) --cut;
    out.append(line, start, cut - start).append("\r\n ");
    start = cut;
    limit = kMaxLineOctets - 1;  // the leading space counts
  }
  out.append(line, start, std::string::npos).append("\r\n");
}

std::string TwoDigits(int value) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d", value);
  return text;
}

std::string LanguageParameter(const DailyReminder& reminder) {
  return reminder.language.empty() ? std::string() : ";LANGUAGE=" + reminder.language;
}

}  // namespace

bool IsValid(const DailyReminder& reminder) {
  return reminder.hour >= 0 && reminder.hour <= 23 && reminder.minute >= 0 &&
         reminder.minute <= 59 && reminder.minutes >= 1 && reminder.minutes <= 240 &&
         core::diary::IsValidDate(reminder.first_day.year, reminder.first_day.month,
                                  reminder.first_day.day);
}

std::string EscapeText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      // Other control characters are not allowed in TEXT; they carry nothing readable.
    } else {
      out += c;
    }
  }
  return out;
}

std::string StampFromUtcSeconds(std::int64_t utc_seconds) {
  std::string stamp;
  for (char c : core::diary::FormatUtcSeconds(utc_seconds)) {
    if (c != '-' && c != ':') stamp += c;
  }
  return stamp;
}

std::string DailyReminderIcs(const DailyReminder& reminder) {
  if (!IsValid(reminder)) return {};
  const core::diary::LocalDate& day = reminder.first_day;
  char date[16];
  std::snprintf(date, sizeof date, "%04d%02d%02d", day.year, day.month, day.day);
  const std::string start =
      std::string(date) + "T" + TwoDigits(reminder.hour) + TwoDigits(reminder.minute) + "00";
  const std::string language = LanguageParameter(reminder);

  std::string out;
  AppendLine(out, "BEGIN:VCALENDAR");
  AppendLine(out, "VERSION:2.0");
  AppendLine(out, "PRODID:-//CrampCheck//Bedtime reminder//EN");
  AppendLine(out, "CALSCALE:GREGORIAN");
  AppendLine(out, "METHOD:PUBLISH");
  AppendLine(out, "BEGIN:VEVENT");
  AppendLine(out, "UID:" + reminder.uid);
  AppendLine(out, "DTSTAMP:" + reminder.stamp_utc);
  AppendLine(out, "DTSTART:" + start);
  AppendLine(out, "DURATION:PT" + std::to_string(reminder.minutes) + "M");
  AppendLine(out, "RRULE:FREQ=DAILY");
  AppendLine(out, "SUMMARY" + language + ":" + EscapeText(reminder.summary));
  AppendLine(out, "DESCRIPTION" + language + ":" + EscapeText(reminder.description));
  if (!reminder.url.empty()) AppendLine(out, "URL:" + reminder.url);
  AppendLine(out, "TRANSP:TRANSPARENT");
  AppendLine(out, "BEGIN:VALARM");
  AppendLine(out, "ACTION:DISPLAY");
  AppendLine(out, "DESCRIPTION" + language + ":" + EscapeText(reminder.summary));
  AppendLine(out, "TRIGGER:PT0M");
  AppendLine(out, "END:VALARM");
  AppendLine(out, "END:VEVENT");
  AppendLine(out, "END:VCALENDAR");
  return out;
}

}  // namespace core::reminder
