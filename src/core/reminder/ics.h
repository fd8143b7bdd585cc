#pragma once
// The bedtime reminder as an iCalendar file (RFC 5545). An app that keeps everything on the
// device has no push server, so the reminder lives in the person's own calendar: one daily
// event at the time they picked, with an alarm, whose description opens the app.
//
// The event's time is "floating" local time (no time zone): 22:00 stays 22:00 wherever the
// phone is, which is what a bedtime is. Lines end in CRLF and are folded at 75 octets without
// splitting a UTF-8 character, so Chinese text survives every calendar.
#include <cstdint>
#include <string>

#include "core/diary/civil_date.h"

namespace core::reminder {

struct DailyReminder {
  int hour = 22;   // 0..23, local time
  int minute = 0;  // 0..59
  core::diary::LocalDate first_day;  // the first day the event happens
  std::string stamp_utc;             // DTSTAMP, e.g. "20261202T101500Z"
  std::string uid;                   // stable per reminder, e.g. "bedtime-routine@crampcheck"
  std::string summary;               // the calendar entry's title, in the person's language
  std::string description;           // what to do, and how to open the app
  std::string url;                   // the app's address; may be empty (the desktop app)
  std::string language;              // "en", "zh-Hans": the text's LANGUAGE parameter
  int minutes = 10;                  // how long the routine takes
};

// False for a time outside 00:00..23:59 or a duration outside 1..240 minutes.
bool IsValid(const DailyReminder& reminder);

// The whole .ics file; empty when !IsValid(reminder).
std::string DailyReminderIcs(const DailyReminder& reminder);

// A DTSTAMP ("20261202T101500Z") for a moment given in UTC seconds.
std::string StampFromUtcSeconds(std::int64_t utc_seconds);

// Text escaped for an iCalendar TEXT value: backslash, semicolon, comma and newlines.
std::string EscapeText(const std::string& text);

}  // namespace core::reminder
