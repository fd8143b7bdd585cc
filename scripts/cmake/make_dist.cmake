# Assembles the deployable site (see src/platform/web/CMakeLists.txt for the arguments).
# The service worker's cache is named after a hash of every cached file, so a new build
# always replaces the old cache and an unchanged build keeps it.
file(REMOVE_RECURSE "${DIST_DIR}")
file(MAKE_DIRECTORY "${DIST_DIR}")

file(GLOB web_files "${WEB_DIR}/*")
foreach(path IN LISTS web_files)
  get_filename_component(name "${path}" NAME)
  if(NOT name STREQUAL "sw.js")
    file(COPY "${path}" DESTINATION "${DIST_DIR}")
  endif()
endforeach()
file(COPY "${BUILD_DIR}/crampcheck.js" "${BUILD_DIR}/crampcheck.wasm" "${ICON}" DESTINATION "${DIST_DIR}")

foreach(size 180 192 512)
  execute_process(
    COMMAND "${RSVG_CONVERT}" -w ${size} -h ${size} -o "${DIST_DIR}/icon-${size}.png" "${ICON}"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "rsvg-convert failed for icon-${size}.png")
  endif()
endforeach()

file(GLOB dist_files RELATIVE "${DIST_DIR}" "${DIST_DIR}/*")
list(SORT dist_files)
set(hashes "")
set(precache "'./'")
foreach(name IN LISTS dist_files)
  file(SHA256 "${DIST_DIR}/${name}" hash)
  string(APPEND hashes "${name}:${hash}\n")
  string(APPEND precache ", './${name}'")
endforeach()
string(SHA256 cache_hash "${hashes}")
string(SUBSTRING "${cache_hash}" 0 16 cache_hash)

file(READ "${WEB_DIR}/sw.js" worker)
string(REPLACE "__CACHE_NAME__" "crampcheck-${VERSION}-${cache_hash}" worker "${worker}")
string(REPLACE "__PRECACHE__" "${precache}" worker "${worker}")
file(WRITE "${DIST_DIR}/sw.js" "${worker}")
message(STATUS "site in ${DIST_DIR}, cache crampcheck-${VERSION}-${cache_hash}")
