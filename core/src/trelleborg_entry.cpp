// Ingång (nysamtal) and what it takes to be an active jobseeker (seed 004).
#include "trelleborg_parts.hpp"

#include <algorithm>

namespace jobbplan::detail::se {

void entry(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    const Situation& s = p.situation;
    if (const Rule* r = pack.at("se.entry.nysamtal", on)) {
        // registered_on is the nysamtal itself: inskrivning, bedömning and initial planning happen there.
        Meeting m;
        m.kind_key = "meeting.se.nysamtal";
        m.party = "arbetsmarknad";
        m.number = 1;
        m.earliest = m.latest = s.registered_on;
        m.mode_key = "mode.se.booked";
        m.status = s.registered_on <= on ? MeetingStatus::Held : MeetingStatus::Upcoming;
        if (s.registered_on <= on) m.held_on = s.registered_on;
        m.why = r->explain({{"date", to_string(s.registered_on)}});
        f.meetings.push_back(std::move(m));
    }
    if (s.benefit == "service") {
        const Rule* r = pack.at("se.entry.service", on);
        if (r) f.notices.push_back(r->explain());
        f.statuses.push_back({"status.se.service", r ? r->explain() : Explanation{}});
    } else if (const Rule* r = pack.at("se.active.assessment", on)) {
        f.obligations.push_back({"obligation.se.assessment", r->explain()});
    }
    // "Samtycke ska i samband med detta fyllas i av arbetssökande": said before the nysamtal, when
    // the jobseeker can still prepare for it.
    if (const Rule* consent = pack.at("se.entry.consent", on); consent && on < s.registered_on)
        f.obligations.push_back({"obligation.se.consent", consent->explain({{"date", to_string(s.registered_on)}})});
}

void return_after_closure(const RulePack& pack, Date on, Findings& f) {
    const Rule* r = pack.at("se.entry.return", on);
    const bool closed = std::any_of(f.statuses.begin(), f.statuses.end(), [](const Findings::Status& s) {
        return s.key == "status.se.closed" || s.key == "status.se.closed_work";
    });
    if (r && closed) f.notices.push_back(r->explain());
}

void active_jobseeker(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    static const std::pair<const char*, const char*> rules[] = {
        {"se.active.registered_af", "obligation.se.registered_af"},
        {"se.active.search", "obligation.se.search"},
        {"se.active.commute", "obligation.se.commute"},
        {"se.active.accept", "obligation.se.accept"},
        {"se.active.reachable", "obligation.se.reachable"},
        {"se.active.rehabilitation", "obligation.se.rehabilitation"},
        {"se.buscard", "obligation.se.buscard"},
        {"se.plan.current", "obligation.se.current_plan"},
        {"se.meetings.mandatory", "obligation.se.mandatory_meetings"},
        {"se.plan.take_part", "obligation.se.take_part"},
        {"se.plan.paper", "obligation.se.paper_plan"},
        {"se.buscard.programresa", "obligation.se.programresa"},
    };
    for (const auto& [id, key] : rules) {
        const Rule* r = pack.at(id, on);
        if (!r) continue;
        Params params;
        // The pack's figure each sentence names ("{minutes}", "{km}", "{months}").
        for (const char* name : {"minutes", "km", "months"})
            if (r->params.contains(name)) params.push_back({name, std::to_string(int_param(r, name, 0))});
        f.obligations.push_back({key, r->explain(params)});
    }
    // "Söka arbete inom pendlingsavstånd; 90 minuter enkel resa": the 90 minutes set the least area
    // to search. commute_minutes is how far (one way) the jobseeker searches: searching only nearer
    // than the limit is the breach, searching further is fine (rule note).
    const Rule* commute = pack.at("se.active.commute", on);
    int limit = int_param(commute, "minutes", 90);
    // "...ses arbetsmarknadsplaneringen inte som bruten eftersom deltagande i missbruksbehandling är
    // frivillig": told to the jobseeker who says they are in treatment, with what a miss leads to
    // (the planning conversation called at once, which cannot be skipped). Before, the tick box was
    // stored and read by no rule.
    if (const Rule* r = pack.at("se.addiction.missed", on); r && p.situation.addiction_treatment)
        f.obligations.push_back({"obligation.se.treatment_voluntary", explain(r, {}, "obligation.se.treatment_voluntary")});
    // "Busskort godkänns endast för resa över sex kilometer": over the pack's km, not at it.
    const Rule* bus = pack.at("se.buscard", on);
    if (bus && p.situation.activity_trip_km) {
        const int km = int_param(bus, "km", 6);
        const int trip = *p.situation.activity_trip_km;
        f.notices.push_back(explain(bus, {{"trip", std::to_string(trip)}, {"km", std::to_string(km)}},
                                    trip > km ? "notice.se.buscard_possible" : "notice.se.buscard_too_short"));
    }
    if (commute && p.situation.commute_minutes && *p.situation.commute_minutes < limit)
        f.notices.push_back(explain(commute, {{"minutes", std::to_string(*p.situation.commute_minutes)},
                                              {"limit", std::to_string(limit)}},
                                    "notice.se.commute_too_short"));
}

}  // namespace jobbplan::detail::se
