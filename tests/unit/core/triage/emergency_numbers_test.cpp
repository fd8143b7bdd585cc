// Locale -> region -> emergency number: the number an emergency result tells a person to
// call must match where they are, and an unknown locale must still give a working number.
#include "core/triage/emergency_numbers.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using core::triage::EmergencyRegionOrFallback;
using core::triage::EmergencyRegions;
using core::triage::FindEmergencyRegion;
using core::triage::RegionFromLocale;

TEST(EmergencyNumbers, KnownRegionsHaveTheirAmbulanceNumbers) {
  EXPECT_EQ(FindEmergencyRegion("cn")->number, "120");
  EXPECT_EQ(FindEmergencyRegion("eu")->number, "112");
  EXPECT_EQ(FindEmergencyRegion("uk")->number, "999");
  EXPECT_EQ(FindEmergencyRegion("us")->number, "911");
  EXPECT_EQ(FindEmergencyRegion("au")->number, "000");
  EXPECT_EQ(FindEmergencyRegion("intl")->number, "112");
  EXPECT_EQ(FindEmergencyRegion("mo")->number, "999");
  EXPECT_EQ(FindEmergencyRegion("mo")->name, "Macau");
  EXPECT_EQ(FindEmergencyRegion("mo")->name_zh, "中国澳门");
  EXPECT_EQ(FindEmergencyRegion("mo")->urgent_line_zh, "医院急诊");
  EXPECT_EQ(FindEmergencyRegion("mo")->emergency_department_zh, "医院急诊");
  EXPECT_EQ(FindEmergencyRegion("xx"), nullptr);
}

TEST(EmergencyNumbers, CodesAreUniqueAndTheFallbackIsLast) {
  std::set<std::string> codes;
  for (const auto& region : EmergencyRegions()) {
    EXPECT_TRUE(codes.insert(std::string(region.code)).second) << region.code;
    EXPECT_FALSE(region.number.empty()) << region.code;
    EXPECT_FALSE(region.name.empty()) << region.code;
    EXPECT_FALSE(region.urgent_line.empty()) << region.code;
    EXPECT_FALSE(region.emergency_department.empty()) << region.code;
  }
  EXPECT_EQ(EmergencyRegions().back().code, core::triage::kFallbackRegionCode);
}

TEST(EmergencyNumbers, UnknownCodeFallsBackTo112) {
  EXPECT_EQ(EmergencyRegionOrFallback("").number, "112");
  EXPECT_EQ(EmergencyRegionOrFallback("mars").code, "intl");
  EXPECT_EQ(EmergencyRegionOrFallback("uk").number, "999");
}

struct LocaleCase {
  const char* locale;
  const char* region;
};

TEST(EmergencyNumbers, RegionFromBrowserAndPosixLocales) {
  const LocaleCase cases[] = {
      {"en-GB", "uk"},   {"en-US", "us"},       {"en_US.UTF-8", "us"}, {"en_GB.UTF-8", "uk"},
      {"zh-CN", "cn"},   {"zh_CN.UTF-8", "cn"}, {"zh-Hans-CN", "cn"},  {"zh-Hans", "cn"},
      {"zh", "cn"},      {"zh-TW", "tw"},       {"zh-Hant", "tw"},     {"zh-Hant-HK", "hk"},
      {"zh-HK", "hk"},   {"en-SG", "sg"},       {"de-DE", "eu"},       {"de_DE@euro", "eu"},
      {"fr", "eu"},      {"fr-CA", "ca"},       {"en-IE", "eu"},       {"es-ES", "eu"},
      {"es-MX", "intl"}, {"en-AU", "au"},       {"en-NZ", "nz"},       {"hi-IN", "in"},
      {"EN-gb", "uk"},   {"en-UK", "uk"},       {"de-CH", "eu"},       {"en", "intl"},
      {"es", "intl"},    {"C", "intl"},         {"C.UTF-8", "intl"},   {"POSIX", "intl"},
      {"", "intl"},      {"-", "intl"},         {"en-419", "intl"},    {"x_y_z.", "intl"},
      // Macau is its own region (never shown as Hong Kong).
      {"zh-MO", "mo"},   {"zh_MO", "mo"},       {"zh_MO.UTF-8", "mo"}, {"en-MO", "mo"},
      {"zh-Hant-MO", "mo"}, {"pt-MO", "mo"},
  };
  for (const LocaleCase& c : cases) {
    EXPECT_EQ(RegionFromLocale(c.locale), c.region) << '"' << c.locale << '"';
  }
}

TEST(EmergencyNumbers, EveryLocaleRegionExists) {
  for (const char* locale : {"en-GB", "zh-TW", "de", "en", "en-IN", "pt-PT"}) {
    EXPECT_NE(FindEmergencyRegion(RegionFromLocale(locale)), nullptr) << locale;
  }
}

// issue 24: an urgent result gets a call button only where the urgent line is a phone line,
// and the number in it is the one the urgent line names.
TEST(EmergencyNumbers, UrgentNumberOnlyWhereTheUrgentLineIsAPhoneLine) {
  for (const core::triage::EmergencyRegion& region : EmergencyRegions()) {
    if (region.urgent_number.empty()) continue;
    const std::string line(region.urgent_line);
    EXPECT_NE(line.find(std::string(region.urgent_number)), std::string::npos)
        << region.code << ": the number is the one the urgent line names";
  }
  EXPECT_EQ(FindEmergencyRegion("uk")->urgent_number, "111");
  EXPECT_EQ(FindEmergencyRegion("ca")->urgent_number, "811");
  EXPECT_EQ(FindEmergencyRegion("au")->urgent_number, "1800 022 222");
  EXPECT_EQ(FindEmergencyRegion("nz")->urgent_number, "0800 611 116");
  // A place or a service to find, not a number to dial.
  for (const char* code : {"cn", "hk", "mo", "tw", "sg", "eu", "us", "in", "intl"})
    EXPECT_TRUE(FindEmergencyRegion(code)->urgent_number.empty()) << code;
}

TEST(EmergencyNumbers, DialableNumberKeepsDigitsAndALeadingPlus) {
  using core::triage::DialableNumber;
  EXPECT_EQ(DialableNumber("999"), "999");
  EXPECT_EQ(DialableNumber("1800 022 222"), "1800022222");
  EXPECT_EQ(DialableNumber("+44 20-7946"), "+44207946");
  EXPECT_EQ(DialableNumber("1+2"), "12");
  EXPECT_EQ(DialableNumber(""), "");
  EXPECT_EQ(DialableNumber("NHS"), "");
}
