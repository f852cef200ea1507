#include "backend/html5_backend.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <vector>
#include <string>

extern "C" {
void jobbplan_js_text_input_setup();
void jobbplan_js_text_input_focus(int active);
}

namespace jobbplan::web {
namespace {

struct State {
    BackendConfig config;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    double css_w = 0, css_h = 0, dpr = 1;
    int fb_w = 0, fb_h = 0;
    double last_time = 0;
    int pending_frames = 0;
    bool frame_scheduled = false;
    long frames = 0;
    // Clicks, key presses and text that must wait for a later frame, in the order they came.
    // - A button transition gets a frame of its own: ImGui only sees a click when press and release
    //   arrive in different frames, and a quick tap delivers both before one frame runs.
    // - ImGui 1.86 keeps one state per key, so a second press of a key within one frame (Backspace
    //   held by a fast finger, automation, a loaded machine) would merge with the first and be
    //   lost; and a backspace applied in the same frame as letters typed after it can come out in
    //   the wrong order. So a frame takes at most one transition per key, never keys and text
    //   together. Keys known only from input events (Android) queue here too.
    // - One line for all three: keys typed after a tap go to the field the tap activates, and a
    //   tap on Save after fast typing comes after the typing (on a loaded phone the save once
    //   overtook the last keys of a date and saved the form half typed).
    struct Input {
        enum class Kind { key, text, button } kind = Kind::key;
        int key = 0;
        bool down = false;
        std::string text;
        float x = 0, y = 0;
        // A key's modifiers as its own event said (-1: none known, e.g. Android's input events).
        // The keyboard has moved on by the time a waiting key reaches ImGui: Ctrl+A typed right
        // after a click waits behind the click, and Ctrl is already up when the A is applied.
        int mods = -1;
    };
    std::deque<Input> backlog;
    // A key or text went straight to ImGui since the last frame: a click waits one more frame, so
    // that the keys reach the field that was active when they were typed.
    bool direct_since_frame = false;
    bool key_down_this_frame = false;  // ImGui reads keys in its own order: one press per frame
    // Tab never reaches ImGui: 1.86 tabs between text fields only, so the app moves the focus
    // itself (+1 Tab, -1 Shift+Tab), one press per frame.
    std::deque<int> tab_moves;
    bool text_focused = false;
    // A key pressed and released between two frames (a quick tap, automation, some keyboards) is
    // released only after ImGui has seen it down for one frame.
    bool pressed_since_frame[512] = {};
    // A key pressed or released straight to ImGui since the last frame. Its next transition waits
    // for a frame to see this one: pressed again before a frame has seen it up, two presses merge
    // into one (Backspace, Backspace typed fast on a loaded machine lost every third).
    bool moved_since_frame[512] = {};
    std::vector<int> release_after_frame, release_now;
    // Enter activates the focused button like Space (ImGui 1.86 maps Enter only to "input"), but
    // only for a press that began while no text field was being edited.
    bool enter_activates = false;
    // The same for modifiers (Shift+Tab, Ctrl+A typed faster than a frame): bit 1 Ctrl, 2 Shift,
    // 4 Alt, 8 Super, held for ImGui until the frame after their release.
    int mods_held = 0, mods_release_after_frame = 0, mods_release_now = 0;
    int mods_physical = 0;  // as the last keyboard event said
    int mods_replay = -1;   // while waiting keys are applied: the modifiers they were pressed with
    // ImGui drops typed characters in a frame where Ctrl or Super is down (they are shortcuts). Text
    // that arrives while a released Ctrl is still being held for ImGui (Ctrl+A, then typing at
    // once, or an IME committing) waits until that release, so its first letters are not lost.
    std::string text_after_mods;
    std::function<bool(float, float)> is_text_field;
    // Touch: a finger that moves more than a few pixels scrolls instead of clicking.
    bool touch_active = false;
    bool touch_scrolling = false;
    float touch_start_x = 0, touch_start_y = 0, touch_last_y = 0;
};

State& s() {
    static State state;
    return state;
}

ImGuiIO& io() { return ImGui::GetIO(); }

// Pressed and released between two frames, and kept down for ImGui until the next one.
bool held_until_next_frame(const State& st, int key) {
    return std::find(st.release_now.begin(), st.release_now.end(), key) != st.release_now.end() ||
           std::find(st.release_after_frame.begin(), st.release_after_frame.end(), key) != st.release_after_frame.end();
}

void refresh_size() {
    State& st = s();
    emscripten_get_element_css_size(st.config.canvas_selector, &st.css_w, &st.css_h);
    st.dpr = emscripten_get_device_pixel_ratio();
    if (st.dpr <= 0) st.dpr = 1;
    const int w = static_cast<int>(std::lround(st.css_w * st.dpr));
    const int h = static_cast<int>(std::lround(st.css_h * st.dpr));
    if (w != st.fb_w || h != st.fb_h) {
        st.fb_w = w;
        st.fb_h = h;
        emscripten_set_canvas_element_size(st.config.canvas_selector, w, h);
    }
}

EM_BOOL on_frame(double time_ms, void*) {
    State& st = s();
    st.frame_scheduled = false;
    ImGuiIO& imgui = io();
    const double now = time_ms / 1000.0;
    imgui.DeltaTime = st.last_time > 0 ? static_cast<float>(std::max(now - st.last_time, 1e-4)) : 1.0f / 60.0f;
    // After an idle stretch, a huge delta would jump animations and key repeat: clamp it.
    if (imgui.DeltaTime > 0.25f) imgui.DeltaTime = 1.0f / 60.0f;
    st.last_time = now;
    if (st.config.frame) st.config.frame();
    ++st.frames;
    if (st.pending_frames > 0) --st.pending_frames;
    if (!st.backlog.empty() && st.pending_frames < 2) st.pending_frames = 2;
    if (st.pending_frames > 0) {
        st.frame_scheduled = true;
        emscripten_request_animation_frame(on_frame, nullptr);
    }
    return EM_FALSE;
}

void queue_button(float x, float y, bool down) {
    State::Input in;
    in.kind = State::Input::Kind::button;
    in.x = x;
    in.y = y;
    in.down = down;
    s().backlog.push_back(std::move(in));
    request_frames();
}

EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* e, void*) {
    if (s().touch_active) return EM_FALSE;  // browsers synthesise mouse events after touches
    io().MousePos = ImVec2(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_mouse_button(int type, const EmscriptenMouseEvent* e, void*) {
    if (s().touch_active || e->button != 0) return EM_FALSE;
    queue_button(static_cast<float>(e->targetX), static_cast<float>(e->targetY), type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // Normalise: pixel deltas (about 100 per notch in Chromium) and line deltas (3 per notch).
    double dy = e->deltaY;
    double dx = e->deltaX;
    switch (e->deltaMode) {
        case DOM_DELTA_PIXEL: dy /= 100.0; dx /= 100.0; break;
        case DOM_DELTA_LINE: dy /= 3.0; dx /= 3.0; break;
        default: break;  // pages: one notch each
    }
    io().MouseWheel -= static_cast<float>(dy);
    io().MouseWheelH -= static_cast<float>(dx);
    request_frames();
    return EM_TRUE;
}

const EmscriptenTouchPoint* first_changed(const EmscriptenTouchEvent* e) {
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].isChanged) return &e->touches[i];
    return nullptr;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    State& st = s();
    const EmscriptenTouchPoint* t = first_changed(e);
    if (!t) return EM_TRUE;
    const float x = static_cast<float>(t->targetX), y = static_cast<float>(t->targetY);
    switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART:
            st.touch_active = true;
            st.touch_scrolling = false;
            st.touch_start_x = x;
            st.touch_start_y = st.touch_last_y = y;
            io().MousePos = ImVec2(x, y);
            break;
        case EMSCRIPTEN_EVENT_TOUCHMOVE: {
            const float moved = std::hypot(x - st.touch_start_x, y - st.touch_start_y);
            if (!st.touch_scrolling && moved > 8.0f * static_cast<float>(st.dpr > 1 ? 1 : 1)) st.touch_scrolling = true;
            if (st.touch_scrolling) {
                const float line = ImGui::GetFontSize() * 5.0f;  // ImGui scrolls 5 lines per wheel unit
                io().MouseWheel += (y - st.touch_last_y) / (line > 0 ? line : 80.0f);
                st.touch_last_y = y;
            }
            io().MousePos = ImVec2(x, y);
            break;
        }
        case EMSCRIPTEN_EVENT_TOUCHEND:
            // Phones open their keyboard only for a focus made inside the tap itself.
            if (!st.touch_scrolling && st.is_text_field && st.is_text_field(x, y)) jobbplan_js_text_input_focus(1);
            if (!st.touch_scrolling) {
                queue_button(x, y, true);
                queue_button(x, y, false);
            }
            st.touch_active = false;
            break;
        case EMSCRIPTEN_EVENT_TOUCHCANCEL:
            st.touch_active = false;
            st.touch_scrolling = false;
            break;
        default: break;
    }
    request_frames();
    return EM_TRUE;  // no synthetic mouse events, no page scroll or zoom
}

// DOM keyCodes are the indices into io.KeysDown; these are the ones ImGui needs mapped.
void map_keys() {
    ImGuiIO& imgui = io();
    imgui.KeyMap[ImGuiKey_Tab] = 9;
    imgui.KeyMap[ImGuiKey_LeftArrow] = 37;
    imgui.KeyMap[ImGuiKey_RightArrow] = 39;
    imgui.KeyMap[ImGuiKey_UpArrow] = 38;
    imgui.KeyMap[ImGuiKey_DownArrow] = 40;
    imgui.KeyMap[ImGuiKey_PageUp] = 33;
    imgui.KeyMap[ImGuiKey_PageDown] = 34;
    imgui.KeyMap[ImGuiKey_Home] = 36;
    imgui.KeyMap[ImGuiKey_End] = 35;
    imgui.KeyMap[ImGuiKey_Insert] = 45;
    imgui.KeyMap[ImGuiKey_Delete] = 46;
    imgui.KeyMap[ImGuiKey_Backspace] = 8;
    imgui.KeyMap[ImGuiKey_Space] = 32;
    imgui.KeyMap[ImGuiKey_Enter] = 13;
    imgui.KeyMap[ImGuiKey_Escape] = 27;
    imgui.KeyMap[ImGuiKey_KeyPadEnter] = 13;
    imgui.KeyMap[ImGuiKey_A] = 65;
    imgui.KeyMap[ImGuiKey_C] = 67;
    imgui.KeyMap[ImGuiKey_V] = 86;
    imgui.KeyMap[ImGuiKey_X] = 88;
    imgui.KeyMap[ImGuiKey_Y] = 89;
    imgui.KeyMap[ImGuiKey_Z] = 90;
}

int modifier_bit(unsigned long key_code) {
    switch (key_code) {
        case 17: return 1;
        case 16: return 2;
        case 18: return 4;
        case 91: case 92: case 93: case 224: return 8;
        default: return 0;
    }
}

void apply_modifiers() {
    const int m = (s().mods_replay >= 0 ? s().mods_replay : s().mods_physical) | s().mods_held;
    io().KeyCtrl = (m & 1) != 0;
    io().KeyShift = (m & 2) != 0;
    io().KeyAlt = (m & 4) != 0;
    io().KeySuper = (m & 8) != 0;
}

void set_modifiers(const EmscriptenKeyboardEvent* e) {
    s().mods_physical = (e->ctrlKey ? 1 : 0) | (e->shiftKey ? 2 : 0) | (e->altKey ? 4 : 0) | (e->metaKey ? 8 : 0);
    apply_modifiers();
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    State& st = s();
    const unsigned long code = e->keyCode;
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    if (const int bit = modifier_bit(code); bit && !down && code < 512 && st.pressed_since_frame[code]) {
        st.mods_held |= bit;
        st.mods_release_after_frame |= bit;
    }
    set_modifiers(e);
    if (code == 9) {
        if (down && !e->ctrlKey && !e->altKey && !e->metaKey) st.tab_moves.push_back(e->shiftKey ? -1 : 1);
        request_frames();
        return down && (e->ctrlKey || e->altKey || e->metaKey) ? EM_FALSE : EM_TRUE;
    }
    const bool again = code < 512 && down && !e->repeat && (st.key_down_this_frame || st.moved_since_frame[code] ||
                                                           held_until_next_frame(st, static_cast<int>(code)));
    if (code < 512 && (!st.backlog.empty() || again)) {
        // A second press in one frame (of any key: ImGui reads keys in its own order; of this key:
        // it would merge with the first), or earlier input still waiting (keys, or a click or tap
        // that has yet to reach ImGui and may move the focus): wait in line.
        if (!e->repeat) st.backlog.push_back({State::Input::Kind::key, static_cast<int>(code), down, {}, 0, 0, st.mods_physical});
    } else if (code < 512) {
        st.direct_since_frame = true;
        if (st.mods_replay >= 0) {  // nothing waits any more: the keyboard's own state again
            st.mods_replay = -1;
            apply_modifiers();
        }
        if (down) {
            if (!e->repeat) {
                st.pressed_since_frame[code] = true;
                st.moved_since_frame[code] = true;
                if (!modifier_bit(code)) st.key_down_this_frame = true;
            }
            io().KeysDown[code] = true;
        } else if (st.pressed_since_frame[code]) {
            st.release_after_frame.push_back(static_cast<int>(code));
        } else {
            io().KeysDown[code] = false;
            st.moved_since_frame[code] = true;
        }
        if (code == 13 && down && !e->repeat) st.enter_activates = !io().WantTextInput;
    }
    request_frames();
    // Let the browser turn Ctrl+V into a paste event, and printable keys into keypress events.
    const bool command = e->ctrlKey || e->metaKey;
    if (command && (code == 86 || code == 67 || code == 88)) return EM_FALSE;
    if (command && code != 65 && code != 90 && code != 89) return EM_FALSE;  // keep browser shortcuts
    const bool navigation = code == 9 || code == 8 || code == 13 || code == 27 || code == 46 ||
                            (code >= 33 && code <= 40);
    return navigation || (command && (code == 65 || code == 90 || code == 89)) ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_blur(int, const EmscriptenFocusEvent*, void*) {
    // Keys released while the page had no focus never arrive: forget them.
    for (bool& k : io().KeysDown) k = false;
    s().release_now.clear();
    s().release_after_frame.clear();
    // Keys and text still waiting go too; clicks stay, so a press is never left without its release.
    std::erase_if(s().backlog, [](const State::Input& in) { return in.kind != State::Input::Kind::button; });
    s().enter_activates = false;
    s().tab_moves.clear();
    s().mods_held = s().mods_release_after_frame = s().mods_release_now = s().mods_physical = 0;
    s().mods_replay = -1;
    io().KeyCtrl = io().KeyShift = io().KeyAlt = io().KeySuper = false;
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    refresh_size();
    request_frames();
    return EM_FALSE;
}

}  // namespace

bool backend_init(BackendConfig config) {
    State& st = s();
    st.config = std::move(config);
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    st.gl = emscripten_webgl_create_context(st.config.canvas_selector, &attrs);
    if (st.gl <= 0) return false;
    emscripten_webgl_make_context_current(st.gl);
    refresh_size();

    ImGuiIO& imgui = io();
    imgui.BackendPlatformName = "jobbplan_html5";
    imgui.IniFilename = nullptr;  // layout is the app's, not a file's
    imgui.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    imgui.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    map_keys();

    const char* canvas = st.config.canvas_selector;
    emscripten_set_mousemove_callback(canvas, nullptr, EM_FALSE, on_mouse_move);
    emscripten_set_mousedown_callback(canvas, nullptr, EM_FALSE, on_mouse_button);
    emscripten_set_mouseup_callback(canvas, nullptr, EM_FALSE, on_mouse_button);
    emscripten_set_wheel_callback(canvas, nullptr, EM_FALSE, on_wheel);
    emscripten_set_touchstart_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    jobbplan_js_text_input_setup();
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_blur);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    request_frames();
    return true;
}

