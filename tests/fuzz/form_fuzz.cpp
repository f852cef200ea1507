// libFuzzer: the check that decides whether a form edit may be kept (record_check.hpp). The app
// asks check_situation / check_event / check_entry before it keeps an edit and then stores the
// whole record (encode_store) for the next start-up to read (decode_store). Invariant: nothing the
// check accepts makes the stored record unreadable, or read back as something else.
//
// The edits come from the input in one of two ways:
// - JSON text (the corpus is seeded from assets/examples and the stored fixtures): its
//   `situation`, `events` and `joblog` (of the document, or of its `profile`) are filled into the
//   form values loosely, as a form would take them before any check: any text, any integer, any
//   date that has the form YYYY-MM-DD whatever its year, yes/no answers through answer_to and the
//   agreed number through agreed_from_form (form_model.hpp). Keys are read in order (events,
//   joblog, situation), so the situation also changes after items were checked against another;
// - any other bytes (FuzzedDataProvider): a sequence of edits whose texts are known words or raw
//   bytes (NUL, control characters, invalid UTF-8), and whose dates span 1888 to 2298.
// The record starts as the app's new profile does (NewProfile: system, its default benefit and
// municipality, registered and joblog from today), and each edit is kept or refused the way App::handle keeps or refuses it.
#include "app/form_model.hpp"
#include "app/store_document.hpp"
#include "jobbplan/choices.hpp"
#include "jobbplan/json_text.hpp"
#include "jobbplan/record_check.hpp"
#include "jobbplan/rule_pack.hpp"
#include "jobbplan/vocabulary.hpp"

#include <fuzzer/FuzzedDataProvider.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace jobbplan;
using namespace jobbplan::web;
using nlohmann::json;

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "form_fuzz: %s %s\n", what, detail.c_str());
    std::abort();
}

const Date kToday{date::year{2026}, date::month{11}, date::day{23}};

class Record {
public:
    explicit Record(std::string system) {
        // As App::handle(NewProfile) starts one.
        static const SystemChoices kChoices[] = {system_choices(kSystems[0], builtin_rule_book(), kToday),
                                                 system_choices(kSystems[1], builtin_rule_book(), kToday),
                                                 system_choices(kSystems[2], builtin_rule_book(), kToday)};
        const SystemChoices& choices = kChoices[std::find(std::begin(kSystems), std::end(kSystems), system) - std::begin(kSystems)];
        p_.situation.system = std::move(system);
        p_.situation.registered_on = kToday;
        p_.situation.joblog_from = kToday;
        p_.situation.benefit = choices.default_benefit;
        p_.situation.municipality = choices.default_municipality;
        if (p_.situation.system == kDenmark) p_.situation.benefit_since = kToday;
        settings_.demo_today = kToday;
    }

    // The whole record is stored after a situation edit (items were checked against the one
    // before) and at the end. A kept item is stored then too, in a second record that holds every
    // item ever kept (ids may repeat there; the reader does not mind), so an item later replaced by
    // one with its id is still caught without writing the whole joblog after every item.
    void update_situation(const Situation& s) {
        if (!check_situation(s).empty()) return;
        p_.situation = s;
        stored(p_);
    }
    void save_entry(JoblogEntry e) {
        if (!check_entry(p_.situation, e).empty()) return;
        if (e.id.empty()) e.id = "j-" + std::to_string(++ids_);
        every_.joblog.push_back(e);
        std::erase_if(p_.joblog, [&](const JoblogEntry& x) { return x.id == e.id; });
        p_.joblog.push_back(std::move(e));
    }
    void save_event(Event e) {
        if (!check_event(p_.situation, e).empty()) return;
        if (e.id.empty()) e.id = "ev-" + std::to_string(++ids_);
        every_.events.push_back(e);
        std::erase_if(p_.events, [&](const Event& x) { return x.id == e.id; });
        p_.events.push_back(std::move(e));
    }
    void finish() {
        stored(p_);
        if (every_.joblog.size() == p_.joblog.size() && every_.events.size() == p_.events.size()) return;
        every_.situation = p_.situation;
        stored(every_);
    }

private:
    // What App::persist writes after a kept change, read as the next start-up reads it.
    void stored(const Profile& p) const {
        std::string text;
        try {
            text = encode_store({settings_, p});
        } catch (const std::exception& e) {
            fail("a kept edit cannot be written:", e.what());
        }
        Parsed<StoredState> back = decode_store(text);
        if (!back.ok()) fail("a kept edit makes the stored record unreadable:", back.problems.front().to_string());
        if (!back.value->profile || to_json(*back.value->profile) != to_json(p) || !(back.value->settings == settings_))
            fail("a kept edit reads back as something else:", text);
    }

    Profile p_, every_;
    Settings settings_;
    int ids_ = 0;
};

