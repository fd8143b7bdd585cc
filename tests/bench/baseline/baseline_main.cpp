// The benchmark's baseline (issue 11): the smallest Dear ImGui SDL2 + WebGL2 page, made with
// the app's toolchain and linked against the app's own `imgui` and `imgui_backends` targets,
// so it always runs the Dear ImGui version the app runs. Like ImGui's examples it keeps the
// default font and style, sizes the canvas through SDL (CSS size x devicePixelRatio, as the
// app's shell does) and draws every animation frame, one line of text in one window.
//
// What scripts/bench reads (tests/bench/browser/baseline.mjs):
//   window.baselineFirstFrame   performance.now() once the first frame has been swapped;
//   window.baselineFrames       frames drawn so far;
//   window.baselineImGuiVersion the Dear ImGui version compiled in.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>  // the test-engine hook declarations

#include <cstdio>

#ifdef IMGUI_ENABLE_TEST_ENGINE
// The project's imgui target is compiled with the test-engine hooks on (the app records its
// items through them), so the program linking it defines them; the baseline records nothing.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
#endif

namespace {

struct Baseline {
  SDL_Window* window = nullptr;
  SDL_GLContext gl_context = nullptr;
  int frames = 0;
};
Baseline g_baseline;

EM_JS(void, ReportFrame, (int frames, const char* imgui_version), {
  window.baselineFrames = frames;
  if (frames == 1) {
    window.baselineImGuiVersion = UTF8ToString(imgui_version);
    window.baselineFirstFrame = performance.now();
  }
});

void Frame() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(16.0f, 16.0f), ImGuiCond_Always);
  ImGui::Begin("Baseline", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted("Dear ImGui baseline: one line, every frame.");
  ImGui::End();
  ImGui::Render();

  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(g_baseline.window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.055f, 0.071f, 0.125f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g_baseline.window);
  ReportFrame(++g_baseline.frames, ImGui::GetVersion());
}

}  // namespace

int main() {
  // Video only: the project's wasm SDL2 has the other subsystems compiled out.
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
  // WebGL2: an OpenGL ES 3.0 context, GLSL "#version 300 es".
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE |
                                                  SDL_WINDOW_ALLOW_HIGHDPI);
  g_baseline.window = SDL_CreateWindow("Dear ImGui baseline", SDL_WINDOWPOS_CENTERED,
                                       SDL_WINDOWPOS_CENTERED, 390, 844, flags);
  if (g_baseline.window == nullptr) {
    std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
    return 1;
  }
  g_baseline.gl_context = SDL_GL_CreateContext(g_baseline.window);
  if (g_baseline.gl_context == nullptr) {
    std::fprintf(stderr, "SDL_GL_CreateContext failed: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(g_baseline.window, g_baseline.gl_context);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::StyleColorsDark();
  ImGui_ImplSDL2_InitForOpenGL(g_baseline.window, g_baseline.gl_context);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  // 0 fps: paced by requestAnimationFrame; main returns and the runtime stays alive.
  emscripten_set_main_loop(Frame, 0, false);
  return 0;
}
