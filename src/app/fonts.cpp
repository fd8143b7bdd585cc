#include "app/fonts.h"

#include <imgui.h>

#include "app/assets.h"
#include "app/theme.h"

namespace app {
namespace {

Fonts g_fonts;
float g_pixel_ratio = 0.0f;

// Keep in sync with CRAMPCHECK_FONT_UNICODES in scripts/cmake/CrampCheckEmbed.cmake.
const ImWchar kGlyphRanges[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x2030,
                                0x203A, 0x2190, 0x2193, 0x2212, 0x2212, 0};

ImFont* AddEmbeddedFont(const char* name, float size_px) {
  const assets::Asset* asset = assets::Find(name);
  if (asset == nullptr) return nullptr;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the program image
  config.OversampleH = 1;               // rasterised at the real pixel size: no need
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // ImGui only reads the data; the const_cast is its API's, not a write.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(asset->data),
                                                    static_cast<int>(asset->size), size_px, &config,
                                                    kGlyphRanges);
}

}  // namespace

bool LoadFonts(float pixel_ratio) {
  if (pixel_ratio < 1.0f) pixel_ratio = 1.0f;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_fonts.body = AddEmbeddedFont("font/inter-Regular", theme::kBodyFontSize * pixel_ratio);
  g_fonts.heading = AddEmbeddedFont("font/inter-SemiBold", theme::kHeadingFontSize * pixel_ratio);
  g_fonts.large = AddEmbeddedFont("font/inter-SemiBold", theme::kLargeFontSize * pixel_ratio);
  const bool ok = g_fonts.body != nullptr && g_fonts.heading != nullptr && g_fonts.large != nullptr;
  if (!ok) {
    io.Fonts->Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * pixel_ratio;
    ImFont* fallback = io.Fonts->AddFontDefault(&config);
    g_fonts = {fallback, fallback, fallback};
  }
  io.Fonts->Build();
  io.FontDefault = g_fonts.body;
  // Glyphs are rasterised at size x ratio; drawing them at 1/ratio in CSS pixels maps
  // each glyph pixel to one device pixel.
  io.FontGlobalScale = 1.0f / pixel_ratio;
  g_pixel_ratio = pixel_ratio;
  return ok;
}

const Fonts& GetFonts() {
  return g_fonts;
}

float FontPixelRatio() {
  return g_pixel_ratio;
}

ImFont* FontOf(FontRole role) {
  switch (role) {
    case FontRole::kBody:
      return g_fonts.body;
    case FontRole::kLarge:
      return g_fonts.large;
    case FontRole::kHeading:
      return g_fonts.heading;
  }
  return g_fonts.body;
}

float FontSizeOf(FontRole role) {
  ImFont* font = FontOf(role);
  return font != nullptr ? font->FontSize * ImGui::GetIO().FontGlobalScale : ImGui::GetFontSize();
}

void PushFont(FontRole role) {
  ImGui::PushFont(FontOf(role));
}

void PopFont() {
  ImGui::PopFont();
}

}  // namespace app