void request_frames(int count) {
    State& st = s();
    if (st.pending_frames < count) st.pending_frames = count;
    if (!st.frame_scheduled) {
        st.frame_scheduled = true;
        emscripten_request_animation_frame(on_frame, nullptr);
    }
}

// Applies waiting input for this frame: in order, at most one transition per key (a key released
// at the start of this frame counts), and keys and text never in the same frame.
void drain_backlog(State& st, ImGuiIO& imgui, const std::vector<int>& released, const bool (&moved_direct)[512]) {
    bool moved[512] = {};
    for (int key : released) moved[key] = true;
    for (int key = 0; key < 512; ++key) moved[key] = moved[key] || moved_direct[key];
    bool keys = false, text = false;
    while (!st.backlog.empty()) {
        State::Input& in = st.backlog.front();
        if (in.kind == State::Input::Kind::button) break;  // a click takes a frame of its own
        if (in.kind == State::Input::Kind::key) {
            // A key still held for ImGui after a press that came straight in (released after this
            // frame) must be released before it can be pressed again, or the two presses merge.
            const bool held = in.down && held_until_next_frame(st, in.key);
            if (moved[in.key] || text || held || (in.down && st.key_down_this_frame)) break;
            imgui.KeysDown[in.key] = in.down;
            if (in.mods >= 0 && in.mods != st.mods_replay) {
                st.mods_replay = in.mods;
                apply_modifiers();
            }
            if (in.down) {
                st.pressed_since_frame[in.key] = true;
                st.key_down_this_frame = true;
            }
            moved[in.key] = keys = true;
        } else {
            if (keys) break;
            const bool wait = (st.mods_held & 9) != 0 || !st.text_after_mods.empty();
            if (wait) st.text_after_mods += in.text;
            else imgui.AddInputCharactersUTF8(in.text.c_str());
            text = true;
        }
        st.backlog.pop_front();
    }
    if (!st.backlog.empty() || keys || text) request_frames();
}

