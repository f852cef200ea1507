// What happens when a duty is not met (seed 002, dagpenge). Steps are ordered from the mildest
// warning to loss of the right to dagpenge; a meeting missed, or cancelled (afbud), without lawful
// excuse stops dagpenge from the meeting date until contact is restored.
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

// A conversation missed (udeblevet) or cancelled (afbud) without a lawful excuse: one ladder step each.
// Only an event the user says had no lawful excuse reaches the step; one whose excuse is not stated,
// with no contact since, is a risk, and the report asks (an unknown answer is not "no": sickness may
// well have been the reason). Returns the question to ask, if any.
std::optional<Explanation> no_excuse_step(const Context& c, std::string_view type, std::string_view rule_id,
                                          std::string step_key, std::string ask_key, ConsequenceResult& out,
                                          std::vector<Explanation>& notices) {
    const Rule* r = rule(c, rule_id);
    if (!r) return std::nullopt;
    const Event* latest = nullptr;
    const Event* unstated = nullptr;
    for (const Event* e : events(c, type)) {
        if (e->lawful_excuse == false) latest = e;
        if (!e->lawful_excuse && !contact_after(c, e->date)) unstated = e;
    }
    Params p;
    if (latest) {
        auto until = contact_after(c, latest->date);
        if (!until) out.dagpenge_stopped = true;
        p = {{"from", to_string(latest->date)}, {"until", until ? to_string(*until) : std::string{}}};
    }
    // The event is judged by the version in force on the meeting date.
    const Rule* then = latest ? rule_or_oldest(c, rule_id, latest->date) : nullptr;
    out.ladder.steps.push_back({std::move(step_key), latest != nullptr, unstated != nullptr, (then ? then : r)->explain(p)});
    if (!unstated) return std::nullopt;
    const Rule* at = rule_or_oldest(c, rule_id, unstated->date);
    Explanation ask = (at ? at : r)->explain({{"date", to_string(unstated->date)}});
    ask.text_key = std::move(ask_key);
    notices.push_back(ask);
    return ask;
}

}  // namespace

ConsequenceResult consequences(const Context& c, const Report& so_far, std::vector<Explanation>& notices) {
    ConsequenceResult out;
    // 002 names each loss beside its own failure, not as a ladder: separate outcomes (see escalates).
    out.ladder.escalates = false;
    auto& steps = out.ladder.steps;

    // 002: lovligt forhindret, you cancel (or could not come) and agree a new time: no loss, book again.
    if (const Rule* r = rule(c, "dk.consequence.lawful_excuse"))
        for (std::string_view type : {"meeting_missed", "meeting_cancelled"})
            for (const Event* e : events(c, type))
                if (e->lawful_excuse.value_or(false)) {
                    bool rebooked = std::any_of(c.profile.events.begin(), c.profile.events.end(), [&](const Event& x) {
                        return (x.type == "meeting_booked" || x.type == "meeting_held") && e->date <= x.date && x.date <= c.on;
                    });
                    if (!rebooked) notices.push_back(r->explain({{"date", to_string(e->date)}}));
                }

    if (const Rule* r = rule(c, "dk.consequence.booking_missed")) {
        auto late = std::find_if(so_far.deadlines.begin(), so_far.deadlines.end(), [](const Deadline& d) {
            return d.kind_key == "deadline.dk.booking" && d.status == DeadlineStatus::Overdue;
        });
        // An overdue booking here may only be unlogged: the loss is the a-kasse's act on it, a risk.
        bool overdue = late != so_far.deadlines.end();
        steps.push_back({"consequence.dk.booking_missed", false, overdue,
                         r->explain({{"due", overdue ? to_string(late->due) : std::string{}}})});
    }
    // 002 stops dagpenge for a miss "uden en lovlig grund", and "Du kan også miste dagpenge, hvis du
    // melder afbud af andre ikke 'lovlige' årsager": a cancellation for a reason that is not lawful is
    // read as a miss (note_key).
    auto missed = no_excuse_step(c, "meeting_missed", "dk.consequence.missed_meeting", "consequence.dk.missed_meeting",
                                 "rule.dk.consequence.excuse_not_stated", out, notices);
    auto cancelled = no_excuse_step(c, "meeting_cancelled", "dk.consequence.cancelled_meeting",
                                    "consequence.dk.cancelled_meeting", "rule.dk.consequence.cancel_excuse_not_stated",
                                    out, notices);
    out.excuse_not_stated = missed ? missed : cancelled;
    // 002: the a-kasse calls you to a rådighedssamtale "hvis der opstår tvivl". Whether there is doubt is
    // the a-kasse's judgement, so the step is never shown as reached from our own counting: a closed week
    // below the minimum is a risk you are told about. Lawful absences never count toward it (note_key).
    if (const Rule* r = rule(c, "dk.consequence.availability_conversation")) {
        std::vector<const ApplicationPeriod*> short_weeks;
        for (const ApplicationPeriod& p : so_far.periods)
            if (p.closed && p.shortfall() > 0) short_weeks.push_back(&p);
        steps.push_back({"consequence.dk.availability_conversation", false, !short_weeks.empty(),
                         r->explain({{"short_weeks", std::to_string(short_weeks.size())}})});
        if (!short_weeks.empty()) {
            const ApplicationPeriod& last = *short_weeks.back();
            Explanation risk = r->explain({{"week", last.label}, {"counted", std::to_string(last.counted)},
                                           {"required", std::to_string(last.required)},
                                           {"short_weeks", std::to_string(short_weeks.size())}});
            risk.text_key = "rule.dk.consequence.availability_risk";
            notices.push_back(std::move(risk));
        }
    }
    if (const Rule* r = rule(c, "dk.consequence.not_available")) {
        auto sanctions = events(c, "sanction_received");
        bool reached = !sanctions.empty();
        if (reached) out.dagpenge_stopped = true;
        steps.push_back({"consequence.dk.not_available", reached, false,
                         r->explain({{"date", reached ? to_string(sanctions.back()->date) : std::string{}}})});
    }
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
        if (steps[i].reached) out.ladder.current = i;
        if (steps[i].at_risk) out.ladder.risk = i;
    }
    if (out.ladder.risk <= out.ladder.current) out.ladder.risk = -1;
    return out;
}

}  // namespace jobbplan::detail::dk
