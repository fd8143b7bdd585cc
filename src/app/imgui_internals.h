#pragma once
// The few things the app needs from Dear ImGui that its public API (imgui.h) does not offer,
// behind plain types. imgui_internals.cpp is the only file of ours that includes
// imgui_internal.h (a test checks it), so an ImGui upgrade that moves those internals breaks
// one small file, not layout, scrolling or input all over the app. Each function says why
// the public API cannot do it; anything it can do belongs outside this file.
#include <optional>

struct ImGuiContext;

namespace app::imgui_internals {

// --- Items shown, for tests (item_recorder.cpp) ---------------------------------------------
// ImGui reports each interactive item (label and rectangle) only through the test-engine
// hooks ImGuiTestEngineHook_ItemAdd / ItemInfo, which are declared in imgui_internal.h and
// read the item's rectangle from ImGuiContext::LastItemData. There is no public way to list
// what a frame drew.

// Called once per interactive item that is not clipped: its label as passed to ImGui
// (with any "###id") and its visible rectangle in ImGui coordinates.
using ItemListener = void (*)(const char* label, float x, float y, float w, float h);
// Turns the hooks on for `context` (ImGuiContext::TestEngineHookItems), reporting to
// `listener` from its next frame. Off, the hooks cost nothing.
void ReportItems(ImGuiContext* context, ItemListener listener);
bool ReportsItems(const ImGuiContext* context);

// --- The text field being edited (text_entry.cpp) -------------------------------------------
// The public API says that some field wants text (io.WantTextInput) but not which one, its
// flags (number, multiline) or where its text cursor is: those live in ImGuiContext's
// ActiveId, InputTextState and PlatformImeData.
struct EditedField {
  unsigned int id = 0;     // ImGuiID of the field
  int flags = 0;           // its ImGuiInputTextFlags
  bool multiline = false;  // InputTextMultiline (ImGuiInputTextFlags_Multiline is internal)
  // Where its text cursor is (the IME's position), and the right edge of its window's
  // visible area, in ImGui coordinates.
  float cursor_x = 0.0f, cursor_y = 0.0f, line_height = 0.0f, visible_right = 0.0f;
};
// The InputText being edited in the current context after a frame, or nullopt.
std::optional<EditedField> FieldBeingEdited();

// --- Letting go of a press ------------------------------------------------------------------
// Ends editing, or the press of the item under the finger, as a click elsewhere would
// (ImGui::ClearActiveID): there is no public call to release the active item, and a press
// that became a touch scroll must not fire on release, nor a field stay edited once the
// phone's keyboard is closed. `only_text_field`: only when the active item is a text field.
void ReleaseActiveItem(bool only_text_field = false);

// --- Input not taken in yet -----------------------------------------------------------------
// With event trickling ImGui takes in only part of what was queued in one frame (a press and
// its release take two) and keeps the rest in ImGuiContext::InputEventsQueue; the public API
// does not say how many wait. The shell draws until none does (redraw_policy.h).
int InputEventsWaiting();

}  // namespace app::imgui_internals
