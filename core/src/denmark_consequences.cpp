// What happens when a duty is not met (seed 002, dagpenge). Steps are ordered from the mildest
// warning to loss of the right to dagpenge; a missed meeting without lawful excuse stops dagpenge
// from the meeting date until contact is restored.
#include "denmark.hpp"

#include <algorithm>

namespace jobbplan::detail::dk {

namespace {

// The first contact after a missed meeting ends the loss: an explicit contact_restored or a held meeting.
std::optional<Date> contact_after(const Context& c, Date missed) {
    std::optional<Date> first;
    for (std::string_view type : {"contact_restored", "meeting_held"})
        for (const Event* e : events(c, type))
            if (missed < e->date && (!first || e->date < *first)) first = e->date;
    return first;
}

}  // namespace

ConsequenceResult consequences(const Context& c, const Report& so_far, std::vector<Explanation>& notices) {
    ConsequenceResult out;
    auto& steps = out.ladder.steps;
    auto missed = events(c, "meeting_missed");

    if (const Rule* r = rule(c, "dk.consequence.lawful_excuse"))
        for (const Event* e : missed)
            if (e->lawful_excuse.value_or(false)) {
                bool rebooked = std::any_of(c.profile.events.begin(), c.profile.events.end(), [&](const Event& x) {
                    return (x.type == "meeting_booked" || x.type == "meeting_held") && e->date <= x.date && x.date <= c.on;
                });
                if (!rebooked) notices.push_back(r->explain({{"date", to_string(e->date)}}));
            }

    if (const Rule* r = rule(c, "dk.consequence.booking_missed")) {
        auto late = std::find_if(so_far.deadlines.begin(), so_far.deadlines.end(), [](const Deadline& d) {
            return d.kind_key == "deadline.dk.booking" && d.status == "overdue";
        });
        bool reached = late != so_far.deadlines.end();
        steps.push_back({"consequence.dk.booking_missed", reached,
                         r->explain({{"due", reached ? to_string(late->due) : std::string{}}})});
    }
    if (const Rule* r = rule(c, "dk.consequence.missed_meeting")) {
        const Event* latest = nullptr;
        for (const Event* e : missed)
            if (!e->lawful_excuse.value_or(false)) latest = e;
        Params p;
        if (latest) {
            auto until = contact_after(c, latest->date);
            out.dagpenge_stopped = !until;
            p = {{"from", to_string(latest->date)}, {"until", until ? to_string(*until) : std::string{}}};
        }
        steps.push_back({"consequence.dk.missed_meeting", latest != nullptr, r->explain(p)});
    }
    if (const Rule* r = rule(c, "dk.consequence.availability_conversation")) {
        int excused = static_cast<int>(std::count_if(missed.begin(), missed.end(), [](const Event* e) { return e->lawful_excuse.value_or(false); }));
        int short_weeks = static_cast<int>(std::count_if(so_far.periods.begin(), so_far.periods.end(), [](const ApplicationPeriod& p) {
            return p.closed && p.shortfall() > 0;
        }));
        bool doubt = excused >= int_param(*r, "excused_misses") || short_weeks >= int_param(*r, "short_weeks");
        steps.push_back({"consequence.dk.availability_conversation", doubt,
                         r->explain({{"short_weeks", std::to_string(short_weeks)}, {"excused_misses", std::to_string(excused)}})});
    }
    if (const Rule* r = rule(c, "dk.consequence.not_available")) {
        auto sanctions = events(c, "sanction_received");
        bool reached = !sanctions.empty();
        if (reached) out.dagpenge_stopped = true;
        steps.push_back({"consequence.dk.not_available", reached,
                         r->explain({{"date", reached ? to_string(sanctions.back()->date) : std::string{}}})});
    }
    for (int i = 0; i < static_cast<int>(steps.size()); ++i)
        if (steps[i].reached) out.ladder.current = i;
    return out;
}

}  // namespace jobbplan::detail::dk
