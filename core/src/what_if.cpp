#include "jobbplan/what_if.hpp"

#include "jobbplan/choices.hpp"
#include "jobbplan/rule_pack.hpp"

#include <algorithm>

namespace jobbplan {
namespace {

// The next conversation still to come (held and missed ones are history).
const Meeting* next_open_meeting(const Report& r) {
    for (const Meeting& m : r.meetings)
        if (!settled(m.status)) return &m;
    return nullptr;
}

const ApplicationPeriod* current(const Report& r) {
    return r.current_period >= 0 && r.current_period < static_cast<int>(r.periods.size())
               ? &r.periods[static_cast<std::size_t>(r.current_period)]
               : nullptr;
}

bool has_step(const Report& r, std::string_view key) {
    return std::any_of(r.consequences.steps.begin(), r.consequences.steps.end(),
                       [&](const ConsequenceStep& s) { return s.key == key; });
}

}  // namespace

std::string_view what_if_key(WhatIfKind k) {
    switch (k) {
        case WhatIfKind::MissNextMeeting: return "ui.what_if.kind.miss_next_meeting";
        case WhatIfKind::NoApplications: return "ui.what_if.kind.no_applications";
        case WhatIfKind::ReminderReceived: return "ui.what_if.kind.reminder_received";
        case WhatIfKind::StartJob: return "ui.what_if.kind.start_job";
        case WhatIfKind::StartSelfSupportingJob: return "ui.what_if.kind.start_self_supporting_job";
        case WhatIfKind::PlanBroken: return "ui.what_if.kind.plan_broken";
    }
    return "ui.what_if.kind.unknown";
}

std::vector<WhatIfKind> what_ifs_offered(const Profile& p, const Report& today) {
    std::vector<WhatIfKind> out;
    const std::string& system = p.situation.system;
    if (next_open_meeting(today)) out.push_back(WhatIfKind::MissNextMeeting);
    if (const ApplicationPeriod* c = current(today); c && c->judged && c->required > 0) out.push_back(WhatIfKind::NoApplications);
    // Only where the rules have the step the event leads to.
    if (has_step(today, "consequence.fi.reminder")) out.push_back(WhatIfKind::ReminderReceived);
    if (system == kDenmark || system == kTrelleborg) out.push_back(WhatIfKind::StartJob);
    // A job's self-support is a step only where the event form asks it, which is where a rule reads it.
    if (system_choices(system, builtin_rule_book(), today.on).question("job_started", EventDetail::self_supporting))
        out.push_back(WhatIfKind::StartSelfSupportingJob);
    if (system == kTrelleborg) out.push_back(WhatIfKind::PlanBroken);
    return out;
}

Date what_if_date(WhatIfKind k, const Report& today, Date on) {
    if (k == WhatIfKind::MissNextMeeting)
        if (const Meeting* m = next_open_meeting(today)) return std::clamp(on, m->earliest, m->latest);
    if (k == WhatIfKind::NoApplications)
        if (const ApplicationPeriod* c = current(today)) return std::max(on, add_days(c->end, 1));
    return on;
}

Profile with_what_ifs(Profile p, const std::vector<WhatIfStep>& steps, const Report& today) {
    for (const WhatIfStep& s : steps) {
        Event e;
        e.id = "what-if-" + std::to_string(&s - steps.data());
        e.date = s.date;
        switch (s.kind) {
            case WhatIfKind::MissNextMeeting: {
                const Meeting* m = next_open_meeting(today);
                e.type = "meeting_missed";
                e.party = m ? m->party : std::string();
                e.lawful_excuse = false;
                break;
            }
            case WhatIfKind::NoApplications: continue;  // time passing with nothing logged is the step
            case WhatIfKind::ReminderReceived: e.type = "reminder_received"; e.party = "te"; break;
            case WhatIfKind::StartJob:
                if (p.situation.system == kDenmark) {
                    p.situation.planned_change = PlannedChange{"job", s.date};
                    continue;
                }
                e.type = "job_started";
                break;
            case WhatIfKind::StartSelfSupportingJob:
                e.type = "job_started";
                e.self_supporting = true;  // open-ended: two months or more
                break;
            case WhatIfKind::PlanBroken: e.type = "plan_broken"; e.party = "arbetsmarknad"; break;
        }
        p.events.push_back(std::move(e));
    }
    std::stable_sort(p.events.begin(), p.events.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
    return p;
}

Date what_if_report_date(const std::vector<WhatIfStep>& steps, Date on) {
    for (const WhatIfStep& s : steps) on = std::max(on, s.date);
    return on;
}

}  // namespace jobbplan
