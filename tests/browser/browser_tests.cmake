# Browser tests: playwright-core (from the repository's node_modules, `npm ci`) driving Debian's
# /usr/bin/chromium against the assembled site in JOBBPLAN_SITE_DIR. Included from
# tests/CMakeLists.txt in the native build. One Chromium at a time (RESOURCE_LOCK): 2 cores.
option(JOBBPLAN_BROWSER_TESTS "Register the headless Chromium tests of the assembled site" ON)
if(NOT JOBBPLAN_BROWSER_TESTS)
  return()
endif()

if(NOT NODE_EXECUTABLE)
  find_program(NODE_EXECUTABLE node REQUIRED)
endif()

set(_jobbplan_browser_dir "${CMAKE_CURRENT_LIST_DIR}")
file(GLOB _jobbplan_browser_tests CONFIGURE_DEPENDS "${_jobbplan_browser_dir}/*.test.mjs")
list(SORT _jobbplan_browser_tests)

foreach(_test_file IN LISTS _jobbplan_browser_tests)
  get_filename_component(_name "${_test_file}" NAME)
  string(REGEX REPLACE "\\.test\\.mjs$" "" _name "${_name}")
  add_test(NAME "browser_${_name}"
           COMMAND "${NODE_EXECUTABLE}" "${_test_file}"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  set_tests_properties("browser_${_name}" PROPERTIES
    ENVIRONMENT "JOBBPLAN_SITE=${JOBBPLAN_SITE_DIR};JOBBPLAN_ARTIFACTS=${CMAKE_BINARY_DIR}/artifacts;NODE_PATH=${CMAKE_SOURCE_DIR}/node_modules"
    TIMEOUT 120
    RESOURCE_LOCK browser
    LABELS browser)
endforeach()
