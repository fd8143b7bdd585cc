#pragma once
// Writes RGBA pixels as a PNG file, for `crampcheck --screenshot`. Uncompressed (stored
// deflate blocks): screenshots are for tests and bug reports, not for size.
#include <string>
#include <vector>

namespace platform {

// `rgba` holds width * height * 4 bytes, top row first. Returns false if the file could
// not be written.
bool WritePng(const std::string& path, const std::vector<unsigned char>& rgba, int width,
              int height);

}  // namespace platform
