#pragma once
// What changed since the jobseeker last opened the page (issue 12.8): the review periods that
// closed, the deadlines whose day passed and the meeting windows that closed or were held since
// that day, each as today's report judges it, and what comes next. A returning user reads this
// before anything else, so a short month or a missed conversation is never buried in the overview.
#include "jobbplan/report.hpp"

#include <optional>
#include <vector>

namespace jobbplan {

struct SinceLastVisit {
    Date since;                              // the last day the page was opened before the report's day
    std::vector<ApplicationPeriod> closed;   // ended on or after `since` and before the report's day, oldest first
    std::vector<Deadline> passed;            // due on or after `since` and before the report's day
    std::vector<Meeting> meetings;           // held, missed or overdue, in that time
    std::optional<Deadline> next_deadline;   // the first still open
    std::optional<Meeting> next_meeting;     // the first still to come
    // Nothing closed, passed or happened: the page says so in one line rather than an empty list.
    bool nothing_happened() const { return closed.empty() && passed.empty() && meetings.empty(); }
};

// Empty when there was no earlier visit, or it was on the report's day (or later: a demo clock set
// back), since then nothing can have closed.
std::optional<SinceLastVisit> since_last_visit(const Report& r, std::optional<Date> last_visit);

}  // namespace jobbplan
