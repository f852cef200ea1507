// The bare Dear ImGui page that `make bench` measures Jobbplan against: ImGui's OpenGL3 renderer
// on a WebGL2 context from emscripten_webgl_create_context, one window with a text, redrawn on
// EVERY animation frame by emscripten_set_main_loop (so it is also the "always redrawing" idle
// baseline). No input handling, no fonts but ImGui's built-in one. After its first frame it sets
// window.jobbplanTest = {ready: true, frames, snapshot(), widgets()}, the hook the browser harness
// (tests/browser/lib.mjs) waits for, so the same harness measures both pages.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <GLES3/gl3.h>

// The test hook, as the app's own (web/js/jobbplan_platform.js): read-only, set after the first frame.
EM_JS(void, bench_hello_install_hook, (), {
    window.jobbplanTest = {
        ready: true,
        get frames() { return _bench_hello_frames(); },
        snapshot: function() { return '{"screen":"hello"}'; },
        widgets: function() { return '[]'; }
    };
});

namespace {

long g_frames = 0;
double g_last_ms = 0;

void frame() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    const int fb_w = static_cast<int>(css_w * dpr), fb_h = static_cast<int>(css_h * dpr);
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size("#canvas", &cur_w, &cur_h);
    if (cur_w != fb_w || cur_h != fb_h) emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(dpr), static_cast<float>(dpr));
    const double now = emscripten_get_now();
    io.DeltaTime = g_last_ms > 0 && now > g_last_ms ? static_cast<float>((now - g_last_ms) / 1000.0) : 1.0f / 60.0f;
    g_last_ms = now;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(20, 20), ImGuiCond_FirstUseEver);
    ImGui::Begin("Hello");
    ImGui::Text("Hello, world!");
    ImGui::End();
    ImGui::Render();

    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (++g_frames == 1) bench_hello_install_hook();
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE long bench_hello_frames() { return g_frames; }

int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) {
        EM_ASM(console.error('bench_hello: no WebGL2 context'););
        return 1;
    }
    emscripten_webgl_make_context_current(ctx);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsLight();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);  // requestAnimationFrame: every frame, forever
    return 0;
}
