# nlohmann/json and Howard Hinnant's date are header-only, from Debian's packages.
# Emscripten must never see /usr/include (it drags in glibc headers), so for wasm builds a folder
# holding only nlohmann/ and date/ (symlinks) stands in for it.
find_path(JOBBPLAN_JSON_INCLUDE nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH)
find_path(JOBBPLAN_DATE_INCLUDE date/date.h PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH)
if(NOT JOBBPLAN_JSON_INCLUDE OR NOT JOBBPLAN_DATE_INCLUDE)
  message(FATAL_ERROR "nlohmann/json.hpp or date/date.h not found: run `make setup` "
                      "(Debian packages nlohmann-json3-dev libhowardhinnant-date-dev)")
endif()

add_library(jobbplan_third_party INTERFACE)
if(EMSCRIPTEN)
  set(shim "${CMAKE_BINARY_DIR}/third_party_include")
  file(MAKE_DIRECTORY "${shim}")
  file(CREATE_LINK "${JOBBPLAN_JSON_INCLUDE}/nlohmann" "${shim}/nlohmann" SYMBOLIC)
  file(CREATE_LINK "${JOBBPLAN_DATE_INCLUDE}/date" "${shim}/date" SYMBOLIC)
  target_include_directories(jobbplan_third_party SYSTEM INTERFACE "${shim}")
else()
  target_include_directories(jobbplan_third_party SYSTEM INTERFACE "${JOBBPLAN_JSON_INCLUDE}" "${JOBBPLAN_DATE_INCLUDE}")
endif()
# date's header-only parts need no tz database; keep it that way.
target_compile_definitions(jobbplan_third_party INTERFACE HAS_REMOTE_API=0 USE_OS_TZDB=0)
