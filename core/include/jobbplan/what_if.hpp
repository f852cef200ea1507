#pragma once
// "What if" for caseworkers (issue 14): hypothetical steps on top of a profile, so the report of
// a later date can be set beside today's. Pure: the profile given is not changed, nothing is stored.
// Which steps mean something depends on the system's rules, so the core says which to offer.
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"

#include <string_view>
#include <vector>

namespace jobbplan {

enum class WhatIfKind {
    MissNextMeeting,   // the next open conversation is missed without a lawful excuse
    NoApplications,    // no further applications: the current period closes with what is logged
    ReminderReceived,  // fi: the TE office's reminder (the first step of the ladder)
    StartJob,          // dk: a job starting on the date (the 6-week exemption); se: job_started, its
                       // self-support not judged yet (the plan is not closed: the secretary decides)
    StartSelfSupportingJob,  // se-trelleborg: a job judged to give self-support for two months or
                             // more (seed 004, avslut till arbete); offered where a rule reads it
    PlanBroken,        // se-trelleborg: bruten planering
};

inline constexpr WhatIfKind kWhatIfKinds[] = {WhatIfKind::MissNextMeeting, WhatIfKind::NoApplications,
                                              WhatIfKind::ReminderReceived, WhatIfKind::StartJob,
                                              WhatIfKind::StartSelfSupportingJob, WhatIfKind::PlanBroken};

// "ui.what_if.kind.miss_next_meeting", ...: the catalogue key of the step's name, and its stable id.
std::string_view what_if_key(WhatIfKind k);

struct WhatIfStep {
    WhatIfKind kind;
    Date date;  // when it happens (a missed meeting falls inside the meeting's window)
};

// The steps that change something for this profile under its system's rules today.
std::vector<WhatIfKind> what_ifs_offered(const Profile& p, const Report& today);

// The date a step happens on when asked for on `on`: a missed meeting inside the next meeting's
// window, no applications on the day after the current period ends, the rest on `on`.
Date what_if_date(WhatIfKind k, const Report& today, Date on);

// The profile with the steps applied (events added, a planned job set), in date order.
Profile with_what_ifs(Profile p, const std::vector<WhatIfStep>& steps, const Report& today);

// The date the what-if report is computed on: `on`, or later when a step happens later.
Date what_if_report_date(const std::vector<WhatIfStep>& steps, Date on);

}  // namespace jobbplan
