#pragma once
// Colours, spacing and the font atlas. Sizes scale with the user's text size and the screen's
// devicePixelRatio so text stays crisp on phones and readable on a projector.
#include "app/app_state.hpp"

#include <imgui.h>

namespace jobbplan::web::ui {

struct Palette {
    ImVec4 text, text_muted, background, surface, accent, accent_text, ok, warn, bad, border;
};

const Palette& palette(Theme t);
void apply_style(Theme t, float text_scale);
// Rebuilds the atlas only when the pixel size changes; returns true if it did.
bool ensure_fonts(float text_scale, float device_pixel_ratio);
float base_font_px();

}  // namespace jobbplan::web::ui
