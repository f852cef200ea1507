// The Danish evaluator: assembles the report from the parts in denmark_*.cpp.
#include "denmark.hpp"
#include "logged_elsewhere.hpp"
#include "systems.hpp"

#include <algorithm>

namespace jobbplan::detail {

std::vector<RequiredRule> denmark_required_rules() {
    return {
        {"dk.provider.dagpenge", {"akasse_months", "akasse_conversations"}},
        {"dk.provider.jobcenter", {}},
        {"dk.meetings.dagpenge", {"conversations", "months", "akasse_conversations", "akasse_months"}},
        {"dk.meetings.kontanthjaelp", {"conversations", "months", "first_within_days"}},
        {"dk.meetings.rebook_after_miss", {}},
        {"dk.meetings.after_six_months", {"months"}},
        {"dk.meetings.akasse_joins", {}},
        {"dk.meetings.first_in_person", {}},
        {"dk.deadline.cv", {"days"}},
        {"dk.deadline.booking", {}},
        {"dk.cv.approval", {}},
        {"dk.joblog.weekly_minimum", {"per_week"}},
        {"dk.joblog.advertised_preferred", {"advertised"}},
        {"dk.joblog.six_week_exemption", {"weeks"}},
        {"dk.plan.job_goals", {"goals"}},
        {"dk.consequence.lawful_excuse", {}},
        {"dk.consequence.booking_missed", {}},
        {"dk.consequence.missed_meeting", {}},
        {"dk.consequence.availability_conversation", {}},
        {"dk.consequence.not_available", {}},
    };
}

namespace {
bool behind(const Report& r) {
    bool late_meeting = std::any_of(r.meetings.begin(), r.meetings.end(), [](const Meeting& m) {
        return m.status == "overdue" || m.status == "missed";
    });
    bool late_deadline = std::any_of(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& d) { return d.status == "overdue"; });
    bool short_week = std::any_of(r.periods.begin(), r.periods.end(), [](const ApplicationPeriod& p) {
        return p.closed && p.shortfall() > 0;
    });
    return late_meeting || late_deadline || short_week;
}
}  // namespace

Report evaluate_denmark(const Profile& profile, const RulePack& pack, Date on) {
    const Situation& s = profile.situation;
    bool dagpenge = s.benefit == "dagpenge";
    dk::Context c{profile, pack, on, dagpenge ? s.benefit_since.value_or(s.registered_on) : s.registered_on, dagpenge};

    Report r;
    dk::Process process = dk::process(c);
    r.provider = dk::provider(c, process);
    r.meetings = dk::meeting_schedule(c, process, r.notices);
    r.deadlines = dk::deadlines(c, r.notices);
    r.periods = dk::joblog_periods(c, r.notices);
    mark_logged_elsewhere(r.periods, s);
    r.current_period = static_cast<int>(r.periods.size()) - 1;
    r.plan = dk::min_plan(c);
    r.obligations = dk::obligations(c);
    dk::ConsequenceResult consequences = dk::consequences(c, r, r.notices);
    r.consequences = consequences.ladder;
    r.status_key = consequences.dagpenge_stopped ? "status.dk.dagpenge_stopped" : behind(r) ? "status.behind" : "status.ok";
    return r;
}

}  // namespace jobbplan::detail
