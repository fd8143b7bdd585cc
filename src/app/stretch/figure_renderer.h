#pragma once
// Draws a stretch figure (a core::stretch::Scene) into a texture that ImGui shows. The GL
// implementation lives with the platform (src/platform/figure_renderer_gl.*: the shaders of
// shaders/, a framebuffer per slot); the app only asks for a picture and shows it, or,
// when there is no renderer or its shaders failed, shows the step's words instead.
#include <imgui.h>

#include <array>
#include <optional>

#include "core/stretch/scene.h"

namespace app {

// The colours of one picture (straight alpha), one per core::stretch::Paint.
struct FigurePalette {
  std::array<ImVec4, static_cast<size_t>(core::stretch::Paint::kCount)> paints;
  ImVec4 outline;
  ImVec4 background;
};

// The night theme's low-glare colours; the highlight goes from warm (1) to cool (0).
FigurePalette NightFigurePalette(float warmth);

class FigureRenderer {
 public:
  virtual ~FigureRenderer() = default;
  // Draws `scene` into the texture of `slot` (one per picture on screen), `width` x
  // `height` device pixels, outlines `outline_px` device pixels wide. Returns the texture,
  // bottom row first (show it with uv (0,1)-(1,0)), or nullopt when it cannot draw.
  virtual std::optional<ImTextureID> Draw(int slot, const core::stretch::Scene& scene,
                                          const FigurePalette& palette, int width, int height,
                                          float outline_px) = 0;
};

}  // namespace app
