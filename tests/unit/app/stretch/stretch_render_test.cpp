// Every stretch routine drawn by the real GL renderer under Xvfb (crampcheck
// --render-stretches) at three moments: each picture shows a figure, the pictures change
// over time, and the cramping muscle is there in its warm colour while the hold starts.
// The PNGs stay in the build folder as test artifacts (the path is printed).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "app/stretch/figure_renderer.h"
#include "core/stretch/routine.h"
#include "our_png.h"

namespace {

using core::stretch::kAllRoutines;
using core::stretch::Name;
using core::stretch::Paint;

// Pixels close to `colour` (0..1 floats), give or take a little anti-aliasing.
int CountNear(const our_png::Image& image, const ImVec4& colour) {
  int count = 0;
  for (size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
    const float dr = image.rgba[i] - colour.x * 255.0f;
    const float dg = image.rgba[i + 1] - colour.y * 255.0f;
    const float db = image.rgba[i + 2] - colour.z * 255.0f;
    if (std::fabs(dr) < 12.0f && std::fabs(dg) < 12.0f && std::fabs(db) < 12.0f) ++count;
  }
  return count;
}

int DifferentPixels(const our_png::Image& a, const our_png::Image& b) {
  int count = 0;
  for (size_t i = 0; i + 3 < a.rgba.size() && i + 3 < b.rgba.size(); i += 4)
    if (a.rgba[i] != b.rgba[i] || a.rgba[i + 1] != b.rgba[i + 1] || a.rgba[i + 2] != b.rgba[i + 2])
      ++count;
  return count;
}

TEST(StretchFigures, EveryRoutineIsDrawnMovesAndShowsTheWarmMuscleUnderXvfb) {
  const std::string folder = std::string(CRAMPCHECK_ARTIFACTS_DIR) + "/stretch-figures";
  std::system(("mkdir -p '" + folder + "' && rm -f '" + folder + "'/*.png").c_str());
  const std::string command = std::string("xvfb-run -a -s '-screen 0 1280x1024x24' '") +
                              CRAMPCHECK_DESKTOP_APP + "' --render-stretches '" + folder + "'";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << command;
  std::printf("Stretch figures saved in %s\n", folder.c_str());

  const ImVec4 background = app::NightFigurePalette(1.0f).background;
  const ImVec4 warm = app::NightFigurePalette(1.0f).paints[static_cast<size_t>(Paint::kHighlight)];
  for (auto id : kAllRoutines) {
    const std::string name(Name(id));
    our_png::Image pictures[3];
    for (int i = 0; i < 3; ++i) {
      const std::string path = folder + "/" + name + "-" + std::to_string(i + 1) + ".png";
      ASSERT_TRUE(our_png::ReadOurPng(path, pictures[i])) << path;
      ASSERT_EQ(pictures[i].width, 480);
      ASSERT_EQ(pictures[i].height, 360);
      // Not blank: a good part of the picture is figure, not the card's surface.
      const int pixels = pictures[i].width * pictures[i].height;
      const int surface = CountNear(pictures[i], background);
      EXPECT_LT(surface, pixels * 0.92) << path << " is nearly empty";
      EXPECT_GT(surface, pixels * 0.3) << path << " is not drawn on the card's surface";
      std::set<unsigned> colours;
      for (size_t p = 0; p + 3 < pictures[i].rgba.size(); p += 4)
        colours.insert(pictures[i].rgba[p] << 16 | pictures[i].rgba[p + 1] << 8 |
                       pictures[i].rgba[p + 2]);
      EXPECT_GT(colours.size(), 30u) << path << " is flat, not anti-aliased shapes";
    }
    // The figure moves (or the muscle cools) from one moment to the next.
    EXPECT_GT(DifferentPixels(pictures[0], pictures[1]), 200) << name;
    EXPECT_GT(DifferentPixels(pictures[1], pictures[2]), 200) << name;
    // As the hold starts the cramping muscle is warm; by the end of a cramp's routine it
    // has cooled.
    EXPECT_GT(CountNear(pictures[1], warm), 40) << name << ": no warm muscle";
    if (core::stretch::GetRoutine(id).during_cramp) {
      EXPECT_LT(CountNear(pictures[2], warm), CountNear(pictures[1], warm) / 4) << name;
    }
  }
}

}  // namespace
