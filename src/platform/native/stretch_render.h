#pragma once
// `crampcheck --render-stretches DIR`: every stretch routine drawn by the real GL renderer
// at three moments (moving into the stretch, the start of the hold, the end) into
// DIR/<routine>-<n>.png, for the render test under Xvfb and for looking at the figures.
#include <string>

namespace platform {

// Needs a current GL context (SdlGlShell::Init). Returns 0 when every picture was drawn
// and written, 1 otherwise (the reason on stderr).
int RenderStretches(const std::string& folder, const char* glsl_version_line);

}  // namespace platform
