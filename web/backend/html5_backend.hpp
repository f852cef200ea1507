#pragma once
// Platform backend for Dear ImGui 1.86 on <emscripten/html5.h>, in the role imgui_impl_glfw plays in
// ImGui's own examples. Emscripten 3.1.6's built-in GLFW misplaces taps, ignores devicePixelRatio and
// resizes, and stubs the clipboard, so the page talks to the browser events directly.
//
// It also owns frame scheduling: nothing is drawn unless something happened (input, resize, a
// wake-up the app asked for), so an idle page costs no CPU.
#include <functional>

namespace jobbplan::web {

struct BackendConfig {
    const char* canvas_selector = "#canvas";
    std::function<void()> frame;  // builds and renders one ImGui frame
};

// Creates the WebGL2 context and installs the input, resize and focus listeners.
bool backend_init(BackendConfig config);

// Ask for frames: after any event ImGui needs a few frames to settle (hover, release, layout).
void request_frames(int count = 3);

// Per-frame: display size, framebuffer scale, delta time, queued touch/mouse transitions.
void backend_new_frame();

// Per-frame, after rendering: focuses the hidden text input while ImGui edits text.
void backend_end_frame();
// Lets a tap on a text field focus the hidden input synchronously (iOS keyboards need that).
void set_text_field_test(std::function<bool(float, float)> is_text_field);
void queue_key_tap(int key);
// Text from the hidden input (typing, on-screen keyboards, IME), UTF-8.
void queue_text(const char* utf8);
// The next Tab press not yet handled: +1 Tab, -1 Shift+Tab, 0 none.
int take_tab_move();

float device_pixel_ratio();
int framebuffer_width();
int framebuffer_height();
long frames_rendered();

}  // namespace jobbplan::web
