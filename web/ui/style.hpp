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
// The one look of a selected control (issue 12.11): its fill, and the bar drawn under the item
// just drawn. Hover and press are a grey tint (apply_style), never this.
ImVec4 selected_fill();
void mark_selected();
// `touch`: the phone layout, where every control is at least touch_target_px() tall and wide.
void apply_style(Theme t, float text_scale, bool touch);
// 44 CSS px: the smallest target a finger hits reliably (WCAG 2.5.5, Apple's and GOV.UK's guidance).
constexpr float touch_target_px() { return 44.0f; }
// Whether the style in force is the touch one (read by the widgets that size themselves).
bool touch_sized();
// Rebuilds the atlas only when the pixel size changes; returns true if it did.
bool ensure_fonts(float text_scale, float device_pixel_ratio);
float base_font_px();

}  // namespace jobbplan::web::ui