// ---- JSON input: the form values, loosely -------------------------------------------------------

std::string text_of(const json& o, const char* k) {
    auto it = o.find(k);
    if (it == o.end() || it->is_null()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_primitive()) return it->dump();
    return {};
}

// A date field: the form parses YYYY-MM-DD (any year); an integer is days since 1970.
std::optional<Date> day_of(const json& o, const char* k) {
    auto it = o.find(k);
    if (it == o.end()) return std::nullopt;
    if (it->is_string()) return parse_date(it->get<std::string>());
    if (it->is_number_integer()) {
        const long long n = std::clamp<long long>(it->get<long long>(), -200000, 200000);
        return Date{date::sys_days{date::days{n}}};
    }
    return std::nullopt;
}

std::optional<int> int_of(const json& o, const char* k) {
    auto it = o.find(k);
    if (it == o.end() || !it->is_number()) return std::nullopt;
    if (it->is_number_float()) return static_cast<int>(std::clamp(it->get<double>(), -1e9, 1e9));
    if (it->is_number_unsigned()) return static_cast<int>(std::min<std::uint64_t>(it->get<std::uint64_t>(), INT_MAX));
    return static_cast<int>(std::clamp<long long>(it->get<long long>(), INT_MIN, INT_MAX));
}

std::optional<bool> flag_of(const json& o, const char* k) {
    auto it = o.find(k);
    if (it == o.end()) return std::nullopt;
    if (it->is_boolean()) return it->get<bool>();
    if (it->is_string()) return answer_to(it->get<std::string>());  // the yes/no/unknown choice
    return std::nullopt;
}

Situation situation_of(const json& o) {
    Situation s;
    s.system = text_of(o, "system");
    s.municipality = text_of(o, "municipality");
    s.benefit = text_of(o, "benefit");
    s.registered_on = day_of(o, "registered_on").value_or(Date{});
    s.benefit_since = day_of(o, "benefit_since");
    s.joblog_from = day_of(o, "joblog_from");
    s.birth_date = day_of(o, "birth_date");
    s.mother_tongue = text_of(o, "mother_tongue");
    s.part_time = flag_of(o, "part_time").value_or(false);
    s.in_employment_service = flag_of(o, "in_employment_service").value_or(false);
    const std::optional<int> agreed = int_of(o, "agreed_applications_per_month");
    s.agreed_applications_per_month = agreed_from_form(agreed.has_value(), agreed.value_or(0));
    s.plan_agreed_on = day_of(o, "plan_agreed_on");
    if (auto pc = o.find("planned_change"); pc != o.end() && pc->is_object())
        s.planned_change = PlannedChange{text_of(*pc, "kind"), day_of(*pc, "date").value_or(Date{})};
    s.child_birth_date = day_of(o, "child_birth_date");
    s.addiction_treatment = flag_of(o, "addiction_treatment").value_or(false);
    s.commute_minutes = int_of(o, "commute_minutes");
    s.activity_trip_km = int_of(o, "activity_trip_km");
    s.applications_per_week = int_of(o, "applications_per_week");
    return s;
}

Event event_of(const json& o) {
    Event e;
    e.id = text_of(o, "id");
    e.type = text_of(o, "type");
    e.date = day_of(o, "date").value_or(Date{});
    e.until = day_of(o, "until");
    e.party = text_of(o, "party");
    e.mode = text_of(o, "mode");
    e.lawful_excuse = flag_of(o, "lawful_excuse");
    e.valid_reason = flag_of(o, "valid_reason");
    e.cause = text_of(o, "cause");
    e.note = text_of(o, "note");
    return e;
}

JoblogEntry entry_of(const json& o) {
    JoblogEntry e;
    e.id = text_of(o, "id");
    e.date = day_of(o, "date").value_or(Date{});
    e.employer = text_of(o, "employer");
    e.job_title = text_of(o, "job_title");
    e.category = text_of(o, "category");
    e.advertised = flag_of(o, "advertised").value_or(e.category != "unsolicited");
    e.job_length_weeks = int_of(o, "job_length_weeks");
    e.how_applied = text_of(o, "how_applied");
    e.contact = text_of(o, "contact");
    e.status = text_of(o, "status");
    e.notes = text_of(o, "notes");
    return e;
}

void from_json_edits(const json& doc) {
    const json& p = doc.contains("profile") && doc["profile"].is_object() ? doc["profile"] : doc;
    std::string system = "dk";
    if (auto s = p.find("situation"); s != p.end() && s->is_object()) {
        const std::string named = text_of(*s, "system");
        if (is_one_of(named, kSystems)) system = named;
    }
    Record r(system);
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.key() == "situation" && it->is_object()) r.update_situation(situation_of(*it));
        if (it.key() == "events" && it->is_array())
            for (const json& e : *it)
                if (e.is_object()) r.save_event(event_of(e));
        if (it.key() == "joblog" && it->is_array())
            for (const json& e : *it)
                if (e.is_object()) r.save_entry(entry_of(e));
    }
    r.finish();
}

