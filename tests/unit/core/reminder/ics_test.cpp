// The bedtime reminder file must open in any calendar: CRLF lines of at most 75 octets, one
// daily VEVENT at the chosen local time with an alarm, and text that survives escaping and
// folding, Chinese included.
#include "core/reminder/ics.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using core::reminder::DailyReminder;

DailyReminder Reminder() {
  DailyReminder reminder;
  reminder.hour = 21;
  reminder.minute = 45;
  reminder.first_day = {2026, 12, 2};
  reminder.stamp_utc = "20261202T101500Z";
  reminder.uid = "bedtime-routine@crampcheck";
  reminder.summary = "Bedtime stretches";
  reminder.description = "Calf and hamstring stretches, 10 s x3, both legs. Open CrampCheck: "
                         "https://example.test/app/?open=stretches";
  reminder.url = "https://example.test/app/?open=stretches";
  reminder.language = "en";
  return reminder;
}

// The physical lines, each checked to end in CRLF.
std::vector<std::string> PhysicalLines(const std::string& file) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < file.size()) {
    const std::size_t end = file.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "a line without CRLF at " << start;
    if (end == std::string::npos) break;
    lines.push_back(file.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// Unfolded content lines (RFC 5545 3.1): a line starting with a space continues the last.
std::vector<std::string> ContentLines(const std::string& file) {
  std::vector<std::string> lines;
  for (const std::string& line : PhysicalLines(file)) {
    if (!line.empty() && line[0] == ' ' && !lines.empty()) {
      lines.back() += line.substr(1);
    } else {
      lines.push_back(line);
    }
  }
  return lines;
}

std::string ValueOf(const std::vector<std::string>& lines, const std::string& name) {
  for (const std::string& line : lines) {
    const std::size_t colon = line.find(':');
    const std::string head = line.substr(0, colon);
    if (head == name || head.rfind(name + ";", 0) == 0) return line.substr(colon + 1);
  }
  return "(none)";
}

int Count(const std::vector<std::string>& lines, const std::string& line) {
  int count = 0;
  for (const std::string& each : lines) count += each == line ? 1 : 0;
  return count;
}

bool ValidUtf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

TEST(BedtimeReminder, IsOneDailyEventWithAnAlarmAtTheChosenLocalTime) {
  const std::string file = core::reminder::DailyReminderIcs(Reminder());
  const std::vector<std::string> lines = ContentLines(file);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_EQ(ValueOf(lines, "VERSION"), "2.0");
  EXPECT_NE(ValueOf(lines, "PRODID"), "(none)");
  EXPECT_EQ(Count(lines, "BEGIN:VEVENT"), 1);
  EXPECT_EQ(Count(lines, "END:VEVENT"), 1);
  EXPECT_EQ(Count(lines, "BEGIN:VALARM"), 1);
  EXPECT_EQ(ValueOf(lines, "RRULE"), "FREQ=DAILY");
  EXPECT_EQ(ValueOf(lines, "DTSTART"), "20261202T214500") << "floating local time: no Z, no zone";
  EXPECT_EQ(ValueOf(lines, "DTSTAMP"), "20261202T101500Z");
  EXPECT_EQ(ValueOf(lines, "UID"), "bedtime-routine@crampcheck");
  EXPECT_EQ(ValueOf(lines, "ACTION"), "DISPLAY");
  EXPECT_EQ(ValueOf(lines, "TRIGGER"), "PT0M");
  EXPECT_EQ(ValueOf(lines, "URL"), "https://example.test/app/?open=stretches");
  EXPECT_NE(ValueOf(lines, "DESCRIPTION").find("https://example.test/app/?open=stretches"),
            std::string::npos)
      << "the description opens the app";
  // The alarm sits inside the event.
  const auto at = [&](const std::string& line) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i] == line) return i;
    }
    return lines.size();
  };
  EXPECT_LT(at("BEGIN:VEVENT"), at("BEGIN:VALARM"));
  EXPECT_LT(at("END:VALARM"), at("END:VEVENT"));
}

TEST(BedtimeReminder, EveryLineEndsInCrlfAndLongChineseTextFoldsBetweenCharacters) {
  DailyReminder reminder = Reminder();
  reminder.language = "zh-Hans";
  reminder.summary = "睡前拉伸";
  reminder.description =
      "小腿和大腿后侧拉伸，每次保持10秒，做3次，两条腿都做。打开CrampCheck：https://example.test/app/";
  const std::string file = core::reminder::DailyReminderIcs(reminder);
  EXPECT_EQ(file.find('\n'), file.find("\r\n") + 1) << "no bare LF";
  for (const std::string& line : PhysicalLines(file)) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_TRUE(ValidUtf8(line)) << "a fold split a character: " << line;
    EXPECT_EQ(line.find('\r'), std::string::npos);
  }
  const std::vector<std::string> lines = ContentLines(file);
  EXPECT_EQ(ValueOf(lines, "DESCRIPTION"), core::reminder::EscapeText(reminder.description));
  EXPECT_EQ(ValueOf(lines, "SUMMARY"), "睡前拉伸");
  bool tagged = false;
  for (const std::string& line : lines) tagged |= line.rfind("SUMMARY;LANGUAGE=zh-Hans:", 0) == 0;
  EXPECT_TRUE(tagged);
}

TEST(BedtimeReminder, TextIsEscapedSoItCannotEndALineOrAddAProperty) {
  EXPECT_EQ(core::reminder::EscapeText("a, b; c\\d"), "a\\, b\\; c\\\\d");
  EXPECT_EQ(core::reminder::EscapeText("one\r\ntwo\nthree"), "one\\ntwo\\nthree");
  DailyReminder reminder = Reminder();
  reminder.summary = "x\r\nEND:VCALENDAR";
  const std::vector<std::string> lines = ContentLines(core::reminder::DailyReminderIcs(reminder));
  EXPECT_EQ(Count(lines, "END:VCALENDAR"), 1) << "a newline in the text cannot end the file";
}

TEST(BedtimeReminder, RefusesATimeThatDoesNotExist) {
  for (const auto& [hour, minute] : {std::pair{24, 0}, {-1, 0}, {22, 60}, {22, -5}}) {
    DailyReminder reminder = Reminder();
    reminder.hour = hour;
    reminder.minute = minute;
    EXPECT_FALSE(core::reminder::IsValid(reminder)) << hour << ":" << minute;
    EXPECT_EQ(core::reminder::DailyReminderIcs(reminder), "");
  }
  DailyReminder odd = Reminder();
  odd.first_day = {2027, 2, 29};
  EXPECT_FALSE(core::reminder::IsValid(odd));
  odd.first_day = {2028, 2, 29};
  EXPECT_TRUE(core::reminder::IsValid(odd));
  DailyReminder midnight = Reminder();
  midnight.hour = 0;
  midnight.minute = 0;
  EXPECT_EQ(ValueOf(ContentLines(core::reminder::DailyReminderIcs(midnight)), "DTSTART"), "20261202T000000");
}

TEST(BedtimeReminder, StampIsUtcInBasicFormat) {
  EXPECT_EQ(core::reminder::StampFromUtcSeconds(0), "19700101T000000Z");
  EXPECT_EQ(core::reminder::StampFromUtcSeconds(1796206500), "20261202T101500Z");
}

}  // namespace
