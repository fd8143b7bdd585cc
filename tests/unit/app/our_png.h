#pragma once
// Reads the PNGs that crampcheck writes (src/platform/native/png_writer.cpp): 8-bit RGBA,
// filter 0, stored deflate blocks. For the desktop tests' screenshots and figures.
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace our_png {

inline uint32_t ReadU32(const std::vector<unsigned char>& data, size_t at) {
  return (uint32_t{data[at]} << 24) | (uint32_t{data[at + 1]} << 16) |
         (uint32_t{data[at + 2]} << 8) | uint32_t{data[at + 3]};
}

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
};

// Reads the PNGs that crampcheck writes: 8-bit RGBA, filter 0, stored deflate blocks.
inline bool ReadOurPng(const std::string& path, Image& image) {
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

}  // namespace our_png
