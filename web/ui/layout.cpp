// The frame around every screen: title, navigation, the message bar. On a phone the bar stays one
// row (title and a menu naming the current screen) and the message one line, so the content keeps
// most of the height.
#include "ui/focus_order.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <vector>

namespace jobbplan::web::ui {
namespace {

// Every screen once: its navigation button (id, title key; none for Recovery, which the app opens
// itself when the store cannot be read), whether it needs a profile, and what draws it.
struct ScreenInfo {
    Screen screen;
    const char* id;   // nullptr: not in the navigation
    const char* key;  // the title, on its button and in the phone's menu
    bool needs_profile;
    void (*draw)(const Ctx&);
};

constexpr ScreenInfo kScreens[] = {
    {Screen::Start, "nav.start", "ui.nav.start", false, draw_start},
    {Screen::Overview, "nav.overview", "ui.nav.overview", true, draw_overview},
    {Screen::Situation, "nav.situation", "ui.nav.situation", true, draw_situation},
    {Screen::Joblog, "nav.joblog", "ui.nav.joblog", true, draw_joblog},
    {Screen::Calendar, "nav.calendar", "ui.nav.calendar", true, draw_calendar},
    {Screen::Plan, "nav.plan", "ui.nav.plan", true, draw_plan},
    {Screen::WhatIf, "nav.what_if", "ui.nav.what_if", true, draw_what_if},
    {Screen::Exchange, "nav.exchange", "ui.nav.exchange", false, draw_exchange},
    {Screen::Settings, "nav.settings", "ui.nav.settings", false, draw_settings},
    {Screen::Recovery, nullptr, "ui.recovery.heading", false, draw_recovery},
};

const ScreenInfo& screen_info(Screen s) {
    for (const ScreenInfo& info : kScreens)
        if (info.screen == s) return info;
    return kScreens[0];
}

bool in_nav(const Ctx& c, const ScreenInfo& info) { return info.id && (!info.needs_profile || c.state.profile); }

// How many rows the navigation wraps into at this width.
int nav_rows(const Ctx& c, float avail) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float used = 0;
    int rows = 0;
    for (const ScreenInfo& item : kScreens) {
        if (!in_nav(c, item)) continue;
        const float w = ImGui::CalcTextSize(c.tr(item.key).c_str()).x + style.FramePadding.x * 2;
        if (used > 0 && used + style.ItemSpacing.x + w <= avail) {
            used += style.ItemSpacing.x + w;
        } else {
            used = w;
            ++rows;
        }
    }
    return rows;
}



void draw_nav(const Ctx& c) {
    const float avail = ImGui::GetContentRegionAvail().x;
    float used = 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    for (const ScreenInfo& item : kScreens) {
        if (!in_nav(c, item)) continue;
        const std::string label = c.tr(item.key);
        const float w = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2;
        if (used > 0 && used + style.ItemSpacing.x + w <= avail)
            ImGui::SameLine();
        else
            used = 0;
        used += (used > 0 ? style.ItemSpacing.x : 0) + w;
        const bool current = c.state.screen == item.screen;
        if (choice_button(item.id, label, current)) {
            c.send(GoTo{item.screen});
            c.ui.layout.menu_open = false;
        }
    }
}

// The width of a row of buttons with these labels, gaps included.
float buttons_width(const std::vector<std::string>& labels) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float w = 0;
    for (const std::string& l : labels) w += ImGui::CalcTextSize(l.c_str()).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    return w;
}

// One line beside its buttons; a longer text ends in "..." and a tap (or click) on it shows it in
// full, wrapped beside the buttons, until it is tapped again or the text changes. It was a tooltip
// under the pointer, but on a phone the finger of the tap before rests there: the tooltip opened by
// itself when the message appeared, wider than the screen, over the heading. (The screen-reader
// mirror always has all of it.)
void message_line(std::string_view id, const std::string& text, float buttons_w, std::string& full) {
    const float w = std::max(1.0f, ImGui::GetContentRegionAvail().x - buttons_w);
    // The button's height: the row is one button tall, and the line, a thing to tap, a touch target.
    const float h = touch_sized() ? std::max(ImGui::GetFrameHeight(), touch_target_px()) : ImGui::GetFrameHeight();
    const bool cut = ImGui::CalcTextSize(text.c_str()).x > w;
    const bool open = cut && full == text;
    if (open) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + w);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
    } else {
        ImGui::Dummy(ImVec2(w, h));
        const ImVec2 a = ImGui::GetItemRectMin();
        const float y = a.y + (h - ImGui::GetFontSize()) / 2;
        ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), ImVec2(a.x, y), ImVec2(a.x + w, y + ImGui::GetFontSize()),
                                  a.x + w, a.x + w, text.c_str(), nullptr, nullptr);
    }
    if (open) track(std::string(id) + ".full");  // the caller tracks `id` on the same item
    if (cut && ImGui::IsItemClicked()) full = open ? std::string() : text;
}

