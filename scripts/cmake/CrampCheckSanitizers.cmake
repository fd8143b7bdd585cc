# CRAMPCHECK_SANITIZE=address,undefined adds the sanitizers to our targets and tests.
add_library(crampcheck_sanitizers INTERFACE)
if(CRAMPCHECK_SANITIZE)
  target_compile_options(crampcheck_sanitizers INTERFACE
    -fsanitize=${CRAMPCHECK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(crampcheck_sanitizers INTERFACE -fsanitize=${CRAMPCHECK_SANITIZE})
endif()
