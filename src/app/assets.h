#pragma once
// The one loader for build-time assets (fonts cut from Debian packages; the stretch
// diagrams' shaders from shaders/, "shader/figure.vert" and "shader/figure.frag"). They are
// compiled into the program by scripts/cmake/CrampCheckEmbed.cmake, so the app needs no
// file system and works offline.
#include <cstddef>

namespace app::assets {

struct Asset {
  const char* name;           // e.g. "font/inter-Regular", "shader/stretch.frag"
  const unsigned char* data;  // followed by a zero byte, so text assets are C strings
  std::size_t size;           // without that zero byte
};

// Returns nullptr when no asset has that name.
const Asset* Find(const char* name);

}  // namespace app::assets
