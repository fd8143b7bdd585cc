// The desktop build opens a real window under Xvfb, draws frames and saves a screenshot
// that is not blank and shows the night theme.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "app/theme.h"
#include "our_png.h"

namespace {

using our_png::Image;
using our_png::ReadOurPng;

}  // namespace

TEST(DesktopApp, RendersFramesAndSavesANonBlankScreenshotUnderXvfb) {
  const std::string path = testing::TempDir() + "crampcheck-native-screenshot.png";
  std::remove(path.c_str());
  const std::string command =
      std::string("xvfb-run -a -s '-screen 0 1280x1024x24' '") + CRAMPCHECK_DESKTOP_APP +
      "' --data '" + testing::TempDir() +
      "crampcheck-screenshot-data' --size 390x844 --frames 5 --screenshot '" + path + "'";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << command;

  Image image;
  ASSERT_TRUE(ReadOurPng(path, image)) << path;
  EXPECT_EQ(image.width, 390);
  EXPECT_EQ(image.height, 844);
  std::set<uint32_t> colours;
  for (size_t i = 0; i + 3 < image.rgba.size(); i += 4)
    colours.insert((uint32_t{image.rgba[i]} << 16) | (uint32_t{image.rgba[i + 1]} << 8) |
                   image.rgba[i + 2]);
  EXPECT_GT(colours.size(), 20u) << "the window shows more than a flat colour";
  // The middle of the empty area below the home screen's text is the night background.
  const size_t at = (static_cast<size_t>(image.width) * 600 + 195) * 4;
  EXPECT_NEAR(image.rgba[at], app::theme::kBackground.x * 255.0f, 2.0f);
  EXPECT_NEAR(image.rgba[at + 2], app::theme::kBackground.z * 255.0f, 2.0f);
  std::remove(path.c_str());
}

TEST(DesktopApp, RejectsBadArgumentsWithUsageError) {
  const std::string command =
      std::string("'") + CRAMPCHECK_DESKTOP_APP + "' --frames nope 2>/dev/null";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}
