#include "core/triage/emergency_numbers.h"

#include <array>
#include <cstddef>
#include <string>

namespace core::triage {
namespace {

// ISO 3166-1 alpha-2 codes of the EU and EEA countries and Switzerland, where 112 works.
constexpr std::array<std::string_view, 31> kEuCountries = {
    "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv",
    "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li", "no", "ch"};

// Languages spoken mostly inside the EU: a tag with no country still points there.
constexpr std::array<std::string_view, 19> kEuLanguages = {"de", "fr", "it", "nl", "pl", "sv", "da",
                                                           "fi", "el", "cs", "sk", "hu", "ro", "bg",
                                                           "hr", "sl", "et", "lv", "lt"};

struct CountryRegion {
  std::string_view country;
  std::string_view region;
};
constexpr std::array<CountryRegion, 12> kCountryRegions = {{{"cn", "cn"},
                                                            {"hk", "hk"},
                                                            {"tw", "tw"},
                                                            {"sg", "sg"},
                                                            {"gb", "uk"},
                                                            {"uk", "uk"},
                                                            {"us", "us"},
                                                            {"ca", "ca"},
                                                            {"au", "au"},
                                                            {"nz", "nz"},
                                                            {"in", "in"},
                                                            {"mo", "mo"}}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsAlpha(std::string_view text) {
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return !text.empty();
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view value) {
  for (std::string_view item : list) {
    if (item == value) return true;
  }
  return false;
}

std::string_view RegionOfCountry(std::string_view country) {
  for (const CountryRegion& entry : kCountryRegions) {
    if (entry.country == country) return entry.region;
  }
  if (Contains(kEuCountries, country)) return "eu";
  return kFallbackRegionCode;
}

}  // namespace

const std::vector<EmergencyRegion>& EmergencyRegions() {
  // The urgent line is what "get medical advice now" means at night in that region; the
  // emergency department is where to go. Words here, never in a triage message. The urgent
  // number (last) only where the urgent line is a phone line: NHS 111, 811, healthdirect,
  // Healthline.
  static const std::vector<EmergencyRegion> regions = {
      {"cn", "Mainland China", "120", "a hospital emergency department (急诊)",
       "a hospital emergency department (急诊)", "中国大陆", "医院急诊", "医院急诊"},
      {"hk", "Hong Kong", "999", "a hospital Accident and Emergency department",
       "a hospital Accident and Emergency department", "中国香港", "医院急症室（急诊）",
       "医院急症室（急诊）"},
      {"mo", "Macau", "999", "a hospital emergency department", "a hospital emergency department",
       "中国澳门", "医院急诊", "医院急诊"},
      {"tw", "Taiwan", "119", "a hospital emergency department", "a hospital emergency department",
       "中国台湾", "医院急诊", "医院急诊"},
      {"sg", "Singapore", "995", "a 24-hour GP clinic or a hospital emergency department",
       "a hospital emergency department", "新加坡", "24小时全科诊所或医院急诊", "医院急诊"},
      {"uk", "United Kingdom", "999", "NHS 111 (in England; 24 hours)", "A&E", "英国",
       "NHS 111（英格兰的24小时医疗咨询电话）", "A&E（医院急诊）", "111"},
      {"eu", "European Union", "112", "your doctor's out-of-hours service",
       "a hospital emergency department", "欧盟", "当地医生的夜间及节假日值班服务", "医院急诊"},
      {"us", "United States", "911", "your doctor's after-hours line or an urgent care centre",
       "the emergency room", "美国",
       "您的医生的夜间咨询电话，或急症诊所（urgent care）", "医院急诊室"},
      {"ca", "Canada", "911", "811 (health advice line; 24 hours in most provinces)",
       "the emergency department", "加拿大", "811（健康咨询电话；大多数省份24小时）", "医院急诊", "811"},
      {"au", "Australia", "000", "healthdirect on 1800 022 222 (24 hours)",
       "the emergency department", "澳大利亚", "healthdirect 热线1800 022 222（24小时）",
       "医院急诊", "1800 022 222"},
      {"nz", "New Zealand", "111", "Healthline on 0800 611 116 (24 hours)",
       "the emergency department", "新西兰", "Healthline 热线0800 611 116（24小时）", "医院急诊",
       "0800 611 116"},
      {"in", "India", "112", "a doctor or a hospital emergency department",
       "a hospital emergency department", "印度", "医生或医院急诊", "医院急诊"},
      {kFallbackRegionCode, "Another country", "112",
       "a doctor's out-of-hours service or a hospital emergency department",
       "a hospital emergency department", "其他国家或地区", "医生的非工作时间值班服务或医院急诊",
       "医院急诊"},
  };
  return regions;
}

std::string DialableNumber(std::string_view written) {
  std::string digits;
  for (char c : written) {
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits.push_back(c);
  }
  return digits;
}

const EmergencyRegion* FindEmergencyRegion(std::string_view code) {
  for (const EmergencyRegion& region : EmergencyRegions()) {
    if (region.code == code) return &region;
  }
  return nullptr;
}

const EmergencyRegion& EmergencyRegionOrFallback(std::string_view code) {
  const EmergencyRegion* region = FindEmergencyRegion(code);
  return region != nullptr ? *region : *FindEmergencyRegion(kFallbackRegionCode);
}

std::string_view RegionFromLocale(std::string_view locale) {
  // POSIX extras: "en_GB.UTF-8", "de_DE@euro".
  const std::size_t extra = locale.find_first_of(".@");
  if (extra != std::string_view::npos) locale = locale.substr(0, extra);

  std::string language;
  std::string script;
  std::string country;
  std::size_t index = 0;
  while (!locale.empty()) {
    const std::size_t cut = locale.find_first_of("-_");
    const std::string_view part = locale.substr(0, cut);
    locale = cut == std::string_view::npos ? std::string_view() : locale.substr(cut + 1);
    if (index == 0) {
      language = Lower(part);
    } else if (part.size() == 4 && IsAlpha(part) && script.empty() && country.empty()) {
      script = Lower(part);  // "Hans", "Hant"
    } else if (part.size() == 2 && IsAlpha(part) && country.empty()) {
      country = Lower(part);
    }
    ++index;
  }

  if (!country.empty()) return RegionOfCountry(country);
  if (language == "zh") return script == "hant" ? "tw" : "cn";
  if (Contains(kEuLanguages, language)) return "eu";
  return kFallbackRegionCode;
}

}  // namespace core::triage
