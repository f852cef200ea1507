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
    // One look for "selected" (accent tint and a bar, selected_fill / mark_selected) and one for
    // hover and press (a grey tint of the text colour), so the pointer resting on a tab never
    // makes it look chosen (issue 12.11).
    const ImVec4 hover(p.text.x, p.text.y, p.text.z, kHoverAlpha), pressed(p.text.x, p.text.y, p.text.z, kPressedAlpha);
    c[ImGuiCol_ButtonHovered] = hover;
    c[ImGuiCol_ButtonActive] = pressed;
    c[ImGuiCol_Header] = ImVec4(p.accent.x, p.accent.y, p.accent.z, kCurrentAlpha);
    c[ImGuiCol_HeaderHovered] = hover;
    c[ImGuiCol_HeaderActive] = pressed;
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

ImVec4 selected_fill() { return ImGui::GetStyle().Colors[ImGuiCol_Header]; }

void mark_selected() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float bar = std::max(kSelectedBarPx, std::round(kSelectedBarPx * ImGui::GetFontSize() / kBasePx));
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, b.y - bar), b, ImGui::GetColorU32(ImGuiCol_CheckMark),
                                              ImGui::GetStyle().FrameRounding, ImDrawFlags_RoundCornersBottom);
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
