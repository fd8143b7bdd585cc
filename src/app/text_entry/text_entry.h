#pragma once
// Typing where the device has no keyboard of its own for the app (a canvas on a phone): the
// platform asks which ImGui text field is being edited, after each frame, to open the right
// on-screen keyboard over it, and hands back what the person typed. Works for every
// InputText / InputTextMultiline in the app without the field's code knowing: it reads
// Dear ImGui's own state, so a new field needs nothing.
#include <optional>
#include <string_view>

namespace app::text_entry {

// What the on-screen keyboard should offer.
enum class FieldKind {
  kText,       // one line of text
  kNumber,     // ImGuiInputTextFlags_CharsDecimal / CharsScientific / CharsHexadecimal: digits
  kMultiline,  // InputTextMultiline (notes): Enter is a new line
};

// The field being edited, read after ImGui::Render() of a frame.
struct ActiveField {
  unsigned int id = 0;  // ImGuiID, to tell one field from the next
  FieldKind kind = FieldKind::kText;
  // Where the text cursor is, in ImGui (CSS) pixels: the keyboard's input sits here so the
  // IME's candidate window opens at the field. `width` runs to the window's right edge.
  float x = 0.0f, y = 0.0f, width = 0.0f, line_height = 0.0f;
};

// The field being edited in the current ImGui context, or nullopt when none is.
std::optional<ActiveField> FindActiveField();

// Text the person committed (typed, pasted, or an IME composition ended), as UTF-8. The
// field's own filter still applies (a number field keeps only digits; full-width digits
// from a Chinese keyboard become digits).
void TypeText(std::string_view utf8);

// Editing keys by the DOM's KeyboardEvent.key names ("Backspace", "Enter", "ArrowLeft", ...
// and "a", "c", "x", "z", "y" with Ctrl). Returns false for a key that is not an editing key
// (the platform then leaves it to the browser).
bool PressKey(std::string_view dom_key, bool shift, bool ctrl);

// The person closed the keyboard (the relay lost focus without the app asking): editing
// ends as if they had tapped outside the field. What was typed stays in the field.
void StopEditing();

}  // namespace app::text_entry
