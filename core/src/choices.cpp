// What each system's forms may offer (choices.hpp). The per-system event types and parties follow
// which values the system's evaluator reads (grep core/src/<system>*.cpp); the numbers and the lists
// from the seeds are read from the rule packs, so a new pack version changes the forms too.
#include "jobbplan/choices.hpp"

#include "jobbplan/profile.hpp"
#include "jobbplan/situation_fields.hpp"
#include "jobbplan/vocabulary.hpp"

#include <algorithm>
#include <cctype>

namespace jobbplan {
namespace {

using nlohmann::json;

// Only the types each evaluator reads; a type no rule of the system reads would be logged for
// nothing. The reader still takes every type in every system (an old file keeps reading, and the
// event form keeps an event's own type when it is edited).
//  fi: finland_consequences.cpp (reminder, sanction, refusal), finland_reporting.cpp (report).
//  dk: denmark_meetings/deadlines/consequences.cpp.
//  se-trelleborg: trelleborg_*.cpp. leave_ended is read by no system (a leave's end is its "until").
constexpr std::string_view kFinlandEvents[] = {"report_submitted", "reminder_received", "sanction_received",
                                               "job_offer_refused"};
constexpr std::string_view kDenmarkEvents[] = {"meeting_held",    "meeting_missed", "meeting_cancelled",
                                               "meeting_booked",  "booking_request", "cv_created",
                                               "cv_approved",     "contact_restored", "sanction_received"};
constexpr std::string_view kTrelleborgEvents[] = {"meeting_held",  "meeting_missed",   "plan_sent",
                                                  "plan_signed",   "plan_broken",      "contact",
                                                  "sick_reported", "doctor_certificate", "leave_started",
                                                  "treatment_missed", "job_started",   "studies_started",
                                                  "childcare_certificate", "active_planning_started",
                                                  "parental_leave_applied", "drug_test_declined"};

// The parties each system's meetings and events name (the ones with a ui.party.* label).
constexpr std::string_view kFinlandParties[] = {"trial", "te"};
constexpr std::string_view kDenmarkParties[] = {"jobcenter", "a-kasse"};
constexpr std::string_view kTrelleborgParties[] = {"arbetsmarknad", "beroendeenheten"};

// Each event detail with the evaluator that reads it. The answers' ids are what the form's
// yes/no/unknown values are ("unknown": not stated, so the report asks instead of assuming).
//  lawful_excuse: denmark_meetings.cpp, denmark_consequences.cpp, trelleborg_broken.cpp.
//  valid_reason, sanction_cause: finland_consequences.cpp.
//  time_of_day: trelleborg_plan.cpp. leave_approved: trelleborg_broken.cpp. self_supporting,
//  studies_kind: trelleborg_closure.cpp.
std::vector<Option> answers(std::string_view prefix, bool unknown_first) {
    std::vector<Option> out;
    const std::string p{prefix};
    if (unknown_first) out.push_back({"unknown", p + "unknown"});
    out.push_back({"yes", p + "yes"});
    out.push_back({"no", p + "no"});
    if (!unknown_first) out.push_back({"unknown", p + "unknown"});
    return out;
}

EventQuestion time_of_day(std::string type) { return {std::move(type), EventDetail::time_of_day, "ui.event.time", {}}; }
// Not stated first: a miss whose excuse nobody has stated is asked about, never taken as "no".
// dk asks it of a cancelled conversation (meeting_cancelled) too.
EventQuestion lawful_excuse(std::string type = "meeting_missed") {
    return {std::move(type), EventDetail::lawful_excuse, "ui.event.lawful_excuse", answers("ui.event.lawful_excuse.", true)};
}

// What the studies are; not stated first, so an untouched form asks instead of choosing one.
std::vector<Option> studies_kinds() {
    std::vector<Option> out{{"", "ui.event.studies_kind.unknown"}};
    for (std::string_view kind : kStudiesKinds) out.push_back({std::string{kind}, "ui.event.studies_kind." + std::string{kind}});
    return out;
}

// trelleborg_leave.cpp reads a planned parental leave; dk's kinds are the pack's (six-week exemption).
constexpr std::string_view kTrelleborgChanges[] = {"parental_leave"};

// Mother tongues offered by name: the two domestic languages, English, and the languages most
// spoken by foreign-language speakers in Finland (Statistics Finland). Anything else is "other".
constexpr std::string_view kMotherTongues[] = {"fi", "sv", "en", "ru", "et", "ar", "uk", "so", "fa", "ku",
                                           "zh", "sq", "vi", "th", "tr", "es", "de", "fr", "pl"};

// Municipalities no rule lists but people live in; the label is their names, the rules see "other".
//  fi: the TE office serves every municipality outside the trials; Helsinki is the largest.
//  dk and se-trelleborg: no rule depends on the municipality; the pack covers one (Trelleborg) or
//  the whole country (Denmark: jobcentre everywhere, København listed as the largest).
const std::vector<std::vector<std::string>>& extra_municipalities(std::string_view system) {
    static const std::vector<std::vector<std::string>> fi = {{"Helsingfors", "Helsinki"}};
    static const std::vector<std::vector<std::string>> dk = {{"København"}};
    static const std::vector<std::vector<std::string>> se = {{"Trelleborg"}};
    static const std::vector<std::vector<std::string>> none;
    if (system == kFinland) return fi;
    if (system == kDenmark) return dk;
    if (system == kTrelleborg) return se;
    return none;
}

std::string_view new_profile_benefit(std::string_view system) {
    // The most common case in each system: a-kasse member on dagpenge (dk), earnings-related
    // allowance (fi), försörjningsstöd (se). The Situation screen asks for the real one.
    if (system == kDenmark) return "dagpenge";
    if (system == kFinland) return "earnings_related";
    if (system == kTrelleborg) return "forsorjningsstod";
    return {};
}

std::vector<Option> options(std::span<const std::string_view> ids, std::string_view prefix) {
    std::vector<Option> out;
    for (std::string_view id : ids) out.push_back({std::string{id}, std::string{prefix} + std::string{id}});
    return out;
}

std::vector<std::string> strings(const Rule* r, std::string_view name) {
    std::vector<std::string> out;
    if (!r) return out;
    auto it = r->params.find(std::string{name});
    if (it == r->params.end() || !it->is_array()) return out;
    for (const json& v : *it)
        if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

int integer(const Rule* r, std::string_view name) {
    if (!r) return 0;
    auto it = r->params.find(std::string{name});
    return it != r->params.end() && it->is_number_integer() ? it->get<int>() : 0;
}

// A "municipalities" param: each item is one municipality, as its names (["Borgå", "Porvoo"]) or
// as a single name ("Borgå", the older shape).
void add_municipalities(const Rule* r, std::vector<Municipality>& out) {
    if (!r) return;
    auto it = r->params.find("municipalities");
    if (it == r->params.end() || !it->is_array()) return;
    for (const json& m : *it) {
        Municipality place;
        if (m.is_string()) place.names.push_back(m.get<std::string>());
        else if (m.is_array())
            for (const json& n : m)
                if (n.is_string()) place.names.push_back(n.get<std::string>());
        if (place.names.empty()) continue;
        place.id = place.names.front();
        out.push_back(std::move(place));
    }
}

void add_places(const std::vector<std::vector<std::string>>& places, std::vector<Municipality>& out) {
    for (const auto& names : places) {
        const bool known = std::any_of(out.begin(), out.end(), [&](const Municipality& m) {
            return std::any_of(m.names.begin(), m.names.end(),
                               [&](const std::string& n) { return folded_name(n) == folded_name(names.front()); });
        });
        if (!known) out.push_back({names.front(), names, {}});
    }
}

// Asks for `field` when `rule_id` is in force on `on`: the form shows what some rule reads, and
// nothing else (data minimisation: a date of birth no rule of the system reads is not asked).
void ask(SystemChoices& c, const RulePack* pack, Date on, SituationField field, const char* rule_id,
         std::vector<std::string> benefits = {}, NumberBounds bounds = {}) {
    if (pack && pack->at(rule_id, on)) c.situation_fields.push_back({field, rule_id, std::move(benefits), bounds});
}

void finland(SystemChoices& c, const RulePack* pack, Date on) {
    c.benefits = options(kFinlandBenefits, "ui.benefit.");
    // Seed 000's ten ways, as the pack lists them. An open application answers no advertisement;
    // every other way is tied to a job or a service that is there (the dk/se flag has no rule here).
    const Rule* ways = pack ? pack->at("fi.applications.ways", on) : nullptr;
    for (const std::string& id : strings(ways, "categories"))
        if (is_one_of(id, kJoblogCategories))
            c.categories.push_back({id, "ui.category." + id, id != "fi.open_application"});
    c.event_types = options(kFinlandEvents, "ui.event.");
    c.parties = options(kFinlandParties, kPartyKeyPrefix);
    c.planned_changes = {{"", "ui.change.none"}};
    if (pack) {
        add_municipalities(pack->at("fi.provider.karleby_trial", on), c.municipalities);
        add_municipalities(pack->at("fi.provider.borga_trial", on), c.municipalities);
    }
    c.languages.push_back({"", "ui.language.none"});
    for (std::string_view code : kMotherTongues) c.languages.push_back({std::string{code}, "ui.language." + std::string{code}});
    c.languages.push_back({std::string{kOtherChoice}, "ui.language.other"});
    c.max_applications_per_month = integer(pack ? pack->at("fi.applications.monthly_max", on) : nullptr, "max");
    ask(c, pack, on, SituationField::birth_date, "fi.provider.borga_trial");
    ask(c, pack, on, SituationField::mother_tongue, "fi.provider.borga_trial");
    ask(c, pack, on, SituationField::part_time, "fi.applications.ways");
    ask(c, pack, on, SituationField::in_employment_service, "fi.provider.borga_trial");
    ask(c, pack, on, SituationField::agreed_per_month, "fi.applications.from_plan", {},
        {kAgreedPerMonthFinlandBounds.min, std::min(kAgreedPerMonthFinlandBounds.max, c.max_applications_per_month)});
    ask(c, pack, on, SituationField::plan_agreed_on, "fi.applications.from_plan");
    c.event_questions = {
        {"job_offer_refused", EventDetail::valid_reason, "ui.event.valid_reason", answers("ui.event.valid_reason.", true),
         "ui.event.valid_reason_help"},
        {"sanction_received", EventDetail::sanction_cause, "ui.event.cause",
         {{"", "ui.event.cause.unknown"}, {"job_search", "ui.event.cause.job_search"}, {"job_refusal", "ui.event.cause.job_refusal"}}}};
}

void denmark(SystemChoices& c, const RulePack* pack, Date on) {
    c.benefits = options(kDenmarkBenefits, "ui.benefit.");
    c.categories = {{"advertised", "ui.category.advertised", true}, {"unsolicited", "ui.category.unsolicited", false}};
    c.event_types = options(kDenmarkEvents, "ui.event.");
    c.parties = options(kDenmarkParties, kPartyKeyPrefix);
    c.planned_changes = {{"", "ui.change.none"}};
    // Seed: the six-week exemption names the changes that count (dk.joblog.six_week_exemption).
    for (const std::string& kind : strings(pack ? pack->at("dk.joblog.six_week_exemption", on) : nullptr, "kinds"))
        if (is_one_of(kind, kPlannedChangeKinds)) c.planned_changes.push_back({kind, std::string{kChangeKeyPrefix} + kind});
    const Rule* goals = pack ? pack->at("dk.plan.job_goals", on) : nullptr;
    c.job_goals = integer(goals, "goals");
    c.job_goals_benefits = strings(goals, "benefits");
    c.event_questions = {lawful_excuse(), lawful_excuse("meeting_cancelled")};
    // The spell's start and Min Plan's weekly number are read on dagpenge only (denmark.cpp).
    ask(c, pack, on, SituationField::benefit_since, "dk.meetings.dagpenge", {"dagpenge"});
    ask(c, pack, on, SituationField::applications_per_week, "dk.joblog.weekly_minimum", {"dagpenge"}, kApplicationsPerWeekBounds);
}

void trelleborg(SystemChoices& c, const RulePack* pack, Date on) {
    c.benefits = options(kTrelleborgBenefits, "ui.benefit.");
    c.categories = {{"advertised", "ui.category.advertised", true}, {"unsolicited", "ui.category.unsolicited", false}};
    c.event_types = options(kTrelleborgEvents, "ui.event.");
    c.parties = options(kTrelleborgParties, kPartyKeyPrefix);
    c.planned_changes = {{"", "ui.change.none"}};
    for (std::string_view kind : kTrelleborgChanges) c.planned_changes.push_back({std::string{kind}, std::string{kChangeKeyPrefix} + std::string{kind}});
    c.event_questions = {
        time_of_day("plan_sent"), time_of_day("plan_signed"), lawful_excuse(),
        {"leave_started", EventDetail::leave_approved, "ui.event.leave_approved", answers("ui.event.leave_approved.", false)},
        {"job_started", EventDetail::self_supporting, "ui.event.self_supporting", answers("ui.event.self_supporting.", true)},
        {"studies_started", EventDetail::studies_kind, "ui.event.studies_kind", studies_kinds()}};
    // se.availability.certificate and se.health.doctor_certificate read it (trelleborg_sickness.cpp).
    c.availabilities = {{"", "ui.situation.availability.unknown"}};
    for (const Option& o : options(kAvailabilities, "ui.situation.availability.")) c.availabilities.push_back(o);
    ask(c, pack, on, SituationField::commute_minutes, "se.active.commute", {}, kCommuteMinutesBounds);
    ask(c, pack, on, SituationField::agreed_per_month, "se.applications.agreement", {}, kAgreedPerMonthTrelleborgBounds);
    ask(c, pack, on, SituationField::child_birth_date, "se.parental.certificate");
    ask(c, pack, on, SituationField::addiction_treatment, "se.addiction.missed");
    ask(c, pack, on, SituationField::availability, "se.availability.certificate");
    ask(c, pack, on, SituationField::activity_trip_km, "se.buscard", {}, kActivityTripKmBounds);
    const Rule* sign = pack ? pack->at("se.plan.sign", on) : nullptr;
    const Rule* problems = pack ? pack->at("se.plan.sign_problems", on) : nullptr;
    if (sign && problems) {
        const int hours = integer(sign, "hours");
        c.plan_signing = PlanSigning{"plan_sent", "plan_signed", "deadline.se.sign_plan", hours,
                                     sign->explain({{"hours", std::to_string(hours)}}), problems->explain({})};
        c.plan_signing->how.text_key = "ui.sign.how";  // the rule's own sentence names a plan's dates
    }
}

// Two bytes of UTF-8 (0xC3 xx) for the Nordic letters, as plain ASCII.
const char* plain(unsigned char second) {
    switch (second) {
        case 0x85: case 0xA5: return "a";   // Å å
        case 0x84: case 0xA4: return "a";   // Ä ä
        case 0x96: case 0xB6: return "o";   // Ö ö
        case 0x98: case 0xB8: return "o";   // Ø ø
        case 0x86: case 0xA6: return "ae";  // Æ æ
        case 0x9C: case 0xBC: return "u";   // Ü ü
        default: return nullptr;
    }
}

}  // namespace

int SystemChoices::job_goals_for(std::string_view benefit) const {
    if (job_goals_benefits.empty()) return job_goals;
    return std::find(job_goals_benefits.begin(), job_goals_benefits.end(), benefit) != job_goals_benefits.end() ? job_goals : 0;
}

const AskedField* SystemChoices::asks(SituationField field, std::string_view benefit) const {
    for (const AskedField& f : situation_fields)
        if (f.field == field && (f.benefits.empty() || std::find(f.benefits.begin(), f.benefits.end(), benefit) != f.benefits.end()))
            return &f;
    return nullptr;
}

std::vector<const EventQuestion*> SystemChoices::questions_for(std::string_view type) const {
    std::vector<const EventQuestion*> out;
    for (const EventQuestion& q : event_questions)
        if (q.event_type == type) out.push_back(&q);
    return out;
}

const EventQuestion* SystemChoices::question(std::string_view type, EventDetail detail) const {
    for (const EventQuestion& q : event_questions)
        if (q.event_type == type && q.detail == detail) return &q;
    return nullptr;
}

SystemChoices system_choices(std::string_view system, const RuleBook& book, Date on) {
    SystemChoices c;
    if (!is_one_of(system, kSystems)) return c;
    c.system = std::string{system};
    const RulePack* pack = book.pack(system);
    if (system == kFinland) finland(c, pack, on);
    else if (system == kDenmark) denmark(c, pack, on);
    else trelleborg(c, pack, on);
    c.parties.push_back({"", "ui.party.none"});
    c.modes = options(kModes, "ui.mode.");
    c.modes.push_back({"", "ui.mode.none"});
    add_places(extra_municipalities(system), c.municipalities);
    c.default_municipality = c.municipalities.empty() ? std::string{} : c.municipalities.front().id;
    c.municipalities.push_back({std::string{kOtherChoice}, {}, "ui.municipality.other"});
    c.default_benefit = std::string{new_profile_benefit(system)};
    return c;
}

// Borgå is also written Borga: on a keyboard or in a system without å (e-mail addresses, old
// registers) the Swedish letters are written as the plain ones, and no two Nordic municipalities'
// names differ only in them, so matching them alike finds the place the jobseeker meant.
std::string folded_name(std::string_view name) {
    const std::size_t b = name.find_first_not_of(" \t\r\n"), e = name.find_last_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    name = name.substr(b, e - b + 1);
    std::string out;
    out.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto ch = static_cast<unsigned char>(name[i]);
        if (ch == 0xC3 && i + 1 < name.size())
            if (const char* p = plain(static_cast<unsigned char>(name[i + 1]))) {
                out += p;
                ++i;
                continue;
            }
        out += ch < 0x80 ? static_cast<char>(std::tolower(ch)) : static_cast<char>(ch);
    }
    return out;
}

std::string municipality_choice(const SystemChoices& c, std::string_view text) {
    const std::string want = folded_name(text);
    if (!want.empty())
        for (const Municipality& m : c.municipalities)
            for (const std::string& n : m.names)
                if (folded_name(n) == want) return m.id;
    return std::string{kOtherChoice};
}

std::string language_choice(const SystemChoices& c, std::string_view text) {
    const std::string want = folded_name(text);
    if (want.empty()) return {};
    for (const Option& o : c.languages)
        if (!o.id.empty() && o.id != kOtherChoice && o.id == want) return o.id;
    return std::string{kOtherChoice};
}

}  // namespace jobbplan
