#pragma once
// Small read-only questions the screens and the screen-reader mirror ask of a Report.
#include "jobbplan/report.hpp"

namespace jobbplan::web {

inline const ApplicationPeriod* current_period(const Report& r) {
    return r.current_period >= 0 && r.current_period < static_cast<int>(r.periods.size())
               ? &r.periods[static_cast<size_t>(r.current_period)]
               : nullptr;
}

// The next meeting still to come (held and missed ones are history).
inline const Meeting* next_meeting(const Report& r) {
    for (const Meeting& m : r.meetings)
        if (!settled(m.status)) return &m;
    return nullptr;
}

// Where no number is set (Trelleborg until the Överenskommelse gives one), "1 of 0" would mislead.
// A period the core does not judge (fi: nothing agreed yet) shows no "x of y" either.
inline const char* progress_key(const ApplicationPeriod& p) {
    if (!p.judged) return "ui.overview.progress_not_judged";
    return p.required > 0 ? "ui.overview.progress" : "ui.overview.progress_no_number";
}

// The next deadline still open; overdue ones are shown apart, as late (issue 12.6).
inline const Deadline* next_deadline(const Report& r) {
    for (const Deadline& d : r.deadlines)
        if (d.status == DeadlineStatus::Open) return &d;
    return nullptr;
}

}  // namespace jobbplan::web
