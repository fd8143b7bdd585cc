#pragma once
// The app's fonts: Inter (Debian's fonts-inter, subset at build time), rasterised at the
// display's pixel ratio so text is crisp at ratio 1, 2 and 3 instead of scaled up.
struct ImFont;

namespace app {

struct Fonts {
  ImFont* body = nullptr;     // running text
  ImFont* heading = nullptr;  // screen titles
  ImFont* large = nullptr;    // big answer and action buttons
};

// The three roles text plays on screen. Screens name a role, never an ImFont or a pixel
// size, so how fonts are made (baked atlas or glyphs on demand) and the person's text size
// live here alone.
enum class FontRole { kBody, kLarge, kHeading };

// ImGui::PushFont / PopFont for a role.
void PushFont(FontRole role);
void PopFont();
// The role's font and its size in ImGui units, for ImDrawList::AddText and CalcTextSizeA.
ImFont* FontOf(FontRole role);
float FontSizeOf(FontRole role);

// (Re)builds ImGui's font atlas for `pixel_ratio`. The renderer's font texture must be
// recreated afterwards. Returns false when the embedded fonts are missing (the atlas then
// holds ImGui's default font so the app still shows text).
bool LoadFonts(float pixel_ratio);
const Fonts& GetFonts();
// The ratio the atlas was built for; 0 before the first LoadFonts().
float FontPixelRatio();

}  // namespace app
