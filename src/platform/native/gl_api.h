#pragma once
// OpenGL for the desktop build: a 3.3 core context; GLSL "#version 330 core".
#include <SDL_opengl.h>

namespace platform {
inline constexpr int kGlProfile = SDL_GL_CONTEXT_PROFILE_CORE;
inline constexpr int kGlMajorVersion = 3;
inline constexpr int kGlMinorVersion = 3;
inline constexpr const char* kGlslVersion = "#version 330 core";
}  // namespace platform
