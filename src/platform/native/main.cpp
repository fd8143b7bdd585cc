// The desktop build: an SDL2 window around the app, for testing and development.
//   crampcheck [--size WxH] [--data DIR] [--frames N --screenshot FILE]
//   crampcheck --render-stretches DIR   (every stretch figure at three moments, as PNGs)
// The diary lives in DIR, by default $XDG_DATA_HOME/crampcheck (file_storage.h).
// With --frames, draws exactly N frames (then writes the screenshot, if asked) and exits:
// the hook the native screenshot test uses under Xvfb.
#include <SDL.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "file_storage.h"
#include "native_platform.h"
#include "platform/sdl_gl_shell.h"
#include "png_writer.h"
#include "stretch_render.h"
#include "gl_api.h"

namespace {

struct Options {
  int frames = 0;  // 0: run until the window is closed
  std::string screenshot;
  std::string render_stretches;  // a folder
  std::string data_folder = platform::FileStorage::DefaultFolder();
  platform::ShellOptions shell;
};

// The POSIX locale in priority order: LC_ALL, LC_MESSAGES, LANG ("en_GB.UTF-8").
bool ParseInt(const std::string& text, int& value) {
  const char* end = text.data() + text.size();
  auto [ptr, error] = std::from_chars(text.data(), end, value);
  return error == std::errc() && ptr == end;
}

bool ParseOptions(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--frames" && has_value) {
      if (!ParseInt(argv[++i], options.frames) || options.frames < 1) return false;
    } else if (arg == "--data" && has_value) {
      options.data_folder = argv[++i];
      if (options.data_folder.empty()) return false;
    } else if (arg == "--render-stretches" && has_value) {
      options.render_stretches = argv[++i];
    } else if (arg == "--screenshot" && has_value) {
      options.screenshot = argv[++i];
    } else if (arg == "--size" && has_value) {
      const std::string size = argv[++i];
      const size_t x = size.find('x');
      if (x == std::string::npos || !ParseInt(size.substr(0, x), options.shell.width) ||
          !ParseInt(size.substr(x + 1), options.shell.height) || options.shell.width < 200 ||
          options.shell.height < 200)
        return false;
    } else {
      return false;
    }
  }
  return options.screenshot.empty() || options.frames > 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseOptions(argc, argv, options)) {
    std::fprintf(
        stderr,
        "usage: crampcheck [--size WxH] [--data DIR] [--frames N [--screenshot FILE.png]]\n");
    return 2;
  }
  // 420x860 (or --size) shrunk to the display's usable area: a 1280x800 laptop screen
  // with a panel would otherwise get a window taller than the screen.
  options.shell.fit_usable_area = true;
  platform::SdlGlShell shell;
  if (!shell.Init(options.shell)) {
    shell.Shutdown();
    return 1;
  }
  if (!options.render_stretches.empty()) {
    const int code = platform::RenderStretches(options.render_stretches, platform::kGlslVersion);
    shell.Shutdown();
    return code;
  }
  // The app loads it (at once: file calls answer synchronously) and reports problems.
  platform::FileStorage storage(options.data_folder);
  // Exports land next to the diary, in the data folder, written whole or not at all.
  platform::NativePlatform device(storage.Folder());
  app::App app(storage, device);
  int exit_code = 0;
  if (options.frames > 0) {
    std::vector<unsigned char> pixels;
    for (int frame = 1; frame <= options.frames; ++frame) {
      const bool last = frame == options.frames && !options.screenshot.empty();
      shell.PollEvents(app);
      shell.DrawFrame(app, last ? &pixels : nullptr);
    }
    if (!options.screenshot.empty() &&
        !platform::WritePng(options.screenshot, pixels, shell.FramebufferWidth(),
                            shell.FramebufferHeight())) {
      std::fprintf(stderr, "cannot write screenshot %s\n", options.screenshot.c_str());
      exit_code = 1;
    }
  } else {
    while (!shell.QuitRequested()) {
      // Idle means asleep: wait for the next event instead of spinning; a ticking timer
      // wakes the loop often enough to show each second on time.
      if (!shell.Step(app) && !app.IsAnimating())
        SDL_WaitEventTimeout(nullptr, app.VisibleTick() >= 0 ? 50 : 500);
    }
  }
  shell.Shutdown();
  return exit_code;
}
