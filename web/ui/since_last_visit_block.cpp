// What changed since the last visit (issue 12.8), at the top of the overview for a returning
// user: the periods that closed and how each ended, the deadlines whose day passed, the meetings
// held or missed, then what comes next, and one button to put it away. Which things changed is
// the core's (jobbplan/since_last_visit.hpp); this file only says them.
#include "ui/a11y_mirror.hpp"
#include "ui/period_strip.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"

#include "jobbplan/period_summary.hpp"
#include "jobbplan/report_text.hpp"

namespace jobbplan::web::ui {
namespace {

enum class Tone { Plain, Good, Bad };

struct Line {
    std::string text;
    Tone tone = Tone::Plain;
    bool lead = false;  // a sentence introducing the list below it, drawn without a sign
};

Tone tone_of(PeriodState s) {
    if (s == PeriodState::Met) return Tone::Good;
    if (s == PeriodState::Short) return Tone::Bad;
    return Tone::Plain;
}

const char* sign(Tone t) {
    switch (t) {
        case Tone::Good: return "\xE2\x9C\x93 ";  // check mark: never colour alone
        case Tone::Bad: return "\xE2\x9C\x97 ";   // ballot x
        case Tone::Plain: return "\xE2\x80\xA2 ";  // bullet
    }
    return "";
}

std::vector<Line> lines(const Ctx& c, const SinceLastVisit& s) {
    std::vector<Line> out;
    // "These weeks have closed:" then one item per week, as a list is written after its lead-in.
    if (!s.closed.empty())
        out.push_back({c.tr(s.closed.front().kind == "iso_week" ? "ui.since.closed_weeks" : "ui.since.closed_months"), Tone::Plain, true});
    for (const ApplicationPeriod& p : s.closed) out.push_back({period_words(c, p), tone_of(period_state(p))});
    for (const Deadline& d : s.passed) {
        const Tone t = d.status == DeadlineStatus::Met ? Tone::Good : d.status == DeadlineStatus::Overdue ? Tone::Bad : Tone::Plain;
        out.push_back({c.tr("ui.since.deadline", {{"date", format_date(c, d.due)},
                                                  {"what", c.tr(d.kind_key, deadline_params(d))},
                                                  {"state", c.tr("ui.status." + to_string(d.status))}}),
                       t});
    }
    for (const Meeting& m : s.meetings) {
        const std::string what = c.tr(m.kind_key, meeting_params(m));
        if (m.status == MeetingStatus::Held)
            out.push_back({c.tr("ui.since.meeting_held", {{"what", what}, {"date", format_date(c, *m.held_on)}}), Tone::Good});
        else
            out.push_back({c.tr("ui.since.meeting_missed", {{"what", what}, {"date", format_date(c, m.latest)}}), Tone::Bad});
    }
    if (out.empty()) out.push_back({c.tr("ui.since.nothing"), Tone::Plain});
    return out;
}

// The one thing coming first: the next deadline or the close of the next meeting's window.
std::string next_line(const Ctx& c, const SinceLastVisit& s) {
    const Deadline* d = s.next_deadline ? &*s.next_deadline : nullptr;
    const Meeting* m = s.next_meeting ? &*s.next_meeting : nullptr;
    if (d && (!m || !(m->latest < d->due)))
        return c.tr("ui.since.next", {{"what", c.tr(d->kind_key, deadline_params(*d))}, {"date", format_date(c, d->due)}});
    // A meeting's window closes on its last day: that is the date to be ready by.
    if (m) return c.tr("ui.since.next", {{"what", c.tr(m->kind_key, meeting_params(*m))}, {"date", format_date(c, m->latest)}});
    return {};
}

std::string heading_text(const Ctx& c, const SinceLastVisit& s) {
    return c.tr("ui.since.heading", {{"date", format_date(c, s.since)}});
}

}  // namespace

void draw_since_last_visit(const Ctx& c) {
    if (!c.state.since) return;
    const SinceLastVisit& s = *c.state.since;
    const Palette& pal = palette(c.state.settings.shown_theme());
    heading(heading_text(c, s));
    track("since.heading");
    for (const Line& l : lines(c, s)) {
        const bool coloured = l.tone != Tone::Plain;
        if (coloured) ImGui::PushStyleColor(ImGuiCol_Text, l.tone == Tone::Good ? pal.ok : pal.bad);
        wrapped(l.lead ? l.text : sign(l.tone) + l.text);
        if (coloured) ImGui::PopStyleColor();
    }
    if (const std::string next = next_line(c, s); !next.empty()) wrapped(next);
    if (button("since.ok", c.tr("ui.since.ok"))) c.send(DismissSinceLastVisit{});
    ImGui::Separator();
}

void mirror_since_last_visit(const Ctx& c, std::vector<MirrorItem>& out) {
    if (!c.state.since) return;
    const SinceLastVisit& s = *c.state.since;
    out.push_back({"h2", heading_text(c, s)});
    for (const Line& l : lines(c, s)) out.push_back({"p", l.text});
    if (const std::string next = next_line(c, s); !next.empty()) out.push_back({"p", next});
}

}  // namespace jobbplan::web::ui
