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

namespace {

uint32_t ReadU32(const std::vector<unsigned char>& data, size_t at) {
  return (uint32_t{data[at]} << 24) | (uint32_t{data[at + 1]} << 16) |
         (uint32_t{data[at + 2]} << 8) | uint32_t{data[at + 3]};
}

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
};

// Reads the PNGs that crampcheck writes: 8-bit RGBA, filter 0, stored deflate blocks.
bool ReadOurPng(const std::string& path, Image& image) {
  std::ifstream file(path, std::ios::binary);
  const std::vector<unsigned char> data((std::istreambuf_iterator<char>(file)),
                                        std::istreambuf_iterator<char>());
  if (data.size() < 33 || data[1] != 'P' || data[2] != 'N' || data[3] != 'G') return false;
  image.width = static_cast<int>(ReadU32(data, 16));
  image.height = static_cast<int>(ReadU32(data, 20));
  std::vector<unsigned char> zlib;
  for (size_t at = 8; at + 8 <= data.size();) {
    const uint32_t length = ReadU32(data, at);
    const std::string type(data.begin() + static_cast<long>(at) + 4,
                           data.begin() + static_cast<long>(at) + 8);
    if (type == "IDAT")
      zlib.insert(zlib.end(), data.begin() + static_cast<long>(at) + 8,
                  data.begin() + static_cast<long>(at + 8 + length));
    at += 12 + length;
  }
  std::vector<unsigned char> raw;
  for (size_t at = 2; at + 5 <= zlib.size();) {
    const bool last = zlib[at] & 1;
    if ((zlib[at] >> 1) != 0) return false;  // not a stored block
    const size_t length = zlib[at + 1] | (zlib[at + 2] << 8);
    raw.insert(raw.end(), zlib.begin() + static_cast<long>(at) + 5,
               zlib.begin() + static_cast<long>(at + 5 + length));
    at += 5 + length;
    if (last) break;
  }
  const size_t row = static_cast<size_t>(image.width) * 4;
  if (raw.size() != (row + 1) * static_cast<size_t>(image.height)) return false;
  for (int y = 0; y < image.height; ++y)
    image.rgba.insert(image.rgba.end(), raw.begin() + static_cast<long>((row + 1) * y + 1),
                      raw.begin() + static_cast<long>((row + 1) * (y + 1)));
  return true;
}

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
