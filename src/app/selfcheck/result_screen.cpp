// The self-check result (CLINICAL.md, "How a result is shown"): for an emergency the number
// to call comes first and big. Otherwise, when a warning sign was skipped or not sure, the
// first thing is the list of what was not ruled out, each with what to do if it is true
// (the emergency number written out) and a way to answer them now; self-care is then never
// shown as an all-clear. Then the level as words, a shape and a colour (never colour
// alone), what to do now, why (every fired rule with its source), the growing myth and the
// disclaimer once. Then ways on: stretches (never after an urgent or emergency result),
// check again, home.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>
#include <vector>

#include "app/language.h"
#include "app/app_settings.h"
#include "app/fonts.h"
#include "app/selfcheck/selfcheck_ui.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/triage/triage_text.h"

namespace app::selfcheck {
namespace {

using core::triage::Level;

ImVec4 LevelColour(Level level) {
  switch (level) {
    case Level::kEmergency:
      return ImVec4(0.92f, 0.26f, 0.24f, 1.0f);
    case Level::kUrgent:
      return ImVec4(0.96f, 0.52f, 0.22f, 1.0f);
    case Level::kSoon:
      return ImVec4(0.95f, 0.80f, 0.30f, 1.0f);
    case Level::kRoutine:
      return ImVec4(0.45f, 0.68f, 0.96f, 1.0f);
    case Level::kSelfCare:
      return ImVec4(0.42f, 0.80f, 0.52f, 1.0f);
  }
  return theme::kText;
}

// An exclamation mark: a bar and a dot.
void DrawExclamation(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  draw->AddRectFilled(ImVec2(c.x - r * 0.12f, c.y - r * 0.55f),
                      ImVec2(c.x + r * 0.12f, c.y + r * 0.15f), colour, r * 0.08f);
  draw->AddCircleFilled(ImVec2(c.x, c.y + r * 0.42f), r * 0.13f, colour);
}

// Each level has its own shape: stop sign, warning triangle, clock, calendar, tick.
void DrawLevelIcon(ImDrawList* draw, ImVec2 c, float r, Level level) {
  const ImU32 colour = ImGui::GetColorU32(LevelColour(level));
  const ImU32 ink = ImGui::GetColorU32(theme::kBackground);
  switch (level) {
    case Level::kEmergency:
      draw->AddNgonFilled(c, r, colour, 8);
      DrawExclamation(draw, c, r, ink);
      break;
    case Level::kUrgent:
      draw->AddTriangleFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y + r * 0.8f),
                              ImVec2(c.x - r, c.y + r * 0.8f), colour);
      DrawExclamation(draw, ImVec2(c.x, c.y + r * 0.12f), r * 0.85f, ink);
      break;
    case Level::kSoon:
      draw->AddCircle(c, r * 0.9f, colour, 0, r * 0.18f);
      draw->AddLine(c, ImVec2(c.x, c.y - r * 0.55f), colour, r * 0.16f);
      draw->AddLine(c, ImVec2(c.x + r * 0.42f, c.y + r * 0.1f), colour, r * 0.16f);
      break;
    case Level::kRoutine:
      draw->AddRect(ImVec2(c.x - r * 0.85f, c.y - r * 0.7f),
                    ImVec2(c.x + r * 0.85f, c.y + r * 0.85f), colour, r * 0.15f, 0, r * 0.16f);
      draw->AddRectFilled(ImVec2(c.x - r * 0.85f, c.y - r * 0.7f),
                          ImVec2(c.x + r * 0.85f, c.y - r * 0.25f), colour, r * 0.15f);
      draw->AddLine(ImVec2(c.x - r * 0.4f, c.y - r), ImVec2(c.x - r * 0.4f, c.y - r * 0.5f), colour,
                    r * 0.16f);
      draw->AddLine(ImVec2(c.x + r * 0.4f, c.y - r), ImVec2(c.x + r * 0.4f, c.y - r * 0.5f), colour,
                    r * 0.16f);
      break;
    case Level::kSelfCare: {
      draw->AddCircleFilled(c, r, colour);
      const ImVec2 tick[3] = {ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.38f),
                              ImVec2(c.x + r * 0.5f, c.y - r * 0.35f)};
      draw->AddPolyline(tick, 3, ink, ImDrawFlags_None, r * 0.2f);
      break;
    }
  }
}

