#include "ui/style.hpp"

#include "ui/palette.hpp"

#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstddef>

extern const unsigned char ui_font[];
extern const std::size_t ui_font_size;

namespace jobbplan::web::ui {
namespace {

constexpr float kBasePx = 17.0f;  // a little above 16 px: phone text that needs no zoom

ImVec4 to_vec4(Rgb c) { return ImVec4(float(c.r()), float(c.g()), float(c.b()), 1.0f); }

Palette to_palette(const PaletteRgb& p) {
    return {to_vec4(p.text),   to_vec4(p.text_muted), to_vec4(p.background), to_vec4(p.surface), to_vec4(p.accent),
            to_vec4(p.accent_text), to_vec4(p.ok), to_vec4(p.warn), to_vec4(p.bad), to_vec4(p.border)};
}

}  // namespace

// Text/background pairs meet at least 4.5:1 contrast (WCAG 2.1 AA); tests/app/contrast_test.cpp checks them.
const Palette& palette(Theme t) {
    static const Palette light = to_palette(kLight);
    static const Palette dark = to_palette(kDark);
    static const Palette contrast = to_palette(kHighContrast);
    switch (t) {
        case Theme::Dark: return dark;
        case Theme::HighContrast: return contrast;
        default: return light;
    }
}

float base_font_px() { return kBasePx; }

namespace {
bool g_touch = false;
}  // namespace

bool touch_sized() { return g_touch; }

void apply_style(Theme t, float text_scale, bool touch) {
    const Palette& p = palette(t);
    ImGuiStyle style;
    if (t == Theme::Light)
        ImGui::StyleColorsLight(&style);
    else
        ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.FramePadding = ImVec2(10, 7);
    style.ItemSpacing = ImVec2(10, 9);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 18;
    style.TouchExtraPadding = ImVec2(4, 4);  // fingers are not mouse pointers
    style.FrameBorderSize = t == Theme::HighContrast ? 2.0f : 1.0f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_muted;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = p.background;
    c[ImGuiCol_PopupBg] = p.surface;
    c[ImGuiCol_FrameBg] = p.surface;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_Button] = p.surface;
    c[ImGuiCol_ButtonHovered] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.25f);
    c[ImGuiCol_ButtonActive] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.45f);
    c[ImGuiCol_Header] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.18f);
    c[ImGuiCol_HeaderHovered] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.28f);
    c[ImGuiCol_HeaderActive] = ImVec4(p.accent.x, p.accent.y, p.accent.z, kCurrentAlpha);
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_PlotHistogram] = p.accent;
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_TableHeaderBg] = p.surface;
    c[ImGuiCol_TableRowBgAlt] = ImVec4(p.text.x, p.text.y, p.text.z, 0.04f);
    style.ScaleAllSizes(text_scale);
    if (touch) {
        // A frame (button, field, checkbox, combo) is the font's height plus twice FramePadding.y.
        const float font = kBasePx * text_scale;
        style.FramePadding.y = std::max(style.FramePadding.y, (touch_target_px() - font) / 2);
    }
    g_touch = touch;
    ImGui::GetStyle() = style;
}

bool ensure_fonts(float text_scale, float dpr) {
    static float built_px = 0;
    const float px = std::round(kBasePx * text_scale * dpr);
    if (px == built_px) return false;
    built_px = px;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static data in the binary
    cfg.OversampleH = 1;
    static const ImWchar ranges[] = {0x0020, 0x017F, 0x2010, 0x203A, 0x20AC, 0x20AC, 0x2190, 0x2195,
                                     0x2212, 0x2212, 0x25B2, 0x25CF, 0x26A0, 0x26A0, 0x2713, 0x2717, 0};  // ⚠ marks what is at risk
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ui_font), static_cast<int>(ui_font_size), px, &cfg, ranges);
    // Rasterised at device pixels, drawn at CSS pixels: crisp on high-DPI screens.
    io.FontGlobalScale = 1.0f / dpr;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    return true;
}

}  // namespace jobbplan::web::ui
