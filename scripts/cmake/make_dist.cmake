# Assembles the deployable site (see src/platform/web/CMakeLists.txt for the arguments).
#
# Every file that can change between builds and is not reached by a fixed address carries
# the start of its content's SHA-256 in its name (crampcheck.<hash>.wasm, crampcheck.<hash>.js,
# app.<hash>.js, style.<hash>.css): the names are written into the files that load them
# (app.js names the glue and the wasm, index.html names app.js and the style), so a page can
# never pair files of two builds; a file that did not change keeps its name. index.html,
# sw.js, the manifest and the icons keep fixed names (the browser and the manifest reach
# them by those) and are served no-cache by scripts/serve.mjs.
#
# The service worker's cache is named after a hash of every cached file, so a new build
# always replaces the old cache and an unchanged build keeps it; its precache list holds
# each file's SHA-256, which the worker checks before it installs a version.
#
# LABEL (optional) is appended to app.js as a comment: the same code assembled as a
# different version, which the browser tests serve as "build B" to test updates.
file(REMOVE_RECURSE "${DIST_DIR}")
file(MAKE_DIRECTORY "${DIST_DIR}")

# copy_hashed(CONTENT_FILE STEM EXT OUT): DIST_DIR/STEM.<hash>.EXT from CONTENT_FILE; OUT
# is set to the new name.
function(copy_hashed source stem ext out)
  file(SHA256 "${source}" hash)
  string(SUBSTRING "${hash}" 0 12 hash)
  set(name "${stem}.${hash}.${ext}")
  file(COPY_FILE "${source}" "${DIST_DIR}/${name}")
  set(${out} "${name}" PARENT_SCOPE)
endfunction()

# replace_once(VAR FROM TO): replaces the one occurrence of FROM in VAR; a missing or
# repeated one stops the build (the file no longer says what the build expects).
function(replace_once var from to)
  string(FIND "${${var}}" "${from}" first)
  string(FIND "${${var}}" "${from}" last REVERSE)
  if(first EQUAL -1 OR NOT first EQUAL last)
    message(FATAL_ERROR "make_dist: expected exactly one '${from}' to replace")
  endif()
  string(REPLACE "${from}" "${to}" result "${${var}}")
  set(${var} "${result}" PARENT_SCOPE)
endfunction()

# write_hashed(TEXT STEM EXT OUT): like copy_hashed for text made here.
set(work_dir "${DIST_DIR}.work")
file(REMOVE_RECURSE "${work_dir}")
file(MAKE_DIRECTORY "${work_dir}")
function(write_hashed text stem ext out)
  file(WRITE "${work_dir}/${stem}.${ext}" "${text}")
  copy_hashed("${work_dir}/${stem}.${ext}" "${stem}" "${ext}" name)
  set(${out} "${name}" PARENT_SCOPE)
endfunction()

# The wasm and its glue, then the app script that names both.
copy_hashed("${BUILD_DIR}/crampcheck.wasm" crampcheck wasm wasm_name)
copy_hashed("${BUILD_DIR}/crampcheck.js" crampcheck js glue_name)
file(READ "${WEB_DIR}/app.js" app)
replace_once(app "'./crampcheck.js'" "'./${glue_name}'")
replace_once(app "'crampcheck.wasm'" "'${wasm_name}'")
if(LABEL)
  string(APPEND app "// ${LABEL}\n")
endif()
write_hashed("${app}" app js app_name)
file(READ "${WEB_DIR}/style.css" style)
write_hashed("${style}" style css style_name)

file(READ "${WEB_DIR}/index.html" page)
replace_once(page "src=\"app.js\"" "src=\"${app_name}\"")
replace_once(page "href=\"style.css\"" "href=\"${style_name}\"")
replace_once(page "href=\"crampcheck.js\"" "href=\"${glue_name}\"")
replace_once(page "href=\"crampcheck.wasm\"" "href=\"${wasm_name}\"")
file(WRITE "${DIST_DIR}/index.html" "${page}")
file(REMOVE_RECURSE "${work_dir}")

# Files served as they are, at fixed names.
file(COPY "${WEB_DIR}/manifest.webmanifest" "${ICON}" DESTINATION "${DIST_DIR}")

# Icons rasterised from their SVG sources: the app icon, and the maskable one whose artwork
# keeps to the central safe zone so a launcher's mask never crops it.
function(rasterise svg size png)
  execute_process(COMMAND "${RSVG_CONVERT}" -w ${size} -h ${size} -o "${DIST_DIR}/${png}" "${svg}"
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "rsvg-convert failed for ${png}")
  endif()
endfunction()
foreach(size 96 180 192 512)
  rasterise("${ICON}" ${size} "icon-${size}.png")
endforeach()
foreach(size 192 512)
  rasterise("${MASKABLE_ICON}" ${size} "icon-maskable-${size}.png")
endforeach()

# The precache list: the page under './' (what a navigation asks for) and every file of the
# site except the worker itself, each with its SHA-256.
file(GLOB dist_files RELATIVE "${DIST_DIR}" "${DIST_DIR}/*")
list(SORT dist_files)
file(SHA256 "${DIST_DIR}/index.html" page_hash)
set(hashes "${LABEL}\n")
set(precache "\n  ['./', '${page_hash}']")
foreach(name IN LISTS dist_files)
  file(SHA256 "${DIST_DIR}/${name}" hash)
  string(APPEND hashes "${name}:${hash}\n")
  string(APPEND precache ",\n  ['./${name}', '${hash}']")
endforeach()
string(SHA256 cache_hash "${hashes}")
string(SUBSTRING "${cache_hash}" 0 16 cache_hash)

file(READ "${WEB_DIR}/sw.js" worker)
replace_once(worker "__CACHE_NAME__" "crampcheck-${VERSION}-${cache_hash}")
replace_once(worker "__PRECACHE__" "${precache},\n")
file(WRITE "${DIST_DIR}/sw.js" "${worker}")
message(STATUS "site in ${DIST_DIR}, cache crampcheck-${VERSION}-${cache_hash}")
