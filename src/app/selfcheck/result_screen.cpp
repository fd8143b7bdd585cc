// The self-check result (CLINICAL.md, "How a result is shown", 3.1): for an emergency the
// call button (call_button.h) comes first and big, for an urgent result its phone line's
// button (where there is one) right under the level. A self-care result with warning signs
// skipped or not sure starts with one plain sentence, "Answer these now" and the signs
// grouped by what to do, and is never shown as an all-clear; any higher level shows its
// level and "what to do" first, then "Some other questions ..." with the same list. Then why
// (every fired rule with its source), then what can help (the self-care lines), the growing
// myth (under 25 only) and the disclaimer once. Then ways on: stretches (never after an
// urgent or emergency result), check again, home.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app_settings.h"
#include "app/call_button.h"
#include "app/fonts.h"
#include "app/language.h"
#include "app/screens/report_buttons.h"
#include "app/selfcheck/selfcheck_ui.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/triage/dependencies.h"
#include "core/triage/triage_text.h"

namespace app::selfcheck {
namespace {

using core::triage::Level;

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

// A banner: an icon (or none) beside words, as one item "<words>###<id>".
void DrawBanner(const std::string& words, const std::string& id, ImVec4 tint, const Level* icon) {
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
  if (icon != nullptr)
    DrawLevelIcon(draw, ImVec2(min.x + 40.0f, min.y + height * 0.5f), 22.0f, *icon);
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

// The words around the signs not ruled out, in one place (CLINICAL.md "How a result is
// shown", 3.1): the sentence that leads the list (a self-care result: "You reported no
// warning sign, but N ..."; any higher level: "Some other questions ...", below the level's
// own action), what heads the self-care advice while a sign is open, and how a group of
// signs is headed. The core's `result.*` keys win over the app's of the same name.
struct OpenSignWords {
  static constexpr const char* kSelfCareOne = "result.not_ruled_out.one";
  static constexpr const char* kSelfCareOther = "result.not_ruled_out.other";
  static constexpr const char* kHigherLevel = "result.open_signs_after_level";
  // A line of the core's advice that heads the self-care lines below it, not one of them.
  static constexpr std::string_view kIfNoneApplies = "advice.if_none_applies";
  static constexpr const char* kGroup = "result.open_group";  // "{act}:"

  static std::string Lead(Level level, std::size_t count) {
    if (level != Level::kSelfCare) return Text(kHigherLevel);
    return core::i18n::Fill(Text(count == 1 ? kSelfCareOne : kSelfCareOther),
                            {{"count", std::to_string(count)}});
  }
};

// Text drawn from `top` down to here becomes one item "<its words>###<id>" lying over it,
// for tests and a screen-reader mirror (the words themselves are plain text).
void ItemOver(const ImVec2& top, float width, const std::string& label) {
  const ImVec2 end = ImGui::GetCursorScreenPos();
  const float height = std::max(1.0f, end.y - ImGui::GetStyle().ItemSpacing.y - top.y);
  ImGui::SetCursorScreenPos(top);
  ImGui::InvisibleButton(label.c_str(), ImVec2(width, height));
  ImGui::SetCursorScreenPos(end);
  ImGui::Dummy(ImVec2(0.0f, 0.0f));
}

// What to do if a sign is true, as OpenSignText() picks it: the first rule's own action
// (stop the statin, call the maternity unit) when it has one, else its level's.
std::string ActionKey(const core::triage::OpenSign& sign) {
  if (!sign.rule_ids.empty()) {
    const std::string own = std::string("act.rule.").append(sign.rule_ids.front());
    if (!Text(own).empty()) return own;
  }
  return std::string("act.").append(core::triage::LevelName(sign.level));
}

// OpenSignText() without its action: a lookup whose sentence is the condition alone.
std::string_view ConditionOnly(std::string_view key) {
  if (key == "sign.format") return "{if}";
  return CurrentLookup()(key);
}

// One line of the list: the sign in the words of the question that was skipped, with the
// other unanswered questions it needs ("If you take a statin and ..."), as the core words
// it. The group's heading says what to do; if the core's sentence is not "<condition>,
// <action>", the whole sentence is kept, action and all.
std::string SignLine(const core::triage::OpenSign& sign,
                     const core::triage::EmergencyRegion& region) {
  const std::string full =
      core::triage::OpenSignText(CurrentLookup(), sign, region, CurrentLanguage());
  const std::string condition =
      core::triage::OpenSignText(&ConditionOnly, sign, region, CurrentLanguage());
  if (!condition.empty() && full.size() > condition.size() &&
      full.compare(0, condition.size(), condition) == 0)
    return condition;
  return full;
}

// "Call 999 now:" from the clause "call 999 now": the first letter made a capital where the
// language has capitals (ASCII only; Chinese has none).
std::string GroupHeading(const std::string& action_key,
                         const core::triage::EmergencyRegion& region) {
  std::string action = Text(action_key, region);
  if (!action.empty() && action[0] >= 'a' && action[0] <= 'z')
    action[0] = static_cast<char>(action[0] - 'a' + 'A');
  return core::i18n::Fill(Text(OpenSignWords::kGroup), {{"act", action}});
}

// The signs not ruled out, grouped by what to do (emergency first, then urgent, then the
// rest, as the core orders them), each group under its action with a bar of its level's
// colour. One readable item "<every line>###result_not_ruled_out" lies over the whole list.
void DrawOpenList(const core::triage::Assessment& result,
                  const core::triage::EmergencyRegion& region) {
  std::vector<std::string> groups;
  for (const core::triage::OpenSign& sign : result.not_ruled_out) {
    const std::string key = ActionKey(sign);
    if (std::find(groups.begin(), groups.end(), key) == groups.end()) groups.push_back(key);
  }
  std::string all;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImGui::BeginGroup();
  for (const std::string& group : groups) {
    Level level = Level::kSelfCare;
    for (const core::triage::OpenSign& sign : result.not_ruled_out) {
      if (ActionKey(sign) == group) {
        level = sign.level;
        break;
      }
    }
    const std::string heading = GroupHeading(group, region);
    all += (all.empty() ? "" : "\n\n") + heading;
    const float y0 = ImGui::GetCursorScreenPos().y;
    ImGui::Indent(14.0f);
    PushFont(FontRole::kLarge);
    widgets::Paragraph(heading.c_str());
    PopFont();
    for (const core::triage::OpenSign& sign : result.not_ruled_out) {
      if (ActionKey(sign) != group) continue;
      const std::string line = SignLine(sign, region);
      all += "\n- " + line;
      widgets::Bullet(line.c_str());
    }
    ImGui::Unindent(14.0f);
    const float y1 = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    draw->AddRectFilled(ImVec2(top.x, y0), ImVec2(top.x + 5.0f, y1),
                        ImGui::GetColorU32(LevelColour(level)), 2.0f);
    ImGui::Spacing();
  }
  ImGui::EndGroup();
  ItemOver(top, width, Label(all, "result_not_ruled_out"));
}

// The signs not ruled out: the sentence that leads them (OpenSignWords), "Answer these now",
// then the list.
void DrawNotRuledOut(SelfCheckFlow& flow, const core::triage::EmergencyRegion& region) {
  const core::triage::Assessment& result = flow.Result();
  const std::string lead = OpenSignWords::Lead(result.level, result.not_ruled_out.size());
  widgets::Callout(Label(lead, "result_open_lead").c_str(),
                   result.level == Level::kSelfCare ? theme::kWarningPanel : theme::kSurface);
  // The main button of a self-care result; below a higher level's own action it must not
  // outshine that action.
  if (widgets::BigButton((T("result.answer_now") + "###answer_now").c_str(),
                         result.level == Level::kSelfCare))
    flow.AnswerOpenSigns();
  ImGui::Spacing();
  DrawOpenList(result, region);
}

void Subheading(const char* text) {
  ImGui::Spacing();
  PushFont(FontRole::kLarge);
  ImGui::TextWrapped("%s", text);
  PopFont();
}

// The core's advice in the order a result is read (issue 24, item 4): what to do now (the
// fired rules' own actions and the level's, up to its `advice.level.*` line; all of it for
// an emergency or urgent result, which has nothing else), then, after "why", what can help
// (the self-care lines). Those keep their "If none of the signs above applies" heading while
// a sign is open (CLINICAL.md 3.1).
struct AdviceParts {
  std::vector<std::string_view> act;
  std::vector<std::string_view> helps;
};

AdviceParts SplitAdvice(const core::triage::Assessment& result) {
  AdviceParts parts;
  const std::string level_key =
      std::string("advice.level.").append(core::triage::LevelName(result.level));
  const bool all_action = result.level == Level::kEmergency || result.level == Level::kUrgent;
  bool past_level = false;
  for (std::string_view key : result.advice_keys) {
    (past_level && !all_action ? parts.helps : parts.act).push_back(key);
    if (key == level_key) past_level = true;
  }
  if (!result.not_ruled_out.empty() && !parts.helps.empty() &&
      parts.helps.front() != OpenSignWords::kIfNoneApplies)
    parts.helps.insert(parts.helps.begin(), OpenSignWords::kIfNoneApplies);
  return parts;
}

// A heading and its advice lines, with one item "<heading>\n- <line>...###<id>" over them.
void DrawAdvice(const std::string& heading, const std::vector<std::string_view>& keys,
                const char* id, const core::triage::EmergencyRegion& region) {
  const ImVec2 top = ImGui::GetCursorScreenPos();
  std::string all = heading;
  Subheading(heading.c_str());
  for (std::string_view key : keys) {
    const std::string line = Text(key, region);
    if (key == OpenSignWords::kIfNoneApplies) {
      all += "\n" + line;
      widgets::Note(line.c_str());
      continue;
    }
    all += "\n- " + line;
    widgets::Bullet(line.c_str());
  }
  ItemOver(top, ImGui::GetContentRegionAvail().x, Label(all, id));
}

}  // namespace

void DrawResult(screens::ScreenContext& context, SelfCheckFlow& flow, const PhoneLine& phone,
                const DataActions& data) {
  const core::triage::Assessment& result = flow.Result();
  const core::triage::EmergencyRegion& region = context.region;
  const bool open = !result.not_ruled_out.empty();

  // Self-care with signs open: the plain sentence, a way to answer them, the list, and
  // only then the level, never as an all-clear. Any other level: the level and its action
  // first, the signs still open below them. An emergency's call button comes first and big,
  // an urgent result's (where its urgent line is a phone line) right under its level.
  if (result.level == Level::kEmergency) DrawCallButton(phone, CallKind::kEmergency, region);
  if (open && result.level == Level::kSelfCare) {
    DrawNotRuledOut(flow, region);
    ImGui::Spacing();
    DrawUnconfirmedBanner();
  } else {
    DrawLevelBanner(result.level);
  }
  if (result.level == Level::kUrgent) DrawCallButton(phone, CallKind::kUrgent, region);
  if (result.level == Level::kEmergency && flow.StoppedEarly())
    widgets::Note(T("result.stopped_early").c_str());

  // In the order the core gives: the fired rules' own actions, then the level's.
  const AdviceParts advice = SplitAdvice(result);
  DrawAdvice(T("result.what_to_do"), advice.act, "result_what_to_do", region);
  if (open && result.level != Level::kSelfCare) {
    ImGui::Spacing();
    DrawNotRuledOut(flow, region);
  }

  // Why: every fired rule with its source, as one item "<heading>\n- <rule>...###result_why".
  const ImVec2 why_top = ImGui::GetCursorScreenPos();
  std::string why = T("result.why");
  Subheading(why.c_str());
  const core::triage::FrequencyFacts& facts = result.frequency;
  if (facts.source == core::triage::FactSource::kDiary && facts.episodes_per_week) {
    const std::string line = core::i18n::Fill(
        T("result.from_diary_line"),
        {{"from", Text("from_diary")},
         {"days", core::i18n::Plural(CurrentLanguage(), "result.diary_days", facts.diary_days) +
                      (facts.corrected ? T("result.corrected") : std::string())},
         {"value", FormatNumber("episodes_per_week", *facts.episodes_per_week)}});
    widgets::Note(line.c_str());
  }
  for (const core::triage::FiredRule& rule : result.rules) {
    const std::string message =
        core::triage::RuleMessage(CurrentLookup(), rule, result, region, CurrentLanguage());
    why += "\n- " + message;
    widgets::Bullet(message.c_str());
    ImGui::Indent();
    widgets::Note(
        core::i18n::Fill(T("result.source"), {{"source", std::string(rule.source)}}).c_str());
    ImGui::Unindent();
  }
  if (!result.unsure_raisers.empty()) {
    Subheading(T("result.unsure").c_str());
    for (const core::triage::OpenSign& raiser : result.unsure_raisers) {
      const std::string line =
          core::triage::OpenSignText(CurrentLookup(), raiser, region, CurrentLanguage());
      why += "\n- " + line;
      widgets::Bullet(line.c_str());
    }
  }

  ItemOver(why_top, ImGui::GetContentRegionAvail().x, Label(why, "result_why"));
  if (!advice.helps.empty())
    DrawAdvice(T("result.what_helps"), advice.helps, "result_what_helps", region);

  if (core::triage::ShowsGrowingMyth(flow.Answers())) {
    Subheading(T("result.growing_title").c_str());
    widgets::Paragraph(Text("myth.growing").c_str());
  }
  ImGui::Spacing();
  widgets::Note(Text("disclaimer").c_str());
  ImGui::Spacing();
  // This result and the diary, for the doctor the result may send the person to.
  screens::DrawReportButtons(data, "report_from_result");

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
