// Sjukanmälan (seed 004): report sick when unable to take part; after seven calendar days of
// absence a doctor's certificate is required. Day 1 is the reported day, so it is due on day 8.
#include "trelleborg_parts.hpp"

namespace jobbplan::detail::se {

void sickness(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    const Rule* r = pack.at("se.sick.certificate", on);
    if (!r) return;
    int days = int_param(r, "days", 7);
    for (const Event& e : p.events) {
        if (e.type != "sick_reported" || e.date > on) continue;
        Date due = add_days(e.date, days);
        // A sickness already over within the seven days needs no certificate.
        if (e.until && *e.until < due) continue;
        Deadline d;
        d.kind_key = "deadline.se.doctor_certificate";
        d.due = due;
        bool met = last_event(p, "doctor_certificate", e.date, on) != nullptr;
        d.status = met ? "met" : (due < on ? "overdue" : "open");
        d.why = r->explain({{"sick_from", to_string(e.date)}, {"due", to_string(due)}, {"days", std::to_string(days)}});
        f.deadlines.push_back(std::move(d));
    }
}

}  // namespace jobbplan::detail::se
