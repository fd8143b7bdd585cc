#pragma once
// The app's fonts: Inter (Debian's fonts-inter, subset at build time) through Dear ImGui
// 1.92's font system. Each face is added once; its size is chosen when text is drawn and
// glyphs are rasterised the first time they are drawn at a size, at the display's pixel
// ratio (the backend's io.DisplayFramebufferScale), so text is crisp at ratio 1, 2 and 3
// without baking anything at start.
struct ImFont;

namespace app {

// The three roles text plays on screen. Screens name a role, never an ImFont or a pixel
// size, so how fonts are made and the person's text size live here alone.
enum class FontRole { kBody, kLarge, kHeading };

// ImGui::PushFont / PopFont for a role, at the role's theme size times the text scale.
void PushFont(FontRole role);
void PopFont();
// The role's font and its size in ImGui units (CSS pixels in the browser) with the text
// scale applied, for ImDrawList::AddText and ImFont::CalcTextSizeA.
ImFont* FontOf(FontRole role);
float FontSizeOf(FontRole role);

// For chrome of a fixed height (the top bar, the navigation bar): the role's font at the
// person's text scale, but never larger than `max_scale` times the theme size.
void PushFontCapped(FontRole role, float max_scale);
// The largest text scale, at most the person's, at which `text` (up to any "##") fits on
// one line `width` wide in the role's font: for one-line chrome labels that cannot wrap,
// e.g. PushFontCapped(FontRole::kBody, ScaleToFit(FontRole::kBody, "Stretch", tab_width)).
float ScaleToFit(FontRole role, const char* text, float width);

// Adds the fonts to the current ImGui context's atlas. Call once per context, before its
// first frame; nothing is rasterised here. Returns false when the embedded fonts are
// missing (the roles then use ImGui's default font so the app still shows text).
bool AddFonts();

// The person's text size (1 = the theme's sizes, 2 = twice as large) for every role. Takes
// effect from the next window begun: call it at the start of a frame.
void SetTextScale(float scale);
float TextScale();

}  // namespace app
