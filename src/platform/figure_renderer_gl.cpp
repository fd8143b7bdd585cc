#define GL_GLEXT_PROTOTYPES 1  // desktop GL 3.3 entry points (Mesa's libGL exports them)
#include "platform/figure_renderer_gl.h"

#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "app/assets.h"
#include "gl_api.h"  // one per platform: native/gl_api.h or web/gl_api.h

namespace platform {
namespace {

using core::stretch::Scene;
using core::stretch::Shape;
using core::stretch::ShapeKind;

// A shader from its embedded source, with the version line (and on ES a precision) first.
GLuint Compile(GLenum type, const std::string& version_line, const char* name, std::string& error) {
  const app::assets::Asset* asset = app::assets::Find(name);
  if (asset == nullptr) {
    error = std::string(name) + " is not embedded";
    return 0;
  }
  const bool es = version_line.find(" es") != std::string::npos;
  const std::string source = version_line + "\n" + (es ? "precision highp float;\n" : "") +
                             reinterpret_cast<const char*>(asset->data);
  const GLuint shader = glCreateShader(type);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok == GL_FALSE) {
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    error = std::string(name) + " does not compile: " + log;
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

GlFigureRenderer::GlFigureRenderer(const char* version_line) : version_line_(version_line) {}

GlFigureRenderer::~GlFigureRenderer() {
  for (auto& [slot, target] : targets_) {
    glDeleteFramebuffers(1, &target.fbo);
    glDeleteTextures(1, &target.texture);
  }
  if (program_ != 0) glDeleteProgram(program_);
  if (vbo_ != 0) glDeleteBuffers(1, &vbo_);
  if (vao_ != 0) glDeleteVertexArrays(1, &vao_);
}

bool GlFigureRenderer::Ready() {
  if (tried_) return program_ != 0;
  tried_ = true;
  const GLuint vertex = Compile(GL_VERTEX_SHADER, version_line_, "shader/figure.vert", error_);
  const GLuint fragment =
      vertex != 0 ? Compile(GL_FRAGMENT_SHADER, version_line_, "shader/figure.frag", error_) : 0;
  if (vertex != 0 && fragment != 0) {
    program_ = glCreateProgram();
    glAttachShader(program_, vertex);
    glAttachShader(program_, fragment);
    glBindAttribLocation(program_, 0, "a_corner");
    glLinkProgram(program_);
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (ok == GL_FALSE) {
      char log[1024] = {};
      glGetProgramInfoLog(program_, sizeof log, nullptr, log);
      error_ = std::string("the figure shaders do not link: ") + log;
      glDeleteProgram(program_);
      program_ = 0;
    }
  }
  if (vertex != 0) glDeleteShader(vertex);
  if (fragment != 0) glDeleteShader(fragment);
  if (program_ == 0) {
    std::fprintf(stderr, "Stretch figures are off (the words are shown instead): %s\n",
                 error_.c_str());
    return false;
  }
  u_quad_ = glGetUniformLocation(program_, "u_quad");
  u_view_ = glGetUniformLocation(program_, "u_view");
  u_shape_ = glGetUniformLocation(program_, "u_shape");
  u_radii_ = glGetUniformLocation(program_, "u_radii");
  u_colour_ = glGetUniformLocation(program_, "u_colour");
  u_pixel_ = glGetUniformLocation(program_, "u_pixel");
  const float corners[] = {0.0f, 0.0f, 1.0f, 0.0f, 0.0f, 1.0f, 1.0f, 1.0f};
  glGenVertexArrays(1, &vao_);
  glBindVertexArray(vao_);
  glGenBuffers(1, &vbo_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
  glBindVertexArray(0);
  return true;
}

bool GlFigureRenderer::PrepareTarget(Target& target, int width, int height) {
  if (target.fbo != 0 && target.width == width && target.height == height) return true;
  if (target.texture == 0) glGenTextures(1, &target.texture);
  glBindTexture(GL_TEXTURE_2D, target.texture);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  if (target.fbo == 0) glGenFramebuffers(1, &target.fbo);
  glBindFramebuffer(GL_FRAMEBUFFER, target.fbo);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, target.texture, 0);
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  target.width = width;
  target.height = height;
  if (!complete)
    std::fprintf(stderr, "Stretch figure: framebuffer %dx%d incomplete\n", width, height);
  return complete;
}

std::optional<ImTextureID> GlFigureRenderer::Draw(int slot, const Scene& scene,
                                                  const app::FigurePalette& palette, int width,
                                                  int height, float outline_px) {
  if (width < 2 || height < 2 || width > 4096 || height > 4096 || !Ready()) return std::nullopt;
  GLint previous_fbo = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous_fbo);
  GLint previous_viewport[4] = {};
  glGetIntegerv(GL_VIEWPORT, previous_viewport);
  Target& target = targets_[slot];
  if (!PrepareTarget(target, width, height)) {
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_fbo));
    return std::nullopt;
  }
  glBindFramebuffer(GL_FRAMEBUFFER, target.fbo);
  glViewport(0, 0, width, height);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glClearColor(palette.background.x, palette.background.y, palette.background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(program_);
  glBindVertexArray(vao_);

  // Fit the routine's frame into the texture, centred, the same scale on both axes.
  const core::stretch::Bounds& view = scene.view;
  const float view_w = std::max(1.0f, view.max.x - view.min.x);
  const float view_h = std::max(1.0f, view.max.y - view.min.y);
  const float pixels_per_unit = std::min(width / view_w, height / view_h);
  const float cx = (view.min.x + view.max.x) * 0.5f, cy = (view.min.y + view.max.y) * 0.5f;
  const float sx = 2.0f * pixels_per_unit / static_cast<float>(width);
  const float sy = 2.0f * pixels_per_unit / static_cast<float>(height);
  glUniform4f(u_view_, sx, sy, -cx * sx, -cy * sy);
  const float unit_per_pixel = 1.0f / pixels_per_unit;
  glUniform1f(u_pixel_, unit_per_pixel);
  const float outline = outline_px * unit_per_pixel;

  const auto draw = [&](const Shape& shape, bool outline_pass) {
    const float grow = outline_pass ? outline : 0.0f;
    const float margin = grow + 2.0f * unit_per_pixel;
    float min_x, min_y, max_x, max_y;
    if (shape.kind == ShapeKind::kBox) {
      min_x = shape.a.x - shape.b.x;
      max_x = shape.a.x + shape.b.x;
      min_y = shape.a.y - shape.b.y;
      max_y = shape.a.y + shape.b.y;
    } else {
      min_x = std::min(shape.a.x - shape.ra, shape.b.x - shape.rb);
      max_x = std::max(shape.a.x + shape.ra, shape.b.x + shape.rb);
      min_y = std::min(shape.a.y - shape.ra, shape.b.y - shape.rb);
      max_y = std::max(shape.a.y + shape.ra, shape.b.y + shape.rb);
    }
    glUniform4f(u_quad_, min_x - margin, min_y - margin, max_x + margin, max_y + margin);
    glUniform4f(u_shape_, shape.a.x, shape.a.y, shape.b.x, shape.b.y);
    glUniform4f(u_radii_, shape.ra, shape.rb, shape.kind == ShapeKind::kBox ? 1.0f : 0.0f, grow);
    const ImVec4& colour =
        outline_pass ? palette.outline : palette.paints[static_cast<size_t>(shape.paint)];
    glUniform4f(u_colour_, colour.x, colour.y, colour.z, colour.w * shape.alpha);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  };
  // Layer by layer: every outline of the layer, then every fill, so joints merge.
  for (size_t begin = 0; begin < scene.shapes.size();) {
    size_t end = begin;
    while (end < scene.shapes.size() && scene.shapes[end].layer == scene.shapes[begin].layer) ++end;
    for (size_t i = begin; i < end; ++i)
      if (scene.shapes[i].outline) draw(scene.shapes[i], true);
    for (size_t i = begin; i < end; ++i) draw(scene.shapes[i], false);
    begin = end;
  }

  glBindVertexArray(0);
  glUseProgram(0);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_fbo));
  glViewport(previous_viewport[0], previous_viewport[1], previous_viewport[2],
             previous_viewport[3]);
  return static_cast<ImTextureID>(target.texture);
}

bool GlFigureRenderer::ReadPixels(int slot, std::vector<unsigned char>& rgba, int& width,
                                  int& height) const {
  const auto found = targets_.find(slot);
  if (found == targets_.end() || found->second.fbo == 0) return false;
  const Target& target = found->second;
  width = target.width;
  height = target.height;
  std::vector<unsigned char> bottom_up(static_cast<size_t>(width) * height * 4);
  GLint previous_fbo = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous_fbo);
  glBindFramebuffer(GL_FRAMEBUFFER, target.fbo);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_fbo));
  rgba.resize(bottom_up.size());
  const size_t row = static_cast<size_t>(width) * 4;
  for (int y = 0; y < height; ++y)
    std::memcpy(rgba.data() + row * y, bottom_up.data() + row * (height - 1 - y), row);
  return true;
}

}  // namespace platform
