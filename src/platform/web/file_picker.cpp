#include "file_picker.h"

#include <emscripten.h>

#include <utility>

#include "core/io/import.h"

extern "C" void crampcheck_pick_file(int max_bytes);  // library_file_picker.js

namespace platform {
namespace {

std::function<void(PickedFile)> g_handler;

void Answer(PickedFile file) {
  if (g_handler) g_handler(std::move(file));
}

}  // namespace

void PickFile(std::function<void(PickedFile)> handler) {
  g_handler = std::move(handler);
  crampcheck_pick_file(static_cast<int>(core::io::kMaxImportFileBytes));
}

}  // namespace platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void crampcheck_file_opened(const char* name, const char* data, int size) {
  platform::PickedFile file;
  file.name = name;
  file.ok = true;
  file.content.assign(data, static_cast<std::size_t>(size > 0 ? size : 0));
  platform::Answer(std::move(file));
}

// `problem`: 1 too big (`size_bytes`), 2 not enough memory, 3 unreadable (`browser_error`).
EMSCRIPTEN_KEEPALIVE void crampcheck_file_failed(const char* name, int problem, double size_bytes,
                                                 const char* browser_error) {
  using Problem = platform::PickedFile::Problem;
  platform::PickedFile file;
  file.name = name;
  file.problem = problem == 1 ? Problem::kTooBig : problem == 2 ? Problem::kNoMemory : Problem::kUnreadable;
  file.size_bytes = size_bytes > 0 ? static_cast<std::uint64_t>(size_bytes) : 0;
  file.browser_error = browser_error;
  platform::Answer(std::move(file));
}

}  // extern "C"
