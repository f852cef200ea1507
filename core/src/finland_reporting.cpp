// Reporting the fulfilled obligation in Mina e-tjänster "före utsatt tid" (seed 000). The seed gives
// no date; the caseworker's reading (rule note) is the last day of each review month plus the
// pack's days_after_month_end (0), unless the employment plan says otherwise. Only judged months
// have a deadline, in the same order as the months.
#include "finland_parts.hpp"

namespace jobbplan::detail::fi {

std::vector<Deadline> report_deadlines(const Profile& p, const std::vector<ApplicationPeriod>& months,
                                       const RulePack& pack, Date on) {
    std::vector<Deadline> out;
    const Rule* rule = pack.at("fi.report.deadline", on);
    if (!rule) return out;
    int grace = int_param(rule, "days_after_month_end", 0);
    for (const ApplicationPeriod& m : months) {
        if (!m.judged) continue;  // nothing agreed to report on for that month
        Deadline d;
        d.kind_key = "deadline.fi.report";
        d.due = add_days(m.end, grace);
        if (has_event(p, "report_submitted", m.start, d.due <= on ? d.due : on)) d.status = "met";
        else d.status = d.due < on ? "overdue" : "open";
        d.why = rule->explain({{"month", m.label}, {"due", to_string(d.due)}});
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace jobbplan::detail::fi
