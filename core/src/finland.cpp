// Finland (system "fi"): municipal employment trials in Karleby region and Borgå, seeds 000 and 003.
#include "finland_parts.hpp"
#include "logged_elsewhere.hpp"
#include "systems.hpp"

#include <algorithm>

namespace jobbplan::detail {

std::vector<RequiredRule> finland_required_rules() {
    return {
        {"fi.provider.karleby_trial", {}},
        {"fi.provider.borga_trial", {"age_below"}},  // only integer params are checked on load
        {"fi.provider.te_office", {}},
        {"fi.applications.monthly_max", {"max"}},
        {"fi.applications.default", {"per_month"}},
        {"fi.applications.from_plan", {}},
        {"fi.applications.earlier_customers", {}},
        {"fi.applications.ways", {}},
        {"fi.applications.min_job_length", {"weeks"}},
        {"fi.report.deadline", {"days_after_month_end"}},
        {"fi.consequence.reminder", {}},
        {"fi.consequence.karens5", {"days"}},
        {"fi.consequence.karens10", {"days"}},
        {"fi.consequence.benefit_loss", {}},
        {"fi.consequence.refusal", {"days"}},
        {"fi.consequence.no_benefit", {}},
        {"fi.obligation.seek_work", {}},
        {"fi.obligation.notify_changes", {}},
        {"fi.meetings.intensified", {}},
        {"fi.access.faster", {}},
        {"fi.plan.employment_plan", {}},
    };
}

Report evaluate_finland(const Profile& profile, const RulePack& pack, Date on) {
    Report r;
    r.system = std::string{kFinland};
    r.on = on;
    r.provider = fi::customer(profile, pack, on);

    fi::Agreement agreed = fi::agreement(profile.situation, pack, on);
    r.notices = agreed.notices;
    r.periods = fi::review_months(profile, pack, on, agreed);
    mark_logged_elsewhere(r.periods, profile.situation);
    r.current_period = static_cast<int>(r.periods.size()) - 1;
    r.deadlines = fi::report_deadlines(profile, r.periods, pack, on);

    int neglected = fi::neglected_months(r.periods, r.deadlines);
    // Every consequence in seed 000 falls on the unemployment benefit (benefit days, karens, loss of
    // the benefit). Without a benefit there is nothing to lose: no ladder, no karens; say so instead.
    std::vector<Explanation> refusals;
    if (profile.situation.benefit == "none") {
        if (const Rule* none = pack.at("fi.consequence.no_benefit", on)) r.notices.push_back(none->explain());
    } else {
        r.consequences = fi::ladder(profile, neglected, pack, on);
        refusals = fi::refusal_notices(profile, pack, on);
    }
    r.notices.insert(r.notices.end(), refusals.begin(), refusals.end());

    r.obligations = fi::obligations(pack, on);
    r.plan = fi::plan_sections(profile, pack, on);

    auto karens45 = std::find_if(refusals.begin(), refusals.end(), [](const Explanation& e) {
        return e.text_key == "notice.fi.karens45" || e.text_key == "notice.fi.karens45_decided";
    });
    auto notice_of = [&](std::string_view rule_id) {
        auto it = std::find_if(agreed.notices.begin(), agreed.notices.end(),
                               [&](const Explanation& e) { return e.rule_id == rule_id; });
        return it != agreed.notices.end() ? *it : agreed.why;
    };
    // Only a recorded decision ends the benefit; short months alone put it at risk ("behind").
    if (r.consequences.current >= 3)
        set_status(r, "status.fi.benefit_loss", r.consequences.steps[static_cast<std::size_t>(r.consequences.current)].why);
    else if (karens45 != refusals.end()) set_status(r, "status.fi.karens45", *karens45);
    else if (neglected > 0) set_status(r, "status.fi.behind", fi::neglect_why(r.periods, r.deadlines));
    // Never "you are meeting the obligation" without an agreed number to meet.
    else if (!agreed.agreed) set_status(r, "status.fi.not_agreed", agreed.notices.empty() ? agreed.why : agreed.notices.front());
    else if (agreed.earlier_customer) set_status(r, "status.fi.earlier_customer", notice_of("fi.applications.earlier_customers"));
    else if (std::none_of(r.periods.begin(), r.periods.end(), [](const ApplicationPeriod& m) { return m.judged; }))
        set_status(r, "status.fi.not_started", agreed.before.rule_id.empty() ? agreed.why : agreed.before);
    else set_status(r, "status.fi.ok", r.periods.empty() ? agreed.why : r.periods.back().why);
    std::sort(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return r;
}

}  // namespace jobbplan::detail
