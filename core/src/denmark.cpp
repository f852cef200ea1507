// The Danish evaluator: assembles the report from the parts in denmark_*.cpp.
#include "denmark.hpp"
#include "logged_elsewhere.hpp"
#include "systems.hpp"

#include <algorithm>
#include <optional>

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
        {"dk.deadline.min_plan", {}},
        {"dk.cv.approval", {}},
        {"dk.joblog.weekly_minimum", {"per_week"}},
        {"dk.joblog.advertised_preferred", {"advertised"}},
        {"dk.joblog.six_week_exemption", {"weeks"}},
        {"dk.plan.job_goals", {"goals"}},
        {"dk.consequence.lawful_excuse", {}},
        {"dk.consequence.booking_missed", {}},
        {"dk.consequence.missed_meeting", {}},
        {"dk.consequence.cancelled_meeting", {}},
        {"dk.consequence.availability_conversation", {}},
        {"dk.consequence.not_available", {}},
    };
}

namespace {
// Why the jobseeker is behind: the first late meeting, else the first late deadline, else the
// latest short week. Empty when nothing is late.
std::optional<Explanation> behind(const Report& r) {
    for (const Meeting& m : r.meetings)
        if (m.status == MeetingStatus::Overdue || m.status == MeetingStatus::Missed) return m.why;
    for (const Deadline& d : r.deadlines)
        if (d.status == DeadlineStatus::Overdue) return d.why;
    for (auto p = r.periods.rbegin(); p != r.periods.rend(); ++p)
        if (p->closed && p->shortfall() > 0) return p->why;
    return std::nullopt;
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
    r.deadlines = dk::deadlines(c, r.meetings, r.notices);
    r.periods = dk::joblog_periods(c, r.notices);
    mark_logged_elsewhere(r.periods, s);
    r.current_period = static_cast<int>(r.periods.size()) - 1;
    r.plan = dk::min_plan(c);
    const bool plan_pending = std::any_of(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& d) {
        return d.kind_key == "deadline.dk.min_plan" && d.status != DeadlineStatus::Met;
    });
    r.obligations = dk::obligations(c, plan_pending);
    dk::ConsequenceResult consequences = dk::consequences(c, r, r.notices);
    r.consequences = consequences.ladder;
    const ConsequenceLadder& l = r.consequences;
    // dagpenge stop only on a reached step (a recorded miss or sanction), so `current` names it.
    if (consequences.dagpenge_stopped)
        set_status(r, "status.dk.dagpenge_stopped", l.current >= 0 ? l.steps[static_cast<std::size_t>(l.current)].why : Explanation{});
    else if (consequences.excuse_not_stated) set_status(r, "status.dk.excuse_not_stated", *consequences.excuse_not_stated);
    else if (std::optional<Explanation> late = behind(r)) set_status(r, "status.behind", *late);
    else if (!r.periods.empty()) set_status(r, "status.ok", r.periods.back().why);
    else set_status(r, "status.ok", r.provider.why);
    return r;
}

}  // namespace jobbplan::detail
