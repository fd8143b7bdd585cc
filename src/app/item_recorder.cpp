#include "app/item_recorder.h"

#include <cstdio>

#include "app/imgui_internals.h"

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
  imgui_internals::ReportItems(context, [](const char* label, float x, float y, float w, float h) {
    g_current.push_back({label, x, y, w, h});
  });
}

bool IsRecordingItems(const ImGuiContext* context) {
  return imgui_internals::ReportsItems(context);
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
