# Where third-party code comes from. Nothing third-party is committed: scripts/setup.sh
# installs Debian packages and unpacks Debian source packages into a cache outside the
# checkout (CRAMPCHECK_DEPS_DIR), keyed by version.
if(DEFINED ENV{CRAMPCHECK_DEPS_DIR})
  set(_deps_default "$ENV{CRAMPCHECK_DEPS_DIR}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
  set(_deps_default "$ENV{XDG_CACHE_HOME}/crampcheck")
else()
  set(_deps_default "$ENV{HOME}/.cache/crampcheck")
endif()
set(CRAMPCHECK_DEPS_DIR "${_deps_default}" CACHE PATH "Cache of third-party sources and builds made by scripts/setup.sh")
# Keep in step with the pins in scripts/setup.sh.
set(CRAMPCHECK_IMGUI_VERSION 1.92.2b)
set(CRAMPCHECK_SDL2_VERSION 2.26.5)
# Derived from the version, never cached: a build folder configured for an older version
# follows the new pin (an old cache entry of this name is dropped).
unset(CRAMPCHECK_IMGUI_DIR CACHE)
set(CRAMPCHECK_IMGUI_DIR "${CRAMPCHECK_DEPS_DIR}/src/imgui-${CRAMPCHECK_IMGUI_VERSION}")

# nlohmann::json is header-only. The Emscripten toolchain hides the host's /usr/include
# (rightly: its libc headers must not leak in), so expose only the nlohmann folder.
if(EMSCRIPTEN)
  find_path(CRAMPCHECK_HOST_NLOHMANN_DIR nlohmann/json.hpp
    PATHS /usr/include /usr/local/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  set(_staged "${CMAKE_BINARY_DIR}/host-headers")
  file(MAKE_DIRECTORY "${_staged}")
  if(NOT EXISTS "${_staged}/nlohmann")
    file(CREATE_LINK "${CRAMPCHECK_HOST_NLOHMANN_DIR}/nlohmann" "${_staged}/nlohmann" SYMBOLIC)
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${_staged}")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3.11 REQUIRED)
endif()

if(CRAMPCHECK_BUILD_APP)
  if(EMSCRIPTEN)
    set(CRAMPCHECK_SDL2_WASM_DIR "${CRAMPCHECK_DEPS_DIR}/sdl2-${CRAMPCHECK_SDL2_VERSION}-wasm" CACHE PATH "SDL2 built for wasm")
    if(NOT EXISTS "${CRAMPCHECK_SDL2_WASM_DIR}/lib/libSDL2.a")
      message(FATAL_ERROR "SDL2 for wasm not found in ${CRAMPCHECK_SDL2_WASM_DIR}: run scripts/setup.sh")
    endif()
    add_library(crampcheck_sdl2 INTERFACE)
    target_include_directories(crampcheck_sdl2 SYSTEM INTERFACE
      "${CRAMPCHECK_SDL2_WASM_DIR}/include" "${CRAMPCHECK_SDL2_WASM_DIR}/include/SDL2")
    target_link_libraries(crampcheck_sdl2 INTERFACE "${CRAMPCHECK_SDL2_WASM_DIR}/lib/libSDL2.a")
  else()
    find_package(SDL2 REQUIRED)
    find_package(OpenGL REQUIRED)
    add_library(crampcheck_sdl2 INTERFACE)
    target_link_libraries(crampcheck_sdl2 INTERFACE SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
  endif()
endif()

if(CRAMPCHECK_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
