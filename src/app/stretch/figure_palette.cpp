// The stretch figure in the night theme: muted, low-glare colours on the card's surface;
// only the cramping muscle is warm, and it cools as the hold goes on.
#include "app/stretch/figure_renderer.h"
#include "app/theme.h"

namespace app {
namespace {

ImVec4 Mix(const ImVec4& a, const ImVec4& b, float u) {
  return {a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u, a.z + (b.z - a.z) * u,
          a.w + (b.w - a.w) * u};
}

}  // namespace

FigurePalette NightFigurePalette(float warmth) {
  using core::stretch::Paint;
  FigurePalette palette;
  const auto set = [&palette](Paint paint, ImVec4 colour) {
    palette.paints[static_cast<size_t>(paint)] = colour;
  };
  set(Paint::kFloor, {0.20f, 0.23f, 0.32f, 1.0f});
  set(Paint::kBed, {0.19f, 0.22f, 0.33f, 1.0f});
  set(Paint::kWall, {0.22f, 0.25f, 0.35f, 1.0f});
  set(Paint::kSkin, {0.78f, 0.68f, 0.60f, 1.0f});
  set(Paint::kSkinFar, {0.55f, 0.48f, 0.44f, 1.0f});
  set(Paint::kClothes, {0.42f, 0.52f, 0.66f, 1.0f});
  set(Paint::kClothesFar, {0.30f, 0.37f, 0.48f, 1.0f});
  const ImVec4 warm{0.98f, 0.38f, 0.20f, 1.0f};  // the cramp: hot
  const ImVec4 cool{0.38f, 0.70f, 0.78f, 1.0f};  // eased
  set(Paint::kHighlight, Mix(cool, warm, warmth < 0.0f ? 0.0f : (warmth > 1.0f ? 1.0f : warmth)));
  set(Paint::kTowel, {0.86f, 0.86f, 0.80f, 1.0f});
  set(Paint::kHeat, {0.90f, 0.55f, 0.25f, 0.9f});
  set(Paint::kArrow, theme::kAccent);
  palette.outline = {0.03f, 0.04f, 0.07f, 1.0f};
  palette.background = theme::kSurface;
  return palette;
}

}  // namespace app
