// MeetingSchedule: the job conversations of the first six months. The seeds give counts per period,
// not dates; the windows (conversation k of a monthly series in month k) are the caseworker's reading
// recorded in the rules' note_key.
#include "denmark.hpp"

#include <algorithm>

namespace jobbplan::detail::dk {

namespace {

Meeting conversation(int number, const std::string& party, Date earliest, Date latest, const Rule& why) {
    Meeting m;
    m.kind_key = "meeting.dk.job_conversation";
    m.party = party;
    m.number = number;
    m.earliest = earliest;
    m.latest = latest;
    // 001: the first conversation is in person; afterwards the jobseeker chooses.
    m.mode_key = number == 1 ? "mode.in_person" : "mode.choice";
    m.why = why.explain({{"number", std::to_string(number)}, {"party", party},
                         {"earliest", to_string(earliest)}, {"latest", to_string(latest)}});
    return m;
}

std::vector<Meeting> dagpenge_series(const Context& c, const Process& p, const Rule& r) {
    std::vector<Meeting> out;
    int n = int_param(r, "conversations"), months = int_param(r, "months");
    for (int k = 1; k <= n && n > 0; ++k) {
        Date earliest = add_months(c.start, (k - 1) * months / n);
        Date latest = add_days(add_months(c.start, k * months / n), -1);
        out.push_back(conversation(k, k <= p.akasse_conversations ? "a-kasse" : "jobcenter", earliest, latest, r));
    }
    return out;
}

std::vector<Meeting> jobcenter_series(const Context& c, const Rule& r) {
    std::vector<Meeting> out;
    int n = int_param(r, "conversations"), step = int_param(r, "months_per_later_conversation");
    out.push_back(conversation(1, "jobcenter", c.start, add_days(c.start, int_param(r, "first_within_days")), r));
    for (int k = 2; k <= n; ++k)
        out.push_back(conversation(k, "jobcenter", add_months(c.start, (k - 2) * step),
                                   add_days(add_months(c.start, (k - 1) * step), -1), r));
    return out;
}

bool party_matches(const Event& e, const Meeting& m) { return e.party.empty() || e.party == m.party; }

// Held conversations fill the series in date order; a miss only marks the window it fell in.
void mark(const Context& c, std::vector<Meeting>& meetings) {
    for (const Event* e : events(c, "meeting_held"))
        for (Meeting& m : meetings)
            if (!m.held_on && party_matches(*e, m)) {
                m.held_on = e->date;
                m.status = "held";
                break;
            }
    auto missed = events(c, "meeting_missed");
    for (Meeting& m : meetings) {
        if (m.held_on) continue;
        bool miss = std::any_of(missed.begin(), missed.end(), [&](const Event* e) {
            // A lawful excuse (sickness, a job interview) means rebooking, not a missed conversation.
            return !e->lawful_excuse.value_or(false) && party_matches(*e, m) && m.earliest <= e->date && e->date <= m.latest;
        });
        if (miss) m.status = "missed";
        else if (m.latest < c.on) m.status = "overdue";
        else if (m.earliest <= c.on) m.status = "due";
        else m.status = "upcoming";
    }
}

}  // namespace

std::vector<Meeting> meeting_schedule(const Context& c, const Process& p, std::vector<Explanation>& notices) {
    std::vector<Meeting> meetings;
    if (c.dagpenge) {
        if (const Rule* r = rule(c, "dk.meetings.dagpenge")) meetings = dagpenge_series(c, p, *r);
    } else if (const Rule* r = rule(c, "dk.meetings.kontanthjaelp")) {
        meetings = jobcenter_series(c, *r);
    }
    mark(c, meetings);
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) { return a.latest < b.latest; });

    if (p.akasse_conversations > 0 && c.on >= p.handover)
        if (const Rule* r = rule(c, "dk.meetings.akasse_joins")) {
            auto first_jobcenter = std::find_if(meetings.begin(), meetings.end(), [](const Meeting& m) { return m.party == "jobcenter"; });
            if (first_jobcenter != meetings.end() && !first_jobcenter->held_on) notices.push_back(r->explain());
        }
    if (const Rule* r = rule(c, "dk.meetings.after_six_months")) {
        Date from = add_months(c.start, int_param(*r, "months"));
        if (c.on >= from) notices.push_back(r->explain({{"from", to_string(from)}}));
    }
    return meetings;
}

}  // namespace jobbplan::detail::dk
