// Föräldraledighet (seed 004): certificate of childcare registration and a first plan for after the
// leave eight months into it; active planning at the latest 13 months after the birth; leave wanted
// when the child is older than 14 months is assessed and applied for at least three months ahead.
//
// Schema v1 has no event for the childcare certificate or the leave application, so (rule notes):
// the 8-month deadline is met by a plan signed between the leave start and its date, the 13-month
// one by a plan signed between the birth and its date,
// and the application by a contact with arbetsmarknad before its due date.
#include "trelleborg_parts.hpp"

namespace jobbplan::detail::se {
namespace {

Deadline dated(std::string key, Date due, bool met, Date on, Explanation why) {
    Deadline d;
    d.kind_key = std::move(key);
    d.due = due;
    d.status = met ? "met" : (due < on ? "overdue" : "open");
    d.why = std::move(why);
    d.why.params.push_back({"due", to_string(due)});
    return d;
}

bool contact_with_arbetsmarknad(const Profile& p, Date from, Date to) {
    for (const Event& e : p.events)
        if (e.type == "contact" && e.party == "arbetsmarknad" && from <= e.date && e.date <= to) return true;
    return false;
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
        bool met = last_event(p, "plan_signed", start, due) != nullptr;
        f.deadlines.push_back(dated("deadline.se.childcare_certificate", due, met, on, r->explain()));
    }
    if (const Rule* r = pack.at("se.parental.active_planning", on)) {
        // Counted from the birth, not the leave: any plan signed since the birth is active planning.
        Date due = add_months(born, int_param(r, "months", 13));
        bool met = last_event(p, "plan_signed", born, due) != nullptr;
        f.deadlines.push_back(dated("deadline.se.active_planning", due, met, on,
                                    r->explain({{"born", to_string(born)}})));
    }
    const Rule* late = pack.at("se.parental.late_leave", on);
    if (!late || !leave) return;
    if (*leave <= add_months(born, int_param(late, "child_months", 14))) return;
    f.notices.push_back(explain(late, {{"date", to_string(*leave)}}, "notice.se.late_leave_assessment"));
    Date due = add_months(*leave, -int_param(late, "notice_months", 3));
    bool met = contact_with_arbetsmarknad(p, add_months(due, -12), due);
    f.deadlines.push_back(dated("deadline.se.parental_application", due, met, on,
                                late->explain({{"leave", to_string(*leave)}})));
}

}  // namespace jobbplan::detail::se