// The number to call, first and big. An item, so tests (and screen readers later) see it.
void DrawEmergencyCall(const core::triage::EmergencyRegion& region) {
  const std::string call_text = T("result.call_now", region);
  const char* call = call_text.c_str();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float height = 112.0f;
  ImGui::InvisibleButton(Label(call, "emergency_call").c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height),
                      ImGui::GetColorU32(LevelColour(Level::kEmergency)), 14.0f);
  ImFont* font = FontOf(FontRole::kHeading);
  const float big = FontSizeOf(FontRole::kHeading) * 1.5f;
  const ImVec2 call_size = font->CalcTextSizeA(big, FLT_MAX, 0.0f, call);
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  draw->AddText(font, big, ImVec2(min.x + (width - call_size.x) * 0.5f, min.y + 16.0f), white,
                call);
  const std::string where_text =
      core::i18n::Fill(T("result.emergency_number"), {{"name", RegionName(region)}});
  const char* where = where_text.c_str();
  const ImVec2 where_size = ImGui::CalcTextSize(where);
  draw->AddText(
      ImVec2(min.x + (width - where_size.x) * 0.5f, min.y + height - where_size.y - 16.0f), white,
      where);
}

// A banner: an icon (or none) beside words, as one item "<words>###<id>".
void DrawBanner(const std::string& words, const std::string& id, ImVec4 tint,
                const Level* icon) {
  const float width = ImGui::GetContentRegionAvail().x;
  ImFont* font = FontOf(FontRole::kHeading);
  const float size = FontSizeOf(FontRole::kHeading);
  const float text_x = icon != nullptr ? 80.0f : 20.0f;
  const float wrap = width - text_x - 16.0f;
  const ImVec2 text_size = font->CalcTextSizeA(size, FLT_MAX, wrap, words.c_str());
  const float height = std::max(76.0f, text_size.y + 28.0f);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(Label(words, id).c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 border = ImGui::GetColorU32(tint);
  tint.w = 0.16f;
  draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height), ImGui::GetColorU32(tint), 14.0f);
  draw->AddRect(min, ImVec2(min.x + width, min.y + height), border, 14.0f, 0, 2.0f);
  if (icon != nullptr) DrawLevelIcon(draw, ImVec2(min.x + 40.0f, min.y + height * 0.5f), 22.0f, *icon);
  draw->AddText(font, size, ImVec2(min.x + text_x, min.y + (height - text_size.y) * 0.5f),
                ImGui::GetColorU32(theme::kText), words.c_str(), nullptr, wrap);
}

// The level in words beside its icon, as an item "<words>###result_level_<level>".
void DrawLevelBanner(Level level) {
  DrawBanner(Text(std::string("level.").append(core::triage::LevelName(level))),
             std::string("result_level_").append(core::triage::LevelName(level)),
             LevelColour(level), &level);
}

// Self-care with signs left open: no tick and no green, the plain fact instead.
void DrawUnconfirmedBanner() {
  DrawBanner(Text("result.unconfirmed"), "result_unconfirmed", theme::kAccent, nullptr);
}

// The heading a sign not ruled out is listed under: its first rule's own action when it
// has one (stop the statin, call the midwife), else its level's.
std::string GroupKey(const core::triage::OpenSign& sign) {
  if (!sign.rule_ids.empty()) {
    const std::string own = std::string("group.rule.").append(sign.rule_ids.front());
    if (!Text(own).empty()) return own;
  }
  return std::string("group.").append(core::triage::LevelName(sign.level));
}

// The signs not ruled out, as one readable item "<text>###result_not_ruled_out", then a
// way to answer them now.
void DrawNotRuledOut(SelfCheckFlow& flow, const core::triage::EmergencyRegion& region,
                     bool after_warning) {
  const core::triage::Assessment& result = flow.Result();
  const std::size_t count = result.not_ruled_out.size();
  std::string text;
  if (after_warning) {
    text = Text("result.not_ruled_out.after_warning");
  } else {
    text = Text(count == 1 ? "result.not_ruled_out.one" : "result.not_ruled_out.other");
    const auto at = text.find("{count}");
    if (at != std::string::npos) text.replace(at, 7, std::to_string(count));
  }
  // Grouped by what to do, most severe first, each sign in the words it was asked in.
  std::vector<std::string> done;
  for (const core::triage::OpenSign& sign : result.not_ruled_out) {
    const std::string group = GroupKey(sign);
    if (std::find(done.begin(), done.end(), group) != done.end()) continue;
    done.push_back(group);
    text += "\n\n" + Text(group, region);
    for (const core::triage::OpenSign& member : result.not_ruled_out) {
      if (GroupKey(member) != group) continue;
      text += "\n- " + Text(std::string("question.").append(member.field));
    }
  }
  ImVec4 panel = result.not_ruled_out.front().level == Level::kEmergency
                     ? ImVec4(0.42f, 0.10f, 0.10f, 1.0f)
                     : theme::kWarningPanel;
  widgets::Callout(Label(text, "result_not_ruled_out").c_str(), panel);
  if (widgets::BigButton((T("result.answer_now") + "###answer_now").c_str(), true))
    flow.AnswerOpenSigns();
}

