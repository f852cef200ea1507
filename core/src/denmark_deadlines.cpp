// Deadlines: the searchable CV on Jobnet (001) and the booking letters from a-kasse and jobcenter (002).
#include "denmark.hpp"

#include <algorithm>

namespace jobbplan::detail::dk {

namespace {
std::string status(bool met, Date due, Date on) { return met ? "met" : (due < on ? "overdue" : "open"); }
}  // namespace

std::vector<Deadline> deadlines(const Context& c) {
    std::vector<Deadline> out;
    if (const Rule* r = rule(c, "dk.deadline.cv")) {
        Deadline d;
        d.kind_key = "deadline.dk.cv";
        d.due = add_days(c.profile.situation.registered_on, int_param(*r, "days"));
        bool approved = !events(c, "cv_approved").empty();
        d.status = status(approved, d.due, c.on);
        d.why = r->explain({{"due", to_string(d.due)}, {"approver", c.dagpenge ? "a-kasse" : "jobcenter"}});
        out.push_back(d);
    }
    if (const Rule* r = rule(c, "dk.deadline.booking")) {
        auto booked = events(c, "meeting_booked");
        for (const Event* request : events(c, "booking_request")) {
            Deadline d;
            d.kind_key = "deadline.dk.booking";
            // A letter without a stated deadline is treated as due the day it came (book at once).
            d.due = request->until.value_or(request->date);
            bool met = std::any_of(booked.begin(), booked.end(), [&](const Event* b) {
                return request->date <= b->date && b->date <= d.due;
            });
            d.status = status(met, d.due, c.on);
            std::string party = request->party.empty() ? "jobcenter" : request->party;
            d.why = r->explain({{"letter", to_string(request->date)}, {"due", to_string(d.due)}, {"party", party}});
            out.push_back(d);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return out;
}

}  // namespace jobbplan::detail::dk
