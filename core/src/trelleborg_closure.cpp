// Avslut (seed 004): to work when the employment is judged to give self-support for two months or
// more (the job event's self_supporting and its dates; not known yet = asked); CSN-berättigade studier close as self-supporting; SFI without progression means another
// planning than studies.
#include "trelleborg_parts.hpp"

namespace jobbplan::detail::se {

void closure(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    if (const Rule* work = pack.at("se.closure.work", on)) {
        int months = int_param(work, "months", 2);
        for (const Event& e : p.events) {
            if (e.type != "job_started" || e.date > on) continue;
            // "anställning som bedöms leda till självförsörjning i två månader eller mer": the job must
            // give self-support (self_supporting, the secretary's judgement) and last two months or
            // more. No end date = an open-ended job: that is two months or more. `until` is the job's
            // last day (as for sickness and leave), so 1 November to 31 December is two months.
            bool long_enough = !e.until || add_days(*e.until, 1) >= add_months(e.date, months);
            Params params{{"date", to_string(e.date)}, {"months", std::to_string(months)}};
            if (e.until) params.push_back({"until", to_string(*e.until)});
            std::string key = "notice.se.job_short";
            if (long_enough && e.self_supporting == true) key = "notice.se.closure_work";
            else if (long_enough && e.self_supporting == false) key = "notice.se.job_not_self_supporting";
            else if (long_enough) key = "notice.se.job_self_support_unknown";  // asked, never decided
            f.notices.push_back(explain(work, params, key));
            if (key == "notice.se.closure_work") f.statuses.push_back({"status.se.closed_work", f.notices.back()});
            if (key == "notice.se.job_self_support_unknown") f.statuses.push_back({"status.se.job_unknown", f.notices.back()});
        }
    }
    if (last_event(p, "studies_started", p.situation.registered_on, on)) {
        if (const Rule* csn = pack.at("se.closure.studies", on)) f.notices.push_back(csn->explain());
        if (const Rule* sfi = pack.at("se.closure.sfi", on)) f.notices.push_back(sfi->explain());
    }
}

}  // namespace jobbplan::detail::se
