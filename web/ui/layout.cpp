// The frame around every screen: title, navigation (wrapping into rows on a phone), the message bar.
#include "ui/focus_order.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"

#include <algorithm>

namespace jobbplan::web::ui {
namespace {

struct NavItem {
    Screen screen;
    const char* id;
    const char* key;
    bool needs_profile;
};

constexpr NavItem kNav[] = {
    {Screen::Start, "nav.start", "ui.nav.start", false},
    {Screen::Overview, "nav.overview", "ui.nav.overview", true},
    {Screen::Situation, "nav.situation", "ui.nav.situation", true},
    {Screen::Joblog, "nav.joblog", "ui.nav.joblog", true},
    {Screen::Calendar, "nav.calendar", "ui.nav.calendar", true},
    {Screen::Plan, "nav.plan", "ui.nav.plan", true},
    {Screen::Exchange, "nav.exchange", "ui.nav.exchange", false},
    {Screen::Settings, "nav.settings", "ui.nav.settings", false},
};

// How many rows the navigation wraps into at this width.
int nav_rows(const Ctx& c, float avail) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float used = 0;
    int rows = 0;
    for (const NavItem& item : kNav) {
        if (item.needs_profile && !c.state.profile) continue;
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
    for (const NavItem& item : kNav) {
        if (item.needs_profile && !c.state.profile) continue;
        const std::string label = c.tr(item.key);
        const float w = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2;
        if (used > 0 && used + style.ItemSpacing.x + w <= avail)
            ImGui::SameLine();
        else
            used = 0;
        used += (used > 0 ? style.ItemSpacing.x : 0) + w;
        const bool current = c.state.screen == item.screen;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_HeaderActive]);
        if (button(item.id, label)) c.send(GoTo{item.screen});
        if (current) ImGui::PopStyleColor();
    }
}

void draw_message(const Ctx& c) {
    if (!c.state.message) return;
    const Message& m = *c.state.message;
    const Palette& p = palette(c.state.settings.theme);
    const ImVec4 col = m.kind == MessageKind::Error ? p.bad : m.kind == MessageKind::Success ? p.ok : p.text;
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    wrapped(c.tr(m.text_key, m.params));
    ImGui::PopStyleColor();
    track("message");
    same_line_if_fits(c.tr("ui.dismiss"));
    if (button("message.dismiss", c.tr("ui.dismiss"))) c.send(DismissMessage{});
}

}  // namespace

void draw_app(const Ctx& c) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Jobbplan", nullptr, flags);
    ImGui::SetWindowFontScale(1.3f);
    ImGui::TextUnformatted(c.tr("ui.app.title").c_str());
    ImGui::SetWindowFontScale(1.0f);
    if (c.state.settings.demo_today) {
        ImGui::SameLine();
        ImGui::TextColored(palette(c.state.settings.theme).warn, "%s",
                           c.tr("ui.demo_clock_on", {{"date", format_date(c, *c.state.settings.demo_today)}}).c_str());
    }
    // The navigation stays put above the scrolling content, unless it would fill the screen (a
    // phone at 200% text): then it scrolls away with the content, which keeps room to be read.
    const float nav_h = static_cast<float>(nav_rows(c, ImGui::GetContentRegionAvail().x)) * ImGui::GetFrameHeightWithSpacing();
    const bool nav_scrolls = nav_h > io.DisplaySize.y * 0.3f;
    if (!nav_scrolls) {
        if (!c.state.recovery) draw_nav(c);  // until the user decides, recovery is the only screen
        draw_message(c);
        ImGui::Separator();
    }

    // Content scrolls on its own so the navigation stays in reach. NavFlattened: the arrow keys
    // move between the navigation and the content without first "entering" the child window.
    ImGui::BeginChild("content", ImVec2(0, 0), false, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NavFlattened);
    // A new screen starts at its top, not at the previous screen's scroll position.
    // The keyboard focus goes there too: left on the navigation button, it would leave a keyboard or
    // screen-reader user on the old place with no word that anything changed.
    static Screen shown = Screen::Start;
    const bool new_screen = shown != c.state.screen;
    if (new_screen) {
        shown = c.state.screen;
        ImGui::SetScrollY(0.0f);
    }
    if (nav_scrolls) {
        if (!c.state.recovery) draw_nav(c);
        draw_message(c);
        ImGui::Separator();
    }
    const float max_w = 60.0f * ImGui::GetFontSize();  // readable line length on a projector
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > max_w) ImGui::Indent((avail - max_w) / 2);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(avail, max_w));
    if (new_screen) focus_next_drawn();
    switch (c.state.screen) {
        case Screen::Start: draw_start(c); break;
        case Screen::Situation: draw_situation(c); break;
        case Screen::Overview: draw_overview(c); break;
        case Screen::Calendar: draw_calendar(c); break;
        case Screen::Plan: draw_plan(c); break;
        case Screen::Joblog: draw_joblog(c); break;
        case Screen::Exchange: draw_exchange(c); break;
        case Screen::Settings: draw_settings(c); break;
        case Screen::Recovery: draw_recovery(c); break;
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace jobbplan::web::ui
