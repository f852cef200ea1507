#pragma once
// What the page may offer for one system: the benefits, joblog categories, event types, parties,
// planned changes, municipalities and mother tongues to choose from, the numbers the forms are
// bounded by, and a new profile's defaults. The UI reads only this, so no rule decision is made in
// UI code; lists and numbers from the seeds are the rule packs' params, the rest is the reader's
// vocabulary (vocabulary.hpp) or declared here. Every value offered is one the profile reader takes.
#include "jobbplan/calendar.hpp"
#include "jobbplan/rule_pack.hpp"
#include "jobbplan/situation_fields.hpp"

#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace jobbplan {

// A value and the ui catalogue key of its label.
struct Option {
    std::string id;
    std::string label_key;
    friend bool operator==(const Option&, const Option&) = default;
};

struct CategoryOption {
    std::string id;
    std::string label_key;
    bool advertised = true;  // what JoblogEntry.advertised is when this category is chosen
};

// The municipality choice "other" (any municipality not listed; fi: served by the TE office).
inline constexpr std::string_view kOtherChoice = "other";

struct Municipality {
    std::string id;                  // the value stored in Situation.municipality (the first name), or "other"
    std::vector<std::string> names;  // Swedish first, then Finnish where there are two; empty for "other"
    std::string label_key;           // "ui.municipality.other" for "other", else empty: the label is the names
};

// A detail of an event that a rule of the system reads, and so the event form asks for.
enum class EventDetail {
    time_of_day,      // "HH:MM" (se: plan_sent/plan_signed, the 48 hours to sign)
    lawful_excuse,    // answers (meeting_missed, dk meeting_cancelled: a lawful excuse such as sickness? unknown = not stated)
    valid_reason,     // answers (fi job_offer_refused: with a valid reason?)
    leave_approved,   // answers (se leave_started: approved leave; stored in Event.valid_reason)
    self_supporting,  // answers (se job_started: does the job give self-support?)
    sanction_cause,   // answers (fi sanction_received: what the sanction was for)
    studies_kind,     // answers (se studies_started: SFI, with CSN or without; stored in Event.cause)
};

struct EventQuestion {
    std::string event_type;
    EventDetail detail;
    std::string label_key;       // the question
    std::vector<Option> answers; // empty for time_of_day (a time field)
    std::string help_key = {};   // a line under the question, or empty
};

// se-trelleborg (se.plan.sign): the plan is sent to Mina ärenden and must be signed there with
// BankID within `hours`. The Plan screen records the two events at the minute they happen and reads
// the report's deadline of `deadline_key` for the time left.
struct PlanSigning {
    std::string sent_event;    // "plan_sent"
    std::string signed_event;  // "plan_signed"
    std::string deadline_key;  // "deadline.se.sign_plan"
    int hours = 0;
    Explanation how;       // se.plan.sign, with its hours
    Explanation problems;  // se.plan.sign_problems: trouble signing, contact the secretary
};

// A fact My situation asks for because a rule of the system in force reads it (situation_fields.hpp).
struct AskedField {
    SituationField field;
    std::string rule_id;                // the rule that reads it
    std::vector<std::string> benefits;  // asked only with these benefits; empty = with every one
    NumberBounds bounds{};              // a number's bounds; {0, 0} for a date, a tick or a choice
};

struct SystemChoices {
    std::string system;
    std::vector<Option> benefits;
    std::vector<CategoryOption> categories;
    std::vector<Option> event_types;      // only the types this system's rules read
    std::vector<EventQuestion> event_questions;  // the details of those types its rules read
    std::vector<Option> parties;          // the last is "" (not given)
    std::vector<Option> modes;            // the last is "" (not given)
    std::vector<Option> planned_changes;  // the first is "" (none); only "" where the rules read none
    std::vector<Municipality> municipalities;  // the last is "other"
    // Mother tongue (fi: Borgå's target groups): "" not stated, ISO 639-1 codes shown by name
    // (ui.language.<code>), and "other" for a language not listed. Empty where no rule reads it.
    std::vector<Option> languages;
    // se (seed 004): available in full or limited, and why; "" not stated first. Empty elsewhere.
    std::vector<Option> availabilities;
    int max_applications_per_month = 0;  // fi: the most that may be agreed in the plan (seed 000: 4); else 0
    int job_goals = 0;                   // dk: Min Plan's job goals (seed 002: 2); else 0
    std::vector<std::string> job_goals_benefits;  // the benefits Min Plan's goals apply to; empty = all
    std::string default_benefit;       // a new profile's benefit
    std::string default_municipality;  // a new profile's municipality
    std::optional<PlanSigning> plan_signing;  // where a plan is signed within hours of being sent
    std::vector<AskedField> situation_fields;  // the facts beyond the common ones, by the rules that read them
    // The field as asked with `benefit`, or nullptr when no rule of this system reads it then (a
    // stored value is kept as it is; the form does not show it).
    const AskedField* asks(SituationField field, std::string_view benefit) const;
    // The number of job goals to ask for with `benefit` (0 where the plan has none).
    int job_goals_for(std::string_view benefit) const;
    // The questions for an event of `type`, in the order the form asks them (none for a type the
    // system does not read: an imported event keeps its details as they are).
    std::vector<const EventQuestion*> questions_for(std::string_view type) const;
    const EventQuestion* question(std::string_view type, EventDetail detail) const;
};

// Empty lists and zeros for a system the core does not know. Without the system's pack (or with
// rules not in force on `on`) the lists from the pack are empty and the numbers are 0.
SystemChoices system_choices(std::string_view system, const RuleBook& book, Date on);

// A place name for comparison: trimmed, lower case, and å/ä/æ/ö/ø written as plain letters so a
// name typed on a keyboard without them still matches ("Porvoo ", "BORGÅ", "Borga").
std::string folded_name(std::string_view name);

// The municipality choice `text` stands for (either name, any case, spaces trimmed), or "other".
std::string municipality_choice(const SystemChoices& c, std::string_view text);
// The language choice `text` stands for: "" when empty, a listed code (any case), else "other".
std::string language_choice(const SystemChoices& c, std::string_view text);

}  // namespace jobbplan
