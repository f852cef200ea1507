// What the page may offer per system (choices.hpp): every value offered is one the profile reader
// takes, no system offers another system's event types, and the numbers and lists from the seeds
// are the packs' params (change the pack, the choice changes).
#include "jobbplan/choices.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/vocabulary.hpp"

#include "embedded_assets.hpp"
#include "finland_parts.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace jobbplan {
namespace {

using namespace test_support;

const Date kOn = d("2026-11-23");

std::vector<std::string> ids(const std::vector<Option>& v) {
    std::vector<std::string> out;
    for (const Option& o : v) out.push_back(o.id);
    return out;
}

bool has(const std::vector<std::string>& v, std::string_view id) { return std::find(v.begin(), v.end(), id) != v.end(); }

nlohmann::json profile_json(std::string_view system, std::string_view benefit) {
    return {{"schema_version", 1},
            {"situation", {{"system", system}, {"benefit", benefit}, {"registered_on", "2026-09-07"}}},
            {"events", nlohmann::json::array()},
            {"plan", {{"sections", nlohmann::json::object()}, {"job_goals", nlohmann::json::array()}}},
            {"joblog", nlohmann::json::array()}};
}

// A copy of the built-in book with `edit` applied to the JSON of `system`'s pack.
template <class F>
RuleBook edited_book(std::string_view system, F edit) {
    RuleBook book;
    for (const auto& f : detail::embedded_files()) {
        if (!f.path.starts_with("rules/")) continue;
        auto j = nlohmann::json::parse(f.text);
        if (j["system"] == system) edit(j);
        auto pack = load_rule_pack(j);
        EXPECT_TRUE(pack.ok()) << f.path << ": " << pack.problems[0].to_string();
        if (pack.ok()) book.packs.push_back(*pack.value);
    }
    return book;
}

TEST(Choices, FinlandOffers) {
    const SystemChoices c = system_choices(kFinland, builtin_rule_book(), kOn);
    EXPECT_EQ(c.system, "fi");
    EXPECT_EQ(ids(c.benefits), (std::vector<std::string>{"labour_market_subsidy", "kela_basic_allowance",
                                                          "earnings_related", "none"}));
    ASSERT_EQ(c.categories.size(), 10u);  // seed 000: the ten ways
    EXPECT_EQ(c.categories.front().id, "fi.job_2_weeks");
    for (const CategoryOption& cat : c.categories) {
        EXPECT_TRUE(cat.id.starts_with("fi.")) << cat.id;
        EXPECT_EQ(cat.advertised, cat.id != "fi.open_application") << cat.id;
    }
    const auto types = ids(c.event_types);
    for (const char* t : {"report_submitted", "reminder_received", "sanction_received", "job_offer_refused"})
        EXPECT_TRUE(has(types, t)) << t;
    for (const char* t : {"cv_created", "booking_request", "cv_approved", "plan_signed", "leave_started"})
        EXPECT_FALSE(has(types, t)) << t;
    EXPECT_EQ(ids(c.parties), (std::vector<std::string>{"trial", "te", ""}));
    EXPECT_EQ(ids(c.planned_changes), (std::vector<std::string>{""}));
    EXPECT_EQ(c.max_applications_per_month, 4);
    EXPECT_EQ(c.job_goals, 0);
    ASSERT_GE(c.municipalities.size(), 4u);
    EXPECT_EQ(c.municipalities[0].names, (std::vector<std::string>{"Karleby", "Kokkola"}));
    EXPECT_EQ(c.municipalities[1].names, (std::vector<std::string>{"Borgå", "Porvoo"}));
    EXPECT_EQ(c.municipalities[2].names, (std::vector<std::string>{"Helsingfors", "Helsinki"}));
    EXPECT_EQ(c.municipalities.back().id, "other");
    EXPECT_EQ(c.municipalities.back().label_key, "ui.municipality.other");
    const auto langs = ids(c.languages);
    EXPECT_EQ(langs.front(), "");
    EXPECT_EQ(langs.back(), "other");
    for (const char* code : {"fi", "sv", "en", "ar", "so", "ru", "et", "uk", "fa", "ku", "tr"}) EXPECT_TRUE(has(langs, code)) << code;
    EXPECT_EQ(std::set<std::string>(langs.begin(), langs.end()).size(), langs.size()) << "a language twice";
    EXPECT_EQ(c.default_benefit, "earnings_related");
    EXPECT_EQ(c.default_municipality, "Karleby");
}

TEST(Choices, DenmarkOffers) {
    const SystemChoices c = system_choices(kDenmark, builtin_rule_book(), kOn);
    EXPECT_EQ(ids(c.benefits), (std::vector<std::string>{"dagpenge", "kontanthjaelp", "uddannelseshjaelp"}));
    ASSERT_EQ(c.categories.size(), 2u);
    EXPECT_EQ(c.categories[0].id, "advertised");
    EXPECT_TRUE(c.categories[0].advertised);
    EXPECT_EQ(c.categories[1].id, "unsolicited");
    EXPECT_FALSE(c.categories[1].advertised);
    const auto types = ids(c.event_types);
    for (const char* t : {"meeting_booked", "meeting_held", "meeting_missed", "booking_request", "cv_created",
                          "cv_approved", "contact_restored", "sanction_received"})
        EXPECT_TRUE(has(types, t)) << t;
    for (const char* t : {"reminder_received", "report_submitted", "plan_broken", "treatment_missed"})
        EXPECT_FALSE(has(types, t)) << t;
    EXPECT_EQ(ids(c.parties), (std::vector<std::string>{"jobcenter", "a-kasse", ""}));
    EXPECT_EQ(ids(c.planned_changes),
              (std::vector<std::string>{"", "job", "maternity", "efterloen", "fleksydelse", "folkepension"}));
    EXPECT_EQ(c.job_goals, 2);
    EXPECT_EQ(c.job_goals_for("dagpenge"), 2);
    EXPECT_EQ(c.job_goals_for("kontanthjaelp"), 0);  // dk.plan.job_goals is Min Plan's, for dagpenge
    EXPECT_EQ(c.max_applications_per_month, 0);
    EXPECT_TRUE(c.languages.empty());
    ASSERT_EQ(c.municipalities.size(), 2u);
    EXPECT_EQ(c.municipalities[0].id, "København");
    EXPECT_EQ(c.municipalities[1].id, "other");
    EXPECT_EQ(c.default_benefit, "dagpenge");
    EXPECT_EQ(c.default_municipality, "København");
}

TEST(Choices, TrelleborgOffers) {
    const SystemChoices c = system_choices(kTrelleborg, builtin_rule_book(), kOn);
    EXPECT_EQ(ids(c.benefits), (std::vector<std::string>{"forsorjningsstod", "service"}));
    ASSERT_EQ(c.categories.size(), 2u);
    const auto types = ids(c.event_types);
    for (const char* t : {"plan_sent", "plan_signed", "plan_broken", "sick_reported", "doctor_certificate",
                          "leave_started", "treatment_missed", "job_started", "studies_started", "contact",
                          // seed 004's parental leave: each deadline has its own event (issue 11)
                          "childcare_certificate", "active_planning_started", "parental_leave_applied"})
        EXPECT_TRUE(has(types, t)) << t;
    for (const char* t : {"reminder_received", "cv_created", "booking_request", "report_submitted"})
        EXPECT_FALSE(has(types, t)) << t;
    EXPECT_EQ(ids(c.parties), (std::vector<std::string>{"arbetsmarknad", "beroendeenheten", ""}));
    EXPECT_EQ(ids(c.planned_changes), (std::vector<std::string>{"", "parental_leave"}));
    ASSERT_EQ(c.municipalities.size(), 2u);
    EXPECT_EQ(c.municipalities[0].id, "Trelleborg");
    EXPECT_EQ(c.default_benefit, "forsorjningsstod");
    EXPECT_EQ(c.default_municipality, "Trelleborg");
}

TEST(Choices, UnknownSystemOffersNothing) {
    const SystemChoices c = system_choices("no", builtin_rule_book(), kOn);
    EXPECT_TRUE(c.system.empty());
    EXPECT_TRUE(c.benefits.empty());
    EXPECT_TRUE(c.event_types.empty());
    EXPECT_TRUE(c.municipalities.empty());
    EXPECT_TRUE(c.default_benefit.empty());
}

// A type another system's rules read but this one's do not is not offered: each event type is
// offered by the systems that read it, and the three lists only meet where two systems read it.
TEST(Choices, NoSystemOffersAnotherSystemsEventTypes) {
    const auto fi = ids(system_choices(kFinland, builtin_rule_book(), kOn).event_types);
    const auto dk = ids(system_choices(kDenmark, builtin_rule_book(), kOn).event_types);
    const auto se = ids(system_choices(kTrelleborg, builtin_rule_book(), kOn).event_types);
    const std::set<std::string> shared = {"sanction_received",  // fi karens, dk sanction
                                          "meeting_held", "meeting_missed"};  // dk and se meetings
    for (const auto& [a, b] : {std::pair{&fi, &dk}, std::pair{&fi, &se}, std::pair{&dk, &se}})
        for (const std::string& t : *a)
            if (has(*b, t)) EXPECT_TRUE(shared.count(t)) << t << " offered in two systems";
    for (const char* t : {"meeting_held", "meeting_missed"}) EXPECT_FALSE(has(fi, t)) << t;  // no fi rule reads them
    for (std::string_view t : kEventTypes)
        if (t != "leave_ended")  // no system reads it: a leave's end is its "until"
            EXPECT_TRUE(has(fi, t) || has(dk, t) || has(se, t)) << t << " offered nowhere";
}

// Every value offered reads back: a form can never store what the reader refuses.
TEST(Choices, EveryOfferedValueIsAcceptedByTheReader) {
    for (std::string_view system : kSystems) {
        const SystemChoices c = system_choices(system, builtin_rule_book(), kOn);
        ASSERT_FALSE(c.benefits.empty()) << system;
        for (const Option& b : c.benefits) {
            auto j = profile_json(system, b.id);
            EXPECT_TRUE(parse_profile(j).ok()) << system << " benefit " << b.id;
        }
        auto j = profile_json(system, c.default_benefit);
        j["situation"]["municipality"] = c.default_municipality;
        EXPECT_TRUE(parse_profile(j).ok()) << system << " defaults";
        for (const Option& t : c.event_types)
            for (const Option& party : c.parties)
                for (const Option& mode : c.modes) {
                    auto k = profile_json(system, c.default_benefit);
                    nlohmann::json e = {{"type", t.id}, {"date", "2026-09-10"}};
                    if (!party.id.empty()) e["party"] = party.id;
                    if (!mode.id.empty()) e["mode"] = mode.id;
                    k["events"].push_back(e);
                    auto parsed = parse_profile(k);
                    EXPECT_TRUE(parsed.ok()) << system << " " << t.id << " " << party.id << " " << mode.id << ": "
                                             << (parsed.ok() ? "" : parsed.problems[0].to_string());
                }
        for (const CategoryOption& cat : c.categories) {
            auto k = profile_json(system, c.default_benefit);
            k["joblog"].push_back({{"date", "2026-09-10"}, {"category", cat.id}, {"advertised", cat.advertised}});
            auto parsed = parse_profile(k);
            ASSERT_TRUE(parsed.ok()) << system << " " << cat.id << ": " << parsed.problems[0].to_string();
            EXPECT_EQ(parsed.value->joblog[0].advertised, cat.advertised);
        }
        for (const Option& ch : c.planned_changes) {
            if (ch.id.empty()) continue;
            auto k = profile_json(system, c.default_benefit);
            k["situation"]["planned_change"] = {{"kind", ch.id}, {"date", "2026-12-01"}};
            EXPECT_TRUE(parse_profile(k).ok()) << system << " " << ch.id;
        }
        for (const Option& lang : c.languages) {
            auto k = profile_json(system, c.default_benefit);
            k["situation"]["mother_tongue"] = lang.id;
            EXPECT_TRUE(parse_profile(k).ok()) << system << " " << lang.id;
        }
        if (c.max_applications_per_month > 0) {
            auto k = profile_json(system, c.default_benefit);
            k["situation"]["agreed_applications_per_month"] = c.max_applications_per_month;
            EXPECT_TRUE(parse_profile(k).ok()) << system << " max " << c.max_applications_per_month;
        }
    }
}

// Every label the forms show is in every catalogue.
TEST(Choices, EveryLabelIsInEveryCatalogue) {
    for (std::string_view system : kSystems) {
        const SystemChoices c = system_choices(system, builtin_rule_book(), kOn);
        std::vector<std::string> keys;
        for (const auto* list : {&c.benefits, &c.event_types, &c.parties, &c.modes, &c.planned_changes, &c.languages})
            for (const Option& o : *list) keys.push_back(o.label_key);
        for (const CategoryOption& o : c.categories) keys.push_back(o.label_key);
        for (const EventQuestion& q : c.event_questions) {
            keys.push_back(q.label_key);
            if (!q.help_key.empty()) keys.push_back(q.help_key);
            for (const Option& o : q.answers) keys.push_back(o.label_key);
        }
        for (const Municipality& m : c.municipalities) {
            if (m.names.empty()) keys.push_back(m.label_key);
            else EXPECT_EQ(m.id, m.names.front());
        }
        for (const char* lang : {"sv", "da", "fi", "en"})
            for (const std::string& key : keys) EXPECT_TRUE(builtin_catalogue(lang).has(key)) << lang << " lacks " << key;
    }
}

TEST(Choices, NumbersAndListsComeFromThePacks) {
    RuleBook fi = edited_book("fi", [](nlohmann::json& j) {
        for (auto& r : j["rules"]) {
            if (r["id"] == "fi.applications.monthly_max") r["params"]["max"] = 3;
            if (r["id"] == "fi.applications.ways") r["params"]["categories"] = nlohmann::json::array({"fi.job_2_weeks", "fi.open_application"});
            if (r["id"] == "fi.provider.karleby_trial")
                r["params"]["municipalities"] = nlohmann::json::array(
                    {nlohmann::json::array({"Karleby", "Kokkola"}), nlohmann::json::array({"Kronoby", "Kruunupyy"})});
        }
    });
    const SystemChoices f = system_choices(kFinland, fi, kOn);
    EXPECT_EQ(f.max_applications_per_month, 3);
    ASSERT_EQ(f.categories.size(), 2u);
    EXPECT_FALSE(f.categories[1].advertised);
    EXPECT_EQ(f.municipalities[1].names, (std::vector<std::string>{"Kronoby", "Kruunupyy"}));
    EXPECT_EQ(municipality_choice(f, "kruunupyy"), "Kronoby");

    RuleBook dk = edited_book("dk", [](nlohmann::json& j) {
        for (auto& r : j["rules"]) {
            if (r["id"] == "dk.plan.job_goals") {
                r["params"]["goals"] = 3;
                r["params"].erase("benefits");
            }
            if (r["id"] == "dk.joblog.six_week_exemption") r["params"]["kinds"] = nlohmann::json::array({"job"});
        }
    });
    const SystemChoices k = system_choices(kDenmark, dk, kOn);
    EXPECT_EQ(k.job_goals, 3);
    EXPECT_EQ(k.job_goals_for("kontanthjaelp"), 3);
    EXPECT_EQ(ids(k.planned_changes), (std::vector<std::string>{"", "job"}));

    // Before the Finnish model (May 2022) there is no monthly maximum to offer.
    EXPECT_EQ(system_choices(kFinland, builtin_rule_book(), d("2021-06-01")).max_applications_per_month, 0);
}

TEST(Choices, MunicipalityAndLanguageMatching) {
    const SystemChoices c = system_choices(kFinland, builtin_rule_book(), kOn);
    for (const char* text : {"Borgå", "borgå", "BORGÅ", "Porvoo ", " porvoo", "Borga", "borga", "\tBorgå\t"})
        EXPECT_EQ(municipality_choice(c, text), "Borgå") << text;
    for (const char* text : {"Kokkola", "karleby", " KARLEBY "}) EXPECT_EQ(municipality_choice(c, text), "Karleby") << text;
    EXPECT_EQ(municipality_choice(c, "helsinki"), "Helsingfors");
    for (const char* text : {"", "  ", "Åbo", "Borgåå", "Porvoo kaupunki"}) EXPECT_EQ(municipality_choice(c, text), "other") << text;
    const SystemChoices k = system_choices(kDenmark, builtin_rule_book(), kOn);
    EXPECT_EQ(municipality_choice(k, "københavn"), "København");
    EXPECT_EQ(municipality_choice(k, "Kobenhavn"), "København");
    EXPECT_EQ(municipality_choice(k, "Aarhus"), "other");

    EXPECT_EQ(language_choice(c, ""), "");
    EXPECT_EQ(language_choice(c, " "), "");
    EXPECT_EQ(language_choice(c, "AR"), "ar");
    EXPECT_EQ(language_choice(c, " sv "), "sv");
    EXPECT_EQ(language_choice(c, "arabiska"), "other");
    EXPECT_EQ(language_choice(c, "other"), "other");
}

// Old free-text municipalities still decide who serves the jobseeker (finland_customer.cpp).
TEST(Choices, BorgaVariantsJoinTheTrial) {
    Profile p;
    p.situation.system = std::string{kFinland};
    p.situation.benefit = "labour_market_subsidy";
    p.situation.registered_on = d("2026-09-10");
    const RulePack& pack = *builtin_rule_book().pack(kFinland);
    for (const char* text : {"Borgå", "borgå", "BORGÅ", "Porvoo ", "porvoo", "Borga", " BORGA"}) {
        p.situation.municipality = text;
        const Provider who = detail::fi::customer(p, pack, kOn);
        EXPECT_EQ(who.key, "provider.municipal_trial") << text;
        EXPECT_EQ(who.why.text_key, "why.fi.borga.labour_market_subsidy") << text;
    }
    for (const char* text : {"kokkola", " Karleby"}) {
        p.situation.municipality = text;
        EXPECT_EQ(detail::fi::customer(p, pack, kOn).why.text_key, "why.fi.karleby") << text;
    }
    for (const char* text : {"Helsinki", "", "Borgåby"}) {
        p.situation.municipality = text;
        EXPECT_EQ(detail::fi::customer(p, pack, kOn).key, "provider.te_office") << text;
    }
    // A pack in the older shape (one flat list of names) still matches.
    RuleBook old = edited_book("fi", [](nlohmann::json& j) {
        for (auto& r : j["rules"])
            if (r["id"] == "fi.provider.borga_trial") r["params"]["municipalities"] = nlohmann::json::array({"Borgå", "Porvoo"});
    });
    p.situation.municipality = "porvoo ";
    EXPECT_EQ(detail::fi::customer(p, *old.pack(kFinland), kOn).key, "provider.municipal_trial");
}

// The event form asks only what a rule reads: for every question the core has a system ask, a
// scenario where two answers give two different reports. A question added without such a
// scenario fails here, and so does one whose rule stops reading it.
TEST(Choices, EveryEventQuestionIsReadByARule) {
    struct Proof {
        std::string_view system, type;
        EventDetail detail;
        std::string_view scenario;
        nlohmann::json a, b;
    };
    const Proof proofs[] = {
        {"fi", "job_offer_refused", EventDetail::valid_reason, "fi/refused_job_with_valid_reason.json", true, false},
        {"fi", "sanction_received", EventDetail::sanction_cause, "fi/karens45_is_not_a_ladder_step.json", "job_refusal", "job_search"},
        {"dk", "meeting_missed", EventDetail::lawful_excuse, "dk/lawful_excuse_rebook.json", true, false},
        {"dk", "meeting_cancelled", EventDetail::lawful_excuse, "dk/cancelled_with_lawful_excuse.json", true, false},
        {"se-trelleborg", "plan_sent", EventDetail::time_of_day, "se-trelleborg/sign_plan_at_48_01.json", "10:00", "10:02"},
        {"se-trelleborg", "plan_signed", EventDetail::time_of_day, "se-trelleborg/sign_plan_at_48_01.json", "10:01", "09:59"},
        {"se-trelleborg", "meeting_missed", EventDetail::lawful_excuse,
         "se-trelleborg/treatment_then_planning_meeting_skipped.json", false, true},
        {"se-trelleborg", "leave_started", EventDetail::leave_approved, "se-trelleborg/leave_without_approval_broken.json", false, true},
        {"se-trelleborg", "job_started", EventDetail::self_supporting,
         "se-trelleborg/closure_work_self_supporting_two_months.json", true, false},
        {"se-trelleborg", "studies_started", EventDetail::studies_kind, "se-trelleborg/studies_without_csn.json", "no_csn", "csn"},
    };
    const auto field = [](EventDetail d) -> std::string {
        switch (d) {
            case EventDetail::time_of_day: return "time";
            case EventDetail::lawful_excuse: return "lawful_excuse";
            case EventDetail::valid_reason:
            case EventDetail::leave_approved: return "valid_reason";
            case EventDetail::self_supporting: return "self_supporting";
            case EventDetail::sanction_cause:
            case EventDetail::studies_kind: return "cause";
        }
        return {};
    };
    std::size_t asked = 0;
    for (std::string_view system : kSystems) {
        const SystemChoices c = system_choices(system, builtin_rule_book(), kOn);
        for (const EventQuestion& q : c.event_questions) {
            ++asked;
            EXPECT_TRUE(std::any_of(c.event_types.begin(), c.event_types.end(), [&](const Option& t) { return t.id == q.event_type; }))
                << system << " asks about " << q.event_type << ", a type it does not offer";
            const auto proof = std::find_if(std::begin(proofs), std::end(proofs), [&](const Proof& p) {
                return p.system == system && p.type == q.event_type && p.detail == q.detail;
            });
            ASSERT_NE(proof, std::end(proofs)) << system << " asks " << q.label_key << " on " << q.event_type << " with no scenario";
            const auto scenario = nlohmann::json::parse(read_file(source_path("tests/scenarios/" + std::string{proof->scenario})));
            const Date on = d(scenario["on"].get<std::string>());
            std::string reports[2];
            for (int i = 0; i < 2; ++i) {
                nlohmann::json j = scenario["profile"];
                bool found = false;
                for (auto& e : j["events"])
                    if (e["type"] == q.event_type) {
                        e[field(q.detail)] = i == 0 ? proof->a : proof->b;
                        found = true;
                    }
                ASSERT_TRUE(found) << proof->scenario << " has no " << q.event_type;
                auto profile = parse_profile(j);
                ASSERT_TRUE(profile.ok()) << proof->scenario << ": " << profile.problems[0].to_string();
                reports[i] = to_json(compute_report(*profile.value, builtin_rule_book(), on)).dump();
            }
            EXPECT_NE(reports[0], reports[1]) << system << ": " << q.event_type << "." << field(q.detail) << " = " << proof->a
                                              << " or " << proof->b << " gives the same report";
            // Each answer offered is a value the reader takes for that field.
            for (const Option& answer : q.answers) {
                nlohmann::json j = scenario["profile"];
                for (auto& e : j["events"])
                    if (e["type"] == q.event_type) {
                        if (answer.id == "unknown" || answer.id.empty()) e.erase(field(q.detail));
                        else if (answer.id == "yes" || answer.id == "no") e[field(q.detail)] = answer.id == "yes";
                        else e[field(q.detail)] = answer.id;
                    }
                EXPECT_TRUE(parse_profile(j).ok()) << system << " " << q.event_type << " answer " << answer.id;
            }
        }
    }
    EXPECT_EQ(asked, std::size(proofs));  // no proof left for a question no longer asked
    // Denmark's rules do not read why a sanction came (fi's do), so the Danish form does not ask.
    EXPECT_TRUE(system_choices("dk", builtin_rule_book(), kOn).questions_for("sanction_received").empty());
}

// Issue 11: My situation asks for a fact only where a rule of the system reads it, and each fact it
// asks for changes the report: the same scenario with the fact's two values gives two reports.
// Every SituationField is asked somewhere, so none is stored and read by no rule.
TEST(Choices, EverySituationFieldAskedIsReadByARule) {
    struct Proof {
        std::string_view system;
        SituationField field;
        std::string_view key, scenario;
        nlohmann::json a, b;
    };
    using F = SituationField;
    const Proof proofs[] = {
        {"dk", F::benefit_since, "benefit_since", "dk/booking_deadline_met.json", "2026-09-07", "2023-06-05"},
        {"dk", F::applications_per_week, "applications_per_week", "dk/fak_two_a_week_short_week.json", 2, 1},
        {"fi", F::birth_date, "birth_date", "fi/borga_birth_date_missing_asks.json", "2001-05-01", "1970-05-01"},
        {"fi", F::mother_tongue, "mother_tongue", "fi/borga_birth_date_missing_asks.json", "ar", "sv"},
        {"fi", F::part_time, "part_time", "fi/more_hours_part_time.json", true, false},
        {"fi", F::in_employment_service, "in_employment_service", "fi/borga_birth_date_missing_asks.json", true, false},
        {"fi", F::agreed_per_month, "agreed_applications_per_month", "fi/four_agreed_month_short_reminder.json", 4, 1},
        {"fi", F::plan_agreed_on, "plan_agreed_on", "fi/agreed_from_plan_date.json", "2026-09-15", "2026-08-03"},
        {"se-trelleborg", F::commute_minutes, "commute_minutes", "se-trelleborg/commute_60_minutes_too_short.json", 60, 120},
        {"se-trelleborg", F::agreed_per_month, "agreed_applications_per_month", "se-trelleborg/agreed_four_per_month_short.json", 4, 1},
        {"se-trelleborg", F::child_birth_date, "child_birth_date", "se-trelleborg/parental_active_planning_met.json", "2025-10-15", "2024-01-15"},
        {"se-trelleborg", F::addiction_treatment, "addiction_treatment", "se-trelleborg/treatment_flag_voluntary.json", true, false},
        {"se-trelleborg", F::availability, "availability", "se-trelleborg/full_availability_no_certificate.json", "full", "limited_health"},
        {"se-trelleborg", F::activity_trip_km, "activity_trip_km", "se-trelleborg/buscard_trip_over_six_km.json", 7, 6},
    };
    std::set<int> fields_asked;
    for (std::string_view system : kSystems) {
        const SystemChoices c = system_choices(system, builtin_rule_book(), kOn);
        for (const AskedField& asked : c.situation_fields) {
            fields_asked.insert(static_cast<int>(asked.field));
            EXPECT_NE(builtin_rule_book().pack(system)->at(asked.rule_id, kOn), nullptr) << asked.rule_id;
            const auto proof = std::find_if(std::begin(proofs), std::end(proofs),
                                            [&](const Proof& p) { return p.system == system && p.field == asked.field; });
            ASSERT_NE(proof, std::end(proofs)) << system << " asks field " << static_cast<int>(asked.field) << " with no scenario";
            const auto scenario = nlohmann::json::parse(read_file(source_path("tests/scenarios/" + std::string{proof->scenario})));
            const Date on = d(scenario["on"].get<std::string>());
            std::string reports[2];
            for (int i = 0; i < 2; ++i) {
                nlohmann::json j = scenario["profile"];
                j["situation"][std::string{proof->key}] = i == 0 ? proof->a : proof->b;
                auto profile = parse_profile(j);
                ASSERT_TRUE(profile.ok()) << proof->scenario << ": " << profile.problems[0].to_string();
                EXPECT_NE(c.asks(asked.field, profile.value->situation.benefit), nullptr) << proof->scenario;
                reports[i] = to_json(compute_report(*profile.value, builtin_rule_book(), on)).dump();
            }
            EXPECT_NE(reports[0], reports[1]) << system << ": situation." << proof->key << " = " << proof->a << " or " << proof->b
                                              << " gives the same report";
        }
    }
    EXPECT_EQ(fields_asked.size(), 13u) << "a SituationField no system asks for";
    // Only where a rule reads it: no date of birth outside Finland, no weekly number off dagpenge,
    // and the numbers' bounds are the core's (Finland's from the pack's maximum).
    const SystemChoices dk = system_choices(kDenmark, builtin_rule_book(), kOn);
    EXPECT_EQ(dk.asks(F::birth_date, "dagpenge"), nullptr);
    EXPECT_EQ(dk.asks(F::applications_per_week, "kontanthjaelp"), nullptr);
    EXPECT_EQ(dk.asks(F::applications_per_week, "dagpenge")->bounds.max, kApplicationsPerWeekBounds.max);
    const SystemChoices fi = system_choices(kFinland, builtin_rule_book(), kOn);
    EXPECT_EQ(fi.asks(F::agreed_per_month, "labour_market_subsidy")->bounds.max, fi.max_applications_per_month);
    EXPECT_EQ(fi.asks(F::commute_minutes, "labour_market_subsidy"), nullptr);
    // A rule not yet in force asks for nothing (a reform that adds a rule adds its question on its
    // effective date). se.buscard is required, so it is dated after kOn rather than removed.
    RuleBook se = edited_book("se-trelleborg", [](nlohmann::json& j) {
        for (auto& rule : j["rules"])
            if (rule["id"] == "se.buscard") rule["effective_from"] = "2027-01-01";
    });
    EXPECT_EQ(system_choices(kTrelleborg, se, kOn).asks(F::activity_trip_km, "forsorjningsstod"), nullptr);
}

}  // namespace
}  // namespace jobbplan
