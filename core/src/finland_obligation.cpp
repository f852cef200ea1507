// The job-search obligation (seed 000): an individually agreed number of applications a month, at
// most four, fulfilled in ten ways. Review periods are calendar months.
#include "finland_parts.hpp"
#include "joblog_index.hpp"
#include "systems.hpp"

#include <algorithm>
#include <cstdio>

namespace jobbplan::detail::fi {
namespace {

bool is_way(const Rule* ways, const std::string& category) {
    if (!ways) return false;
    auto it = ways->params.find("categories");
    if (it == ways->params.end() || !it->is_array()) return false;
    return std::any_of(it->begin(), it->end(),
                       [&](const nlohmann::json& c) { return c.is_string() && c.get<std::string>() == category; });
}

// The number agreed in the plan, or the seed's "i princip fyra" shown for information.
Agreement number(const Situation& s, const RulePack& pack, Date on) {
    const Rule* max_rule = pack.at("fi.applications.monthly_max", on);
    const Rule* default_rule = pack.at("fi.applications.default", on);
    int max = int_param(max_rule, "max", 4);
    int fallback = std::min(int_param(default_rule, "per_month", max), max);
    Agreement a;
    if (s.agreed_applications_per_month && *s.agreed_applications_per_month >= 0 &&
        *s.agreed_applications_per_month <= max) {
        a.agreed = true;
        a.per_month = *s.agreed_applications_per_month;
        if (max_rule) a.why = max_rule->explain({{"count", std::to_string(a.per_month)}, {"max", std::to_string(max)}});
        return a;
    }
    // No usable agreement: an unknown number is not 0. The seed's "i princip fyra" is shown as what
    // to expect, but no month is judged (neither met nor neglected) until the plan gives a number.
    a.per_month = fallback;
    if (default_rule) a.why = default_rule->explain({{"count", std::to_string(fallback)}});
    if (s.agreed_applications_per_month && max_rule) {
        Explanation bad = max_rule->explain({{"value", std::to_string(*s.agreed_applications_per_month)},
                                             {"max", std::to_string(max)}});
        bad.text_key = "notice.fi.agreed_out_of_range";
        a.notices.push_back(std::move(bad));
    } else if (default_rule) {
        Explanation missing = default_rule->explain({{"count", std::to_string(fallback)}, {"max", std::to_string(max)}});
        missing.text_key = "notice.fi.agree_in_plan";
        a.notices.push_back(std::move(missing));
    }
    return a;
}

// Seed 000: customers from before May 2022 need do nothing; the number is agreed when their plan is
// next updated. So the duty runs from the plan that set the number, never from the registration
// month with today's rules (caseworker's reading in note.fi.from_plan / note.fi.earlier_customer).
void judged_from_plan(const Situation& s, const RulePack& pack, Date on, Agreement& a) {
    const Rule* from_plan = pack.at("fi.applications.from_plan", on);
    const Rule* earlier = pack.at("fi.applications.earlier_customers", on);
    std::optional<Date> model_start;
    if (earlier) {
        auto it = earlier->params.find("model_start");
        if (it != earlier->params.end() && it->is_string()) model_start = parse_date(it->get<std::string>());
    }
    const bool before_model = model_start && s.registered_on < *model_start;
    const bool old_plan = model_start && s.plan_agreed_on && *s.plan_agreed_on < *model_start;
    if ((before_model && !s.plan_agreed_on) || old_plan) {
        if (earlier) {
            a.notices.push_back(earlier->explain());
            a.before = earlier->explain();
            a.before.text_key = "period.fi.earlier_customer";
        }
        a.earlier_customer = a.agreed;
        return;
    }
    if (!a.agreed) return;
    if (s.plan_agreed_on) {
        a.judged_from = *s.plan_agreed_on;
        if (from_plan) a.before = from_plan->explain({{"date", to_string(*s.plan_agreed_on)}});
        return;
    }
    // No plan date: every month since the registration month is judged (the cautious reading, as
    // before the plan date existed), and the date is asked for.
    a.judged_from = first_of_month(s.registered_on);
    if (from_plan) {
        Explanation ask = from_plan->explain();
        ask.text_key = "notice.fi.plan_date_missing";
        a.notices.push_back(std::move(ask));
    }
}

}  // namespace

Agreement agreement(const Situation& s, const RulePack& pack, Date on) {
    Agreement a = number(s, pack, on);
    judged_from_plan(s, pack, on, a);
    return a;
}

// Each verdict names the rule that decided it: the ways that count (seed 000's list), the job's
// minimum length for the short-job way, the more-hours way for part-timers.
EntryVerdict verdict(const JoblogEntry& e, const Situation& s, const RulePack& pack, Date on) {
    const Rule* ways = pack.at("fi.applications.ways", on);
    if (!is_way(ways, e.category)) return verdict_by(ways, e.id, false, "verdict.fi.unknown_way");
    if (e.category == "fi.job_2_weeks") {
        const Rule* length = pack.at("fi.applications.min_job_length", on);
        int min_weeks = int_param(length, "weeks", 2);
        if (e.job_length_weeks && *e.job_length_weeks < min_weeks) return verdict_by(length, e.id, false, "verdict.fi.too_short");
    }
    if (e.category == "fi.more_hours" && !s.part_time) return verdict_by(ways, e.id, false, "verdict.fi.not_part_time");
    return verdict_by(ways, e.id, true, e.category == "fi.more_hours" ? "verdict.fi.counted_part_time" : "verdict.fi.counted");
}

std::vector<ApplicationPeriod> review_months(const Profile& p, const RulePack& pack, Date on, const Agreement& a) {
    std::vector<ApplicationPeriod> months;
    if (p.situation.registered_on > on) return months;
    const JoblogByDate by_date(p.joblog);
    Date from = p.situation.registered_on;
    if (a.judged_from && *a.judged_from < from) from = *a.judged_from;
    for (Date start = first_of_month(from); start <= on; start = add_months(start, 1)) {
        ApplicationPeriod m;
        m.kind = "month";
        m.label = month_label(start);
        m.start = start;
        m.end = last_of_month(start);
        m.required = a.per_month;
        m.closed = m.end < on;
        m.judged = a.agreed && a.judged_from && *a.judged_from <= m.end;
        m.why = a.why;
        if (a.agreed && !m.judged) m.why = a.before;
        // The month the plan was made is judged from the plan day, with the plan's number.
        if (m.judged && *a.judged_from > m.start) m.start = *a.judged_from;
        // Entries dated after the report date are plans, not applications yet.
        for (const JoblogEntry* e : by_date.between(m.start, std::min(m.end, on))) {
            m.entries.push_back(verdict(*e, p.situation, pack, on));
            if (m.entries.back().counted) ++m.counted;
        }
        months.push_back(std::move(m));
    }
    return months;
}

}  // namespace jobbplan::detail::fi
