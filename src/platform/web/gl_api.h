#pragma once
// OpenGL for the browser: WebGL2 through an OpenGL ES 3.0 context; GLSL "#version 300 es".
// (Asking for ES 2 while linking WebGL2-only fails at start.)
#include <GLES3/gl3.h>
#include <SDL.h>

namespace platform {
inline constexpr int kGlProfile = SDL_GL_CONTEXT_PROFILE_ES;
inline constexpr int kGlMajorVersion = 3;
inline constexpr int kGlMinorVersion = 0;
inline constexpr const char* kGlslVersion = "#version 300 es";
}  // namespace platform
