#pragma once
// The meetings and deadlines of a report on one time line (issue 12.7), said once for the
// calendar screen's list, its picture (windows as bars, deadlines as marks, today marked) and the
// screen-reader mirror: which items, in which order, and which of them are still worth showing.
#include "jobbplan/report.hpp"

#include <string>
#include <vector>

namespace jobbplan {

struct TimelineItem {
    bool window = false;  // a meeting's window (start..end); else a deadline on `end`
    Date start, end;      // a deadline: both its day
    std::string kind_key;
    const Meeting* meeting = nullptr;    // the one it shows (points into the report)
    const Deadline* deadline = nullptr;
    // Something wrong: missed, overdue. Done: held, met. Neither: still to come or replaced.
    bool late() const;
    bool done() const;
    bool replaced() const { return deadline && deadline->status == DeadlineStatus::Replaced; }
    std::string status() const;  // the meeting's or deadline's own word, for its catalogue key
};

// Every meeting and deadline whose day (a window: its last day) falls on or before `until`, by
// that day; what lies in the past is left out once it is done or replaced (it needs nothing more),
// while a missed or overdue one stays, since that is what the jobseeker must act on.
std::vector<TimelineItem> timeline(const Report& r, Date today, Date until);

}  // namespace jobbplan