void draw_message(const Ctx& c) {
    if (!c.state.message) return;
    const Message& m = *c.state.message;
    const Palette& p = palette(c.state.settings.shown_theme());
    const ImVec4 col = m.kind == MessageKind::Error ? p.bad : m.kind == MessageKind::Success ? p.ok : p.text;
    // A change that can be undone offers Undo in the message itself, on every screen.
    const bool undo = m.offers_undo && !c.state.undo.empty();
    std::vector<std::string> labels;
    if (undo) labels.push_back(c.tr("ui.undo"));
    labels.push_back(c.tr("ui.dismiss"));
    const float buttons_w = buttons_width(labels);
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    if (c.narrow) {
        message_line("message", c.tr(m.text_key, m.params), buttons_w, c.ui.layout.message_full);
        ImGui::PopStyleColor();
        track("message");
        ImGui::SameLine();
    } else {
        wrapped(c.tr(m.text_key, m.params));
        ImGui::PopStyleColor();
        track("message");
        const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
        if (ImGui::GetItemRectMax().x + buttons_w <= right) ImGui::SameLine();
    }
    if (undo) {
        if (button("message.undo", labels.front())) c.send(Undo{});
        ImGui::SameLine();
    }
    if (button("message.dismiss", labels.back())) c.send(DismissMessage{});
}

std::string menu_label(const Ctx& c) {
    // A screen outside the navigation (Recovery) is not named: its heading says what it is.
    const ScreenInfo& shown = screen_info(c.state.screen);
    const std::string menu = shown.id ? c.tr("ui.nav.menu", {{"screen", c.tr(shown.key)}}) : c.tr("ui.nav.menu_short");
    return menu + (c.ui.layout.menu_open ? " \xE2\x96\xB2" : " \xE2\x96\xBC");
}

// A phone's one-row bar: the menu button names the current screen and opens the navigation.
void draw_menu_button(const Ctx& c) {
    const std::string label = menu_label(c);
    same_line_if_fits(label);
    if (button("nav.menu", label)) c.ui.layout.menu_open = !c.ui.layout.menu_open;
}

std::string sandbox_who(const Ctx& c) {
    const Sandbox& s = *c.state.sandbox;
    return s.example ? c.tr("ui.example." + example_name(s.label)) : c.personal(s.label);
}

// A phone with a file open: the banner takes the title's place, so the bar stays one row:
// "Not stored: anna.json" (cut to fit, whole under the finger), Close, and the menu.
void draw_sandbox_row(const Ctx& c) {
    // The menu names no screen here, so the banner keeps room to say whose file this is.
    const std::string close = c.tr("ui.sandbox.close"),
                      menu = c.tr("ui.nav.menu_short") + (c.ui.layout.menu_open ? " \xE2\x96\xB2" : " \xE2\x96\xBC");
    ImGui::PushStyleColor(ImGuiCol_Text, palette(c.state.settings.shown_theme()).warn);
    message_line("sandbox.banner", c.tr("ui.sandbox.short", {{"file", sandbox_who(c)}}), buttons_width({close, menu}), c.ui.layout.banner_full);
    ImGui::PopStyleColor();
    track("sandbox.banner");
    ImGui::SameLine();
    if (button("sandbox.close", close, true)) c.send(CloseSandbox{});
    ImGui::SameLine();
    if (button("nav.menu", menu)) c.ui.layout.menu_open = !c.ui.layout.menu_open;
}

