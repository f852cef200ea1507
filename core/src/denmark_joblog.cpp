// Joblog review: one ApplicationPeriod per ISO week (Monday-Sunday, as Jobnet counts weeks), from the
// week of registration through the week holding the report date.
#include "denmark.hpp"
#include "joblog_index.hpp"
#include "systems.hpp"

#include <algorithm>

namespace jobbplan::detail::dk {

namespace {

struct Exemption {
    const Rule* rule = nullptr;
    Date window_start;  // first day of the last six weeks before the change
    Date change;
};

std::optional<Exemption> exemption(const Context& c) {
    const auto& change = c.profile.situation.planned_change;
    const Rule* r = rule(c, "dk.joblog.six_week_exemption");
    if (!r || !change) return std::nullopt;
    auto kinds = r->params.find("kinds");
    bool listed = kinds != r->params.end() && kinds->is_array() &&
                  std::any_of(kinds->begin(), kinds->end(), [&](const nlohmann::json& k) {
                      return k.is_string() && k.get<std::string>() == change->kind;
                  });
    if (!listed) return std::nullopt;
    return Exemption{r, add_days(change->date, -7 * int_param(*r, "weeks")), change->date};
}

// The weekly number counts the applications made in the week while registered (Min Plan's
// "Krav til jobsøgning"): that rule decides each entry.
EntryVerdict verdict(const Context& c, const JoblogEntry& e) {
    const Rule* r = rule(c, "dk.joblog.weekly_minimum");
    if (e.date < c.profile.situation.registered_on) return verdict_by(r, e.id, false, "verdict.before_registration");
    if (c.on < e.date) return verdict_by(r, e.id, false, "verdict.after_report_date");
    return verdict_by(r, e.id, true, "verdict.counted");
}

}  // namespace

std::vector<ApplicationPeriod> joblog_periods(const Context& c, std::vector<Explanation>& notices) {
    std::vector<ApplicationPeriod> out;
    const Rule* r = rule(c, "dk.joblog.weekly_minimum");
    if (!r || c.on < c.profile.situation.registered_on) return out;
    auto exempt = exemption(c);
    IsoWeek last = iso_week_of(c.on);
    const JoblogByDate by_date(c.profile.joblog);
    for (Date monday = monday_of(iso_week_of(c.profile.situation.registered_on));; monday = add_days(monday, 7)) {
        IsoWeek week = iso_week_of(monday);
        ApplicationPeriod p;
        p.kind = "iso_week";
        p.label = to_string(week);
        p.start = monday;
        p.end = sunday_of(week);
        // 002: "I FAK forventer vi, at du søger mindst 2 stillinger pr. uge" is FAK's own figure; another
        // a-kasse sets its own in Min Plan's "Krav til jobsøgning", which the jobseeker enters.
        const auto& own = c.profile.situation.applications_per_week;
        // A week is judged by the version in force on its Monday, not by the one of the report date.
        const Rule* wr = rule_or_oldest(c, "dk.joblog.weekly_minimum", p.start);
        if (!wr) wr = r;
        p.required = own.value_or(int_param(*wr, "per_week"));
        p.closed = p.end < c.on;
        // A week touching the last six weeks counts as exempt (caseworker's reading, note_key).
        p.exempt = exempt && exempt->window_start <= p.end && p.start < exempt->change;
        const auto in_week = by_date.between(p.start, p.end);
        p.entries.reserve(in_week.size());
        for (const JoblogEntry* e : in_week) {
            p.entries.push_back(verdict(c, *e));
            p.counted += p.entries.back().counted ? 1 : 0;
        }
        p.why = wr->explain({{"required", std::to_string(p.required)}, {"week", p.label},
                            {"start", to_string(p.start)}, {"end", to_string(p.end)}});
        if (own) p.why.text_key = "rule.dk.joblog.weekly_minimum.own_plan";
        out.push_back(std::move(p));
        if (week == last) break;
    }
    const ApplicationPeriod& now = out.back();
    if (now.exempt)
        notices.push_back(exempt->rule->explain({{"change", c.profile.situation.planned_change->kind},
                                                 {"date", to_string(exempt->change)},
                                                 {"from", to_string(exempt->window_start)}}));
    if (const Rule* adv = rule(c, "dk.joblog.advertised_preferred")) {
        int advertised = 0;
        for (const JoblogEntry* e : by_date.between(now.start, c.on))
            if (e->date >= c.profile.situation.registered_on && e->advertised) ++advertised;
        if (now.counted > 0 && advertised < int_param(*adv, "advertised")) notices.push_back(adv->explain({{"week", now.label}}));
    }
    return out;
}

}  // namespace jobbplan::detail::dk
