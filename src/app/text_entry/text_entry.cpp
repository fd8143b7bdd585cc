#include "app/text_entry/text_entry.h"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "app/imgui_internals.h"

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
  const std::optional<imgui_internals::EditedField> edited = imgui_internals::FieldBeingEdited();
  if (!edited) return std::nullopt;
  ActiveField field;
  field.id = edited->id;
  if (edited->multiline) {
    field.kind = FieldKind::kMultiline;
  } else if ((edited->flags & kNumberFlags) != 0) {
    field.kind = FieldKind::kNumber;
  }
  field.x = edited->cursor_x;
  field.y = edited->cursor_y;
  field.line_height = edited->line_height;
  field.width = std::max(1.0f, edited->visible_right - field.x);
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
  imgui_internals::ReleaseActiveItem(/*only_text_field=*/true);
}

}  // namespace app::text_entry
