#pragma once
// The part of both platform mains that is the same: an SDL2 window with an OpenGL context
// (3.3 core natively, WebGL2 in the browser), the unmodified ImGui SDL2 + OpenGL3
// backends, the app's fonts (Dear ImGui 1.92 rasterises them at the display's pixel ratio
// by itself), and the redraw policy (app/redraw_policy.h) that lets the app idle without
// drawing. Each platform's main.cpp runs the loop around Step() and tells the shell of the
// answers it cannot see itself (RequestFrame, InputQueued).
//
// The frame loop, as in Dear ImGui's own examples: every frame run is drawn, one per
// animation frame. SDL's events go into ImGui's input queue (the SDL2 backend's
// io.Add*Event calls) with event trickling on, so a press and a release that arrive
// together are taken in over two drawn frames and still make a click. Step() draws when
// the policy says so: input, an answer, the page's animation or tick, a short window after
// each; otherwise nothing, not even ImGui's NewFrame.
//
// Supports: keyboard, mouse, touch (a finger is fed as a mouse that is there from its press
// to the frame after its release, so a tap is two frames and leaves no hover), resizes and pixel-ratio
// changes (glyphs are rasterised anew at the new ratio when next drawn), quit requests.
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

  // An asynchronous answer the shell cannot see arrived (storage, a picked file, the
  // clipboard, the back button, the installed app): the next Step() draws.
  void RequestFrame() { redraw_.OnAnswer(); }
  // The platform queued `events` input events for ImGui itself (the browser's text relay):
  // ImGui takes them in the next drawn frames, which Step() draws.
  void InputQueued(int events) { redraw_.OnInput(events); }
  // A storage write is being committed: frames that only settle the last input wait for
  // its answer (RedrawPolicy::SetWaitingForWrite).
  void SetWaitingForWrite(bool waiting) { redraw_.SetWaitingForWrite(waiting); }
  // Feeds pending SDL events into ImGui's input queue without drawing (taken in by the
  // next frame); true when any arrived. A file dropped on the window goes to the app as a
  // file to import.
  bool PollEvents(app::App& app);
  // Runs after every frame, once ImGui::Render() has finished it: the browser's keyboard
  // relay reads which text field is edited there.
  void SetAfterAppFrame(std::function<void()> hook) { after_app_frame_ = std::move(hook); }
  bool QuitRequested() const { return quit_requested_; }
  // The redraw policy's Settled(): every input and answer seen so far is drawn.
  bool Settled() const { return redraw_.Settled(); }
  int FramebufferWidth() const { return framebuffer_width_; }
  int FramebufferHeight() const { return framebuffer_height_; }

 private:
  void FitInUsableArea(int width, int height);
  // Whether the SDL2 backend queues input for ImGui from `event` (one more frame to draw).
  static bool QueuesImGuiInput(const SDL_Event& event);
  // A finger's mouse events as a mouse's, so ImGui takes a tap in two frames (see the .cpp).
  static SDL_Event AsMouse(const SDL_Event& event);
  // Before a finger's press: its place, which SDL may not send (see the .cpp).
  void PlaceFingerOnPress(const SDL_Event& event);
  // Notes a mouse button event fed to ImGui (see ClearReleasedTouch).
  void NoteButtonFed(const SDL_Event& event);
  // After the frame in which ImGui took in a finger's release: the finger is gone, so
  // nothing may stay hovered (a button would look chosen on the next screen). Queues the
  // mouse as absent, as ImGui's backends do when the mouse leaves, only when that release
  // is the last button event fed: trickling then orders it after the release, and never
  // between a later press and its release (which would lose that tap).
  void ClearReleasedTouch();

  std::function<void()> after_app_frame_;
  std::unique_ptr<app::FigureRenderer> figures_;  // the stretch figures (GlFigureRenderer)
  bool figures_made_ = false;
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_context_ = nullptr;
  app::RedrawPolicy redraw_;
  bool quit_requested_ = false;
  bool device_objects_ready_ = false;
  bool fonts_added_ = false;
  // The mouse button events fed to ImGui, as the shell fed them (ImGui's queue is internal).
  int buttons_fed_ = 0;
  bool last_button_released_ = false;  // the last one fed is a release...
  bool last_button_touch_ = false;     // ... made by a finger
  int absent_after_ = -1;  // buttons_fed_ when the mouse was last queued as absent
  int framebuffer_width_ = 0;
  int framebuffer_height_ = 0;
};

}  // namespace platform
