// Diary: the logged cramps, newest first, so a person sees last night's entry is there.
#include <imgui.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "app/cramp/cramp_flow.h"
#include "app/diary/undo_banner.h"
#include "app/language.h"
#include "app/model/diary_model.h"
#include "app/screens/screens.h"
#include "app/text_wrap.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/diary/timestamp.h"
#include "core/i18n/date_format.h"

namespace app::screens {
namespace {

constexpr size_t kShownEpisodes = 50;
constexpr float kRowHeight = 44.0f;  // at least a thumb's target

// One entry of the list, a tap opens it:
//   Mon 23 Nov 03:12            (the year when it is not this one)
//   Back of calf, left  1 min 35 s
// wrapped to the column, so large text and Chinese fit a narrow phone.
bool EntryRow(const core::diary::Episode& e, core::i18n::Language language,
              const core::diary::LocalDate& today) {
  const auto started =
      core::diary::ParseTimestamp(e.started_at, core::diary::TimestampKind::kLocalWithOffset);
  const std::string when =
      started ? core::i18n::FormatDateTime(language, *started, today) : e.started_at;
  const std::string place = std::string(cramp::MuscleLabel(e.muscle)) + T("entry.side_separator") +
                            cramp::SideLabel(e.side);
  const std::string duration = core::i18n::FormatDuration(language, e.duration_s);
  const float width = ImGui::GetContentRegionAvail().x;
  // The duration is never broken inside ("4 min 24 s"): it goes on a line of its own instead.
  const std::string what = place + "  " + duration;
  const std::string text =
      WrapText(when, width) + "\n" +
      (ImGui::CalcTextSize(what.c_str()).x <= width ? what
                                                    : WrapText(place, width) + "\n" + duration);
  const float height =
      std::max(kRowHeight, ImGui::CalcTextSize(text.c_str()).y + ImGui::GetStyle().FramePadding.y);
  return ImGui::Selectable((text + "###episode_" + e.id).c_str(), false, 0, ImVec2(0.0f, height));
}

}  // namespace

void DrawDiary(ScreenContext& context) {
  diary::DrawUndoBanner(context);
  widgets::Heading(T("diary.title").c_str());
  const auto& episodes = context.episodes;
  if (episodes.empty()) {
    widgets::Paragraph(T("diary.empty").c_str());
    widgets::Note(T("diary.empty_note").c_str());
  } else {
    widgets::Paragraph(core::i18n::Plural(CurrentLanguage(), "diary.summary",
                                          static_cast<long long>(episodes.size()))
                           .c_str());
    // Newest first: started_at strings of one offset sort as times; across offsets this is
    // close enough for a list (statistics use real instants).
    std::vector<const core::diary::Episode*> newest(episodes.size());
    std::transform(episodes.begin(), episodes.end(), newest.begin(),
                   [](const auto& e) { return &e; });
    // Only the shown ones are put in order: a 10,000-entry diary is not sorted every frame.
    const std::size_t shown = std::min(newest.size(), kShownEpisodes);
    std::partial_sort(newest.begin(), newest.begin() + static_cast<std::ptrdiff_t>(shown),
                      newest.end(),
                      [](const auto* a, const auto* b) { return a->started_at > b->started_at; });
    const core::i18n::Language language = CurrentLanguage();
    const core::WallClockReading now = context.clock.Now();
    const core::diary::LocalDate today =
        core::diary::LocalDateAt(now.utc_seconds, now.offset_minutes);
    for (size_t i = 0; i < newest.size() && i < kShownEpisodes; ++i) {
      if (EntryRow(*newest[i], language, today)) context.open_entry(newest[i]->id);
    }
    if (newest.size() > kShownEpisodes) widgets::Note(T("diary.older").c_str());
  }
  ImGui::Spacing();
  if (widgets::BigButton((T("home.cramp_now") + "###diary_cramp_now").c_str(), true))
    context.navigation.GoTo(Screen::kCramp);
  if (!episodes.empty() && context.data.can_save_files) {
    if (widgets::BigButton((T("data.report") + "###report").c_str()))
      context.data.run(DataAction::kReport);
    if (!context.data.message.empty()) widgets::Note(context.data.message.c_str());
  }
}

}  // namespace app::screens
