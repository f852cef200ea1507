// WCAG 2.1 contrast of every theme's colour pairs as the UI draws them (web/ui/palette.hpp):
// text at least 4.5:1 (1.4.3), borders and the focus ring at least 3:1 (1.4.11).
#include "ui/palette.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

using jobbplan::web::ui::PaletteRgb;
using jobbplan::web::ui::Rgb;

double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

struct Linear {
    double r, g, b;
};

Linear srgb(Rgb c) { return {c.r(), c.g(), c.b()}; }

double luminance(Linear c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast(Linear a, Linear b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
double contrast(Rgb a, Rgb b) { return contrast(srgb(a), srgb(b)); }

// `top` at `alpha` over `bottom`, blended in sRGB as the GPU does.
Linear over(Rgb top, double alpha, Rgb bottom) {
    return {top.r() * alpha + bottom.r() * (1 - alpha), top.g() * alpha + bottom.g() * (1 - alpha),
            top.b() * alpha + bottom.b() * (1 - alpha)};
}

struct Theme {
    const char* name;
    const PaletteRgb& p;
};

const Theme kThemes[] = {{"light", jobbplan::web::ui::kLight},
                         {"dark", jobbplan::web::ui::kDark},
                         {"high contrast", jobbplan::web::ui::kHighContrast}};

constexpr double kText = 4.5, kNonText = 3.0;

TEST(Contrast, FormulaMatchesKnownValues) {
    EXPECT_NEAR(contrast(Rgb{0x000000}, Rgb{0xffffff}), 21.0, 1e-9);
    EXPECT_NEAR(contrast(Rgb{0xffffff}, Rgb{0xffffff}), 1.0, 1e-9);
    EXPECT_NEAR(contrast(Rgb{0x767676}, Rgb{0xffffff}), 4.54, 0.01);  // the classic AA grey
}

TEST(Contrast, TextOnBackgroundAndSurface) {
    for (const Theme& t : kThemes) {
        SCOPED_TRACE(t.name);
        EXPECT_GE(contrast(t.p.text, t.p.background), kText) << "text on background";
        EXPECT_GE(contrast(t.p.text, t.p.surface), kText) << "text on surface (buttons, fields)";
        EXPECT_GE(contrast(t.p.text_muted, t.p.background), kText) << "muted text on background";
        EXPECT_GE(contrast(t.p.text_muted, t.p.surface), kText) << "muted text on surface";
    }
}

TEST(Contrast, PrimaryButtonText) {
    // widgets.cpp button(primary): WindowBg-coloured text on the accent (CheckMark) fill.
    for (const Theme& t : kThemes) {
        SCOPED_TRACE(t.name);
        EXPECT_GE(contrast(t.p.background, t.p.accent), kText) << "background-coloured text on accent";
        EXPECT_GE(contrast(t.p.accent_text, t.p.accent), kText) << "accent_text on accent";
    }
}

TEST(Contrast, CurrentNavigationTab) {
    for (const Theme& t : kThemes) {
        SCOPED_TRACE(t.name);
        const Linear fill = over(t.p.accent, jobbplan::web::ui::kCurrentAlpha, t.p.background);
        EXPECT_GE(contrast(srgb(t.p.text), fill), kText) << "text on the current tab";
    }
}

// Hover and press are a grey tint of the text colour over the button's surface (issue 12.11): the
// text stays readable, and the tint is never the selected look (accent at kCurrentAlpha).
TEST(Contrast, HoverIsReadableAndNotTheSelectedLook) {
    using jobbplan::web::ui::kCurrentAlpha;
    using jobbplan::web::ui::kHoverAlpha;
    using jobbplan::web::ui::kPressedAlpha;
    for (const Theme& t : kThemes) {
        SCOPED_TRACE(t.name);
        for (double alpha : {kHoverAlpha, kPressedAlpha}) {
            const Linear fill = over(t.p.text, alpha, t.p.surface);
            EXPECT_GE(contrast(srgb(t.p.text), fill), kText) << "text on a hovered or pressed button";
            // Told apart from selected by more than a shade: the fills differ by at least 1.2:1 in
            // luminance or visibly in hue (the selected fill is tinted with the accent).
            const Linear selected = over(t.p.accent, kCurrentAlpha, t.p.background);
            const double hue_gap = std::abs((selected.b - selected.r) - (fill.b - fill.r)) + std::abs((selected.g - selected.r) - (fill.g - fill.r));
            EXPECT_TRUE(contrast(fill, selected) >= 1.2 || hue_gap >= 0.15)
                << "hover " << alpha << " looks like selected: contrast " << contrast(fill, selected) << ", hue gap " << hue_gap;
        }
    }
}

TEST(Contrast, StatusColoursOnBackground) {
    for (const Theme& t : kThemes) {
        SCOPED_TRACE(t.name);
        EXPECT_GE(contrast(t.p.ok, t.p.background), kText) << "ok";
        EXPECT_GE(contrast(t.p.warn, t.p.background), kText) << "warn";
        EXPECT_GE(contrast(t.p.bad, t.p.background), kText) << "bad";
        EXPECT_GE(contrast(t.p.ok, t.p.surface), kText) << "ok on surface";
        EXPECT_GE(contrast(t.p.warn, t.p.surface), kText) << "warn on surface";
        EXPECT_GE(contrast(t.p.bad, t.p.surface), kText) << "bad on surface";
    }
}

TEST(Contrast, BordersAndFocusRing) {
    for (const Theme& t : kThemes) {
        SCOPED_TRACE(t.name);
        EXPECT_GE(contrast(t.p.border, t.p.background), kNonText) << "border";
        EXPECT_GE(contrast(t.p.accent, t.p.background), kNonText) << "focus ring (NavHighlight)";
    }
}

}  // namespace
