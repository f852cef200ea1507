# Copies the shell, the app and the public assets into SITE and stamps the service worker's cache
# name with a hash of every site file, so one build's files are never served with another's and any
# change to the site reaches users as a new service worker.
file(MAKE_DIRECTORY "${SITE}")
file(GLOB shell RELATIVE "${SHELL}" "${SHELL}/*")
foreach(f IN LISTS shell)
  if(NOT f STREQUAL "sw.js")
    configure_file("${SHELL}/${f}" "${SITE}/${f}" COPYONLY)
  endif()
endforeach()
configure_file("${JS}" "${SITE}/jobbplan.js" COPYONLY)
configure_file("${WASM}" "${SITE}/jobbplan.wasm" COPYONLY)
foreach(sub schema examples)
  file(GLOB files "${ASSETS}/${sub}/*.json")
  file(MAKE_DIRECTORY "${SITE}/assets/${sub}")
  foreach(f IN LISTS files)
    get_filename_component(name "${f}" NAME)
    configure_file("${f}" "${SITE}/assets/${sub}/${name}" COPYONLY)
  endforeach()
endforeach()
if(EXISTS "${SHELL}/sw.js")
  # The version is a hash of every site file (scripts/sw_version.cmake), not only of the app: a
  # change to any file the service worker caches makes sw.js byte-different, so it reaches users.
  configure_file("${SHELL}/sw.js" "${SITE}/sw.js.tmp" COPYONLY)
  set(SW "${SITE}/sw.js.tmp")
  include("${CMAKE_CURRENT_LIST_DIR}/../scripts/sw_version.cmake")
  file(COPY_FILE "${SITE}/sw.js.tmp" "${SITE}/sw.js" ONLY_IF_DIFFERENT)
  file(REMOVE "${SITE}/sw.js.tmp")
endif()
