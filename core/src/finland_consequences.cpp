// The graded consequences of seed 000: reminder (no effect on the benefit), karens of 5 and then 10
// benefit days, then temporary loss of the unemployment benefit; refusing a certain job without a
// valid reason is a separate 45-day karens.
//
// Caseworker's reading for climbing the ladder:
//  - the step reached is what the office has decided and the jobseeker recorded: a reminder is
//    step 0, each sanction one step further ("you are here" rests on that event);
//  - the jobseeker's own log can put a further step at risk: n neglected closed months can lead to
//    step n-1. The office decides ("kan införas"), so that step is shown as what can happen.
// A karens for refusing a job (sanction_received with cause "job_refusal") is the separate 45-day
// consequence, never a step of this ladder; a karens whose cause is not stated is counted (the
// cautious reading) and the jobseeker is asked what it was for.
#include "finland_parts.hpp"

#include <algorithm>

namespace jobbplan::detail::fi {

int neglected_months(const std::vector<ApplicationPeriod>& months, const std::vector<Deadline>& reports) {
    // reports holds one deadline per judged month, in month order (report_deadlines).
    int n = 0;
    std::size_t j = 0;
    for (const ApplicationPeriod& m : months) {
        if (!m.judged) continue;
        const Deadline* report = j < reports.size() ? &reports[j] : nullptr;
        ++j;
        if (!m.closed) continue;
        bool unreported = report && report->status == DeadlineStatus::Overdue;
        if (m.shortfall() > 0 || unreported) ++n;
    }
    return n;
}

Explanation neglect_why(const std::vector<ApplicationPeriod>& months, const std::vector<Deadline>& reports) {
    // The same walk as neglected_months, keeping the latest neglected month's own explanation: a
    // late report is explained by its deadline, a short month by the month.
    Explanation why;
    std::size_t j = 0;
    for (const ApplicationPeriod& m : months) {
        if (!m.judged) continue;
        const Deadline* report = j < reports.size() ? &reports[j] : nullptr;
        ++j;
        if (!m.closed) continue;
        if (m.shortfall() > 0) why = m.why;
        else if (report && report->status == DeadlineStatus::Overdue) why = report->why;
    }
    return why;
}

ConsequenceLadder ladder(const Profile& p, int neglected, const RulePack& pack, Date on) {
    static const char* const ids[] = {"fi.consequence.reminder", "fi.consequence.karens5",
                                      "fi.consequence.karens10", "fi.consequence.benefit_loss"};
    static const char* const keys[] = {"consequence.fi.reminder", "consequence.fi.karens5",
                                       "consequence.fi.karens10", "consequence.fi.benefit_loss"};
    int reminders = 0, sanctions = 0;
    for (const Event& e : p.events) {
        if (e.date > on) continue;
        if (e.type == "reminder_received") ++reminders;
        if (e.type == "sanction_received" && e.cause != "job_refusal") ++sanctions;
    }
    int decided = sanctions > 0 ? sanctions : (reminders > 0 ? 0 : -1);
    ConsequenceLadder l;
    for (int i = 0; i < 4; ++i) {
        const Rule* r = pack.at(ids[i], on);
        if (!r) continue;
        Params params{{"count", std::to_string(neglected)}};
        if (r->params.contains("days")) params.push_back({"days", std::to_string(int_param(r, "days", 0))});
        l.steps.push_back({keys[i], false, false, r->explain(std::move(params))});
    }
    int last = static_cast<int>(l.steps.size()) - 1;
    l.current = std::min(decided, last);
    for (int i = 0; i <= l.current; ++i) l.steps[i].reached = true;
    int risk = std::min(neglected - 1, last);
    if (risk > l.current) {
        l.risk = risk;
        for (int i = l.current + 1; i <= risk; ++i) l.steps[i].at_risk = true;
    }
    return l;
}

std::vector<Explanation> refusal_notices(const Profile& p, const RulePack& pack, Date on) {
    std::vector<Explanation> out;
    const Rule* r = pack.at("fi.consequence.refusal", on);
    if (!r) return out;
    for (const Event& e : p.events) {
        if (e.type == "sanction_received" && e.date <= on && e.cause != "job_search") {
            Explanation x = r->explain({{"days", std::to_string(int_param(r, "days", 45))}, {"date", to_string(e.date)}});
            x.text_key = e.cause == "job_refusal" ? "notice.fi.karens45_decided" : "notice.fi.sanction_cause_unknown";
            out.push_back(std::move(x));
            continue;
        }
        if (e.type != "job_offer_refused" || e.date > on) continue;
        Explanation x = r->explain({{"days", std::to_string(int_param(r, "days", 45))}, {"date", to_string(e.date)}});
        // Whether a reason is valid is the office's call; an unstated reason is flagged, not punished.
        if (!e.valid_reason) x.text_key = "notice.fi.refusal_reason_unknown";
        else if (*e.valid_reason) continue;
        out.push_back(std::move(x));
    }
    return out;
}

}  // namespace jobbplan::detail::fi
