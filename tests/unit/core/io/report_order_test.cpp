// issue 24, item 4: the doctor's report gives the last self-check's level before the reasons
// for it, in both languages. (The report is for the doctor: it lists the rules that fired,
// not the actions or self-care lines the person was shown.)
#include <gtest/gtest.h>

#include <string>

#include "core/diary/civil_date.h"
#include "core/i18n/language.h"
#include "core/io/report.h"

using core::io::DoctorReportHtml;
using core::io::ReportOptions;
using core::io::SelfCheckSummary;

TEST(DoctorReportOrder, TheLevelComesBeforeWhy) {
  for (const auto language : {core::i18n::Language::kEn, core::i18n::Language::kZhHans}) {
    ReportOptions options;
    options.as_of = core::diary::LocalDate{2026, 11, 29};
    options.language = language;
    SelfCheckSummary check;
    check.level = "urgent";
    check.rules.push_back({"dvt", "urgent", "possible deep vein thrombosis", "NHS DVT"});
    options.self_check = check;
    const std::string html = DoctorReportHtml({}, options);
    const bool zh = language == core::i18n::Language::kZhHans;
    const auto result = html.find(zh ? "结果：" : "Result: ");
    const auto why = html.find("possible deep vein thrombosis");
    ASSERT_NE(result, std::string::npos) << html;
    ASSERT_NE(why, std::string::npos) << html;
    EXPECT_LT(result, why);
  }
}
