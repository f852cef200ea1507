#include "ui/style.hpp"

#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstddef>

extern const unsigned char ui_font[];
extern const std::size_t ui_font_size;

namespace jobbplan::web::ui {
namespace {

constexpr float kBasePx = 17.0f;  // a little above 16 px: phone text that needs no zoom

ImVec4 rgb(unsigned hex, float a = 1.0f) {
    return ImVec4(((hex >> 16) & 0xff) / 255.0f, ((hex >> 8) & 0xff) / 255.0f, (hex & 0xff) / 255.0f, a);
}

}  // namespace

// Text/background pairs are chosen for at least 4.5:1 contrast (WCAG 2.1 AA); tests/ui checks them.
const Palette& palette(Theme t) {
    static const Palette light{rgb(0x1a1a1a), rgb(0x4a4a4a), rgb(0xf7f7f5), rgb(0xffffff), rgb(0x0b5cad),
                               rgb(0xffffff), rgb(0x1e6b30), rgb(0x8a4b00), rgb(0xb00020), rgb(0x8c8c8c)};
    static const Palette dark{rgb(0xf0f0f0), rgb(0xc4c4c4), rgb(0x15171a), rgb(0x22262b), rgb(0x6cb4ff),
                              rgb(0x0b1a2a), rgb(0x7fd98f), rgb(0xffc266), rgb(0xff8a80), rgb(0x6a6f75)};
    static const Palette contrast{rgb(0xffffff), rgb(0xffffff), rgb(0x000000), rgb(0x000000), rgb(0xffff00),
                                  rgb(0x000000), rgb(0x00ff66), rgb(0xffff00), rgb(0xff6666), rgb(0xffffff)};
    switch (t) {
        case Theme::Dark: return dark;
        case Theme::HighContrast: return contrast;
        default: return light;
    }
}

float base_font_px() { return kBasePx; }

void apply_style(Theme t, float text_scale) {
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
    c[ImGuiCol_HeaderActive] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.4f);
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_PlotHistogram] = p.accent;
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_TableHeaderBg] = p.surface;
    c[ImGuiCol_TableRowBgAlt] = ImVec4(p.text.x, p.text.y, p.text.z, 0.04f);
    style.ScaleAllSizes(text_scale);
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
                                     0x2212, 0x2212, 0x25B2, 0x25CF, 0x2713, 0x2717, 0};
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ui_font), static_cast<int>(ui_font_size), px, &cfg, ranges);
    // Rasterised at device pixels, drawn at CSS pixels: crisp on high-DPI screens.
    io.FontGlobalScale = 1.0f / dpr;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    return true;
}

}  // namespace jobbplan::web::ui
