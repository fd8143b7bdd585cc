#include "core/version.h"

namespace core {
const char* Version() {
  return CRAMPCHECK_VERSION;
}
}  // namespace core
