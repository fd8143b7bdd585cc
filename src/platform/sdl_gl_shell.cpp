#include "platform/sdl_gl_shell.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "app/app.h"
#include "app/fonts.h"
#include "app/imgui_internals.h"
#include "app/item_recorder.h"
#include "app/theme.h"
#include "core/io/import.h"
#include "gl_api.h"  // one per platform: native/gl_api.h or web/gl_api.h
#include "platform/figure_renderer_gl.h"

namespace platform {
namespace {

// Reads a file dropped on the window (desktop) and hands it to the app's import, or tells
// it why it could not be read. Never more than the import limit is read.
void OpenDroppedFile(app::App& app, const char* path) {
  const char* slash = std::strrchr(path, '/');
  std::string name = slash != nullptr ? slash + 1 : path;
  std::FILE* file = std::fopen(path, "rb");
  if (file == nullptr) {
    app.OpenFileFailed(name, std::string("It could not be opened: ") + std::strerror(errno));
    return;
  }
  std::string content;
  char buffer[65536];
  std::size_t got = 0;
  bool too_big = false;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    content.append(buffer, got);
    if (content.size() > core::io::kMaxImportFileBytes) {
      too_big = true;
      break;
    }
  }
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (too_big) {
    app.OpenFileFailed(name, core::io::TooBigMessage(content.size()));
  } else if (failed) {
    app.OpenFileFailed(name, "It could not be read (is it a folder?).");
  } else {
    app.OpenFile(std::move(name), std::move(content));
  }
}

}  // namespace

SdlGlShell::SdlGlShell() = default;
SdlGlShell::~SdlGlShell() = default;

bool SdlGlShell::Init(const ShellOptions& options) {
  // Video only: the web build of SDL2 has audio, joystick and haptics compiled out.
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, kGlProfile);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, kGlMajorVersion);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, kGlMinorVersion);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  // A window to be fitted is shown only once it has its final size and place.
  const auto flags = static_cast<SDL_WindowFlags>(
      SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
      (options.fit_usable_area ? SDL_WINDOW_HIDDEN : 0));
  window_ = SDL_CreateWindow(options.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                             options.width, options.height, flags);
  if (window_ == nullptr) {
    std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
    return false;
  }
  if (options.fit_usable_area) {
    FitInUsableArea(options.width, options.height);
    SDL_ShowWindow(window_);
  }
  gl_context_ = SDL_GL_CreateContext(window_);
  if (gl_context_ == nullptr) {
    std::fprintf(stderr, "OpenGL context (%s) failed: %s\n", kGlslVersion, SDL_GetError());
    return false;
  }
  SDL_GL_MakeCurrent(window_, gl_context_);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // A press and a release that arrive between two frames are taken in one per frame, so
  // every tap is a click however late the frame (ImGui's default, relied on: redraw_policy.h).
  io.ConfigInputTrickleEventQueue = true;
  app::theme::Apply();
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_context_);
  ImGui_ImplOpenGL3_Init(kGlslVersion);
  return true;
}

void SdlGlShell::FitInUsableArea(int width, int height) {
  const int display = std::max(0, SDL_GetWindowDisplayIndex(window_));
  SDL_Rect usable{};
  if (SDL_GetDisplayUsableBounds(display, &usable) != 0 || usable.w <= 0 || usable.h <= 0) return;
  // The frame the window manager adds (0 without one, e.g. under Xvfb). It is known only once
  // the window exists, hence resizing after creation rather than before.
  int top = 0, left = 0, bottom = 0, right = 0;
  if (SDL_GetWindowBordersSize(window_, &top, &left, &bottom, &right) != 0)
    top = left = bottom = right = 0;
  const int fitted_width = std::min(width, usable.w - left - right);
  const int fitted_height = std::min(height, usable.h - top - bottom);
  if (fitted_width != width || fitted_height != height)
    SDL_SetWindowSize(window_, fitted_width, fitted_height);
  SDL_SetWindowPosition(window_, usable.x + left + (usable.w - left - right - fitted_width) / 2,
                        usable.y + top + (usable.h - top - bottom - fitted_height) / 2);
}

void SdlGlShell::Shutdown() {
  figures_.reset();  // its GL objects go while the context is still there
  if (ImGui::GetCurrentContext() != nullptr) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
  }
  if (gl_context_ != nullptr) SDL_GL_DeleteContext(gl_context_);
  if (window_ != nullptr) SDL_DestroyWindow(window_);
  gl_context_ = nullptr;
  window_ = nullptr;
  device_objects_ready_ = false;
  fonts_added_ = false;
  SDL_Quit();
}

bool SdlGlShell::PollEvents(app::App& app) {
  bool any = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    any = true;
    // An event that queues input for ImGui is one more frame to draw; the others (a
    // finger's own events beside the mouse events SDL makes of them, the window shown or
    // resized) only open the window after.
    PlaceFingerOnPress(event);
    const SDL_Event fed = AsMouse(event);
    ImGui_ImplSDL2_ProcessEvent(&fed);
    redraw_.OnInput(QueuesImGuiInput(fed) ? 1 : 0);
    NoteButtonFed(event);
    if (event.type == SDL_DROPFILE && event.drop.file != nullptr) {
      OpenDroppedFile(app, event.drop.file);
      SDL_free(event.drop.file);
    }
    if (event.type == SDL_QUIT) quit_requested_ = true;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(window_))
      quit_requested_ = true;
  }
  return any;
}

