#pragma once
// The profile reader's vocabularies, declared once. The reader (profile.cpp) accepts exactly these
// values, so every file written with them reads again; system_choices (choices.hpp) offers each
// system its own part of them. assets/schema/profile.schema.json documents the same lists
// (tests/core/profile_test.cpp checks that the two agree).
#include <algorithm>
#include <span>
#include <string_view>

namespace jobbplan {

inline constexpr std::string_view kSystems[] = {"fi", "dk", "se-trelleborg"};

// Event.type. Which of them a system's rules read is system_choices' business; the reader takes
// every one in every system, so old files keep reading.
inline constexpr std::string_view kEventTypes[] = {
    "meeting_held", "meeting_missed", "meeting_booked", "booking_request", "contact_restored",
    "cv_approved", "reminder_received", "sanction_received", "report_submitted", "job_offer_refused",
    "plan_sent", "plan_signed", "plan_broken", "contact", "sick_reported", "doctor_certificate",
    "leave_started", "leave_ended", "treatment_missed", "job_started", "studies_started",
    // dk: the jobseeker's own CV on Jobnet (approval is cv_approved); a conversation cancelled (afbud)
    "cv_created", "meeting_cancelled",
    // se-trelleborg, parental leave (seed 004): the certificate that the child is registered for
    // childcare, the day active planning started again, the leave application handed in
    "childcare_certificate", "active_planning_started", "parental_leave_applied",
    // se-trelleborg: declined a drug test the plan requires (seed 004, a broken plan)
    "drug_test_declined"};

// JoblogEntry.category: dk/se "advertised" | "unsolicited", fi the ten ways (seed 000).
inline constexpr std::string_view kJoblogCategories[] = {
    "advertised", "unsolicited", "fi.job_2_weeks", "fi.offered_job", "fi.more_hours", "fi.entrepreneur",
    "fi.job_market_profile", "fi.staffing_register", "fi.kuntarekry", "fi.open_application", "fi.grant",
    "fi.other_activity"};

inline constexpr std::string_view kParties[] = {"a-kasse", "jobcenter", "te", "trial", "kela", "arbetsmarknad",
                                                "beroendeenheten", "socialtjanst", "employer"};
// The catalogue keys that name a party or a planned change in words ("ui.party.a-kasse" is "a-kassan"
// in Swedish). The choices lists and report sentences both read them from here.
inline constexpr std::string_view kPartyKeyPrefix = "ui.party.";
inline constexpr std::string_view kChangeKeyPrefix = "ui.change.";

// A sentence's params whose value is one of those ids, not a word: "{party}" is filled with
// "a-kasse", "{change}" with "job". report_text.hpp looks the word up before the sentence is written,
// so no reader sees an id.
struct TermParam {
    std::string_view name;
    std::string_view key_prefix;
};
inline constexpr TermParam kTermParams[] = {
    {"party", kPartyKeyPrefix}, {"approver", kPartyKeyPrefix}, {"change", kChangeKeyPrefix}};

inline constexpr std::string_view kModes[] = {"in_person", "phone", "digital"};
inline constexpr std::string_view kSanctionCauses[] = {"job_search", "job_refusal"};  // fi
// se-trelleborg studies_started: what the studies are (seed 004's "Studier"), stored in Event.cause:
// SFI (svenska för invandrare), studies with CSN grant and loan, studies without CSN.
inline constexpr std::string_view kStudiesKinds[] = {"sfi", "csn", "no_csn"};
// Every value Event.cause takes, as the reader accepts it on any event (as it always has; only the
// rules of the event's own type read it): the two lists above, in order.
inline constexpr std::string_view kEventCauses[] = {"job_search", "job_refusal", "sfi", "csn", "no_csn"};
inline constexpr std::string_view kPlannedChangeKinds[] = {"job", "maternity", "efterloen", "fleksydelse",
                                                           "folkepension", "parental_leave", "studies"};
// Situation.availability (se-trelleborg, seed 004): each limit needs its own certificate.
inline constexpr std::string_view kAvailabilities[] = {"full", "limited_health", "limited_other"};
inline constexpr std::string_view kHowApplied[] = {"online", "email", "letter", "in_person", "phone", "other"};
inline constexpr std::string_view kEntryStatuses[] = {"sent", "interview", "rejected", "offer", "hired", "withdrawn"};

// Situation.benefit, per system.
inline constexpr std::string_view kDenmarkBenefits[] = {"dagpenge", "kontanthjaelp", "uddannelseshjaelp"};
inline constexpr std::string_view kFinlandBenefits[] = {"labour_market_subsidy", "kela_basic_allowance",
                                                        "earnings_related", "none"};
inline constexpr std::string_view kTrelleborgBenefits[] = {"forsorjningsstod", "service"};

// The benefits the reader takes for `system`; empty for a system it does not know.
inline std::span<const std::string_view> benefits_of(std::string_view system) {
    if (system == "dk") return kDenmarkBenefits;
    if (system == "fi") return kFinlandBenefits;
    if (system == "se-trelleborg") return kTrelleborgBenefits;
    return {};
}

inline bool is_one_of(std::string_view value, std::span<const std::string_view> allowed) {
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

}  // namespace jobbplan
