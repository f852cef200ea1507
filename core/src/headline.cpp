#include "jobbplan/headline.hpp"

#include <algorithm>

namespace jobbplan {
namespace {

// Statuses only the office can undo: said first, and the next step is to contact it.
bool stopped(const std::string& status) {
    return status == "status.dk.dagpenge_stopped" || status == "status.se.closed" || status == "status.se.plan_broken" ||
           status == "status.fi.benefit_loss" || status == "status.se.plan_withdrawn" || status == "status.se.plan_expired";
}

// Statuses that are a question only the user can answer (was a miss excused, was the leave
// approved, does the job give self-support): until it is answered, "on track" would be a claim the
// report cannot make.
bool asks_user(const std::string& status) {
    return status == "status.dk.excuse_not_stated" || status == "status.se.excuse_not_stated" ||
           status == "status.se.leave_unknown" || status == "status.se.job_unknown";
}

const ApplicationPeriod* current(const Report& r) {
    return r.current_period >= 0 && r.current_period < static_cast<int>(r.periods.size())
               ? &r.periods[static_cast<std::size_t>(r.current_period)]
               : nullptr;
}

}  // namespace

Headline headline(const Report& r) {
    Headline h;
    // Which closed periods were short, and by how much: the latest one named, the rest counted.
    const ApplicationPeriod* last_short = nullptr;
    int short_periods = 0;
    for (const ApplicationPeriod& p : r.periods)
        if (p.closed && p.shortfall() > 0) {
            last_short = &p;
            ++short_periods;
        }
    if (last_short)
        h.behind = Sentence{"headline.behind", {{"count", std::to_string(last_short->shortfall())}, {"period", last_short->label}}};
    if (short_periods > 1) h.behind_more = Sentence{"headline.behind_more", {{"periods", std::to_string(short_periods)}}};

    if (stopped(r.status_key)) {
        h.answer = {r.status_key, {}};
        h.why = r.status_why;
        h.next = NextStep::ContactOffice;
        return h;
    }
    // A question only the user can answer comes before the joblog's count.
    if (asks_user(r.status_key)) {
        h.answer = {r.status_key, {}};
        h.why = r.status_why;
        h.next = NextStep::AnswerQuestion;
        return h;
    }
    auto late = std::find_if(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& d) { return d.status == DeadlineStatus::Overdue; });
    if (late != r.deadlines.end()) {
        h.answer = {"headline.overdue", {{"date", to_string(late->due)}}};
        h.why = late->why;
        h.next = NextStep::SeeDeadline;
        return h;
    }
    const ApplicationPeriod* p = current(r);
    if (!p) {
        h.answer = {r.status_key, {}};
        h.why = r.status_why;
        return h;
    }
    h.why = p->why;
    if (p->exempt) {
        h.answer = {"headline.exempt", {{"period", p->label}}};
    } else if (!p->judged) {
        // fi without an agreed number, or a period before the joblog was kept here: the status says why.
        h.answer = {r.status_key, {}};
        h.why = r.status_why;
        if (r.status_key == "status.fi.not_agreed") h.next = NextStep::OpenSituation;
    } else if (p->required == 0) {
        h.answer = {"headline.no_number", {{"count", std::to_string(p->counted)}, {"period", p->label}}};
        h.next = NextStep::LogApplication;
    } else if (p->shortfall() > 0) {
        h.answer = {"headline.need_more", {{"count", std::to_string(p->shortfall())}, {"date", to_string(p->end)}}};
        h.next = NextStep::LogApplication;
    } else {
        h.answer = {"headline.done", {{"period", p->label}}};
    }
    return h;
}

}  // namespace jobbplan
