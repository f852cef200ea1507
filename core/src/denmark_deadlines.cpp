// Deadlines: the searchable CV on Jobnet (001), the booking letters from a-kasse and jobcenter (002)
// and Min Plan, drawn up at the first conversation in the a-kasse (002).
#include "denmark.hpp"

#include <algorithm>

namespace jobbplan::detail::dk {

std::vector<Deadline> deadlines(const Context& c, const std::vector<Meeting>& meetings, std::vector<Explanation>& notices) {
    std::vector<Deadline> out;
    Date registered = c.profile.situation.registered_on;
    // 001: creating the CV is your duty, within three weeks; approving it is the a-kasse's (dagpenge) or
    // the jobcenter's act, so approval is shown apart and never makes your deadline overdue.
    bool approved = !events(c, "cv_approved").empty();
    if (const Rule* r = rule(c, "dk.deadline.cv", registered)) {
        Deadline d;
        d.kind_key = "deadline.dk.cv";
        d.due = add_days(registered, int_param(*r, "days"));
        auto created = events(c, "cv_created");
        d.status = deadline_status(approved || !created.empty(), d.due, c.on);  // an approved CV was created
        if (!created.empty()) d.decided_by = decided_by(*created.front());
        else if (approved) d.decided_by = decided_by(*events(c, "cv_approved").front());
        d.why = r->explain({{"due", to_string(d.due)}});
        out.push_back(d);
    }
    if (const Rule* r = rule(c, "dk.cv.approval"))
        if (!approved) notices.push_back(r->explain({{"approver", c.dagpenge ? "a-kasse" : "jobcenter"}}));
    auto booked = events(c, "meeting_booked");
    for (const Event* request : events(c, "booking_request")) {
        const Rule* r = rule(c, "dk.deadline.booking", request->date);
        if (!r) continue;
        std::string party = request->party.empty() ? "jobcenter" : request->party;
        if (!request->until) {
            // 002: the letter states "en bestemt tidsfrist". Without it we cannot say when you are late:
            // book soon and enter the deadline from the letter (note_key).
            bool met = std::any_of(booked.begin(), booked.end(), [&](const Event* b) { return request->date <= b->date; });
            if (met) continue;
            Explanation e = r->explain({{"letter", to_string(request->date)}, {"party", party}});
            e.text_key = "rule.dk.deadline.booking_no_date";
            e.note_key = "note.dk.booking.no_stated_deadline";
            notices.push_back(std::move(e));
            continue;
        }
        Deadline d;
        d.kind_key = "deadline.dk.booking";
        d.due = *request->until;
        auto met = std::find_if(booked.begin(), booked.end(), [&](const Event* b) {
            return request->date <= b->date && b->date <= d.due;
        });
        d.status = deadline_status(met != booked.end(), d.due, c.on);
        if (met != booked.end()) d.decided_by = decided_by(**met);
        d.why = r->explain({{"letter", to_string(request->date)}, {"due", to_string(d.due)}, {"party", party}});
        out.push_back(d);
    }
    // 002: Min Plan "laver sammen med os ved den første jobsamtale i lokalafdelingen", and its Krav til
    // jobsøgning "også skal udarbejdes" there. The seed gives the plan no date of its own: it is due with
    // the first a-kasse conversation (the end of that conversation's window) and made once that
    // conversation is held, or once the weekly number from it is entered (note_key). Only the a-kasse
    // process has such a conversation: before 2024 the seed dates no plan.
    if (const Rule* r = rule(c, "dk.deadline.min_plan")) {
        auto first = std::find_if(meetings.begin(), meetings.end(),
                                  [](const Meeting& m) { return m.party == "a-kasse" && m.number == 1; });
        if (first != meetings.end()) {
            Deadline d;
            d.kind_key = "deadline.dk.min_plan";
            d.due = first->latest;
            d.status = deadline_status(first->held_on || c.profile.situation.applications_per_week, d.due, c.on);
            if (first->held_on) d.decided_by = first->decided_by;
            d.why = r->explain({{"due", to_string(d.due)}, {"held", first->held_on ? to_string(*first->held_on) : std::string{}}});
            // Once made, the sentence says how, not "must take place by" a day already behind it.
            if (first->held_on) d.why.text_key = "rule.dk.deadline.min_plan_held";
            else if (d.status == DeadlineStatus::Met) d.why.text_key = "rule.dk.deadline.min_plan_entered";
            out.push_back(d);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return out;
}

}  // namespace jobbplan::detail::dk
