#include "app/item_recorder.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>

namespace app {
namespace {

std::vector<RecordedItem> g_current;
std::vector<RecordedItem> g_last;

void AppendJsonString(std::string& out, const std::string& text) {
  out += '"';
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

}  // namespace

void StartRecordingItems(ImGuiContext* context) {
  context->TestEngineHookItems = true;
}

bool IsRecordingItems(const ImGuiContext* context) {
  return context != nullptr && context->TestEngineHookItems;
}

void BeginItemFrame() {
  g_current.clear();
}

void EndItemFrame() {
  g_last.swap(g_current);
}

const std::vector<RecordedItem>& LastFrameItems() {
  return g_last;
}

const RecordedItem* FindItem(const std::string& id) {
  for (const RecordedItem& item : g_last) {
    const std::string& label = item.label;
    if (label.size() >= id.size() && label.compare(label.size() - id.size(), id.size(), id) == 0)
      return &item;
  }
  return nullptr;
}

std::string ItemsToJson() {
  std::string json = "[";
  char numbers[128];
  for (const RecordedItem& item : g_last) {
    if (json.size() > 1) json += ',';
    json += "{\"label\":";
    AppendJsonString(json, item.label);
    std::snprintf(numbers, sizeof numbers, ",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}",
                  static_cast<double>(item.x), static_cast<double>(item.y),
                  static_cast<double>(item.w), static_cast<double>(item.h));
    json += numbers;
  }
  return json + "]";
}

}  // namespace app

// ImGui's test-engine hooks (declared in imgui_internal.h with IMGUI_ENABLE_TEST_ENGINE).
// ItemInfo runs for interactive items right after ItemAdd, and only when the item is not
// clipped, so g.LastItemData.Rect is that item's rectangle.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  if (label == nullptr || label[0] == '\0') return;
  // Windows register themselves too; only the controls inside them are items to press.
  if (ImGui::FindWindowByID(id) != nullptr) return;
  ImRect rect = context->LastItemData.Rect;
  if (const ImGuiWindow* window = context->CurrentWindow) rect.ClipWith(window->ClipRect);
  if (rect.GetWidth() <= 0.0f || rect.GetHeight() <= 0.0f) return;
  app::g_current.push_back({label, rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight()});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