void backend_new_frame() {
    State& st = s();
    refresh_size();  // cheap; also catches devicePixelRatio changes from browser zoom
    ImGuiIO& imgui = io();
    imgui.DisplaySize = ImVec2(static_cast<float>(st.css_w), static_cast<float>(st.css_h));
    imgui.DisplayFramebufferScale = ImVec2(static_cast<float>(st.dpr), static_cast<float>(st.dpr));
    const bool clicked = !st.backlog.empty() && st.backlog.front().kind == State::Input::Kind::button &&
                         !st.direct_since_frame;
    if (clicked) {
        const State::Input t = st.backlog.front();
        st.backlog.pop_front();
        imgui.MousePos = ImVec2(t.x, t.y);
        imgui.MouseDown[0] = t.down;
    }
    st.direct_since_frame = false;
    for (int key : st.release_now) imgui.KeysDown[key] = false;
    const std::vector<int> released = std::move(st.release_now);
    st.release_now.clear();
    std::swap(st.release_now, st.release_after_frame);
    if (st.mods_release_now) {
        st.mods_held &= ~st.mods_release_now;
        apply_modifiers();
    }
    st.mods_release_now = st.mods_release_after_frame;
    st.mods_release_after_frame = 0;
    if (!st.text_after_mods.empty()) {
        if (imgui.KeyCtrl || imgui.KeySuper) {
            request_frames();
        } else {
            imgui.AddInputCharactersUTF8(st.text_after_mods.c_str());
            st.text_after_mods.clear();
        }
    }
    for (bool& p : st.pressed_since_frame) p = false;
    bool moved_direct[512];
    std::copy(std::begin(st.moved_since_frame), std::end(st.moved_since_frame), std::begin(moved_direct));
    std::fill(std::begin(st.moved_since_frame), std::end(st.moved_since_frame), false);
    st.key_down_this_frame = false;
    if (!st.release_now.empty()) request_frames();
    // Keys and text wait until a click before them has been seen by ImGui in a frame of its own
    // (the field it activates then takes them), so typing straight after a tap loses nothing.
    // The last waiting key was applied a frame ago: the modifiers are the keyboard's own again.
    if (st.mods_replay >= 0 && std::none_of(st.backlog.begin(), st.backlog.end(),
                                            [](const State::Input& in) { return in.kind == State::Input::Kind::key; })) {
        st.mods_replay = -1;
        apply_modifiers();
    }
    if (!clicked) drain_backlog(st, imgui, released, moved_direct);
    if (!st.backlog.empty()) request_frames();
    if (imgui.KeysDown[13] && st.enter_activates && !imgui.WantTextInput)
        imgui.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    else if (!imgui.KeysDown[13])
        st.enter_activates = false;
    const bool click_waiting = std::any_of(st.backlog.begin(), st.backlog.end(), [](const State::Input& in) {
        return in.kind == State::Input::Kind::button;
    });
    if (!st.touch_active && !imgui.MouseDown[0] && !click_waiting && st.touch_scrolling) {
        st.touch_scrolling = false;
    }
}

