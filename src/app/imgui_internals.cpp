// The only file of ours that includes imgui_internal.h (see imgui_internals.h for why each
// piece is here). Keep it small: ImGui 1.92.2b's internal names, read and nothing more.
#include "app/imgui_internals.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace app::imgui_internals {
namespace {
ItemListener g_listener = nullptr;
}  // namespace

void ReportItems(ImGuiContext* context, ItemListener listener) {
  g_listener = listener;
  context->TestEngineHookItems = true;
}

bool ReportsItems(const ImGuiContext* context) {
  return context != nullptr && context->TestEngineHookItems;
}

std::optional<EditedField> FieldBeingEdited() {
  const ImGuiContext* context = ImGui::GetCurrentContext();
  if (context == nullptr) return std::nullopt;
  const ImGuiContext& g = *context;
  const ImGuiPlatformImeData& ime = g.PlatformImeData;
  // WantTextInput is set by the field itself while it is drawn and edited (not on the frame
  // that ends the edit), so a field that is gone closes the keyboard.
  if (!ime.WantTextInput || g.ActiveId == 0 || g.InputTextState.ID != g.ActiveId)
    return std::nullopt;
  EditedField field;
  field.id = g.ActiveId;
  field.flags = g.InputTextState.Flags;
  field.multiline = (g.InputTextState.Flags & ImGuiInputTextFlags_Multiline) != 0;
  field.cursor_x = ime.InputPos.x;
  field.cursor_y = ime.InputPos.y;
  field.line_height = ime.InputLineHeight;
  field.visible_right =
      g.ActiveIdWindow != nullptr ? g.ActiveIdWindow->InnerClipRect.Max.x : g.IO.DisplaySize.x;
  return field;
}

void ReleaseActiveItem(bool only_text_field) {
  const ImGuiContext* context = ImGui::GetCurrentContext();
  if (context == nullptr || context->ActiveId == 0) return;
  if (only_text_field && context->InputTextState.ID != context->ActiveId) return;
  ImGui::ClearActiveID();
}

int InputEventsWaiting() {
  const ImGuiContext* context = ImGui::GetCurrentContext();
  return context == nullptr ? 0 : context->InputEventsQueue.Size;
}

}  // namespace app::imgui_internals

// ImGui's test-engine hooks (declared in imgui_internal.h with IMGUI_ENABLE_TEST_ENGINE).
// ItemInfo runs for interactive items right after ItemAdd, and only when the item is not
// clipped, so g.LastItemData.Rect is that item's rectangle.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  if (app::imgui_internals::g_listener == nullptr || label == nullptr || label[0] == '\0') return;
  // Windows register themselves too; only the controls inside them are items to press.
  if (ImGui::FindWindowByID(id) != nullptr) return;
  ImRect rect = context->LastItemData.Rect;
  if (const ImGuiWindow* window = context->CurrentWindow) rect.ClipWith(window->ClipRect);
  if (rect.GetWidth() <= 0.0f || rect.GetHeight() <= 0.0f) return;
  app::imgui_internals::g_listener(label, rect.Min.x, rect.Min.y, rect.GetWidth(),
                                   rect.GetHeight());
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
