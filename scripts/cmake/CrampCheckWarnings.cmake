# Warnings for our own code only: third-party targets (ImGui, SDL2) never link this.
add_library(crampcheck_warnings INTERFACE)
target_compile_options(crampcheck_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wdouble-promotion -Wformat=2
  -Wimplicit-fallthrough)
if(CRAMPCHECK_WERROR)
  target_compile_options(crampcheck_warnings INTERFACE -Werror)
endif()
