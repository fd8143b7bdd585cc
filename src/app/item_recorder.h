#pragma once
// Records every interactive item of a frame (label as passed to ImGui, including its
// "###id", and its visible rectangle) through Dear ImGui's test-engine hooks. This feeds
// window.crampcheck.items() in the browser and the UI tests, so tests click real pixels.
#include <string>
#include <vector>

struct ImGuiContext;

namespace app {

struct RecordedItem {
  std::string label;
  float x, y, w, h;  // in ImGui coordinates (CSS pixels in the browser)
};

// Turns the hooks on for `context`; items are recorded from its next frame. Until then
// the hooks cost nothing: the shell turns them on only when a test first asks for items.
void StartRecordingItems(ImGuiContext* context);
bool IsRecordingItems(const ImGuiContext* context);
// Call after ImGui::NewFrame(): starts this frame's list.
void BeginItemFrame();
// Call after ImGui::Render(): this frame's items become LastFrameItems(), so what tests
// read is exactly what the last drawn frame shows.
void EndItemFrame();
// The items of the last completed frame.
const std::vector<RecordedItem>& LastFrameItems();
// Finds the item whose label ends with `id` (e.g. "###nav_home"); nullptr when absent.
const RecordedItem* FindItem(const std::string& id);
// LastFrameItems() as a JSON array: [{"label":..,"x":..,"y":..,"w":..,"h":..}, ...].
std::string ItemsToJson();

}  // namespace app
