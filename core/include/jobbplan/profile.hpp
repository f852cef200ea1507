#pragma once
// The jobseeker's own document: situation, dated event log, plan draft and joblog. This is what is
// stored in the browser and exported for the caseworker (schema: assets/schema/profile.schema.json).
#include "jobbplan/calendar.hpp"
#include "jobbplan/diagnostics.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan {

inline constexpr int kProfileSchemaVersion = 1;

// Systems, by the id used in rule packs and profiles.
inline constexpr std::string_view kFinland = "fi";
inline constexpr std::string_view kDenmark = "dk";
inline constexpr std::string_view kTrelleborg = "se-trelleborg";

// A future change the jobseeker already knows of (Danish 6-week exemption, Trelleborg leave).
struct PlannedChange {
    std::string kind;  // "job", "maternity", "efterloen", "fleksydelse", "folkepension", "parental_leave", "studies"
    Date date;
};

struct Situation {
    std::string system;        // kFinland | kDenmark | kTrelleborg
    std::string municipality;  // "Karleby", "Borgå", "København", "Trelleborg"
    // dk: "dagpenge" | "kontanthjaelp" | "uddannelseshjaelp"
    // fi: "labour_market_subsidy" | "kela_basic_allowance" | "earnings_related" | "none"
    // se-trelleborg: "forsorjningsstod" | "service" (not applying for försörjningsstöd)
    std::string benefit;
    Date registered_on;                  // registration as unemployed / first contact / nysamtal
    std::optional<Date> benefit_since;   // dk: first day on dagpenge (decides pre/post 2024 process)
    // The first day this joblog is kept in Jobbplan ("I have logged elsewhere until then"). Periods
    // that end before it are listed but never judged: their empty weeks are not evidence of neglect.
    // Empty = everything since registration is logged here (files from before the field existed).
    std::optional<Date> joblog_from;
    std::optional<Date> birth_date;
    std::string mother_tongue;           // ISO 639-1, e.g. "fi", "sv", "ar"
    bool part_time = false;              // fi: may count more hours from current employer
    bool in_employment_service = false;  // fi: in an employment-promoting service
    std::optional<int> agreed_applications_per_month;  // fi: 0..4, from the employment plan; empty = not agreed yet
    std::optional<Date> plan_agreed_on;  // fi: the day the employment plan with that number was made or last updated
    std::optional<PlannedChange> planned_change;
    std::optional<Date> child_birth_date;  // se: parental leave milestones
    bool addiction_treatment = false;      // se: in treatment with beroendeenheten
    std::optional<int> commute_minutes;    // se: how far you search for work, minutes one way (90-minute rule: at least 90)
    // se: whether the jobseeker is at the labour market's disposal in full (vocabulary.hpp
    // kAvailabilities): "full", "limited_health" (a work impediment from ill health),
    // "limited_other" (not available in some degree for another reason); empty = not stated
    std::string availability;
    // se: the trip to an activity that needs a bus card, km one way (a bus card only over 6 km);
    // empty = no such activity or not known
    std::optional<int> activity_trip_km;
    // dk: applications a week from Min Plan's "Krav til jobsøgning"; empty = FAK's 2 (seed 002)
    std::optional<int> applications_per_week;
};

// One dated thing that happened. `type` decides which optional fields matter; the reader checks them.
struct Event {
    std::string id;
    std::string type;  // see assets/schema/profile.schema.json "eventType"
    Date date;
    // se-trelleborg: when on `date` (plan_sent, plan_signed: the 48 hours are counted in hours);
    // empty = not known
    std::optional<TimeOfDay> time;
    std::optional<Date> until;       // leave, sickness, booking deadline
    std::string party;               // "a-kasse", "jobcenter", "te", "trial", "arbetsmarknad", "beroendeenheten"
    std::string mode;                // "in_person", "phone", "digital"
    std::optional<bool> lawful_excuse;  // meeting_missed / cancelled: lovligt forhindret
    std::optional<bool> valid_reason;   // job_offer_refused; empty = not stated
    // sanction_received (fi): "job_search" | "job_refusal"; studies_started (se-trelleborg): "sfi" |
    // "csn" | "no_csn" (vocabulary.hpp); empty = not stated
    std::string cause;
    // job_started (se-trelleborg): the job is judged to give self-support (egen försörjning, no
    // försörjningsstöd needed); empty = not known yet. Only job_started carries it.
    std::optional<bool> self_supporting;
    std::string note;
    friend bool operator==(const Event&, const Event&) = default;  // a merge compares content too
};

struct JoblogEntry {
    std::string id;
    Date date;
    std::string employer;
    std::string job_title;
    std::string category;  // fi: the ten ways (assets/schema), dk/se: "advertised" | "unsolicited"
    bool advertised = true;
    std::optional<int> job_length_weeks;  // empty = permanent / unknown
    std::string how_applied;              // "online", "email", "letter", "in_person", "phone", "other"
    std::string contact;
    std::string status;  // "sent", "interview", "rejected", "offer", "hired", "withdrawn"
    std::string notes;
    friend bool operator==(const JoblogEntry&, const JoblogEntry&) = default;
};

struct PlanDraft {
    std::map<std::string, std::string> sections;  // template section key -> text
    std::vector<std::string> job_goals;            // dk: Min Plan's 2 job goals
};

struct Profile {
    int schema_version = kProfileSchemaVersion;
    Situation situation;
    std::vector<Event> events;
    PlanDraft plan;
    std::vector<JoblogEntry> joblog;
};

// Strict reading: unknown schema versions, wrong types, impossible dates and unknown enum values
// are Problems with the field path (`joblog[17].date: "2024-13-01" is not a date`).
Parsed<Profile> parse_profile(const nlohmann::json& j);
Parsed<Profile> parse_profile_text(std::string_view text);
nlohmann::json to_json(const Profile& p);
// Appends the profile as compact JSON text (the same document as to_json), without building the
// whole tree first: the cheap way to store a long joblog.
void append_json(const Profile& p, std::string& out);

}  // namespace jobbplan
