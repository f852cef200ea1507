// Calendar: meetings and deadlines of the next six months on one timeline, exportable as .ics.
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

    struct Item {
        Date day;
        std::string title, status;
        const Explanation* why;
    };
    std::vector<Item> items;
    for (const Meeting& m : r.meetings)
        items.push_back({m.latest,
                         c.tr(m.kind_key, meeting_params(m)) + " \xE2\x80\x94 " +
                             c.tr("ui.overview.window", {{"from", format_date(c, m.earliest)}, {"to", format_date(c, m.latest)}}),
                         m.status, &m.why});
    for (const Deadline& d : r.deadlines) items.push_back({d.due, c.tr(d.kind_key, deadline_params(d)), d.status, &d.why});
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return date::sys_days{a.day} < date::sys_days{b.day}; });
    const Palette& pal = palette(c.state.settings.shown_theme());
    int shown = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        const bool past = date::sys_days{it.day} < date::sys_days{today};
        if (date::sys_days{it.day} > date::sys_days{horizon}) continue;
        if (past && (it.status == "met" || it.status == "replaced")) continue;
        if (past && it.status == "held") continue;
        ++shown;
        ImGui::PushStyleColor(ImGuiCol_Text, it.status == "overdue" || it.status == "missed" ? pal.bad : pal.text);
        wrapped(format_date(c, it.day) + " (" + days_left_text(c, today, it.day) + ")");
        ImGui::PopStyleColor();
        wrapped(it.title);
        muted(c.tr("ui.status." + it.status));
        explanation(c, "calendar." + std::to_string(i), *it.why);
        ImGui::Separator();
    }
    if (shown == 0) muted(c.tr("ui.overview.none"));
}

}  // namespace jobbplan::web::ui
