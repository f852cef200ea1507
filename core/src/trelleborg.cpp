// Sweden, Trelleborg municipality (system "se-trelleborg"): Riktlinjer för arbetsmarknadsplanering
// 2021 (seed 004), served by Arbetsmarknadsförvaltningen.
#include "logged_elsewhere.hpp"
#include "systems.hpp"
#include "trelleborg_parts.hpp"

#include <algorithm>

namespace jobbplan::detail {

std::vector<RequiredRule> trelleborg_required_rules() {
    return {
        {"se.provider", {}},
        {"se.entry.nysamtal", {}},
        {"se.entry.service", {}},
        {"se.active.assessment", {}},
        {"se.active.registered_af", {}},
        {"se.active.search", {}},
        {"se.active.commute", {"minutes"}},
        {"se.active.accept", {}},
        {"se.active.reachable", {}},
        {"se.active.rehabilitation", {}},
        {"se.applications.agreement", {}},
        {"se.plan.nulage", {}},
        {"se.plan.malsattning", {}},
        {"se.plan.kompetens", {}},
        {"se.plan.overenskommelse", {}},
        {"se.plan.uppfoljning", {}},
        {"se.plan.sign", {"hours"}},
        {"se.plan.sign_problems", {}},
        {"se.plan.current", {"months"}},
        {"se.plan.none", {}},
        {"se.plan.broken", {}},
        {"se.plan.broken_record", {}},
        {"se.plan.no_new_plan", {}},
        {"se.plan.broken_extension", {"months"}},
        {"se.plan.broken_closed", {"months"}},
        {"se.closure.work", {"months"}},
        {"se.closure.studies", {}},
        {"se.closure.sfi", {}},
        {"se.leave.approval", {}},
        {"se.parental.certificate", {"months"}},
        {"se.parental.active_planning", {"months"}},
        {"se.parental.late_leave", {"child_months", "notice_months"}},
        {"se.addiction.missed", {}},
        {"se.addiction.new_meeting", {}},
        {"se.sick.certificate", {"days"}},
        {"se.buscard", {"km"}},
        {"se.meetings.mandatory", {}},
        {"se.addiction.drug_test", {}},
        {"se.plan.expired", {}},
        {"se.entry.return", {}},
        {"se.entry.consent", {}},
        {"se.plan.take_part", {}},
        {"se.plan.paper", {}},
        {"se.buscard.programresa", {}},
        {"se.closure.sfi_again", {}},
        {"se.closure.after_sfi", {}},
        {"se.closure.no_csn", {}},
        {"se.availability.certificate", {}},
        {"se.health.doctor_certificate", {}},
    };
}

namespace {

// Most serious first: a closed case outranks everything still open.
constexpr std::string_view kSeverity[] = {
    "status.se.closed",       "status.se.closed_work", "status.se.plan_broken", "status.se.plan_withdrawn",
    "status.se.plan_expired",
    "status.se.sign_plan",    "status.se.excuse_not_stated", "status.se.leave_unknown", "status.se.job_unknown", "status.se.service", "status.se.no_plan",
};

// The most serious status found, with its fact; none found: on track, explained by the current
// follow-up period (what is counted and against what).
void pick_status(const std::vector<se::Findings::Status>& found, Report& r) {
    for (std::string_view s : kSeverity) {
        auto it = std::find_if(found.begin(), found.end(), [&](const se::Findings::Status& x) { return x.key == s; });
        if (it != found.end()) return set_status(r, it->key, it->why);
    }
    set_status(r, "status.se.ok", r.periods.empty() ? r.provider.why : r.periods.back().why);
}

}  // namespace

Report evaluate_trelleborg(const Profile& profile, const RulePack& pack, Date on) {
    Report r;
    r.system = std::string{kTrelleborg};
    r.on = on;
    if (const Rule* provider = pack.at("se.provider", on))
        r.provider = Provider{"provider.trelleborg", provider->explain({{"municipality", profile.situation.municipality}})};

    se::Findings f;
    se::entry(profile, pack, on, f);
    se::active_jobseeker(profile, pack, on, f);
    r.periods = se::follow_up_periods(profile, pack, on, f);
    mark_logged_elsewhere(r.periods, profile.situation);
    r.current_period = static_cast<int>(r.periods.size()) - 1;
    r.plan = se::plan_sections(profile, pack, on);
    se::signing(profile, pack, on, f);
    se::plan_on_record(profile, pack, on, f);
    const std::optional<Date> broken = se::broken_on(profile, pack, on, f);
    if (broken)
        r.consequences = se::broken_plan(profile, pack, on, *broken, f);
    else
        r.consequences = se::possible_broken_plan(pack, on);
    se::plan_expiry(profile, pack, on, broken, f);
    se::closure(profile, pack, on, f);
    se::parental_leave(profile, pack, on, f);
    se::sickness(profile, pack, on, f);
    se::availability(profile, pack, on, f);
    se::return_after_closure(pack, on, f);

    r.meetings = std::move(f.meetings);
    r.deadlines = std::move(f.deadlines);
    r.obligations = std::move(f.obligations);
    r.notices = std::move(f.notices);
    std::stable_sort(r.meetings.begin(), r.meetings.end(), [](const Meeting& a, const Meeting& b) { return a.latest < b.latest; });
    std::stable_sort(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    pick_status(f.statuses, r);
    return r;
}

}  // namespace jobbplan::detail
