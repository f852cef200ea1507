// MeetingSchedule: the job conversations of the first six months. The seeds give counts per period,
// not dates: each conversation's window is its whole period (caseworker's reading, in note_key).
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

// 001: six conversations in the first six months; with the 2024 process the a-kasse holds the first
// `akasse_conversations` within the first `akasse_months` and the jobcenter the rest in the months
// after. The seed sets no date for each conversation inside its block, so every conversation of a
// block has the block's whole window (note_key). Before 2024 (002) all six are at the jobcenter.
std::vector<Meeting> dagpenge_series(const Context& c, const Rule& r) {
    std::vector<Meeting> out;
    int n = int_param(r, "conversations"), months = int_param(r, "months");
    int akasse = int_param(r, "akasse_conversations"), akasse_months = int_param(r, "akasse_months");
    Date handover = add_months(c.start, akasse_months);
    Date end = add_days(add_months(c.start, months), -1);
    for (int k = 1; k <= n; ++k) {
        if (k <= akasse) out.push_back(conversation(k, "a-kasse", c.start, add_days(handover, -1), r));
        else out.push_back(conversation(k, "jobcenter", akasse > 0 ? handover : c.start, end, r));
    }
    return out;
}

// 001: four conversations in the first six months, the first within one week of first contact. The
// others have the whole six months as their window (note_key).
std::vector<Meeting> jobcenter_series(const Context& c, const Rule& r) {
    std::vector<Meeting> out;
    int n = int_param(r, "conversations");
    Date end = add_days(add_months(c.start, int_param(r, "months")), -1);
    out.push_back(conversation(1, "jobcenter", c.start, add_days(c.start, int_param(r, "first_within_days")), r));
    for (int k = 2; k <= n; ++k) out.push_back(conversation(k, "jobcenter", c.start, end, r));
    return out;
}

bool party_matches(const Event& e, const Meeting& m) { return e.party.empty() || e.party == m.party; }

// Held conversations fill the series in date order. A miss (or a cancellation) without lawful
// excuse that no later held conversation with the same party made good belongs to the first open
// conversation whose window holds it. While that window is open the conversation is "rebook" (missed
// on the user's entry, and still to be held: book a new time); only when the window has closed
// without it being held is it "missed". Plain "due" after a miss read as if nothing had happened.
struct Marked {
    const Meeting* meeting;
    const Event* miss;
};

std::vector<Marked> mark(const Context& c, std::vector<Meeting>& meetings) {
    auto held = events(c, "meeting_held");
    for (const Event* e : held)
        for (Meeting& m : meetings)
            if (!m.held_on && party_matches(*e, m)) {
                m.held_on = e->date;
                m.status = MeetingStatus::Held;
                m.decided_by = decided_by(*e);
                break;
            }
    std::vector<Marked> misses;
    std::vector<const Meeting*> taken;
    // 002: a cancellation (afbud) for a reason that is not lawful counts as a miss ("Du kan også miste
    // dagpenge, hvis du melder afbud af andre ikke 'lovlige' årsager").
    std::vector<const Event*> absences = events(c, "meeting_missed");
    for (const Event* e : events(c, "meeting_cancelled")) absences.push_back(e);
    std::stable_sort(absences.begin(), absences.end(), [](const Event* a, const Event* b) { return a->date < b->date; });
    for (const Event* e : absences) {
        if (e->lawful_excuse.value_or(false)) continue;  // sickness, a job interview: rebook, not a miss
        bool made_good = std::any_of(held.begin(), held.end(), [&](const Event* h) {
            return e->date < h->date && (e->party.empty() || h->party.empty() || e->party == h->party);
        });
        if (made_good) continue;
        for (Meeting& m : meetings)
            if (!m.held_on && party_matches(*e, m) && m.earliest <= e->date && e->date <= m.latest &&
                std::find(taken.begin(), taken.end(), &m) == taken.end()) {
                taken.push_back(&m);
                misses.push_back({&m, e});
                break;
            }
    }
    for (Meeting& m : meetings) {
        if (m.held_on) continue;
        bool miss = std::find(taken.begin(), taken.end(), &m) != taken.end();
        if (c.on < m.earliest) m.status = MeetingStatus::Upcoming;
        else if (c.on <= m.latest) m.status = miss ? MeetingStatus::Rebook : MeetingStatus::Due;  // missed, window open: book again
        else m.status = miss ? MeetingStatus::Missed : MeetingStatus::Overdue;
    }
    // A miss is named on its conversation whether its window is still open (due: rebook) or closed.
    for (Meeting& m : meetings)
        for (const Marked& x : misses)
            if (x.meeting == &m) m.decided_by = decided_by(*x.miss);
    return misses;
}

}  // namespace

std::vector<Meeting> meeting_schedule(const Context& c, const Process& p, std::vector<Explanation>& notices) {
    std::vector<Meeting> meetings;
    // The series is the one in force when the spell began (a 2023 start keeps the pre-2024 series).
    if (c.dagpenge) {
        if (const Rule* r = rule_for_start(c, "dk.meetings.dagpenge")) meetings = dagpenge_series(c, *r);
    } else if (const Rule* r = rule_for_start(c, "dk.meetings.kontanthjaelp")) {
        meetings = jobcenter_series(c, *r);
    }
    auto misses = mark(c, meetings);
    // After a miss, book a new time (002: "Du skal selv booke møderne i a-kassen og på Jobcenteret").
    if (const Rule* r = rule(c, "dk.meetings.rebook_after_miss"))
        for (const Marked& x : misses) {
            auto booked = events(c, "meeting_booked");
            bool rebooked = std::any_of(booked.begin(), booked.end(), [&](const Event* b) { return x.miss->date <= b->date; });
            if (!rebooked) {
                Explanation e = r->explain({{"number", std::to_string(x.meeting->number)}, {"party", x.meeting->party},
                                            {"date", to_string(x.miss->date)}});
                if (x.miss->type == "meeting_cancelled") e.text_key = "rule.dk.meetings.rebook_after_cancel";
                notices.push_back(std::move(e));
            }
        }
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
