#include "platform/native/native_platform.h"

#include <cstdlib>

#include "platform/native/file_storage.h"

namespace platform {

std::string NativePlatform::Locale() const {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return value;
  }
  return "";
}

std::optional<std::string> NativePlatform::SaveFile(const std::string& name, const std::string&,
                                                     const std::string& content) {
  if (!WriteFileAtomically(data_folder_, name, content).Ok()) return std::nullopt;
  return data_folder_ + "/" + name;
}

}  // namespace platform
