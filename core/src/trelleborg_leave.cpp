// Föräldraledighet (seed 004): certificate of childcare registration and a first plan for after the
// leave eight months into it; active planning at the latest 13 months after the birth; leave wanted
// when the child is older than 14 months is assessed and applied for at least three months ahead.
//
// Each is judged by its own event, dated on or before the deadline (a later one is late):
// childcare_certificate from the leave start, active_planning_started from the birth,
// parental_leave_applied at any time before. The first plan for after the leave (the 8-month
// paragraph's second sentence) is its own deadline, met by a plan signed between the leave start
// and the same date.
#include "trelleborg_parts.hpp"

namespace jobbplan::detail::se {
namespace {

Deadline dated(std::string key, Date due, const Event* met, Date on, Explanation why) {
    Deadline d;
    d.kind_key = std::move(key);
    d.due = due;
    d.status = deadline_status(met, due, on);
    if (met) d.decided_by = decided_by(*met);
    d.why = std::move(why);
    d.why.params.push_back({"due", to_string(due)});
    return d;
}

// The first event of `type` dated from `from` (none: any earlier day) to `to`, or none.
const Event* recorded(const Profile& p, std::string_view type, std::optional<Date> from, Date to) {
    for (const Event& e : p.events)
        if (e.type == type && (!from || *from <= e.date) && e.date <= to) return &e;
    return nullptr;
}

}  // namespace

void parental_leave(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    const Situation& s = p.situation;
    if (!s.child_birth_date) return;
    Date born = *s.child_birth_date;
    std::optional<Date> leave;
    if (s.planned_change && s.planned_change->kind == "parental_leave") leave = s.planned_change->date;
    Date start = leave.value_or(born);

    if (const Rule* r = pack.at("se.parental.certificate", on)) {
        Date due = add_months(start, int_param(r, "months", 8));
        f.deadlines.push_back(dated("deadline.se.childcare_certificate", due,
                                    recorded(p, "childcare_certificate", start, due), on, r->explain()));
        f.deadlines.push_back(dated("deadline.se.plan_after_leave", due, recorded(p, "plan_signed", start, due), on,
                                    explain(r, {}, "deadline.se.plan_after_leave")));
    }
    if (const Rule* r = pack.at("se.parental.active_planning", on)) {
        // Counted from the birth, not the leave.
        Date due = add_months(born, int_param(r, "months", 13));
        const Event* met = recorded(p, "active_planning_started", born, due);
        f.deadlines.push_back(dated("deadline.se.active_planning", due, met, on,
                                    r->explain({{"born", to_string(born)}})));
    }
    const Rule* late = pack.at("se.parental.late_leave", on);
    if (!late || !leave) return;
    if (*leave <= add_months(born, int_param(late, "child_months", 14))) return;
    f.notices.push_back(explain(late, {{"date", to_string(*leave)}}, "notice.se.late_leave_assessment"));
    Date due = add_months(*leave, -int_param(late, "notice_months", 3));
    const Event* met = recorded(p, "parental_leave_applied", std::nullopt, due);
    f.deadlines.push_back(dated("deadline.se.parental_application", due, met, on,
                                late->explain({{"leave", to_string(*leave)}})));
}

}  // namespace jobbplan::detail::se
