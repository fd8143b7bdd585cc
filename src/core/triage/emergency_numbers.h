#pragma once
// The emergency number the result screen tells a person to call, by region, and the
// default region guessed from a locale string ("en-GB" from navigator.language,
// "zh_CN.UTF-8" from $LANG). Pure data and string handling: the platform reads the locale,
// the app shows the number, Settings lets the person pick another region.
//
// Regions (the number for an ambulance / medical emergency):
//   cn 120  mainland China          hk 999  Hong Kong          mo 999  Macau
//   tw 119  Taiwan                  sg 995  Singapore          uk 999  United Kingdom
//   eu 112  EU and EEA countries    us 911  United States      ca 911  Canada
//   au 000  Australia               nz 111  New Zealand        in 112  India
//   intl 112  any other country: 112 is the GSM standard number that most mobile networks
//             connect to their emergency service; Settings asks the person to check.
// Why these: the app is written for English and Simplified Chinese readers, so the regions
// where those languages are most used, plus the EU-wide 112.
#include <string>
#include <string_view>
#include <vector>

namespace core::triage {

struct EmergencyRegion {
  std::string_view code;    // stable: stored in settings and used in "###region_<code>"
  std::string_view name;    // English name of the region, e.g. "United Kingdom"
  std::string_view number;  // what to dial, e.g. "999"
  // Where to get medical advice now, day or night ("NHS 111 (in England; 24 hours)"): what
  // an urgent result tells the person to contact.
  std::string_view urgent_line;
  std::string_view emergency_department;  // "A&E", "a hospital emergency department (急诊)"
  // The same three in Simplified Chinese, for the zh-Hans text table ("中国大陆", "医院急诊",
  // "NHS 111（英格兰的24小时医疗咨询电话）"): service names and phone numbers stay as written.
  // Last, and defaulted, so that positional initialisers of the fields above still compile.
  std::string_view name_zh = {};
  std::string_view urgent_line_zh = {};
  std::string_view emergency_department_zh = {};
  // The urgent line's phone number as written ("111", "1800 022 222") when the urgent line
  // is a phone line a person can dial now; empty where it is a place or a service to find
  // (a hospital emergency department, "your doctor's out-of-hours service"): no call button.
  std::string_view urgent_number = {};
};

inline constexpr std::string_view kFallbackRegionCode = "intl";

// Every region, in the order Settings lists them; the fallback is last.
const std::vector<EmergencyRegion>& EmergencyRegions();
// The region with `code`, or nullptr.
const EmergencyRegion* FindEmergencyRegion(std::string_view code);
// The region with `code`, or the fallback region when there is none.
const EmergencyRegion& EmergencyRegionOrFallback(std::string_view code);

// What a phone dials for a number as written: its digits, and a leading "+" ("1800 022 222"
// -> "1800022222"); empty when there is none.
std::string DialableNumber(std::string_view written);

// The region code for a BCP 47 tag ("en-GB", "zh-Hans-CN", "zh-TW") or a POSIX locale
// ("en_US.UTF-8", "de_DE@euro"). The country part decides; without one, a few languages
// that are spoken mostly in one region decide ("zh" -> cn, "zh-Hant" -> tw, "de" -> eu);
// anything else ("", "C", "en", "es") is the fallback region.
std::string_view RegionFromLocale(std::string_view locale);

}  // namespace core::triage
