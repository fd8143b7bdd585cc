// The browser build: the same shell driven by the browser's animation frames. Frames the
// redraw policy does not need are skipped, so an untouched page draws nothing.
// The test hooks below back window.crampcheck (web/app.js); nothing else is exported.
#include <emscripten.h>

#include <string>

#include "app/app.h"
#include "app/item_recorder.h"
#include "platform/sdl_gl_shell.h"

namespace {

platform::SdlGlShell g_shell;
// Kept in memory until the IndexedDB storage lands (issue 5).
core::storage::MemoryStorage g_storage;
app::App g_app(g_storage);
int g_frames_drawn = 0;
bool g_first_frame_reported = false;

EM_JS(void, ReportFirstFrame, (), {
  if (Module["onFirstFrame"]) Module["onFirstFrame"]();
});

EM_JS(void, ReportStartFailure, (), {
  if (Module["onStartFailure"]) Module["onStartFailure"]();
});

void RunOneStep() {
  if (!g_shell.Step(g_app)) return;
  ++g_frames_drawn;
  if (!g_first_frame_reported && g_app.IsLoaded()) {
    g_first_frame_reported = true;
    ReportFirstFrame();
  }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int crampcheck_frame_count() { return g_frames_drawn; }

EMSCRIPTEN_KEEPALIVE const char* crampcheck_items_json() {
  static std::string json;
  json = app::ItemsToJson();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* crampcheck_screen_name() { return g_app.ScreenName(); }

}  // extern "C"

int main() {
  if (!g_shell.Init(platform::ShellOptions{})) {
    ReportStartFailure();
    return 1;
  }
  // 0 fps: the browser's requestAnimationFrame paces us; no infinite loop simulated, so
  // main returns and the runtime stays alive for the callbacks.
  emscripten_set_main_loop(RunOneStep, 0, false);
  return 0;
}
