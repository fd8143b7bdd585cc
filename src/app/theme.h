#pragma once
// The night theme: a dark screen that does not dazzle at 3 a.m., warm accents, big touch
// targets (at least 48 CSS pixels; the main actions much larger).
#include <imgui.h>

namespace app::theme {

inline constexpr float kBodyFontSize = 18.0f;
inline constexpr float kHeadingFontSize = 26.0f;
inline constexpr float kLargeFontSize = 22.0f;

inline constexpr float kTouchTarget = 56.0f;  // minimum height of a tappable control
inline constexpr float kNavBarHeight = 64.0f;
inline constexpr float kTopBarHeight = 56.0f;
inline constexpr float kContentMaxWidth = 640.0f;  // readable line length on desktops
// How a control that cannot be used now is dimmed (ImGui's own DisabledAlpha).
inline constexpr float kDisabledAlpha = 0.6f;

inline const ImVec4 kBackground{0.055f, 0.067f, 0.11f, 1.0f};
inline const ImVec4 kSurface{0.10f, 0.12f, 0.18f, 1.0f};
inline const ImVec4 kSurfaceHover{0.15f, 0.17f, 0.25f, 1.0f};
inline const ImVec4 kSurfaceActive{0.20f, 0.22f, 0.32f, 1.0f};
inline const ImVec4 kText{0.90f, 0.91f, 0.94f, 1.0f};
inline const ImVec4 kTextMuted{0.62f, 0.65f, 0.72f, 1.0f};
inline const ImVec4 kAccent{0.96f, 0.70f, 0.36f, 1.0f};  // warm amber, kind to dark-adapted eyes
inline const ImVec4 kAccentText{0.10f, 0.07f, 0.03f, 1.0f};
inline const ImVec4 kDanger{0.55f, 0.12f, 0.12f, 1.0f};        // actions that destroy data
inline const ImVec4 kWarningPanel{0.35f, 0.22f, 0.08f, 1.0f};  // "not saved", storage off

// Applies the theme to the current ImGui context's style.
void Apply();

// The height of a one-line button whose text is `font_size` tall (ImGui::GetFontSize(), or
// FontSizeOf(role)): kTouchTarget, or taller at large text sizes so the words are never cut.
float ButtonHeight(float font_size);

}  // namespace app::theme
