# Stamps the service worker with the site's version: a hash of every file in the site (their paths
# and contents) and of sw.js's own code, so any change to any site file gives a byte-different
# sw.js and browsers install the new version. cmake/assemble_site.cmake includes this after
# copying the site; tests/browser/sw_update.test.mjs runs it on modified copies of the site.
#   cmake -DSITE=DIR [-DSW=FILE] -P scripts/sw_version.cmake
# SW is the file to stamp (default SITE/sw.js); it must hold one line `const BUILD_ID = '...';`
# (the shell's placeholder or an earlier stamp: stamping again replaces it). Writes only on change.
if(NOT SITE OR NOT IS_DIRECTORY "${SITE}")
  message(FATAL_ERROR "sw_version.cmake: SITE=${SITE} is not a folder")
endif()
if(NOT SW)
  set(SW "${SITE}/sw.js")
endif()
set(_sw_id_re "const BUILD_ID = '[^';]*'")  # no ';' in it: MATCHALL returns a list
file(READ "${SW}" _sw)
string(REGEX MATCHALL "${_sw_id_re}" _sw_ids "${_sw}")
list(LENGTH _sw_ids _sw_n)
if(NOT _sw_n EQUAL 1)
  message(FATAL_ERROR "sw_version.cmake: ${SW} must hold exactly one `const BUILD_ID = '...';` (found ${_sw_n})")
endif()
# sw.js's code without its id, so the version does not depend on an earlier stamp.
string(REGEX REPLACE "${_sw_id_re}" "const BUILD_ID = ''" _sw_code "${_sw}")
string(SHA256 _sw_code_hash "${_sw_code}")
file(GLOB_RECURSE _sw_files LIST_DIRECTORIES false RELATIVE "${SITE}" "${SITE}/*")
list(REMOVE_ITEM _sw_files "sw.js" "sw.js.tmp")
list(SORT _sw_files)
set(_sw_all "sw.js ${_sw_code_hash}\n")
foreach(_f IN LISTS _sw_files)
  file(SHA256 "${SITE}/${_f}" _h)
  string(APPEND _sw_all "${_f} ${_h}\n")
endforeach()
string(SHA256 _sw_version "${_sw_all}")
string(SUBSTRING "${_sw_version}" 0 16 _sw_version)
string(REGEX REPLACE "${_sw_id_re}" "const BUILD_ID = '${_sw_version}'" _sw_new "${_sw}")
if(NOT _sw_new STREQUAL _sw)
  file(WRITE "${SW}" "${_sw_new}")
endif()
message(STATUS "sw.js version ${_sw_version}")
