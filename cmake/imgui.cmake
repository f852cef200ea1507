# Dear ImGui as one library target, `imgui`, for the page (web/) and the bench's bare page.
set(IMGUI_DIR "${CMAKE_SOURCE_DIR}/.cache/imgui-1.86" CACHE PATH "Dear ImGui 1.86 sources (scripts/setup.sh unpacks Debian's)")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${IMGUI_DIR}: run `make setup`")
endif()
# The html5 backend (web/backend) is written against 1.86's input API (io.KeysDown and io.KeyMap,
# which 1.87 replaced with AddKeyEvent): another version in IMGUI_DIR is refused here, by name,
# rather than failing later in a compile error or, worse, compiling with other behaviour.
set(JOBBPLAN_IMGUI_VERSION_NUM 18600)
file(STRINGS "${IMGUI_DIR}/imgui.h" imgui_version_line REGEX "^#define IMGUI_VERSION_NUM[ \t]+[0-9]+")
string(REGEX MATCH "[0-9]+$" imgui_version_num "${imgui_version_line}")
if(NOT imgui_version_num STREQUAL JOBBPLAN_IMGUI_VERSION_NUM)
  message(FATAL_ERROR "Dear ImGui in ${IMGUI_DIR} is version ${imgui_version_num}; Jobbplan is written for "
                      "${JOBBPLAN_IMGUI_VERSION_NUM} (1.86). Run `make setup` or point IMGUI_DIR at 1.86.")
endif()

# Built once per build folder; every web target links this one library.
add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_widgets.cpp"
  "${IMGUI_DIR}/imgui_tables.cpp" "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp"
  "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends" "${IMGUI_DIR}/misc/cpp")
# No demo window, no obsolete API; ImGui's own ini file would need the Emscripten FS (the page is
# linked with -sFILESYSTEM=0 and sets IniFilename = nullptr), so ImGui's file functions are left out.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS
                                        IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS
                                        IMGUI_IMPL_OPENGL_ES3)
