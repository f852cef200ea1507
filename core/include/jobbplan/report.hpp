#pragma once
// What the jobseeker must do, by when, and why: the engine's output for one profile on one date.
#include "jobbplan/calendar.hpp"
#include "jobbplan/explanation.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/rule_pack.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jobbplan {

struct Provider {
    std::string key;  // "provider.te_office", "provider.municipal_trial", "provider.a_kasse", "provider.jobcenter", "provider.trelleborg"
    Explanation why;
};

struct EntryVerdict {
    std::string entry_id;
    bool counted = false;
    // Why it counted or not: the sentence ("verdict.counted", "verdict.fi.too_short", ...) with the
    // rule that decided it and that rule's passage, like every other figure (issue 11 §3).
    Explanation why;
    const std::string& reason_key() const { return why.text_key; }
};

// One review period: an ISO week (dk), a calendar month (fi) or a follow-up period (se).
struct ApplicationPeriod {
    std::string kind;   // "iso_week" | "month"
    std::string label;  // "2026-W48", "2026-11"
    Date start;
    Date end;
    int required = 0;
    int counted = 0;
    bool exempt = false;  // e.g. the Danish 6-week exemption
    bool closed = false;  // end < report date
    // false: listed for information only (fi: no number agreed yet, or before the employment plan
    // that set it); such a period is never reported as met nor as neglected.
    bool judged = true;
    std::vector<EntryVerdict> entries;
    Explanation why;
    // A period that is not judged is never short: nothing may be concluded from it.
    int shortfall() const { return !judged || exempt || counted >= required ? 0 : required - counted; }
};

// MeetingSchedule entries: a conversation that must happen inside a window.
// The recorded event that decided a meeting's or deadline's status (held, missed, met): the report
// says which of the user's own entries it rests on, not only the rule.
struct DecidedBy {
    std::string event_id;  // Event.id; empty for an event stored without one
    std::string type;      // Event.type
    Date date;
};
DecidedBy decided_by(const Event& e);

// What a meeting or deadline is on the report date. Enums in the core, so no code reads meaning
// back from a word (issue 15.2); the word (`to_string`) is used only at the JSON edge and as the
// last part of the catalogue keys "ui.status.<word>" and "state.<word>".
enum class MeetingStatus {
    Upcoming,  // its window has not opened
    Due,       // its window is open
    Held,
    Rebook,    // not held (missed or cancelled) while its window is still open: book again
    Missed,    // not held, and its window has closed after a recorded miss
    Overdue,   // its window has closed with nothing recorded
};
enum class DeadlineStatus {
    Open,
    Met,
    Overdue,
    Replaced,  // missed, but a newer one of its kind took its place: history, not still late
};
inline constexpr MeetingStatus kMeetingStatuses[] = {MeetingStatus::Upcoming, MeetingStatus::Due,    MeetingStatus::Held,
                                                     MeetingStatus::Rebook,   MeetingStatus::Missed, MeetingStatus::Overdue};
inline constexpr DeadlineStatus kDeadlineStatuses[] = {DeadlineStatus::Open, DeadlineStatus::Met, DeadlineStatus::Overdue,
                                                       DeadlineStatus::Replaced};
std::string to_string(MeetingStatus s);
std::string to_string(DeadlineStatus s);
// A deadline met, or else overdue once its day has passed (the whole day counts), or else open.
inline DeadlineStatus deadline_status(bool met, Date due, Date on) {
    return met ? DeadlineStatus::Met : (due < on ? DeadlineStatus::Overdue : DeadlineStatus::Open);
}
// Held or missed for good: nothing more can be done about it in its window.
inline bool settled(MeetingStatus s) { return s == MeetingStatus::Held || s == MeetingStatus::Missed; }

struct Meeting {
    std::string kind_key;  // "meeting.dk.job_conversation", "meeting.se.nysamtal", ...
    std::string party;     // "a-kasse", "jobcenter", ...
    int number = 0;        // 1-based within its series (conversation 1 of 6)
    Date earliest;
    Date latest;
    std::string mode_key;  // "mode.in_person" | "mode.choice" | ...
    MeetingStatus status = MeetingStatus::Upcoming;
    std::optional<Date> held_on;
    std::optional<DecidedBy> decided_by;  // the meeting_held / meeting_missed behind "held" or "missed"
    Explanation why;
};