void Subheading(const char* text) {
  ImGui::Spacing();
  PushFont(FontRole::kLarge);
  ImGui::TextWrapped("%s", text);
  PopFont();
}

}  // namespace

void DrawResult(screens::ScreenContext& context) {
  SelfCheckFlow& flow = context.selfcheck;
  const core::triage::Assessment& result = flow.Result();
  const core::triage::EmergencyRegion& region = context.settings.EmergencyRegion();
  const bool open = !result.not_ruled_out.empty();

  if (result.level == Level::kEmergency) {
    DrawEmergencyCall(region);
    DrawLevelBanner(result.level);
    if (flow.StoppedEarly()) widgets::Note(T("result.stopped_early").c_str());
  } else {
    if (open) DrawNotRuledOut(flow, region, /*after_warning=*/false);
    if (result.AllClear() || result.level != Level::kSelfCare) {
      DrawLevelBanner(result.level);
    } else {
      DrawUnconfirmedBanner();
    }
  }

  Subheading(T("result.what_to_do").c_str());
  for (std::string_view key : result.advice_keys) widgets::Bullet(Text(key, region).c_str());

  Subheading(T("result.why").c_str());
  const core::triage::FrequencyFacts& facts = result.frequency;
  if (facts.source == core::triage::FactSource::kDiary && facts.episodes_per_week) {
    const std::string line =
        Text("from_diary") + " (" +
        core::i18n::Plural(CurrentLanguage(), "result.diary_days", facts.diary_days) +
        (facts.corrected ? T("result.corrected") : std::string()) +
        "): " + FormatNumber("episodes_per_week", *facts.episodes_per_week) + ".";
    widgets::Note(line.c_str());
  }
  for (const core::triage::FiredRule& rule : result.rules) {
    widgets::Bullet(
        core::triage::RuleMessage(CurrentLookup(), rule, result, region, CurrentLanguage()).c_str());
    ImGui::Indent();
    widgets::Note(
        core::i18n::Fill(T("result.source"), {{"source", std::string(rule.source)}}).c_str());
    ImGui::Unindent();
  }
  if (result.level == Level::kEmergency && open) {
    ImGui::Spacing();
    DrawNotRuledOut(flow, region, /*after_warning=*/true);
  }

  if (!result.unsure_raisers.empty()) {
    Subheading(T("result.unsure").c_str());
    for (const core::triage::OpenSign& raiser : result.unsure_raisers) {
      widgets::Bullet(core::triage::OpenSignText(CurrentLookup(), raiser, region, CurrentLanguage()).c_str());
    }
  }

  Subheading(T("result.growing_title").c_str());
  widgets::Paragraph(Text("myth.growing").c_str());
  ImGui::Spacing();
  widgets::Note(Text("disclaimer").c_str());
  ImGui::Spacing();

  // No stretch after a result that sends the person for help now (CLINICAL.md).
  if (result.level != Level::kEmergency && result.level != Level::kUrgent &&
      widgets::BigButton((T("home.stretches") + "###result_stretches").c_str(),
                         result.level >= Level::kRoutine))
    context.navigation.GoTo(Screen::kStretches);
  if (widgets::BigButton((T("result.recheck") + "###selfcheck_recheck").c_str()))
    flow.Start(/*offer_saved_facts=*/true);
  if (widgets::BigButton((T("result.change_answers") + "###result_back").c_str())) flow.Back();
  if (widgets::BigButton((T("nav.home") + "###result_home").c_str()))
    context.navigation.GoTo(Screen::kHome);
}

}  // namespace app::selfcheck
