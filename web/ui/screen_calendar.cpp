// Calendar: meetings and deadlines of the next six months on one time line (jobbplan/timeline.hpp),
// as a picture of the coming weeks and as a list with each item's "Why?"; exportable as .ics.
#include "ui/calendar_timeline.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"
#include "jobbplan/report_text.hpp"

#include <algorithm>

namespace jobbplan::web::ui {

void draw_calendar(const Ctx& c) {
    if (!c.state.report) return;
    const Report& r = *c.state.report;
    const Date today = c.state.effective_date();
    const Date horizon = add_months(today, 6);
    heading(c.tr("ui.calendar.heading"));
    if (button("calendar.ics", c.tr("ui.calendar.download"), true)) c.send(DownloadCalendar{});
    muted(c.tr("ui.calendar.ics_help"));

    const std::vector<TimelineItem> items = timeline(r, today, horizon);
    if (items.empty()) {
        muted(c.tr("ui.overview.none"));
        return;
    }
    // The coming weeks at a glance first, then each item in words with its "Why?".
    muted(c.tr("ui.calendar.picture", {{"n", std::to_string(kTimelineDaysAhead / 7)}}));
    draw_calendar_timeline(c, items);
    ImGui::Spacing();
    const Palette& pal = palette(c.state.settings.shown_theme());
    for (size_t i = 0; i < items.size(); ++i) {
        const TimelineItem& it = items[i];
        ImGui::PushStyleColor(ImGuiCol_Text, it.late() ? pal.bad : pal.text);
        // A held conversation is headed by the day it was held: its window's last day, still to
        // come, read as if it were still to be done.
        const Date day = it.meeting && it.meeting->held_on ? *it.meeting->held_on : it.end;
        wrapped(format_date(c, day) + " (" + days_left_text(c, today, day) + ")");
        ImGui::PopStyleColor();
        wrapped(it.window ? timeline_title(c, it) + " \xE2\x80\x94 " +
                                c.tr("ui.overview.window", {{"from", format_date(c, it.start)}, {"to", format_date(c, it.end)}})
                          : timeline_title(c, it));
        muted(c.tr("ui.status." + it.status()));
        const auto& decided = it.meeting ? it.meeting->decided_by : it.deadline->decided_by;
        if (decided) muted(decided_by_text(*decided, c.cat));
        explanation(c, "calendar." + std::to_string(i), it.meeting ? it.meeting->why : it.deadline->why);
        ImGui::Separator();
    }
}

}  // namespace jobbplan::web::ui
