#include "app/screens/insights_findings.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "app/entry/detail_pickers.h"
#include "app/entry/entry_choices.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/pain_over_time.h"
#include "core/diary/relief_findings.h"
#include "core/i18n/date_format.h"

namespace app::screens {
namespace {

namespace d = core::diary;

void Finding(const std::string& text, const char* id) {
  widgets::Callout((text + id).c_str(), theme::kSurface);
  ImGui::Spacing();
}

std::string Listed(const std::string& list, const std::string& item) {
  return list.empty() ? item : list + T("entry.list_separator") + item;
}

// A bar a week, oldest first, its height the mean rated pain (0..10); weeks without a
// rating left empty.
// A bar a calendar week under its title, the 0 and 10 of the scale on the left, the first
// and the last week's Monday below, and what a bar is beneath.
void PainBars(const d::PainOverTime& pain) {
  widgets::Paragraph(T("trends.pain_title").c_str());
  const float line = ImGui::GetTextLineHeight();
  const float scale_width = ImGui::CalcTextSize("10").x + 6.0f;
  const float width = ImGui::GetContentRegionAvail().x - scale_width;
  const float height = std::max(64.0f, 3.0f * line);
  const ImVec2 corner = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width + scale_width, height + line + 4.0f));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 muted = ImGui::GetColorU32(theme::kTextMuted);
  draw->AddText(ImVec2(corner.x, corner.y), muted, "10");
  draw->AddText(ImVec2(corner.x + ImGui::CalcTextSize("1").x, corner.y + height - line), muted,
                "0");
  const ImVec2 origin(corner.x + scale_width, corner.y);
  const float slot = width / static_cast<float>(pain.weeks.size());
  const float floor_y = origin.y + height;
  const core::i18n::Language language = CurrentLanguage();
  const std::string first = core::i18n::FormatShortDate(language, pain.weeks.front().monday);
  const std::string last = core::i18n::FormatShortDate(language, pain.weeks.back().monday);
  draw->AddText(ImVec2(origin.x, floor_y + 4.0f), muted, first.c_str());
  draw->AddText(ImVec2(origin.x + width - ImGui::CalcTextSize(last.c_str()).x, floor_y + 4.0f),
                muted, last.c_str());
  draw->AddLine(ImVec2(origin.x, floor_y), ImVec2(origin.x + width, floor_y),
                ImGui::GetColorU32(theme::kSurface), 2.0f);
  for (std::size_t i = 0; i < pain.weeks.size(); ++i) {
    if (!pain.weeks[i].mean) continue;
    const float x = origin.x + slot * static_cast<float>(i) + slot * 0.2f;
    const float top = floor_y - height * static_cast<float>(*pain.weeks[i].mean / d::kMaxPain);
    draw->AddRectFilled(ImVec2(x, std::min(top, floor_y - 2.0f)), ImVec2(x + slot * 0.6f, floor_y),
                        ImGui::GetColorU32(theme::kAccent), 3.0f);
  }
  widgets::Note(T("trends.pain_axis").c_str());
  ImGui::Spacing();
}

}  // namespace

void DrawReliefFinding(const d::DiaryStats& stats) {
  std::string list;
  for (const d::ReliefStat& relief : d::ReliefsToShow(stats)) {
    list = Listed(list, core::i18n::Fill(T("insights.relief_item"),
                                         {{"relief", entry::ReliefWords(relief.relief)},
                                          {"helped", std::to_string(relief.helped)},
                                          {"answered", std::to_string(d::Answered(relief))}}));
  }
  Finding(list.empty() ? core::i18n::Fill(T("insights.relief_wait"),
                                          {{"count", std::to_string(d::kMinReliefAnswers)}})
                       : core::i18n::Fill(T("insights.relief"), {{"list", list}}),
          "###trend_relief");
}

void DrawTriggerFinding(const d::DiaryStats& stats) {
  std::string list;
  for (const d::TriggerAssociation& a : stats.trigger_association) {
    if (!a.shown) continue;
    const int total = a.cramp_nights_with + a.cramp_nights_without;
    list = Listed(list, core::i18n::Fill(T("insights.trigger_item"),
                                         {{"trigger", entry::TriggerWords(a.trigger)},
                                          {"with", std::to_string(a.cramp_nights_with)},
                                          {"total", std::to_string(total)}}));
  }
  if (list.empty()) {
    Finding(core::i18n::Fill(T("insights.triggers_wait"),
                             {{"count", std::to_string(d::kMinAssociationCrampNights)}}),
            "###trend_triggers");
    return;
  }
  Finding(core::i18n::Fill(T("insights.triggers"), {{"list", list}}) + " " +
              T("insights.triggers_note"),
          "###trend_triggers");
}

const d::PainOverTime& PainCache::Get(const model::DiaryModel& diary, const d::LocalDate& as_of) {
  if (revision_ != diary.Revision() || night_ != as_of) {
    pain_ = d::ComputePainOverTime(diary.Episodes(), as_of);
    revision_ = diary.Revision();
    night_ = as_of;
  }
  return pain_;
}

void DrawPainFinding(const model::DiaryModel& diary, const d::DiaryStats& stats, PainCache& cache) {
  const d::PainOverTime& pain = cache.Get(diary, stats.as_of);
  if (!pain.shown) {
    Finding(
        core::i18n::Fill(T("insights.pain_wait"), {{"count", std::to_string(d::kMinRatedPain)}}),
        "###trend_pain");
    return;
  }
  const core::i18n::Language language = CurrentLanguage();
  std::string text = core::i18n::Fill(
      T("insights.pain"), {{"mean", core::i18n::FormatDecimal(language, pain.mean.value_or(0), 1)},
                           {"count", std::to_string(pain.rated)}});
  if (pain.recent_mean)
    text +=
        " " + core::i18n::Fill(T("insights.pain_recent"),
                               {{"mean", core::i18n::FormatDecimal(language, *pain.recent_mean, 1)},
                                {"count", std::to_string(pain.recent_rated)}});
  Finding(text, "###trend_pain");
  PainBars(pain);
}

void DrawCalendarCaption() {
  Finding(T("trends.calendar_title"), "###trend_calendar");
}

}  // namespace app::screens
