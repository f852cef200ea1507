// Bruten planering (seed 004). Triggers: a plan_broken event; leave taken without approval ("samma
// rutiner som vid bruten planering"); not attending the new planning conversation called after a
// missed session with beroendeenheten; any other meeting or call from Arbetsmarknadsförvaltningen
// missed without laga förfall ("en obligatorisk del av ... arbetsmarknadsplanering"); declining a
// drug test the plan requires. A missed treatment session itself is NOT a broken plan.
//
// Caseworker's reading of the dates (rule notes): the broken plan runs two months from the break
// and then the jobseeker is closed (avslutas); a contact after the break extends it to one month
// after the last contact date when that is later. Signing a new plan after the break ends it.
#include "trelleborg_parts.hpp"

#include <algorithm>

namespace jobbplan::detail::se {
namespace {

std::optional<Date> later(std::optional<Date> a, Date b) { return !a || *a < b ? std::optional<Date>{b} : a; }

// valid_reason on a leave is its approval: true = godkänd ledighet, false = not approved (a broken
// plan), missing = not known yet, which asks the jobseeker instead of breaking the plan (rule note).
bool unapproved_leave(const Event& e) { return e.type == "leave_started" && e.valid_reason == false; }
bool unknown_leave(const Event& e) { return e.type == "leave_started" && !e.valid_reason; }

// A meeting with Arbetsmarknadsförvaltningen: the party it names, or none (the office the
// guidelines are about). beroendeenheten's sessions are voluntary treatment, never this.
bool with_office(const Event& e) { return e.party.empty() || e.party == "arbetsmarknad"; }

}  // namespace

std::optional<Date> broken_on(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    std::optional<Date> broken;
    for (const Event& e : p.events) {
        if (e.date > on) continue;
        if (e.type == "plan_broken" || unapproved_leave(e)) broken = later(broken, e.date);
        if (unapproved_leave(e))
            f.notices.push_back(explain(pack.at("se.leave.approval", on), {{"date", to_string(e.date)}}));
        if (unknown_leave(e) && pack.at("se.leave.approval", on)) {
            f.notices.push_back(explain(pack.at("se.leave.approval", on), {{"date", to_string(e.date)}},
                                        "notice.se.leave_approval_unknown"));
            f.statuses.push_back({"status.se.leave_unknown", f.notices.back()});
        }
    }
    std::vector<const Event*> judged;  // misses of the planning conversation, judged by its own rule
    const Rule* missed = pack.at("se.addiction.missed", on);
    const Rule* call = pack.at("se.addiction.new_meeting", on);
    for (const Event& t : p.events) {
        if (t.type != "treatment_missed" || t.date > on) continue;
        if (missed) f.notices.push_back(missed->explain({{"date", to_string(t.date)}}));
        if (!call) continue;
        // "så fort informationen kommer till kännedom": no fixed window, so the meeting is due at once.
        Meeting m;
        m.kind_key = "meeting.se.new_planning";
        m.party = "arbetsmarknad";
        m.number = 1;
        m.earliest = m.latest = t.date;
        m.mode_key = "mode.se.booked";
        m.status = MeetingStatus::Due;
        m.why = call->explain({{"date", to_string(t.date)}});
        const Event* held = last_event(p, "meeting_held", t.date, on);
        const Event* skipped = last_event(p, "meeting_missed", t.date, on);
        if (held && with_office(*held) && (!skipped || skipped->date <= held->date)) {
            m.status = MeetingStatus::Held;
            m.held_on = held->date;
            m.decided_by = decided_by(*held);
        } else if (skipped && with_office(*skipped) && skipped->lawful_excuse != true) {
            m.status = MeetingStatus::Missed;
            m.decided_by = decided_by(*skipped);
            // Only a miss the jobseeker says had no laga förfall breaks the plan; one whose excuse is
            // not stated yet is asked about (as an unknown leave approval is), never taken as "no".
            if (skipped->lawful_excuse == false) {
                broken = later(broken, skipped->date);
            } else {
                f.notices.push_back(explain(call, {{"date", to_string(skipped->date)}}, "notice.se.excuse_not_stated"));
                f.statuses.push_back({"status.se.excuse_not_stated", f.notices.back()});
            }
        }
        if (skipped) judged.push_back(skipped);
        f.meetings.push_back(std::move(m));
    }
    // "Alla aktiviteter, möten och kallelser från Arbetsmarknadsförvaltningen är därför en
    // obligatorisk del av den arbetssökandes arbetsmarknadsplanering": missing one without laga
    // förfall is not following the plan, so it is broken from that day (rule note: the reading of
    // rows 24 and 83 together). A miss whose excuse is not stated is asked about, never taken as "no".
    if (const Rule* mandatory = pack.at("se.meetings.mandatory", on)) {
        for (const Event& e : p.events) {
            if (e.type != "meeting_missed" || e.date > on || !with_office(e) || e.lawful_excuse == true) continue;
            if (std::find(judged.begin(), judged.end(), &e) != judged.end()) continue;  // the planning call, above
            if (e.lawful_excuse == false) {
                broken = later(broken, e.date);
                f.notices.push_back(explain(mandatory, {{"date", to_string(e.date)}}, "notice.se.meeting_missed"));
            } else {
                f.notices.push_back(explain(mandatory, {{"date", to_string(e.date)}}, "notice.se.meeting_excuse_not_stated"));
                f.statuses.push_back({"status.se.excuse_not_stated", f.notices.back()});
            }
        }
    }
    // "Om arbetssökande väljer att avstå detta [drogtester] ses arbetsmarknadsplaneringen som bruten."
    if (const Rule* test = pack.at("se.addiction.drug_test", on)) {
        for (const Event& e : p.events) {
            if (e.type != "drug_test_declined" || e.date > on) continue;
            broken = later(broken, e.date);
            f.notices.push_back(test->explain({{"date", to_string(e.date)}}));
        }
    }
    return broken;
}

ConsequenceLadder possible_broken_plan(const RulePack& pack, Date on) {
    const Rule* rule = pack.at("se.plan.broken", on);
    const Rule* extend = pack.at("se.plan.broken_extension", on);
    const Rule* close = pack.at("se.plan.broken_closed", on);
    ConsequenceLadder l;
    if (!rule || !extend || !close) return l;
    auto step = [](const Rule* r, const char* key, Params params) {
        ConsequenceStep s{key, false, false, r->explain(std::move(params))};
        s.why.text_key = key;  // the rule's own sentence names a date that has not happened
        return s;
    };
    l.steps.push_back(step(rule, "consequence.se.can_break", {}));
    l.steps.push_back(step(extend, "consequence.se.can_extend", {{"months", std::to_string(int_param(extend, "months", 1))}}));
    l.steps.push_back(step(close, "consequence.se.can_close", {{"months", std::to_string(int_param(close, "months", 2))}}));
    return l;
}

ConsequenceLadder broken_plan(const Profile& p, const RulePack& pack, Date on, Date broken, Findings& f) {
    const Rule* rule = pack.at("se.plan.broken", on);
    const Rule* extend = pack.at("se.plan.broken_extension", on);
    const Rule* close = pack.at("se.plan.broken_closed", on);
    ConsequenceLadder l;
    if (!rule || !extend || !close) return l;
    const Event* contact = last_event(p, "contact", add_days(broken, 1), on);
    Date closes = add_months(broken, int_param(close, "months", 2));
    if (contact) closes = std::max(closes, add_months(contact->date, int_param(extend, "months", 1)));
    const Event* replaced = last_event(p, "plan_signed", add_days(broken, 1), on);

    l.steps.push_back({"consequence.se.broken", true, false, rule->explain({{"date", to_string(broken)}})});
    l.steps.push_back({"consequence.se.extended", contact != nullptr, false,
                       extend->explain({{"contact", contact ? to_string(contact->date) : std::string{}},
                                        {"until", to_string(closes)}})});
    l.steps.push_back({"consequence.se.closed", !replaced && closes < on, false,
                       close->explain({{"date", to_string(closes)}})});
    l.current = l.steps[2].reached ? 2 : (contact ? 1 : 0);

    Deadline d;
    d.kind_key = "deadline.se.new_plan";
    d.due = closes;
    d.status = deadline_status(replaced != nullptr, closes, on);
    if (replaced) d.decided_by = decided_by(*replaced);
    d.why = explain(pack.at("se.plan.no_new_plan", on), {{"due", to_string(closes)}});
    f.deadlines.push_back(std::move(d));
    if (const Rule* rec = pack.at("se.plan.broken_record", on)) f.notices.push_back(rec->explain());
    if (!replaced)
        f.statuses.push_back({l.steps[2].reached ? "status.se.closed" : "status.se.plan_broken",
                              l.steps[static_cast<std::size_t>(l.current)].why});
    return l;
}

}  // namespace jobbplan::detail::se