void draw_title_row(const Ctx& c, bool menu) {
    if (menu && c.state.sandbox) {
        draw_sandbox_row(c);
        return;
    }
    ImGui::SetWindowFontScale(1.3f);
    if (menu) ImGui::AlignTextToFramePadding();  // on the menu button's line
    ImGui::TextUnformatted(c.tr("ui.app.title").c_str());
    ImGui::SetWindowFontScale(1.0f);
    track("app.title");
    if (menu) draw_menu_button(c);
    if (c.state.settings.demo_today) {
        ImGui::SameLine();
        ImGui::TextColored(palette(c.state.settings.shown_theme()).warn, "%s",
                           c.tr("ui.demo_clock_on", {{"date", format_date(c, *c.state.settings.demo_today)}}).c_str());
    }
    if (c.state.settings.presentation) {
        const std::string label = c.tr("ui.presentation_on");
        same_line_if_fits(label);
        ImGui::TextColored(palette(c.state.settings.shown_theme()).warn, "%s", label.c_str());
        track("app.presentation");
    }
}

// Always on screen while a file or persona is looked at: whose it is, that it is not stored, and
// the way back (issue 14). On a phone it is the title row (draw_sandbox_row).
void draw_sandbox_banner(const Ctx& c) {
    const Sandbox& s = *c.state.sandbox;
    ImGui::PushStyleColor(ImGuiCol_Text, palette(c.state.settings.shown_theme()).warn);
    wrapped(c.tr(s.example ? "ui.sandbox.example_banner" : "ui.sandbox.file_banner", {{"file", sandbox_who(c)}}));
    ImGui::PopStyleColor();
    track("sandbox.banner");
    same_line_if_fits(c.tr("ui.sandbox.close"));
    if (button("sandbox.close", c.tr("ui.sandbox.close"), true)) c.send(CloseSandbox{});
}

}  // namespace

void draw_app(const Ctx& c) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Jobbplan", nullptr, flags);
    LayoutUi& lay = c.ui.layout;
    if (lay.menu_screen != c.state.screen) lay.menu_open = false;  // a persona, an import: the menu has done its job
    lay.menu_screen = c.state.screen;
    const bool menu = c.narrow && !c.state.recovery;
    // The bar stays put above the scrolling content, unless it would fill the screen (a phone at
    // 200% text): then it scrolls away with the content, which keeps room to be read. Measured in
    // the last frame without the open menu, so opening the menu never moves the bar away.
    float& closed_bar_h = lay.closed_bar_h;
    const bool bar_scrolls = menu && closed_bar_h > io.DisplaySize.y * 0.3f;
    const bool show_nav = !c.state.recovery && (!menu || c.ui.layout.menu_open);  // recovery: the only screen until decided
    const float nav_h = show_nav ? static_cast<float>(nav_rows(c, ImGui::GetContentRegionAvail().x)) * ImGui::GetFrameHeightWithSpacing() : 0.0f;
    const bool nav_scrolls = bar_scrolls || nav_h > io.DisplaySize.y * 0.3f;
    auto draw_bar = [&](bool title, bool rest) {
        if (title) {
            const float y0 = ImGui::GetCursorPosY();
            draw_title_row(c, menu);
            closed_bar_h = ImGui::GetCursorPosY() - y0;
        }
        if (!rest) return;
        if (c.state.sandbox && !menu) draw_sandbox_banner(c);
        if (show_nav) draw_nav(c);
        const float y0 = ImGui::GetCursorPosY();
        draw_message(c);
        ImGui::Separator();
        closed_bar_h += ImGui::GetCursorPosY() - y0;
    };
    if (!bar_scrolls) draw_bar(true, !nav_scrolls);

    // Content scrolls on its own so the navigation stays in reach. NavFlattened: the arrow keys
    // move between the navigation and the content without first "entering" the child window.
    ImGui::BeginChild("content", ImVec2(0, 0), false, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NavFlattened);
    // A new screen starts at its top, not at the previous screen's scroll position.
    // The keyboard focus goes there too: left on the navigation button, it would leave a keyboard or
    // screen-reader user on the old place with no word that anything changed.
    const bool new_screen = lay.shown != c.state.screen;
    if (new_screen) {
        lay.shown = c.state.screen;
        ImGui::SetScrollY(0.0f);
    }
    if (nav_scrolls) draw_bar(bar_scrolls, true);
    const float max_w = 60.0f * ImGui::GetFontSize();  // readable line length on a projector
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > max_w) ImGui::Indent((avail - max_w) / 2);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(avail, max_w));
    if (new_screen) focus_next_drawn();
    screen_info(c.state.screen).draw(c);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace jobbplan::web::ui
