// The self-check result: for an emergency the number to call comes first and big; then the
// level as words, a shape and a colour (never colour alone), what to do now, why (every
// fired rule with its source), what a "not sure" answer would change, the growing myth,
// and the disclaimer once. Then ways on: stretches, check again, home.
#include <imgui.h>

#include <cfloat>
#include <cstdio>

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
  char call[48];
  std::snprintf(call, sizeof call, "Call %s now", std::string(region.number).c_str());
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const float height = 112.0f;
  ImGui::InvisibleButton(Label(call, "emergency_call").c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height),
                      ImGui::GetColorU32(LevelColour(Level::kEmergency)), 14.0f);
  ImFont* font = GetFonts().heading;
  const float big = font->FontSize * ImGui::GetIO().FontGlobalScale * 1.5f;
  const ImVec2 call_size = font->CalcTextSizeA(big, FLT_MAX, 0.0f, call);
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  draw->AddText(font, big, ImVec2(min.x + (width - call_size.x) * 0.5f, min.y + 16.0f), white,
                call);
  char where[96];
  std::snprintf(where, sizeof where, "Emergency number: %s", std::string(region.name).c_str());
  const ImVec2 where_size = ImGui::CalcTextSize(where);
  draw->AddText(
      ImVec2(min.x + (width - where_size.x) * 0.5f, min.y + height - where_size.y - 16.0f), white,
      where);
}

// The level in words beside its icon, as an item "<words>###result_level_<level>".
void DrawLevelBanner(Level level) {
  const std::string words = Text(std::string("level.").append(core::triage::LevelName(level)));
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 76.0f;
  const ImVec2 min = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(
      Label(words, std::string("result_level_").append(core::triage::LevelName(level))).c_str(),
      ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec4 tint = LevelColour(level);
  const ImU32 border = ImGui::GetColorU32(tint);
  tint.w = 0.16f;
  draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height), ImGui::GetColorU32(tint), 14.0f);
  draw->AddRect(min, ImVec2(min.x + width, min.y + height), border, 14.0f, 0, 2.0f);
  DrawLevelIcon(draw, ImVec2(min.x + 40.0f, min.y + height * 0.5f), 22.0f, level);
  ImFont* font = GetFonts().heading;
  const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  draw->AddText(font, size, ImVec2(min.x + 80.0f, min.y + (height - size) * 0.5f),
                ImGui::GetColorU32(theme::kText), words.c_str());
}

void Subheading(const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(GetFonts().large);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

}  // namespace

void DrawResult(screens::ScreenContext& context) {
  SelfCheckFlow& flow = context.selfcheck;
  const core::triage::Assessment& result = flow.Result();
  const core::triage::EmergencyRegion& region = context.settings.EmergencyRegion();

  if (result.level == Level::kEmergency) DrawEmergencyCall(region);
  DrawLevelBanner(result.level);
  if (flow.StoppedEarly())
    widgets::Note("The questions stopped early: one answer already means you need help now.");

  Subheading("What to do now");
  for (std::string_view key : result.advice_keys) {
    std::string line = Text(key);
    if (key == "advice.level.emergency") {
      line = "Call " + std::string(region.number) + " now.";
    }
    widgets::Bullet(line.c_str());
  }

  Subheading("Why this result");
  if (result.frequency.source == core::triage::FactSource::kDiary &&
      result.frequency.episodes_per_week) {
    const std::string line =
        Text("from_diary") + " (" + std::to_string(result.frequency.diary_days) +
        " days): " + FormatNumber("episodes_per_week", *result.frequency.episodes_per_week) + ".";
    widgets::Note(line.c_str());
  }
  for (const core::triage::FiredRule& rule : result.rules) {
    widgets::Bullet(Text(rule.message_key).c_str());
    ImGui::Indent();
    widgets::Note((std::string("Source: ") + std::string(rule.source)).c_str());
    ImGui::Unindent();
  }

  if (!result.unsure_raisers.empty()) {
    Subheading("You were not sure");
    for (const core::triage::UnsureRaiser& raiser : result.unsure_raisers) {
      const std::string line =
          core::triage::UnsureRaiserText(core::triage::TriageTextEn, raiser.field, raiser.level);
      widgets::Bullet(line.c_str());
    }
  }

  Subheading("Do cramps mean I am growing?");
  widgets::Paragraph(Text("myth.growing").c_str());
  ImGui::Spacing();
  widgets::Note(Text("disclaimer").c_str());
  ImGui::Spacing();

  if (widgets::BigButton("Show me the stretches###result_stretches",
                         result.level >= Level::kRoutine))
    context.navigation.GoTo(Screen::kStretches);
  if (widgets::BigButton("Check again###selfcheck_recheck")) flow.Start(/*from_last_answers=*/true);
  if (widgets::BigButton("Change my answers###result_back")) flow.Back();
  if (widgets::BigButton("Home###result_home")) context.navigation.GoTo(Screen::kHome);
}

}  // namespace app::selfcheck