// ---- other bytes: edits made of known words and raw bytes -----------------------------------------

std::string word(FuzzedDataProvider& in, std::span<const std::string_view> known) {
    switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0: return {};
        case 1: return in.ConsumeRandomLengthString(24);
        default:
            return known.empty() ? std::string() : std::string(known[in.ConsumeIntegralInRange<std::size_t>(0, known.size() - 1)]);
    }
}
std::string free_text(FuzzedDataProvider& in) { return in.ConsumeBool() ? std::string() : in.ConsumeRandomLengthString(40); }

Date any_day(FuzzedDataProvider& in) {
    if (in.ConsumeIntegralInRange(0, 15) == 0)  // a year_month_day that is no date at all
        return Date{date::year{in.ConsumeIntegralInRange(1899, 2101)}, date::month{in.ConsumeIntegralInRange(0u, 13u)},
                    date::day{in.ConsumeIntegralInRange(0u, 32u)}};
    return Date{date::sys_days{date::days{in.ConsumeIntegralInRange(-30000, 120000)}}};
}
std::optional<Date> maybe_day(FuzzedDataProvider& in) { return in.ConsumeBool() ? std::optional<Date>(any_day(in)) : std::nullopt; }
std::optional<int> maybe_int(FuzzedDataProvider& in, int lo, int hi) {
    return in.ConsumeBool() ? std::optional<int>(in.ConsumeIntegralInRange(lo, hi)) : std::nullopt;
}
std::optional<bool> maybe_flag(FuzzedDataProvider& in) {
    static constexpr std::string_view kAnswers[] = {"unknown", "yes", "no"};
    return answer_to(kAnswers[in.ConsumeIntegralInRange(0, 2)]);
}

void from_bytes(FuzzedDataProvider& in) {
    Record r{std::string(kSystems[in.ConsumeIntegralInRange(0, 2)])};
    for (int n = 0; n < 8 && in.remaining_bytes() > 0; ++n) {
        switch (in.ConsumeIntegralInRange(0, 2)) {
            case 0: {
                Situation s;
                s.system = word(in, kSystems);
                s.municipality = free_text(in);
                s.benefit = word(in, benefits_of(s.system));
                s.registered_on = any_day(in);
                s.benefit_since = maybe_day(in);
                s.joblog_from = maybe_day(in);
                s.birth_date = maybe_day(in);
                s.mother_tongue = free_text(in);
                s.part_time = in.ConsumeBool();
                s.in_employment_service = in.ConsumeBool();
                const bool agreed = in.ConsumeBool();
                s.agreed_applications_per_month = agreed_from_form(agreed, in.ConsumeIntegralInRange(-2, 70));
                s.plan_agreed_on = maybe_day(in);
                if (in.ConsumeBool()) s.planned_change = PlannedChange{word(in, kPlannedChangeKinds), any_day(in)};
                s.child_birth_date = maybe_day(in);
                s.addiction_treatment = in.ConsumeBool();
                s.commute_minutes = maybe_int(in, -10, 1500);
                s.applications_per_week = maybe_int(in, -1, 25);
                r.update_situation(s);
                break;
            }
            case 1: {
                Event e;
                e.id = in.ConsumeBool() ? std::string() : in.ConsumeRandomLengthString(8);
                e.type = word(in, kEventTypes);
                e.date = any_day(in);
                e.until = maybe_day(in);
                e.party = word(in, kParties);
                e.mode = word(in, kModes);
                e.lawful_excuse = maybe_flag(in);
                e.valid_reason = maybe_flag(in);
                e.cause = word(in, kEventCauses);
                e.note = free_text(in);
                r.save_event(std::move(e));
                break;
            }
            default: {
                JoblogEntry e;
                e.id = in.ConsumeBool() ? std::string() : in.ConsumeRandomLengthString(8);
                e.date = any_day(in);
                e.employer = free_text(in);
                e.job_title = free_text(in);
                e.category = word(in, kJoblogCategories);
                e.advertised = in.ConsumeBool();
                e.job_length_weeks = maybe_int(in, -1, 600);
                e.how_applied = word(in, kHowApplied);
                e.contact = free_text(in);
                e.status = word(in, kEntryStatuses);
                e.notes = free_text(in);
                r.save_entry(std::move(e));
                break;
            }
        }
    }
    r.finish();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The project's JSON reader (nesting is bounded); a control character in a text still leaves a
    // complete value, which is what a form may hold.
    if (const JsonRead doc = read_json(text); doc.complete && doc.value.is_object()) {
        from_json_edits(doc.value);
    } else {
        FuzzedDataProvider in(data, size);
        from_bytes(in);
    }
    return 0;
}
