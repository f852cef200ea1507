// Follow-up periods. The seed sets no number of applications: search "regelbundet, brett och med
// kvalitet", and quantitative demands are written into the Överenskommelse. Caseworker's reading
// (rule note): when the profile carries an agreed number it is a monthly one, so the periods are
// calendar months with that requirement; otherwise ISO weeks that only count, required 0, with a
// notice that the number is set in the Överenskommelse. No number is invented.
#include "trelleborg_parts.hpp"
#include "joblog_index.hpp"
#include "systems.hpp"

#include <algorithm>

#include <cstdio>

namespace jobbplan::detail::se {
namespace {

void count(const JoblogByDate& log, const Rule* agreement, Date on, ApplicationPeriod& period) {
    // Entries after the report date are not applications yet.
    for (const JoblogEntry* e : log.between(period.start, std::min(period.end, on))) {
        period.entries.push_back(verdict_by(agreement, e->id, true, "verdict.se.counted"));
        ++period.counted;
    }
}

}  // namespace

std::vector<ApplicationPeriod> follow_up_periods(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    std::vector<ApplicationPeriod> out;
    const Rule* r = pack.at("se.applications.agreement", on);
    if (!r || p.situation.registered_on > on) return out;
    const JoblogByDate log(p.joblog);
    const auto& agreed = p.situation.agreed_applications_per_month;
    if (agreed) {
        // The number is the Överenskommelse's, part of the plan signed last: the months before that
        // plan are listed but not judged by it (an earlier plan may have said another number), and
        // the month it was signed in counts from the signing day, as Finland's plan month does (rule
        // note). No plan signed on record: every month since the nysamtal, the cautious reading.
        const Event* plan = nullptr;
        for (const Event& e : p.events)
            if (e.type == "plan_signed" && e.date <= on && (!plan || plan->date <= e.date)) plan = &e;
        const Date from = plan ? plan->date : p.situation.registered_on;
        for (Date start = first_of_month(p.situation.registered_on); start <= on; start = add_months(start, 1)) {
            ApplicationPeriod m;
            m.kind = "month";
            m.label = month_label(start);
            m.start = start;
            m.end = last_of_month(start);
            m.required = *agreed;
            m.closed = m.end < on;
            m.judged = from <= m.end;
            m.why = r->explain({{"count", std::to_string(*agreed)}});
            if (!m.judged) m.why = explain(r, {{"date", to_string(from)}}, "period.se.before_plan");
            else if (from > m.start) m.start = from;
            count(log, r, on, m);
            out.push_back(std::move(m));
        }
        return out;
    }
    f.notices.push_back(explain(r, {}, "notice.se.number_in_agreement"));
    for (Date start = monday_of(iso_week_of(p.situation.registered_on)); start <= on; start = add_days(start, 7)) {
        ApplicationPeriod w;
        w.kind = "iso_week";
        w.label = to_string(iso_week_of(start));
        w.start = start;
        w.end = add_days(start, 6);
        w.closed = w.end < on;
        w.why = explain(r, {}, "period.se.week_no_number");
        count(log, r, on, w);
        out.push_back(std::move(w));
    }
    return out;
}

}  // namespace jobbplan::detail::se
