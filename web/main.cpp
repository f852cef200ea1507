// Jobbplan in the browser: wires the html5 backend, ImGui's OpenGL3 renderer, the App and the screens.
#include "app/app.hpp"
#include "backend/html5_backend.hpp"
#include "platform/platform.hpp"
#include "test_hook.hpp"
#include "widget_map.hpp"
#include "ui/a11y_mirror.hpp"
#include "ui/focus_order.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <GLES3/gl3.h>

extern "C" {
void jobbplan_js_set_mirror(const char* json, int len);  // with its length: a NUL cannot cut it
void jobbplan_js_install_test_hook();
void jobbplan_js_install_paste();
int jobbplan_js_first_start();
int jobbplan_js_preferred_theme();
void jobbplan_js_browser_languages(char* out, int size);
}

namespace {

using namespace jobbplan::web;

App* g_app = nullptr;

void check_today(void*) {
    // A page left open past midnight moves to the new day by itself, and the time left to sign a
    // plan counts down.
    g_app->refresh_today();
    emscripten_set_timeout(check_today, 15'000, nullptr);
}

void update_mirror(const ui::Ctx& ctx) {
    // Rebuilt when what it says could change, not every frame.
    static std::string last;
    std::string json = ui::mirror_json(ui::mirror_items(ctx));
    if (json != last) {
        last = std::move(json);
        jobbplan_js_set_mirror(last.data(), static_cast<int>(last.size()));
    }
    // A new screen is announced by name, with the widget that took the focus on it.
    const std::string& focused = focused_label();
    static std::string announced;
    static Screen screen_said = ctx.state.screen;
    const bool new_screen = ctx.state.screen != screen_said;
    const bool focus_moved = !focused.empty() && focused != announced;
    if (new_screen)
        browser_platform().announce(focus_moved ? ui::screen_title(ctx) + ". " + focused : ui::screen_title(ctx));
    else if (focus_moved)
        browser_platform().announce(focused);
    screen_said = ctx.state.screen;
    announced = focused;
}

// The first of the browser's languages (navigator.languages, "fi-FI,sv,en") that Jobbplan
// speaks, by its primary subtag; empty when none is.
std::string browser_language() {
    char buf[256] = {};
    jobbplan_js_browser_languages(buf, sizeof buf);
    std::string_view list(buf);
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        std::string_view tag = list.substr(0, comma);
        tag = tag.substr(0, tag.find('-'));
        for (std::string_view known : jobbplan::kLanguages)
            if (tag.size() == known.size() && std::equal(tag.begin(), tag.end(), known.begin(),
                                                         [](char a, char b) { return std::tolower(a) == b; }))
                return std::string(known);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return {};
}

// On a first start (nothing stored yet) the language follows the browser's (a fi-FI browser
// opens in Finnish) and the theme its prefers-color-scheme / prefers-contrast, read once; after
// that the stored settings win, and the user can change them.
void follow_browser_preferences(const AppState& st) {
    static bool done = false;
    if (done || st.storage == StorageStatus::Loading) return;
    done = true;
    if (st.storage != StorageStatus::Ready || st.profile) return;
    if (!jobbplan_js_first_start()) return;
    if (const std::string lang = browser_language(); !lang.empty() && lang != st.settings.language) {
        g_app->dispatch(SetLanguage{lang});
        request_frames();
    }
    if (st.settings.theme != Theme::Light) return;
    const int preferred = jobbplan_js_preferred_theme();
    if (preferred == 1) g_app->dispatch(SetTheme{Theme::Dark});
    if (preferred == 2) g_app->dispatch(SetTheme{Theme::HighContrast});
    if (preferred != 0) request_frames();
}

void frame() {
    App& app = *g_app;
    if (app.apply_pending()) request_frames();
    const AppState& st = app.state();
    follow_browser_preferences(st);
    if (app.apply_pending()) request_frames();
    ui::ensure_fonts(st.settings.shown_text_scale(), device_pixel_ratio());

    backend_new_frame();  // sets this frame's display size, which the layout and the style follow
    static jobbplan::web::Settings applied;
    static bool first = true;
    static bool applied_narrow = false;
    const bool narrow = ImGui::GetIO().DisplaySize.x < 700.0f;  // the phone layout (ui::Ctx::narrow)
    if (first || applied.shown_theme() != st.settings.shown_theme() ||
        applied.shown_text_scale() != st.settings.shown_text_scale() || applied_narrow != narrow) {
        ui::apply_style(st.settings.shown_theme(), st.settings.shown_text_scale(), narrow);
        applied = st.settings;
        applied_narrow = narrow;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    widget_map_begin_frame();
    ui::focus_begin_frame(take_tab_move());
    const jobbplan::Catalogue& cat = jobbplan::builtin_catalogue(st.settings.language);
    // What the screens hold between frames; "Delete all my data" (here or in another tab) drops it.
    static ui::UiState ui_state;
    if (ui_state.wiped != st.wiped) ui_state = ui::UiState{.wiped = st.wiped};
    ui::Ctx ctx{st, app, cat, narrow, ui_state};
    ui::draw_app(ctx);
    ImGui::Render();
    update_mirror(ctx);

    glViewport(0, 0, framebuffer_width(), framebuffer_height());
    const ImVec4 bg = ui::palette(st.settings.shown_theme()).background;
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    backend_end_frame();

    // Actions sent by this frame are applied before the next one.
    if (app.apply_pending()) request_frames();
    if (first) {
        first = false;
        jobbplan_js_install_test_hook();
    }
}

}  // namespace

int main() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    static App app(browser_platform());
    g_app = &app;
    test_hook_set_app(&app);
    app.on_change = [] { request_frames(); };
    if (!backend_init({"#canvas", frame})) {
        EM_ASM(console.error('Jobbplan needs WebGL2, which this browser did not provide.'););
        return 1;
    }
    ImGui_ImplOpenGL3_Init("#version 300 es");
    set_text_field_test(text_field_at);  // a tap there opens the phone keyboard
    jobbplan_js_install_paste();
    app.start();
    emscripten_set_timeout(check_today, 60'000, nullptr);
    return 0;  // the browser's event loop drives everything from here
}

extern "C" EMSCRIPTEN_KEEPALIVE void jobbplan_on_paste(const char* text) {
    // Text arrives from the DOM paste event (the clipboard API needs a user gesture to read).
    ImGui::GetIO().AddInputCharactersUTF8(text);
    request_frames();
}
