// The browser build: the same shell driven by the browser's animation frames, at most one
// drawn frame each. Frames the redraw policy does not need are skipped, so an untouched
// page draws nothing; what the shell cannot see itself (storage, a picked file, the text
// relay, the back button, the installed app) asks it for a frame.
// The test hooks below back window.crampcheck (web/app.js); nothing else is exported.
#include <emscripten.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <imgui.h>

#include "app/app.h"
#include "app/item_recorder.h"
#include "app/redraw_policy.h"
#include "indexeddb_storage.h"
#include "platform/sdl_gl_shell.h"
#include "text_relay.h"
#include "web_platform.h"

namespace {

// Made in main(), in this order, and never destroyed: the runtime outlives main() and
// storage answers arrive from browser events long after it returned.
platform::SdlGlShell g_shell;
std::unique_ptr<platform::IndexedDbStorage> g_storage;
std::unique_ptr<platform::WebPlatform> g_platform;
std::unique_ptr<app::App> g_app;
std::unique_ptr<platform::TextRelay> g_text_relay;
// What the frame loop knows between animation frames, in one place.
struct LoopState {
  int frames_drawn = 0;
  bool first_frame_reported = false;
  double started_ms = 0.0;
};
LoopState g_loop;

EM_JS(void, ReportFirstFrame, (), {
  if (Module["onFirstFrame"]) Module["onFirstFrame"]();
});

// The browser's back button goes back through the app's router: while the router holds
// more than home, one history entry of our own is armed; popping it is a GoBack().
EM_JS(void, ArmBackButton, (), {
  if (Module["backArmed"]) return;
  history.pushState({crampcheck: true}, "");
  Module["backArmed"] = true;
});
EM_JS(void, ListenForBackButton, (), {
  window.addEventListener("popstate", function() {
    if (!Module["backArmed"]) return;
    Module["backArmed"] = false;
    _crampcheck_back();
  });
});

// The page a link asks for (the manifest's "Cramp now" shortcut, a bookmark: ?start=cramp),
// into `buffer`; the query is then taken off the address, so a reload (an update) opens
// home, not the shortcut's page again.
EM_JS(void, TakeStartLink, (char* buffer, int size), {
  var params = new URLSearchParams(location.search);
  var link = params.get("start") || "";
  if (params.has("start")) {
    params.delete("start");
    var query = params.toString();
    history.replaceState(history.state, "",
                         location.pathname + (query ? "?" + query : "") + location.hash);
  }
  stringToUTF8(link, buffer, size);
});

EM_JS(void, ReportStartFailure, (), {
  if (Module["onStartFailure"]) Module["onStartFailure"]();
});

void RunOneStep() {
  if (app::FrameHold::WaitingForDiary(g_app->IsLoaded(),
                                      emscripten_get_now() - g_loop.started_ms)) {
    g_shell.Prepare();
    return;
  }
  const double write_age_ms = g_storage->OldestWriteAgeMs();
  g_shell.SetWaitingForWrite(write_age_ms >= 0.0 &&
                             write_age_ms < app::RedrawPolicy::kMaxWriteWaitMs);
  if (!g_shell.Step(*g_app)) return;
  ++g_loop.frames_drawn;
  if (g_app->RouterDepth() > 1) ArmBackButton();
  // The first frame drawn after the load answered is the one window.crampcheck.ready
  // waits for.
  if (!g_loop.first_frame_reported && g_app->IsLoaded()) {
    g_loop.first_frame_reported = true;
    ReportFirstFrame();
  }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int crampcheck_frame_count() {
  return g_loop.frames_drawn;
}

// Test hook: 1 once every input and answer the shell has seen is drawn, with the frames after
// it (window.crampcheck.settled()). Input the browser has not handed over yet is not seen:
// tests wait for a frame drawn after their input, then for this. A new screen's first
// 400 ms, which take no tap (App::NewScreenIgnoresTaps), are not settled either: a test's
// next tap is then a new tap, as a person's would be.
EMSCRIPTEN_KEEPALIVE int crampcheck_settled() {
  const bool takes_taps = g_app == nullptr || !g_app->NewScreenIgnoresTaps();
  return g_shell.Settled() && takes_taps ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* crampcheck_items_json() {
  static std::string json;
  // A person's page never records items; the first test that asks turns recording on and
  // draws one frame so the answer is this screen's items, never an empty list.
  if (!app::IsRecordingItems(ImGui::GetCurrentContext())) {
    app::StartRecordingItems(ImGui::GetCurrentContext());
    if (g_loop.first_frame_reported) {
      g_shell.DrawFrame(*g_app);
      ++g_loop.frames_drawn;
    }
  }
  json = app::ItemsToJson();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE void crampcheck_back() {
  if (!g_app) return;
  g_app->GoBack();
  g_shell.RequestFrame();  // draw the page gone back to
}

// The installed app's state changed (web/app.js: a version waits, the install prompt):
// draw a frame to show it.
EMSCRIPTEN_KEEPALIVE void crampcheck_device_changed() {
  g_shell.RequestFrame();
}

EMSCRIPTEN_KEEPALIVE const char* crampcheck_screen_name() {
  return g_app ? g_app->ScreenName() : "";
}

}  // extern "C"

int main() {
  g_loop.started_ms = emscripten_get_now();
  if (!g_shell.Init(platform::ShellOptions{})) {
    ReportStartFailure();
    return 1;
  }
  g_storage = std::make_unique<platform::IndexedDbStorage>();
  g_storage->SetActivityHook([] { g_shell.RequestFrame(); });
  // The app asks for the first load here; it is loaded when IndexedDB answers (or says
  // it is unavailable, and the app runs in memory).
  g_platform = std::make_unique<platform::WebPlatform>([] { g_shell.RequestFrame(); });
  g_app = std::make_unique<app::App>(*g_storage, *g_platform);
  char link[32] = "";
  TakeStartLink(link, static_cast<int>(sizeof link));
  g_app->OpenLink(link);
  // Typed text and keys go into ImGui's queue, taken in by the next drawn frames; a closed
  // keyboard (no event for ImGui) draws the field as no longer edited in the next frame.
  g_text_relay = std::make_unique<platform::TextRelay>(
      [](int events) { g_shell.InputQueued(events); });
  g_shell.SetAfterAppFrame([] { g_text_relay->AfterFrame(); });
  ListenForBackButton();
  // 0 fps: the browser's requestAnimationFrame paces us; no infinite loop simulated, so
  // main returns and the runtime stays alive for the callbacks.
  emscripten_set_main_loop(RunOneStep, 0, false);
  return 0;
}
