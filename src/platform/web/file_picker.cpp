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

EMSCRIPTEN_KEEPALIVE void crampcheck_file_failed(const char* name, const char* why) {
  platform::PickedFile file;
  file.name = name;
  file.why = why;
  platform::Answer(std::move(file));
}

}  // extern "C"
