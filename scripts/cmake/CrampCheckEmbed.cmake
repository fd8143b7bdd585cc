# Build-time assets. Fonts are cut from installed Debian font packages (never committed)
# and, like the shaders, compiled into the program so the app needs no file system and
# works offline. Code reads them through one loader: src/app/assets.h.
find_program(CRAMPCHECK_PYFTSUBSET pyftsubset REQUIRED)
# Debian's own Python, which has fontTools' friends; another python3 on PATH may not.
find_program(CRAMPCHECK_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
include("${PROJECT_SOURCE_DIR}/assets/fonts.cmake")

# Adds the generated asset table (fonts, shaders) to `target`. Custom commands attach to
# targets of the directory that defines them, hence a function called from src/app.
function(crampcheck_add_embedded_assets target)
  set(_generated "${CMAKE_CURRENT_BINARY_DIR}/generated")
  file(MAKE_DIRECTORY "${_generated}")
  set(_embedded "")
  foreach(weight IN LISTS CRAMPCHECK_FONT_WEIGHTS)
    set(_subset "${_generated}/Inter-${weight}-subset.otf")
    add_custom_command(OUTPUT "${_subset}"
      COMMAND "${CRAMPCHECK_PYFTSUBSET}" "${CRAMPCHECK_FONT_DIR}/Inter-${weight}.otf"
              --unicodes=${CRAMPCHECK_FONT_UNICODES} --layout-features= --no-hinting
              --output-file=${_subset}
      DEPENDS "${CRAMPCHECK_FONT_DIR}/Inter-${weight}.otf"
      COMMENT "Subsetting Inter ${weight}" VERBATIM)
    list(APPEND _embedded "font/inter-${weight}|${_subset}")
  endforeach()

  # The Chinese font: the characters of every zh-Hans table (and of the few words written
  # in Chinese elsewhere, such as the language's own name in Settings), nothing else.
  file(GLOB_RECURSE _zh_tables CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/*.cpp")
  set(_unicodes "${_generated}/cjk-unicodes.txt")
  add_custom_command(OUTPUT "${_unicodes}"
    COMMAND "${CRAMPCHECK_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/cjk_unicodes.py" "${_unicodes}"
            ${_zh_tables}
    DEPENDS "${PROJECT_SOURCE_DIR}/scripts/cjk_unicodes.py" ${_zh_tables}
    COMMENT "Listing the characters of the Chinese text" VERBATIM)
  set(_cjk "${_generated}/NotoSansSC-subset.otf")
  add_custom_command(OUTPUT "${_cjk}"
    COMMAND "${CRAMPCHECK_PYFTSUBSET}" "${CRAMPCHECK_CJK_FONT}" --font-number=${CRAMPCHECK_CJK_FACE}
            --unicodes-file=${_unicodes} --layout-features= --no-hinting --desubroutinize
            --drop-tables+=GSUB,GPOS,GDEF,BASE,vhea,vmtx,VORG,DSIG --output-file=${_cjk}
    DEPENDS "${_unicodes}" "${CRAMPCHECK_CJK_FONT}"
    COMMENT "Subsetting Noto Sans SC" VERBATIM)
  list(APPEND _embedded "font/noto-sc|${_cjk}")

  file(GLOB _shaders CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/shaders/*.vert" "${PROJECT_SOURCE_DIR}/shaders/*.frag")
  foreach(shader IN LISTS _shaders)
    get_filename_component(_name "${shader}" NAME)
    list(APPEND _embedded "shader/${_name}|${shader}")
  endforeach()

  set(_deps "")
  foreach(entry IN LISTS _embedded)
    string(REPLACE "|" ";" _pair "${entry}")
    list(GET _pair 1 _path)
    list(APPEND _deps "${_path}")
  endforeach()
  string(REPLACE ";" "," _entries_arg "${_embedded}")
  set(_source "${_generated}/embedded_assets.cpp")
  add_custom_command(OUTPUT "${_source}"
    COMMAND ${CMAKE_COMMAND} "-DENTRIES=${_entries_arg}" "-DOUTPUT=${_source}"
            -P "${PROJECT_SOURCE_DIR}/scripts/cmake/embed_files.cmake"
    DEPENDS ${_deps} "${PROJECT_SOURCE_DIR}/scripts/cmake/embed_files.cmake"
    COMMENT "Embedding fonts and shaders" VERBATIM)
  target_sources(${target} PRIVATE "${_source}")
endfunction()
