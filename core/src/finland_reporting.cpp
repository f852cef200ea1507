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
        const Date until = d.due <= on ? d.due : on;
        const Event* report = nullptr;
        for (const Event& e : p.events)
            if (e.type == "report_submitted" && m.start <= e.date && e.date <= until && !report) report = &e;
        d.status = deadline_status(report != nullptr, d.due, on);
        if (report) d.decided_by = decided_by(*report);
        d.why = rule->explain({{"month", m.label}, {"due", to_string(d.due)}});
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace jobbplan::detail::fi
