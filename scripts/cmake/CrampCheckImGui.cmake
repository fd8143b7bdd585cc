# Dear ImGui from the Debian source package unpacked by scripts/setup.sh, compiled from one
# tree for native and web. Two targets, like ImGui's own split of core and backends:
#   imgui          the core only: the app and the headless UI tests use this;
#   imgui_backends the unmodified SDL2 + OpenGL3 backends, for the platform mains.
if(NOT EXISTS "${CRAMPCHECK_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui ${CRAMPCHECK_IMGUI_VERSION} not found in ${CRAMPCHECK_IMGUI_DIR}: run scripts/setup.sh")
endif()

add_library(imgui STATIC
  "${CRAMPCHECK_IMGUI_DIR}/imgui.cpp"
  "${CRAMPCHECK_IMGUI_DIR}/imgui_draw.cpp"
  "${CRAMPCHECK_IMGUI_DIR}/imgui_tables.cpp"
  "${CRAMPCHECK_IMGUI_DIR}/imgui_widgets.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${CRAMPCHECK_IMGUI_DIR}")
target_compile_definitions(imgui PUBLIC
  # The item hooks feed window.crampcheck.items() and the UI tests (src/app/item_recorder.cpp).
  IMGUI_ENABLE_TEST_ENGINE
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS)

add_library(imgui_backends STATIC
  "${CRAMPCHECK_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
  "${CRAMPCHECK_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui_backends SYSTEM PUBLIC "${CRAMPCHECK_IMGUI_DIR}/backends")
target_link_libraries(imgui_backends PUBLIC imgui crampcheck_sdl2)
if(EMSCRIPTEN)
  # WebGL2 (GLSL "#version 300 es"); without it the backend would pick ES2 on Emscripten.
  target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
  # The 1.92 SDL2 backend includes <emscripten/em_js.h> and uses EMSCRIPTEN_KEEPALIVE, which
  # Emscripten 3.1.6's em_js.h does not define (its em_macros.h does). A flag, not a change
  # to the backend.
  set_source_files_properties("${CRAMPCHECK_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
    PROPERTIES COMPILE_OPTIONS "-include;emscripten/em_macros.h")
endif()
