#pragma once
// The part of both platform mains that is the same: an SDL2 window with an OpenGL context
// (3.3 core natively, WebGL2 in the browser), the unmodified ImGui SDL2 + OpenGL3
// backends, the app's fonts (Dear ImGui 1.92 rasterises them at the display's pixel ratio
// by itself), and the redraw policy that lets the
// app idle without drawing. Each platform's main.cpp only runs the loop around Step().
//
// Supports: keyboard, mouse, touch (SDL marks touch-made mouse events; the backend tells
// ImGui), resizes and pixel-ratio changes (glyphs are rasterised anew at the new ratio when
// next drawn), quit requests.
#include <SDL.h>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "app/redraw_policy.h"

namespace app {
class App;
class FigureRenderer;
}

namespace platform {

struct ShellOptions {
  const char* title = "CrampCheck";
  int width = 420;   // window size in logical pixels (ignored in the browser: the page's
  int height = 860;  // CSS decides the canvas size)
  // Desktop: shrink the window to fit, title bar included, inside the display's usable
  // area (without panels and docks) and centre it there.
  bool fit_usable_area = false;
};

class SdlGlShell {
 public:
  SdlGlShell();
  ~SdlGlShell();
  // Creates the window, the GL context and the ImGui context. Prints the reason and
  // returns false on failure.
  bool Init(const ShellOptions& options);
  void Shutdown();

  // Feeds pending events to ImGui and draws a frame if the redraw policy asks for one.
  // Returns true when a frame was drawn.
  bool Step(app::App& app);
  // The setup of the first frame, without drawing: the fonts (added once, nothing baked)
  // and the GL objects. The browser does it while the diary is being read.
  void Prepare();
  // Draws a frame now, whatever the policy says. With `capture`, the frame's pixels are
  // read back (RGBA, top row first) before it is presented.
  void DrawFrame(app::App& app, std::vector<unsigned char>* capture = nullptr);

  // Acts on input that has just arrived (SDL's events, or events the platform queued for
  // ImGui itself, e.g. relayed text), without waiting for the next frame to be drawn:
  // the app runs (no drawing) until ImGui has taken in every queued event, so a tap's
  // action (e.g. saving an entry) starts at once; the next Step() draws the result.
  // Returns false when no event was waiting.
  bool HandleInputNow(app::App& app);
  // Feeds pending events to ImGui without drawing; true when any arrived. A file dropped
  // on the window goes to the app as a file to import.
  bool PollEvents(app::App& app);
  // Runs after every app frame (drawn or not), once ImGui::Render() has finished it: the
  // browser's keyboard relay reads which text field is edited there.
  void SetAfterAppFrame(std::function<void()> hook) { after_app_frame_ = std::move(hook); }
  bool QuitRequested() const { return quit_requested_; }
  int FramebufferWidth() const { return framebuffer_width_; }
  int FramebufferHeight() const { return framebuffer_height_; }

 private:
  void FitInUsableArea(int width, int height);
  // One ImGui frame of the app (items recorded), without drawing it.
  void RunAppFrame(app::App& app);

  std::function<void()> after_app_frame_;
  std::unique_ptr<app::FigureRenderer> figures_;  // the stretch figures (GlFigureRenderer)
  bool figures_made_ = false;
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_context_ = nullptr;
  app::RedrawPolicy redraw_;
  bool quit_requested_ = false;
  bool device_objects_ready_ = false;
  bool fonts_added_ = false;
  bool in_app_frame_ = false;
  int framebuffer_width_ = 0;
  int framebuffer_height_ = 0;
};

}  // namespace platform