struct Deadline {
    std::string kind_key;  // "deadline.dk.cv", "deadline.se.sign_plan", "deadline.fi.report", ...
    Date due;
    // The last minute on `due` (se: the 48 hours to sign a plan); empty = the whole day.
    std::optional<TimeOfDay> due_time;
    // Replaced: se, a withdrawn plan followed by a new plan to sign.
    DeadlineStatus status = DeadlineStatus::Open;
    std::optional<DecidedBy> decided_by;  // the event that met it (a CV created, a plan signed, ...)
    Explanation why;
};

struct ConsequenceStep {
    std::string key;  // "consequence.fi.reminder", "consequence.fi.karens5", ...
    // A recorded event shows it happened (a reminder or a sanction received, a meeting missed, a
    // broken plan): only then is the jobseeker told "you are here".
    bool reached = false;
    // The jobseeker's own log shows what can lead to it (short months, an overdue booking) but no
    // decision is recorded: the office may act on it. Shown as what can happen, never as done.
    bool at_risk = false;
    Explanation why;
};

// The escalation a jobseeker is on: Finnish ladder, Danish loss of dagpenge, Trelleborg broken plan.
// Every step is what *can* happen; `current` only moves on recorded events.
struct ConsequenceLadder {
    std::vector<ConsequenceStep> steps;
    // true: each step follows the one before (fi: reminder, then 5, then 10 days; se: broken, then
    // extended, then closed). false: each step is its own outcome of its own failure (dk, 002: a
    // missed booking, a missed or cancelled conversation, doubt about availability), so no step is
    // "next" after another and none is numbered as if the jobseeker climbed them.
    bool escalates = true;
    int current = -1;  // index of the last reached step (a recorded event), -1 = none
    int risk = -1;     // index of the furthest step the log puts at risk beyond `current`, -1 = none
    // The step after `current`, -1 = none. When the log puts a step at risk, that step is what can
    // happen next, so no other is called "next": step 1 marked "next step" beside step 2 "can
    // happen now" read as two answers to one question.
    int next() const {
        if (!escalates) return -1;
        const int n = static_cast<int>(steps.size());
        for (int i = current + 1; i < n; ++i)
            if (steps[static_cast<size_t>(i)].at_risk) return -1;
        return current + 1 < n ? current + 1 : -1;
    }
};

// A standing obligation stated as a rule (90 minutes' commute, accept offered work, ...).
struct Obligation {
    std::string key;
    Explanation why;
};

// Where an official action is done (issue 12.14): the e-service by the name the seed gives it, and
// its address where the seed gives one. Shown as text to copy; the page never opens or calls it.
struct OfficialService {
    std::string name_key;  // "service.dk.jobnet", "service.fi.e_services", "service.se.mina_arenden"
    std::string address;   // "jobnet.dk"; empty when the seed names no address
    Explanation why;       // what is done there, and the passage that says so
};

struct PlanSection {
    std::string key;  // "plan.se.nulage", "plan.dk.job_goals", ...
    bool complete = false;
    std::string hint_key;
    Explanation why;
};

// A document the report rests on, named with its date (issue 11 §4): never silent about age.
struct ReportSource {
    std::string file;
    std::string title_key;
    std::optional<Date> dated;
    // Undated, or the report date is more than the pack's review_after_months past the date:
    // the rules may have changed since; check with the office.
    bool may_have_changed = false;
};

struct Report {
    std::string system;
    Date on;
    std::string status_key;  // one-line summary state, e.g. "status.ok", "status.behind", "status.dagpenge_stopped"
    // The rule behind the status: the fact that decided it (the reached step, the late deadline,
    // the short period, the missing agreement), with its passage. Empty only for an unknown system.
    Explanation status_why;
    Provider provider;
    std::vector<ApplicationPeriod> periods;  // oldest first, up to and including the one holding `on`
    int current_period = -1;                 // index into periods, -1 = none (e.g. no requirement)
    std::vector<Meeting> meetings;           // sorted by latest
    std::vector<Deadline> deadlines;         // sorted by due
    ConsequenceLadder consequences;
    std::vector<Obligation> obligations;
    std::vector<OfficialService> services;  // every "<system>.service.*" rule in force, in the pack's order
    std::vector<PlanSection> plan;
    std::vector<Explanation> notices;  // things to know today (exemption active, plan withdrawn, ...)
    std::vector<ReportSource> sources;  // the documents cited above, in the pack's order
};

// Pure: same profile, rules and date give the same report. Unknown system -> status "status.unknown_system".
Report compute_report(const Profile& profile, const RuleBook& rules, Date on);
// The last due of `r`'s deadlines of `kind_key` (the latest plan sent to sign), or nullptr.
const Deadline* last_deadline(const Report& r, std::string_view kind_key);
nlohmann::json to_json(const Report& r);

}  // namespace jobbplan
