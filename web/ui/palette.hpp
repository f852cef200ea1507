#pragma once
// The theme colours as plain sRGB values: no ImGui, so native tests can check their contrast
// (tests/app/contrast_test.cpp) and style.cpp turns them into ImGui colours.
//
// How the UI uses them (keep the contrast test in step with this):
//   text, text_muted, ok, warn, bad  drawn on background (and text/text_muted on surface: buttons, fields)
//   primary buttons                  background-coloured text on an accent fill (widgets.cpp button())
//   selected (the current tab, the   text on accent at kCurrentAlpha over background, and a
//   chosen language or choice)       kSelectedBarPx accent bar along its bottom edge
//   hovered or pressed               text on a neutral tint (text at kHoverAlpha / kPressedAlpha over
//                                    surface): never the accent, so hover is never taken for selected
//   border, accent (focus ring)      non-text: at least 3:1 against background
#include <cstdint>

namespace jobbplan::web::ui {

struct Rgb {
    std::uint32_t hex;  // 0xRRGGBB
    constexpr double r() const { return ((hex >> 16) & 0xff) / 255.0; }
    constexpr double g() const { return ((hex >> 8) & 0xff) / 255.0; }
    constexpr double b() const { return (hex & 0xff) / 255.0; }
};

struct PaletteRgb {
    Rgb text, text_muted, background, surface, accent, accent_text, ok, warn, bad, border;
};

// Alpha of the accent over the background behind the current navigation tab (ImGuiCol_HeaderActive).
inline constexpr float kCurrentAlpha = 0.4f;
// Hover and press tint the control with its own text colour: grey, not the selected blue.
inline constexpr float kHoverAlpha = 0.10f;
inline constexpr float kPressedAlpha = 0.20f;
// The bar under a selected control, in CSS px: selected is told by shape too, not colour alone.
inline constexpr float kSelectedBarPx = 3.0f;

inline constexpr PaletteRgb kLight{{0x1a1a1a}, {0x4a4a4a}, {0xf7f7f5}, {0xffffff}, {0x0b5cad},
                                   {0xffffff}, {0x1e6b30}, {0x8a4b00}, {0xb00020}, {0x8c8c8c}};
inline constexpr PaletteRgb kDark{{0xf0f0f0}, {0xc4c4c4}, {0x15171a}, {0x22262b}, {0x6cb4ff},
                                  {0x0b1a2a}, {0x7fd98f}, {0xffc266}, {0xff8a80}, {0x6a6f75}};
inline constexpr PaletteRgb kHighContrast{{0xffffff}, {0xffffff}, {0x000000}, {0x000000}, {0xffff00},
                                          {0x000000}, {0x00ff66}, {0xffff00}, {0xff6666}, {0xffffff}};

}  // namespace jobbplan::web::ui
