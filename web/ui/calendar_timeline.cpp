// The calendar as a picture (issue 12.7): the coming weeks on one axis, each meeting's window as a
// bar from its first to its last day, each deadline as a mark on its day, today as a line. Colour
// is never alone: a late item's label starts with a cross, a done one's with a check. Which items
// are shown is the core's time line (jobbplan/timeline.hpp); this file only draws them.
#include "ui/calendar_timeline.hpp"

#include "ui/style.hpp"

#include "jobbplan/report_text.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace jobbplan::web::ui {
namespace {

long long days(Date d) { return date::sys_days{d}.time_since_epoch().count(); }

ImVec4 colour(const Palette& pal, const TimelineItem& it) {
    if (it.late()) return pal.bad;
    if (it.done()) return pal.ok;
    return pal.accent;
}

const char* sign(const TimelineItem& it) {
    if (it.late()) return "\xE2\x9C\x97 ";   // ballot x
    if (it.done()) return "\xE2\x9C\x93 ";   // check mark
    return "";
}

}  // namespace

std::string timeline_title(const Ctx& c, const TimelineItem& it) {
    return it.meeting ? c.tr(it.kind_key, meeting_params(*it.meeting)) : c.tr(it.kind_key, deadline_params(*it.deadline));
}

std::string timeline_words(const Ctx& c, const TimelineItem& it) {
    const std::string when = it.window ? c.tr("ui.overview.window", {{"from", format_date(c, it.start)}, {"to", format_date(c, it.end)}})
                                       : format_date(c, it.end);
    return timeline_title(c, it) + " \xE2\x80\x94 " + when + " (" + c.tr("ui.status." + it.status()) + ")";
}

void draw_calendar_timeline(const Ctx& c, const std::vector<TimelineItem>& items) {
    const Date today = c.state.effective_date();
    // A week back (what was just missed) and twelve ahead: a phone's width still shows each week.
    const Date from = add_days(today, -7), to = add_days(today, kTimelineDaysAhead);
    std::vector<const TimelineItem*> shown;
    for (const TimelineItem& it : items)
        if (!(it.end < from) && !(to < it.start)) shown.push_back(&it);
    if (shown.empty()) return;

    const Palette& pal = palette(c.state.settings.shown_theme());
    const ImGuiStyle& st = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight();
    const float bar = std::max(6.0f, line * 0.45f);
    const float width = ImGui::GetContentRegionAvail().x;
    // A name wider than the picture (a long deadline on a phone) wraps onto more lines instead of
    // being cut at the edge, so each row is as tall as its name.
    std::vector<std::string> labels;
    std::vector<ImVec2> label_sizes;
    std::vector<bool> wraps;  // wider than the picture: drawn from its left edge, wrapped
    float height = line * 1.5f;
    for (const TimelineItem* it : shown) {
        labels.push_back(sign(*it) + timeline_title(c, *it));
        const bool fits = ImGui::CalcTextSize(labels.back().c_str()).x <= width;
        label_sizes.push_back(fits ? ImGui::CalcTextSize(labels.back().c_str()) : ImGui::CalcTextSize(labels.back().c_str(), nullptr, false, width));
        wraps.push_back(!fits);
        height += label_sizes.back().y + bar + st.ItemSpacing.y;
    }
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));  // a picture, not a control: the list below has the buttons
    track("calendar.timeline");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float span = static_cast<float>(days(to) - days(from) + 1);
    auto x_of = [&](Date d) {
        const float t = static_cast<float>(std::clamp(days(d) - days(from), 0LL, static_cast<long long>(span))) / span;
        return a.x + t * width;
    };
    const ImU32 muted_col = ImGui::GetColorU32(pal.text_muted), text_col = ImGui::GetColorU32(pal.text);
    draw->PushClipRect(a, ImVec2(a.x + width, a.y + height), true);

    // Today's name at the top, placed first so a month's name that would overlap it is left out
    // (its line stays): "Today" and "Dec" on one spot read as "ToDecy".
    const float tx = x_of(today) + (x_of(add_days(today, 1)) - x_of(today)) * 0.5f;
    const std::string now = c.tr("ui.calendar.today");
    const float nw = ImGui::CalcTextSize(now.c_str()).x;
    const float nx = std::clamp(tx - nw * 0.5f, a.x, a.x + width - nw);

    // The axis: a tick on every Monday, the month's name where a month begins.
    const float axis = a.y + line * 1.2f;
    draw->AddLine(ImVec2(a.x, axis), ImVec2(a.x + width, axis), ImGui::GetColorU32(pal.border));
    for (Date d = from; !(to < d); d = add_days(d, 1)) {
        const date::weekday wd{date::sys_days{d}};
        if (wd == date::Monday) draw->AddLine(ImVec2(x_of(d), axis - line * 0.25f), ImVec2(x_of(d), axis), muted_col);
        if (d.day() == date::day{1}) {
            const std::string month = c.tr("ui.month." + std::to_string(static_cast<unsigned>(d.month())));
            const float mx = x_of(d) + 2, mw = ImGui::CalcTextSize(month.c_str()).x;
            const bool clear = mx + mw < nx - 4 || mx > nx + nw + 4;
            if (clear) draw->AddText(ImVec2(mx, a.y), muted_col, month.c_str());
            draw->AddLine(ImVec2(x_of(d), clear ? a.y : axis - line * 0.4f), ImVec2(x_of(d), axis), muted_col);
        }
    }

    // Today: a line from the axis down, drawn before the rows so marks and names lie over it.
    draw->AddLine(ImVec2(tx, axis - line * 0.3f), ImVec2(tx, a.y + height), text_col, 2.0f);
    draw->AddText(ImVec2(nx, a.y), text_col, now.c_str());
    // One row per item: its name, then its bar or mark.
    float top = axis + st.ItemSpacing.y * 0.5f;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const TimelineItem& it = *shown[i];
        const ImU32 col = ImGui::GetColorU32(colour(pal, it));
        const std::string& label = labels[i];
        const float x0 = x_of(it.start), x1 = std::max(x_of(add_days(it.end, 1)), x0 + bar);
        // The name starts over its bar when there is room to the right, else it ends at the bar's end
        // (a wrapped name starts at the left edge).
        const float lw = label_sizes[i].x, lh = label_sizes[i].y;
        const float lx = wraps[i] ? a.x : x0 + lw <= a.x + width ? x0 : std::max(a.x, x1 - lw);
        // On the page's own colour, so the today line it crosses does not run through its letters.
        draw->AddRectFilled(ImVec2(lx - 2, top), ImVec2(lx + lw + 2, top + lh), ImGui::GetColorU32(pal.background), 2.0f);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(lx, top), it.late() ? col : text_col, label.c_str(), nullptr, width);
        const float by = top + lh;
        const float row = lh + bar + st.ItemSpacing.y;
        if (it.window) {
            draw->AddRectFilled(ImVec2(x0, by), ImVec2(x1, by + bar), col, bar * 0.5f);
        } else {
            const float cx = x_of(it.end) + (x_of(add_days(it.end, 1)) - x_of(it.end)) * 0.5f, h = bar * 0.5f + 1;
            draw->AddQuadFilled(ImVec2(cx, by - 1), ImVec2(cx + h, by + h - 1), ImVec2(cx, by + 2 * h - 1), ImVec2(cx - h, by + h - 1), col);
        }
        if (ImGui::IsMouseHoveringRect(ImVec2(a.x, top), ImVec2(a.x + width, top + row)))
            tooltip(timeline_words(c, it));
        top += row;
    }

    draw->PopClipRect();
}

}  // namespace jobbplan::web::ui
