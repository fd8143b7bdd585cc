#include "app/text_entry/text_entry.h"

#include <imgui.h>
#include <imgui_internal.h>  // ActiveId, InputTextState: which field is edited, and how

#include <algorithm>
#include <iterator>
#include <string>

namespace app::text_entry {
namespace {

constexpr ImGuiInputTextFlags kNumberFlags = ImGuiInputTextFlags_CharsDecimal |
                                             ImGuiInputTextFlags_CharsScientific |
                                             ImGuiInputTextFlags_CharsHexadecimal;

struct NamedKey {
  std::string_view dom_name;
  ImGuiKey key;
  bool needs_ctrl;  // a letter is an editing key only as a shortcut (Ctrl+Z: undo)
};

const NamedKey kNamedKeys[] = {
    {"Backspace", ImGuiKey_Backspace, false},
    {"Delete", ImGuiKey_Delete, false},
    {"Enter", ImGuiKey_Enter, false},
    {"Tab", ImGuiKey_Tab, false},
    {"Escape", ImGuiKey_Escape, false},
    {"ArrowLeft", ImGuiKey_LeftArrow, false},
    {"ArrowRight", ImGuiKey_RightArrow, false},
    {"ArrowUp", ImGuiKey_UpArrow, false},
    {"ArrowDown", ImGuiKey_DownArrow, false},
    {"Home", ImGuiKey_Home, false},
    {"End", ImGuiKey_End, false},
    {"PageUp", ImGuiKey_PageUp, false},
    {"PageDown", ImGuiKey_PageDown, false},
    {"a", ImGuiKey_A, true},
    {"c", ImGuiKey_C, true},
    {"x", ImGuiKey_X, true},
    {"z", ImGuiKey_Z, true},
    {"y", ImGuiKey_Y, true},
};

// The DOM names a letter by what it types: "A" with Shift, "a" without.
char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool SameName(std::string_view dom_key, std::string_view name) {
  if (dom_key.size() != name.size()) return false;
  if (name.size() != 1) return dom_key == name;
  return Lower(dom_key[0]) == name[0];
}

}  // namespace

std::optional<ActiveField> FindActiveField() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (context == nullptr) return std::nullopt;
  const ImGuiContext& g = *context;
  const ImGuiPlatformImeData& ime = g.PlatformImeData;
  // WantTextInput is set by the field itself while it is drawn and edited (not on the frame
  // that ends the edit), so a field that is gone closes the keyboard.
  if (!ime.WantTextInput || g.ActiveId == 0 || g.InputTextState.ID != g.ActiveId)
    return std::nullopt;
  ActiveField field;
  field.id = g.ActiveId;
  const ImGuiInputTextFlags flags = g.InputTextState.Flags;
  if ((flags & ImGuiInputTextFlags_Multiline) != 0) {
    field.kind = FieldKind::kMultiline;
  } else if ((flags & kNumberFlags) != 0) {
    field.kind = FieldKind::kNumber;
  }
  field.x = ime.InputPos.x;
  field.y = ime.InputPos.y;
  field.line_height = ime.InputLineHeight;
  const float right =
      g.ActiveIdWindow != nullptr ? g.ActiveIdWindow->InnerClipRect.Max.x : g.IO.DisplaySize.x;
  field.width = std::max(1.0f, right - field.x);
  return field;
}

void TypeText(std::string_view utf8) {
  if (utf8.empty() || ImGui::GetCurrentContext() == nullptr) return;
  const std::string text(utf8);  // AddInputCharactersUTF8 reads up to a terminating zero
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
}

bool PressKey(std::string_view dom_key, bool shift, bool ctrl) {
  if (ImGui::GetCurrentContext() == nullptr) return false;
  const auto named = std::find_if(std::begin(kNamedKeys), std::end(kNamedKeys),
                                  [&](const NamedKey& k) { return SameName(dom_key, k.dom_name); });
  if (named == std::end(kNamedKeys) || (named->needs_ctrl && !ctrl)) return false;
  ImGuiIO& io = ImGui::GetIO();
  // The modifiers are held only around this key: the relay's keys never reach SDL, whose
  // own modifier state stays as it was.
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(named->key, true);
  io.AddKeyEvent(named->key, false);
  io.AddKeyEvent(ImGuiMod_Shift, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  return true;
}

void StopEditing() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (context == nullptr) return;
  if (context->ActiveId != 0 && context->InputTextState.ID == context->ActiveId)
    ImGui::ClearActiveID();
}

}  // namespace app::text_entry
