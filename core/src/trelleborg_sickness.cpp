// Sjukanmälan (seed 004): report sick when unable to take part; after seven calendar days of
// absence a doctor's certificate is required. Day 1 is the reported day, so it is due on day 8.
// A standing limit (the situation's availability) must be shown too: ill health with a
// läkarintyg, any other limit with a relevant intyg.
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
        const Event* met = last_event(p, "doctor_certificate", e.date, on);
        d.status = deadline_status(met, due, on);
        if (met) d.decided_by = decided_by(*met);
        d.why = r->explain({{"sick_from", to_string(e.date)}, {"due", to_string(due)}, {"days", std::to_string(days)}});
        f.deadlines.push_back(std::move(d));
    }
}

void availability(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    const std::string& a = p.situation.availability;
    if (a == "limited_health") {
        // "Har man arbetshinder ... på grund av psykisk eller fysisk ohälsa ska det alltid styrkas med
        // ett läkarintyg": a doctor's certificate recorded since registration shows it (rule note).
        const Rule* r = pack.at("se.health.doctor_certificate", on);
        if (!r) return;
        const Event* given = last_event(p, "doctor_certificate", p.situation.registered_on, on);
        if (given)
            f.obligations.push_back({"obligation.se.impediment_certified",
                                     explain(r, {{"date", to_string(given->date)}}, "obligation.se.impediment_certified")});
        else
            f.obligations.push_back({"obligation.se.impediment_certificate", r->explain()});
    } else if (a == "limited_other") {
        // "Står den arbetssökande inte till arbetsmarknadens förfogande i någon grad ska detta styrkas
        // med relevant intyg": in any degree, so a part-time limit needs it too.
        if (const Rule* r = pack.at("se.availability.certificate", on))
            f.obligations.push_back({"obligation.se.availability_certificate", r->explain()});
    }
}

}  // namespace jobbplan::detail::se
