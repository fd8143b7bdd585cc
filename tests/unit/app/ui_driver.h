#pragma once
// Runs the real app::App inside an ImGui context with no window or renderer, and presses
// items by their "###id" with synthetic mouse or touch events at the recorded rectangle,
// the same way the browser tests do with real events.
#include <imgui.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/fonts.h"
#include "app/item_recorder.h"
#include "app/platform.h"
#include "app/theme.h"

namespace app_test {

// The device, as a test wants it: a clock moved by hand, a locale, and services that do
// what the test says (none unless set: no file saver, no picker, no reload).
class TestPlatform final : public app::Platform {
 public:
  using Saver = std::function<std::optional<std::string>(
      const std::string& name, const std::string& mime, const std::string& content)>;
  core::ManualClock clock;
  std::string locale;
  Saver saver;
  std::function<void(std::function<void(PickedFile)>)> picker;
  std::function<void()> reloader;
  int vibrations = 0;

  const core::Clock& Clock() const override { return clock; }
  std::string Locale() const override { return locale; }
  bool CanSaveFiles() const override { return saver != nullptr; }
  std::optional<std::string> SaveFile(const std::string& name, const std::string& mime,
                                      const std::string& content) override {
    return saver ? saver(name, mime, content) : std::nullopt;
  }
  bool PickFile(std::function<void(PickedFile)> picked) override {
    if (!picker) return false;
    picker(std::move(picked));
    return true;
  }
  bool CanReload() const override { return reloader != nullptr; }
  void Reload() override {
    if (reloader) reloader();
  }
  void Vibrate(int) override { ++vibrations; }
  // A phone by default, as in the browser; false is the desktop. `calls`: what was dialled.
  bool can_call = true;
  std::vector<std::string> calls;
  bool CanCall() const override { return can_call; }
  void Call(std::string_view number) override { calls.emplace_back(number); }
  bool reduced_motion = false;
  bool PrefersReducedMotion() const override { return reduced_motion; }
  void SetLanguage(std::string_view tag) override { language = std::string(tag); }
  std::string AppAddress() const override { return address; }
  std::string language;
  std::string address = "http://127.0.0.1:8080/";
  // The installed app as a browser would report it, and what the app asked of it.
  InstalledApp installed_app;
  int updates_applied = 0;
  int install_prompts = 0;
  InstalledApp InstalledAppState() const override { return installed_app; }
  void ApplyUpdate() override { ++updates_applied; }
  void Install() override { ++install_prompts; }
};

class UiDriver {
 public:
  enum class Load { kAtOnce, kHeld };
  // `meta` is put into storage before the app loads it, as if saved by an earlier run.
  // `episodes` likewise are a diary saved earlier. With Load::kHeld the storage answers the
  // app's first read only at Storage().AnswerHeldLoads().
  explicit UiDriver(float width = 390.0f, float height = 844.0f,
                    const std::map<std::string, std::string>& meta = {},
                    const std::vector<core::diary::Episode>& episodes = {},
                    Load load = Load::kAtOnce)
      : seeded_(Seed(storage_, meta, episodes, load)), app_(storage_, platform_) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    app::theme::Apply();
    app::AddFonts();
    // Dear ImGui 1.92: a renderer that takes texture updates, as the OpenGL3 backend does;
    // glyphs are then rasterised on demand into a texture nobody uploads.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    app::StartRecordingItems(ImGui::GetCurrentContext());
    Frame();
    Frame();
  }
  ~UiDriver() { ImGui::DestroyContext(); }
  UiDriver(const UiDriver&) = delete;
  UiDriver& operator=(const UiDriver&) = delete;

  void Frame() {
    ImGui::NewFrame();
    app::BeginItemFrame();
    app_.Frame();
    ImGui::Render();
    app::EndItemFrame();
  }

  // Presses and releases the item whose label ends with `id`; false when it is not shown.
  // A new tap of a person who looked first: a screen that just appeared is given its 400 ms
  // (App::NewScreenIgnoresTaps), as clickItem waits for them in the browser.
  bool Press(const std::string& id, bool touch = false) {
    const app::RecordedItem* item = app::FindItem(id);
    if (item == nullptr) return false;
    WaitOutNewScreen();
    ImGuiIO& io = ImGui::GetIO();
    if (touch) io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(item->x + item->w * 0.5f, item->y + item->h * 0.5f);
    io.AddMouseButtonEvent(0, true);
    Frame();
    io.AddMouseButtonEvent(0, false);
    Frame();
    Frame();  // shows the state the release changed
    return true;
  }

  // Taps the text field `id` (its text is selected, as the app's fields select all when
  // tapped) and types `text` in place of it, as a keyboard would; false when not shown.
  bool Type(const std::string& id, const std::string& text) {
    if (!Press(id)) return false;
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    Frame();
    Frame();
    return true;
  }

  // Presses and releases a key (Escape: back).
  void PressKey(ImGuiKey key) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(key, true);
    Frame();
    io.AddKeyEvent(key, false);
    Frame();
    Frame();
  }

  // Drags the finger (or mouse) up from (x, y) by `distance`, in small steps, and lifts it.
  void DragUp(float x, float y, float distance) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    io.AddMouseButtonEvent(0, true);
    Frame();
    for (int i = 1; i <= 10; ++i) {
      io.AddMousePosEvent(x, y - distance * static_cast<float>(i) / 10.0f);
      Frame();
    }
    io.AddMouseButtonEvent(0, false);
    for (int i = 0; i < 4; ++i) Frame();
  }

  // Scrolls the content area by dragging, as a person would, until `id` is shown.
  bool ScrollTo(const std::string& id) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    for (int i = 0; i < 10 && app::FindItem(id) == nullptr; ++i)
      DragUp(size.x * 0.5f, size.y * 0.7f, size.y * 0.35f);
    return app::FindItem(id) != nullptr;
  }

  // Moves the monotonic clock (not the wall clock's whole seconds) past a new screen's tap
  // guard, if one holds (a little past: sums of 0.4 s are not exact).
  void WaitOutNewScreen() {
    if (app_.NewScreenIgnoresTaps()) clock_.Advance(app::App::kNewScreenTapGuardSeconds + 0.05);
  }

  app::App& App() { return app_; }
  core::storage::MemoryStorage& Storage() { return storage_; }
  core::ManualClock& Clock() { return clock_; }
  TestPlatform& Platform() { return platform_; }
  // Moves the clock to 03:12 in Shanghai (+08:00) on `date`: "today" for the app.
  void SetToday(core::diary::LocalDate date) {
    clock_.Set({core::diary::DaysFromCivil(date) * 86400 + (3 * 60 + 12 - 480) * 60, 480});
  }

 private:
  static bool Seed(core::storage::MemoryStorage& storage,
                   const std::map<std::string, std::string>& meta,
                   const std::vector<core::diary::Episode>& episodes, Load load) {
    for (const auto& [key, json] : meta) storage.PutMeta(key, json, [](const auto&) {});
    for (const auto& episode : episodes) storage.PutEpisode(episode, [](const auto&) {});
    if (load == Load::kHeld) storage.HoldLoads();
    return true;
  }

  core::storage::MemoryStorage storage_;
  // 2026-11-22T19:12:00Z: 03:12 in Shanghai, the middle of the night.
  TestPlatform platform_ = [] {
    TestPlatform platform;
    platform.clock.Set({1795374720, 480});
    return platform;
  }();
  core::ManualClock& clock_ = platform_.clock;
  bool seeded_;
  app::App app_;
};

}  // namespace app_test
