#include "app/fonts.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "app/assets.h"
#include "app/theme.h"

namespace app {
namespace {

struct Faces {
  ImFont* regular = nullptr;   // body
  ImFont* semibold = nullptr;  // large and heading: one face, two sizes
};

Faces g_faces;

ImFont* AddEmbeddedFont(const char* name, bool merge = false) {
  const assets::Asset* asset = assets::Find(name);
  if (asset == nullptr) return nullptr;
  ImFontConfig config;
  // Merged into the font added just before: its glyphs fill in what that one lacks.
  config.MergeMode = merge;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the program image
  // Advances snapped to whole ImGui pixels and no oversampling: 1.92 rasterises each size
  // at the framebuffer scale, so every glyph lands on device pixels and stays sharp.
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // No glyph ranges (1.92 rasterises what is drawn); the subset decides what exists. The
  // size is only the LegacySize: the default size of a font pushed without one.
  // ImGui only reads the data; the const_cast is its API's, not a write.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(asset->data),
                                                    static_cast<int>(asset->size),
                                                    theme::kBodyFontSize, &config);
}

float ThemeSize(FontRole role) {
  switch (role) {
    case FontRole::kBody:
      return theme::kBodyFontSize;
    case FontRole::kLarge:
      return theme::kLargeFontSize;
    case FontRole::kHeading:
      return theme::kHeadingFontSize;
  }
  return theme::kBodyFontSize;
}

}  // namespace

bool AddFonts() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  // The 1.92 OpenGL3 backend takes RGBA32 textures only (it asserts on Alpha8).
  atlas->TexDesiredFormat = ImTextureFormat_RGBA32;
  // Each Inter face with Noto Sans SC merged in, so Chinese and Latin share one font and one
  // line: glyphs of either are rasterised when first drawn (1.92), so the Chinese font costs
  // nothing until Chinese is shown.
  g_faces.regular = AddEmbeddedFont("font/inter-Regular");
  if (g_faces.regular != nullptr) AddEmbeddedFont("font/noto-sc", /*merge=*/true);
  g_faces.semibold = AddEmbeddedFont("font/inter-SemiBold");
  if (g_faces.semibold != nullptr) AddEmbeddedFont("font/noto-sc", /*merge=*/true);
  const bool ok = g_faces.regular != nullptr && g_faces.semibold != nullptr;
  if (!ok) {
    atlas->Clear();
    ImFont* fallback = atlas->AddFontDefault();
    g_faces = {fallback, fallback};
  }
  ImGui::GetIO().FontDefault = g_faces.regular;
  // Unscaled size of text outside any PushFont: the body size.
  ImGui::GetStyle().FontSizeBase = theme::kBodyFontSize;
  return ok;
}

void SetTextScale(float scale) {
  // FontScaleMain multiplies every font size, in every window, from the next Begin() on.
  // FontScaleDpi stays 1: ImGui units are already CSS pixels here, and the pixel ratio
  // reaches the rasteriser through io.DisplayFramebufferScale, set by the SDL2 backend.
  ImGui::GetStyle().FontScaleMain = std::clamp(scale, 0.5f, 4.0f);
}

float TextScale() {
  return ImGui::GetStyle().FontScaleMain;
}

ImFont* FontOf(FontRole role) {
  return role == FontRole::kBody ? g_faces.regular : g_faces.semibold;
}

float FontSizeOf(FontRole role) {
  const ImGuiStyle& style = ImGui::GetStyle();
  // ImGui rounds the sizes it draws at (GetRoundedFontSize); round alike so text drawn
  // with AddText matches text drawn by widgets.
  return std::round(ThemeSize(role) * style.FontScaleMain * style.FontScaleDpi);
}

void PushFont(FontRole role) {
  // 1.92 takes the size before global scales: ImGui applies FontScaleMain itself.
  ImGui::PushFont(FontOf(role), ThemeSize(role));
}

void PushFontCapped(FontRole role, float max_scale) {
  const float scale = ImGui::GetStyle().FontScaleMain;
  const float factor = scale > max_scale && scale > 0.0f ? max_scale / scale : 1.0f;
  ImGui::PushFont(FontOf(role), ThemeSize(role) * factor);
}

float ScaleToFit(FontRole role, const char* text, float width) {
  const float scale = TextScale();
  ImFont* font = FontOf(role);
  if (font == nullptr || width <= 0.0f) return scale;
  const char* end = std::strstr(text, "##");
  const float text_width =
      font->CalcTextSizeA(FontSizeOf(role), FLT_MAX, 0.0f, text, end).x;
  if (text_width <= width) return scale;
  // Sizes are rounded to whole pixels when drawn: leave that pixel of slack.
  const float fitted = scale * width / text_width;
  return std::max(0.5f, fitted - 1.0f / ThemeSize(role));
}

void PopFont() {
  ImGui::PopFont();
}

}  // namespace app
