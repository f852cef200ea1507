// Avslut (seed 004): to work when the employment is judged to give self-support for two months or
// more; CSN-berättigade studier close as self-supporting; SFI without progression means another
// planning than studies.
#include "trelleborg_parts.hpp"

namespace jobbplan::detail::se {

void closure(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    if (const Rule* work = pack.at("se.closure.work", on)) {
        int months = int_param(work, "months", 2);
        for (const Event& e : p.events) {
            if (e.type != "job_started" || e.date > on) continue;
            // No end date = an open-ended job: that is two months or more. `until` is the job's last
            // day (as for sickness and leave), so 1 November to 31 December is two months.
            bool long_enough = !e.until || add_days(*e.until, 1) >= add_months(e.date, months);
            Params params{{"date", to_string(e.date)}, {"months", std::to_string(months)}};
            if (e.until) params.push_back({"until", to_string(*e.until)});
            f.notices.push_back(explain(work, params, long_enough ? "notice.se.closure_work" : "notice.se.job_short"));
            if (long_enough) f.statuses.push_back("status.se.closed_work");
        }
    }
    if (last_event(p, "studies_started", p.situation.registered_on, on)) {
        if (const Rule* csn = pack.at("se.closure.studies", on)) f.notices.push_back(csn->explain());
        if (const Rule* sfi = pack.at("se.closure.sfi", on)) f.notices.push_back(sfi->explain());
    }
}

}  // namespace jobbplan::detail::se
