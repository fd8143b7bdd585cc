#include "stretch_render.h"

#include <cstdio>
#include <vector>

#include "app/stretch/figure_renderer.h"
#include "core/stretch/routine.h"
#include "core/stretch/scene.h"
#include "platform/figure_renderer_gl.h"
#include "png_writer.h"

namespace platform {
namespace {

using namespace core::stretch;

// Into the first move, the start of the first hold (still warm), the very end (cooled).
std::vector<float> Moments(const Routine& routine) {
  float first_hold = -1.0f;
  for (float t = 0.0f; t < TotalSeconds(routine); t += 0.25f) {
    if (Sample(routine, t).holding) {
      first_hold = t + 0.5f;
      break;
    }
  }
  if (first_hold < 0.0f) first_hold = TotalSeconds(routine) * 0.5f;
  const float first_move = routine.steps.front().segments.front().seconds * 0.6f;
  return {first_move, first_hold, TotalSeconds(routine)};
}

}  // namespace

int RenderStretches(const std::string& folder, const char* glsl_version_line) {
  GlFigureRenderer renderer(glsl_version_line);
  constexpr int kWidth = 480, kHeight = 360;
  int failures = 0;
  for (RoutineId id : kAllRoutines) {
    const Routine& routine = GetRoutine(id);
    int index = 0;
    for (float t : Moments(routine)) {
      const Moment moment = Sample(routine, t);
      const auto texture =
          renderer.Draw(0, BuildScene(routine, moment), app::NightFigurePalette(moment.warmth),
                        kWidth, kHeight, 2.0f);
      std::vector<unsigned char> pixels;
      int width = 0, height = 0;
      const std::string path =
          folder + "/" + std::string(routine.name) + "-" + std::to_string(++index) + ".png";
      if (!texture || !renderer.ReadPixels(0, pixels, width, height) ||
          !WritePng(path, pixels, width, height)) {
        std::fprintf(stderr, "cannot draw %s: %s\n", path.c_str(), renderer.Error().c_str());
        ++failures;
        continue;
      }
      std::printf("%s (%.1f s)\n", path.c_str(), static_cast<double>(t));
    }
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace platform
