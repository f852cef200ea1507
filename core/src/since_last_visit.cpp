#include "jobbplan/since_last_visit.hpp"

namespace jobbplan {
namespace {

bool in_gap(Date d, Date since, Date on) { return !(d < since) && d < on; }

}  // namespace

std::optional<SinceLastVisit> since_last_visit(const Report& r, std::optional<Date> last_visit) {
    if (!last_visit || !(*last_visit < r.on)) return std::nullopt;
    SinceLastVisit s;
    s.since = *last_visit;
    // A period still running on the day of the last visit (end >= since) that has ended since.
    for (const ApplicationPeriod& p : r.periods)
        if (p.closed && in_gap(p.end, s.since, r.on)) {
            ApplicationPeriod copy = p;
            copy.entries.clear();  // the verdicts per entry are the joblog's; the summary needs the counts
            s.closed.push_back(std::move(copy));
        }
    for (const Deadline& d : r.deadlines)
        if (in_gap(d.due, s.since, r.on)) s.passed.push_back(d);
    for (const Meeting& m : r.meetings) {
        const bool held = m.status == MeetingStatus::Held && m.held_on && in_gap(*m.held_on, s.since, r.on);
        const bool lost = (m.status == MeetingStatus::Missed || m.status == MeetingStatus::Overdue) && in_gap(m.latest, s.since, r.on);
        if (held || lost) s.meetings.push_back(m);
    }
    for (const Deadline& d : r.deadlines)
        if (d.status == DeadlineStatus::Open) {
            s.next_deadline = d;
            break;
        }
    for (const Meeting& m : r.meetings)
        if (m.status == MeetingStatus::Due || m.status == MeetingStatus::Rebook || m.status == MeetingStatus::Upcoming) {
            s.next_meeting = m;
            break;
        }
    return s;
}

}  // namespace jobbplan
