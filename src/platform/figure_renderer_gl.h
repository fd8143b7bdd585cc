#pragma once
// The stretch figure renderer for OpenGL 3.3 core and WebGL2 (app/stretch/figure_renderer.h):
// each shape of a scene is one quad whose fragment shader (shaders/figure.frag) computes
// its signed distance, drawn into a framebuffer texture per slot. A shader that fails to
// compile or link is reported once on stderr with its log, and Draw() then returns nullopt
// (the app shows the words instead). No pose logic here: only shapes to pixels.
#include <map>
#include <string>
#include <vector>

#include "app/stretch/figure_renderer.h"

namespace platform {

class GlFigureRenderer final : public app::FigureRenderer {
 public:
  // `version_line`: "#version 330 core" or "#version 300 es". Needs a current GL context.
  explicit GlFigureRenderer(const char* version_line);
  ~GlFigureRenderer() override;
  GlFigureRenderer(const GlFigureRenderer&) = delete;
  GlFigureRenderer& operator=(const GlFigureRenderer&) = delete;

  std::optional<ImTextureID> Draw(int slot, const core::stretch::Scene& scene,
                                  const app::FigurePalette& palette, int width, int height,
                                  float outline_px) override;
  // The last picture of `slot` as RGBA, top row first (for the render test).
  bool ReadPixels(int slot, std::vector<unsigned char>& rgba, int& width, int& height) const;
  // Why the shaders failed, or empty.
  const std::string& Error() const { return error_; }

 private:
  struct Target {
    unsigned fbo = 0, texture = 0;
    int width = 0, height = 0;
  };
  bool Ready();
  bool PrepareTarget(Target& target, int width, int height);

  std::string version_line_;
  std::string error_;
  bool tried_ = false;
  unsigned program_ = 0, vao_ = 0, vbo_ = 0;
  int u_quad_ = -1, u_view_ = -1, u_shape_ = -1, u_radii_ = -1, u_colour_ = -1, u_pixel_ = -1;
  std::map<int, Target> targets_;
};

}  // namespace platform