void backend_end_frame() {
    State& st = s();
    const bool want = ImGui::GetIO().WantTextInput;
    // While a field is edited the hidden input must hold the DOM focus, every frame: a mouse click
    // from one field straight into another focuses the canvas (the browser's default for mousedown)
    // while ImGui goes on wanting text, so checking only for a change of WantTextInput lost every
    // letter typed into the second field. The JS side does nothing when the input has the focus.
    if (want != st.text_focused || want) {
        st.text_focused = want;
        jobbplan_js_text_input_focus(want ? 1 : 0);
    }
}

void set_text_field_test(std::function<bool(float, float)> is_text_field) { s().is_text_field = std::move(is_text_field); }

void queue_text(const char* utf8) {
    State& st = s();
    if (!st.backlog.empty()) {  // earlier input still waiting: keep the order
        st.backlog.push_back({State::Input::Kind::text, 0, false, utf8});
        request_frames();
        return;
    }
    // Ctrl or Super still down on the keyboard: a shortcut, which ImGui rightly ignores as text.
    const bool shortcut_down = (st.mods_physical & 9) != 0;
    // Released but still held for ImGui, or earlier text waiting: wait too, keeping the order.
    const bool wait = !shortcut_down && ((st.mods_held & 9) != 0 || !st.text_after_mods.empty());
    if (wait) st.text_after_mods += utf8;
    else io().AddInputCharactersUTF8(utf8);
    st.direct_since_frame = true;
    request_frames();
}

void queue_key_tap(int key) {
    s().backlog.push_back({State::Input::Kind::key, key, true, {}});
    s().backlog.push_back({State::Input::Kind::key, key, false, {}});
    request_frames();
}

int take_tab_move() {
    State& st = s();
    if (st.tab_moves.empty()) return 0;
    const int move = st.tab_moves.front();
    st.tab_moves.pop_front();
    if (!st.tab_moves.empty()) request_frames();
    return move;
}

float device_pixel_ratio() { return static_cast<float>(s().dpr); }
int framebuffer_width() { return s().fb_w; }
int framebuffer_height() { return s().fb_h; }
long frames_rendered() { return s().frames; }

}  // namespace jobbplan::web

extern "C" {
EMSCRIPTEN_KEEPALIVE void jobbplan_request_frame() { jobbplan::web::request_frames(); }
EMSCRIPTEN_KEEPALIVE void jobbplan_on_text(const char* utf8) { jobbplan::web::queue_text(utf8); }
EMSCRIPTEN_KEEPALIVE void jobbplan_on_key_tap(int key) {
    if (key > 0 && key < 512) jobbplan::web::queue_key_tap(key);
}
}