bool SdlGlShell::Step(app::App& app) {
  PollEvents(app);
  redraw_.SetAnimating(app.IsAnimating());
  redraw_.SetTick(app.VisibleTick());
  if (!redraw_.ShouldDraw()) return false;
  DrawFrame(app);
  return true;
}

void SdlGlShell::Prepare() {
  if (!fonts_added_) {
    // Dear ImGui 1.92: the faces are added once and nothing is baked. Each size is
    // rasterised when first drawn, at io.DisplayFramebufferScale (which the SDL2 backend
    // sets from the drawable size each frame), so a new pixel ratio (another monitor,
    // browser zoom) needs no rebuild here: the old 1.90 atlas rebuild and its
    // FontGlobalScale = 1/ratio trick are gone (1.92 would rasterise at the wrong size).
    app::AddFonts();
    fonts_added_ = true;
  }
  if (device_objects_ready_) return;
  // Shaders and buffers; the backend creates and updates the font texture itself from
  // ImDrawData::Textures (ImGuiBackendFlags_RendererHasTextures).
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  device_objects_ready_ = true;
}

bool SdlGlShell::QueuesImGuiInput(const SDL_Event& event) {
  // What the SDL2 backend turns into io.Add*Event calls. Its own "handled" answer is true
  // for every window event too (shown, exposed, resized: none queued), and a page opening
  // gets several of those: counted, each would be a frame drawn for nothing.
  switch (event.type) {
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
    case SDL_KEYDOWN:
    case SDL_KEYUP:
    case SDL_TEXTINPUT:
      return true;
    case SDL_WINDOWEVENT:
      return event.window.event == SDL_WINDOWEVENT_FOCUS_GAINED ||
             event.window.event == SDL_WINDOWEVENT_FOCUS_LOST ||
             event.window.event == SDL_WINDOWEVENT_LEAVE;
    default:
      return false;
  }
}

SDL_Event SdlGlShell::AsMouse(const SDL_Event& event) {
  // ImGui's trickling takes a touch press one frame after the touch's place (#2702: a
  // finger has no hover before it lands), which makes a tap three drawn frames; a mouse's
  // press and place are taken together, so a tap is two: the press, then the click. The
  // place is always sent before the press (PlaceFingerOnPress), and the mouse is queued as
  // absent after the release (ClearReleasedTouch), so nothing of a hover is left over.
  SDL_Event fed = event;
  if (event.type == SDL_MOUSEMOTION && event.motion.which == SDL_TOUCH_MOUSEID)
    fed.motion.which = 0;
  if ((event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) &&
      event.button.which == SDL_TOUCH_MOUSEID)
    fed.button.which = 0;
  return fed;
}

void SdlGlShell::PlaceFingerOnPress(const SDL_Event& event) {
  if (event.type != SDL_MOUSEBUTTONDOWN || event.button.which != SDL_TOUCH_MOUSEID) return;
  // SDL sends no move for a finger landing where the last one lifted (its own mouse did not
  // move), but ImGui was told the mouse left: a press without a place would be lost.
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
  redraw_.OnInput(1);
}

void SdlGlShell::NoteButtonFed(const SDL_Event& event) {
  if (event.type != SDL_MOUSEBUTTONDOWN && event.type != SDL_MOUSEBUTTONUP) return;
  ++buttons_fed_;
  last_button_released_ = event.type == SDL_MOUSEBUTTONUP;
  last_button_touch_ = event.button.which == SDL_TOUCH_MOUSEID;
}

void SdlGlShell::ClearReleasedTouch() {
  ImGuiIO& io = ImGui::GetIO();
  bool released = false;
  for (bool button : io.MouseReleased) released = released || button;
  if (!released || !last_button_released_ || !last_button_touch_ ||
      absent_after_ == buttons_fed_)
    return;
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  absent_after_ = buttons_fed_;
  // Ours, not the person's: taken in by the window's frames (the highlight goes in the
  // next drawn frame), which may wait for a write's answer, unlike a person's input.
  redraw_.OnInput(0);
}

void SdlGlShell::DrawFrame(app::App& app, std::vector<unsigned char>* capture) {
  Prepare();
  if (!figures_made_) {
    figures_made_ = true;
    // CRAMPCHECK_NO_FIGURE_RENDERER: the benchmark's build without the renderer, to measure
    // the wasm it adds; the app then shows the step's words in the figure's place.
#ifndef CRAMPCHECK_NO_FIGURE_RENDERER
    figures_ = std::make_unique<GlFigureRenderer>(kGlslVersion);
#endif
    app.SetFigureRenderer(figures_.get());
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  app::BeginItemFrame();
  app.Frame();
  ImGui::Render();
  app::EndItemFrame();
  if (after_app_frame_) after_app_frame_();

  SDL_GL_GetDrawableSize(window_, &framebuffer_width_, &framebuffer_height_);

  glViewport(0, 0, framebuffer_width_, framebuffer_height_);
  const ImVec4& clear = app::theme::kBackground;
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  if (capture != nullptr) {
    const int width = framebuffer_width_, height = framebuffer_height_;
    std::vector<unsigned char> bottom_up(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    capture->resize(bottom_up.size());
    const size_t row = static_cast<size_t>(width) * 4;
    for (int y = 0; y < height; ++y)
      std::memcpy(capture->data() + row * y, bottom_up.data() + row * (height - 1 - y), row);
  }
  SDL_GL_SwapWindow(window_);

  redraw_.OnFrameDrawn(app::imgui_internals::InputEventsWaiting());
  ClearReleasedTouch();  // after OnFrameDrawn: it is taken in by the next frame
}

}  // namespace platform
