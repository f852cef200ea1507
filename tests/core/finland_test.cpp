// Finland (system "fi"): seeds 000 (Karleby region, job-search obligation) and 003 (Borgå trial).
// Dated scenarios straight from the seed passages; each case cites the sentence it checks.
#include "jobbplan/i18n.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"

#include "embedded_assets.hpp"
#include "finland_parts.hpp"
#include "systems.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace jobbplan {
namespace {

using namespace test_support;

const RulePack& pack() {
    const RulePack* p = builtin_rule_book().pack(kFinland);
    if (!p) {
        ADD_FAILURE() << "fi pack did not load";
        static const RulePack empty;
        return empty;
    }
    return *p;
}

Profile karleby(std::optional<int> agreed = 4) {
    Profile p;
    p.situation.system = std::string{kFinland};
    p.situation.municipality = "Karleby";
    p.situation.benefit = "labour_market_subsidy";
    p.situation.registered_on = d("2026-09-10");
    p.situation.agreed_applications_per_month = agreed;
    return p;
}

JoblogEntry entry(const char* id, const char* date, const char* category, std::optional<int> weeks = {}) {
    JoblogEntry e;
    e.id = id;
    e.date = d(date);
    e.category = category;
    e.job_length_weeks = weeks;
    return e;
}

Event fi_event(const char* type, const char* date) {
    Event e;
    e.type = type;
    e.date = d(date);
    return e;
}

TEST(FinlandPack, LoadsAndRejectsMissingParam) {
    ASSERT_NE(builtin_rule_book().pack(kFinland), nullptr);
    for (const auto& f : detail::embedded_files()) {
        if (f.path != "rules/fi.json") continue;
        auto j = nlohmann::json::parse(f.text);
        for (auto& r : j["rules"])
            if (r["id"] == "fi.applications.monthly_max") r["params"].erase("max");
        auto parsed = load_rule_pack(j);
        ASSERT_FALSE(parsed.ok());
        EXPECT_NE(parsed.problems[0].to_string().find("(fi.applications.monthly_max).params.max: is missing"),
                  std::string::npos)
            << parsed.problems[0].to_string();
    }
}

// 003: "Arbetslösa som får arbetsmarknadsstöd och grunddagpenning från FPA eller arbetssökande i en
// sysselsättningsfrämjande tjänst, alla personer under 30 år och arbetssökande med främmande
// modersmål ska bli kunder i försöket."  000: the trial model applies in Karlebyregionen.
TEST(FinlandCustomer, WhoBecomesATrialCustomer) {
    struct Case {
        const char* name;
        const char* municipality;
        const char* benefit;
        bool in_service;
        const char* birth;
        const char* tongue;
        const char* provider;
        const char* why;
    };
    const Case cases[] = {
        {"karleby", "Karleby", "earnings_related", false, "1970-01-01", "fi", "provider.municipal_trial", "why.fi.karleby"},
        {"subsidy", "Borgå", "labour_market_subsidy", false, "1970-01-01", "fi", "provider.municipal_trial", "why.fi.borga.labour_market_subsidy"},
        {"kela, Finnish name", "Porvoo", "kela_basic_allowance", false, "1970-01-01", "sv", "provider.municipal_trial", "why.fi.borga.kela_basic_allowance"},
        {"service", "Borgå", "earnings_related", true, "1970-01-01", "fi", "provider.municipal_trial", "why.fi.borga.employment_service"},
        {"29 the day before 30th birthday", "Borgå", "earnings_related", false, "1996-11-24", "fi", "provider.municipal_trial", "why.fi.borga.under_age"},
        {"30 on the report date", "Borgå", "earnings_related", false, "1996-11-23", "sv", "provider.te_office", "why.fi.borga.none"},
        {"foreign mother tongue", "Borgå", "earnings_related", false, "1970-01-01", "ar", "provider.municipal_trial", "why.fi.borga.foreign_language"},
        {"none in Borgå", "Borgå", "earnings_related", false, "1970-01-01", "fi", "provider.te_office", "why.fi.borga.none"},
        {"elsewhere", "Helsingfors", "labour_market_subsidy", false, "1990-01-01", "fi", "provider.te_office", "why.fi.te_office"},
    };
    for (const Case& c : cases) {
        Profile p = karleby();
        p.situation.municipality = c.municipality;
        p.situation.benefit = c.benefit;
        p.situation.in_employment_service = c.in_service;
        p.situation.birth_date = d(c.birth);
        p.situation.mother_tongue = c.tongue;
        Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
        EXPECT_EQ(r.provider.key, c.provider) << c.name;
        EXPECT_EQ(r.provider.why.text_key, c.why) << c.name;
        EXPECT_FALSE(r.provider.why.source.quote.empty()) << c.name;
    }
}

// A target group is matched only on a fact the user gave: without a birth date or a mother tongue
// the report does not say "TE Office", it says who serves the jobseeker is not known and asks.
TEST(FinlandCustomer, BorgaAsksForTheMissingFactsInsteadOfSayingTeOffice) {
    Profile p = karleby();
    p.situation.municipality = "Borgå";
    p.situation.benefit = "earnings_related";
    p.situation.birth_date = std::nullopt;
    p.situation.mother_tongue = "fi";
    Provider who = detail::fi::customer(p, pack(), d("2026-11-23"));
    EXPECT_EQ(who.key, "provider.fi.borga_not_known");
    EXPECT_EQ(who.why.text_key, "why.fi.borga.not_known");
    EXPECT_FALSE(who.why.source.quote.empty());
    p.situation.birth_date = d("1970-01-01");
    p.situation.mother_tongue = "";
    EXPECT_EQ(detail::fi::customer(p, pack(), d("2026-11-23")).key, "provider.fi.borga_not_known");
    p.situation.birth_date = d("2000-01-01");  // under 30: the trial, whatever the language
    EXPECT_EQ(detail::fi::customer(p, pack(), d("2026-11-23")).why.text_key, "why.fi.borga.under_age");
    p.situation.birth_date = d("1970-01-01");
    p.situation.mother_tongue = "sv";  // both known, no group: the TE Office
    EXPECT_EQ(detail::fi::customer(p, pack(), d("2026-11-23")).key, "provider.te_office");
    p.situation.birth_date = std::nullopt;
    p.situation.benefit = "labour_market_subsidy";  // a group that holds needs no birth date
    EXPECT_EQ(detail::fi::customer(p, pack(), d("2026-11-23")).key, "provider.municipal_trial");
}

// 003's target groups are the pack's params, not C++: changing the pack changes who joins. The mother
// tongue is matched case-insensitively, and Swedish and Finnish are both domestic (not foreign).
TEST(FinlandCustomer, BorgaGroupsComeFromThePack) {
    Profile p = karleby();
    p.situation.municipality = "Borgå";
    p.situation.benefit = "earnings_related";
    p.situation.birth_date = d("1970-01-01");
    for (const char* tongue : {"SV", "Fi", " sv ", "svenska", "Suomi", "Swedish"}) {
        p.situation.mother_tongue = tongue;
        EXPECT_EQ(detail::fi::customer(p, pack(), d("2026-11-23")).key, "provider.te_office") << tongue;
    }
    p.situation.mother_tongue = "AR";
    EXPECT_EQ(detail::fi::customer(p, pack(), d("2026-11-23")).why.text_key, "why.fi.borga.foreign_language");

    for (const auto& f : detail::embedded_files()) {
        if (f.path != "rules/fi.json") continue;
        auto j = nlohmann::json::parse(f.text);
        for (auto& r : j["rules"])
            if (r["id"] == "fi.provider.borga_trial") {
                r["params"]["benefits"] = {"kela_basic_allowance"};
                r["params"]["age_below"] = 25;
                r["params"]["employment_service"] = false;
                r["params"]["domestic_languages"] = {"fi", "sv", "ar"};
            }
        auto changed = load_rule_pack(j);
        ASSERT_TRUE(changed.ok()) << changed.problems[0].to_string();
        const RulePack& alt = *changed.value;
        Profile q = p;
        q.situation.mother_tongue = "ar";
        EXPECT_EQ(detail::fi::customer(q, alt, d("2026-11-23")).key, "provider.te_office");
        q.situation.mother_tongue = "fi";
        q.situation.benefit = "labour_market_subsidy";
        EXPECT_EQ(detail::fi::customer(q, alt, d("2026-11-23")).key, "provider.te_office");
        q.situation.benefit = "kela_basic_allowance";
        EXPECT_EQ(detail::fi::customer(q, alt, d("2026-11-23")).why.text_key, "why.fi.borga.kela_basic_allowance");
        q.situation.benefit = "earnings_related";
        q.situation.in_employment_service = true;
        EXPECT_EQ(detail::fi::customer(q, alt, d("2026-11-23")).key, "provider.te_office");
        q.situation.birth_date = d("1999-01-01");  // 27: under 30 but not under the pack's 25
        EXPECT_EQ(detail::fi::customer(q, alt, d("2026-11-23")).key, "provider.te_office");
        q.situation.birth_date = d("2003-01-01");  // 23
        EXPECT_EQ(detail::fi::customer(q, alt, d("2026-11-23")).why.text_key, "why.fi.borga.under_age");
        return;
    }
    FAIL() << "rules/fi.json is not embedded";
}

// 000: "sök lediga jobb som varar åtminstone 2 veckor", "sök mertidsarbete hos din nuvarande
// arbetsgivare (deltidsanställda)", and the other eight ways.
TEST(FinlandVerdict, TheTenWays) {
    struct Case {
        const char* category;
        std::optional<int> weeks;
        bool part_time;
        bool counted;
        const char* reason;
    };
    const Case cases[] = {
        {"fi.job_2_weeks", 2, false, true, "verdict.fi.counted"},
        {"fi.job_2_weeks", 1, false, false, "verdict.fi.too_short"},
        {"fi.job_2_weeks", std::nullopt, false, true, "verdict.fi.counted"},
        {"fi.more_hours", std::nullopt, true, true, "verdict.fi.counted_part_time"},
        {"fi.more_hours", std::nullopt, false, false, "verdict.fi.not_part_time"},
        {"fi.offered_job", 1, false, true, "verdict.fi.counted"},
        {"fi.entrepreneur", {}, false, true, "verdict.fi.counted"},
        {"fi.job_market_profile", {}, false, true, "verdict.fi.counted"},
        {"fi.staffing_register", {}, false, true, "verdict.fi.counted"},
        {"fi.kuntarekry", {}, false, true, "verdict.fi.counted"},
        {"fi.open_application", {}, false, true, "verdict.fi.counted"},
        {"fi.grant", {}, false, true, "verdict.fi.counted"},
        {"fi.other_activity", {}, false, true, "verdict.fi.counted"},
        {"advertised", {}, false, false, "verdict.fi.unknown_way"},
        {"", {}, false, false, "verdict.fi.unknown_way"},
    };
    for (const Case& c : cases) {
        Situation s = karleby().situation;
        s.part_time = c.part_time;
        EntryVerdict v = detail::fi::verdict(entry("x", "2026-11-02", c.category, c.weeks), s, pack(), d("2026-11-23"));
        EXPECT_EQ(v.counted, c.counted) << c.category;
        EXPECT_EQ(v.reason_key(), c.reason) << c.category;
    }
}

// 000: "ska söka högst 4 arbetsplatser per månad ... överenskoms i samband med att din individuella
// sysselsättningsplan görs upp" and "i princip ska söka fyra arbetsmöjligheter per månad".
TEST(FinlandAgreement, AgreedMissingAndOutOfRange) {
    struct Case {
        std::optional<int> agreed;
        int required;
        const char* notice;  // "" = none
    };
    const Case cases[] = {{0, 0, ""}, {2, 2, ""}, {4, 4, ""}, {std::nullopt, 4, "notice.fi.agree_in_plan"},
                          {5, 4, "notice.fi.agreed_out_of_range"}, {-1, 4, "notice.fi.agreed_out_of_range"}};
    for (const Case& c : cases) {
        Report r = compute_report(karleby(c.agreed), builtin_rule_book(), d("2026-11-23"));
        ASSERT_FALSE(r.periods.empty());
        EXPECT_EQ(r.periods.back().required, c.required) << c.agreed.value_or(-99);
        bool has = false;
        for (const Explanation& n : r.notices) has |= n.text_key == c.notice;
        EXPECT_EQ(has, std::string{c.notice} != "") << c.agreed.value_or(-99);
    }
}

// 000: "Detta bedöms individuellt och överenskoms i samband med att din individuella
// sysselsättningsplan görs upp" and "Nytt är att du i princip ska söka fyra arbetsmöjligheter per
// månad." An unknown number is not 0 and not a promise: the report says it is not agreed yet,
// shows the "i princip fyra", and never says the obligation is met; no month is judged.
TEST(FinlandAgreement, UnknownNumberIsNeverCompliance) {
    Profile p = karleby(std::nullopt);
    for (const char* day : {"2026-09-11", "2026-09-12", "2026-09-13", "2026-09-14", "2026-10-01", "2026-10-02",
                            "2026-10-03", "2026-10-04", "2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"})
        p.joblog.push_back(entry(day, day, "fi.grant"));
    p.events = {fi_event("report_submitted", "2026-09-30"), fi_event("report_submitted", "2026-10-31")};
    Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    EXPECT_EQ(r.status_key, "status.fi.not_agreed");
    ASSERT_EQ(r.periods.size(), 3u);
    for (const ApplicationPeriod& m : r.periods) {
        EXPECT_FALSE(m.judged) << m.label;
        EXPECT_EQ(m.required, 4) << m.label;  // shown as what to expect, not as an agreement
        EXPECT_EQ(m.why.text_key, "period.fi.default") << m.label;
    }
    EXPECT_TRUE(r.deadlines.empty());
    EXPECT_EQ(r.consequences.current, -1);
    const Explanation* notice = nullptr;
    for (const Explanation& n : r.notices)
        if (n.text_key == "notice.fi.agree_in_plan") notice = &n;
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->source.quote, "Nytt är att du i princip ska söka fyra arbetsmöjligheter per månad.");
    EXPECT_FALSE(to_json(r)["periods"][0]["judged"].get<bool>());
    // No applications at all: still "not agreed", never "behind" against a number nobody agreed.
    p.joblog.clear();
    EXPECT_EQ(compute_report(p, builtin_rule_book(), d("2026-11-23")).status_key, "status.fi.not_agreed");
    // An agreed 0 is an agreement: months are judged and met.
    p.situation.agreed_applications_per_month = 0;
    r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    EXPECT_TRUE(r.periods.back().judged);
    EXPECT_FALSE(to_json(r)["periods"][0].contains("judged"));
}

// 000: the number "överenskoms i samband med att din individuella sysselsättningsplan görs upp och
// uppdateras": the duty runs from that plan, not from the registration month. Caseworker's reading:
// the plan's month is judged from the plan day with the plan's number; months before are listed
// but not judged.
TEST(FinlandMonths, JudgedFromThePlanThatSetTheNumber) {
    Profile p = karleby(2);
    p.situation.plan_agreed_on = d("2026-10-15");
    p.joblog = {entry("early", "2026-10-02", "fi.grant"), entry("a", "2026-10-16", "fi.grant"),
                entry("b", "2026-10-20", "fi.grant"), entry("c", "2026-11-02", "fi.grant")};
    p.events = {fi_event("report_submitted", "2026-10-31")};
    Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    ASSERT_EQ(r.periods.size(), 3u);
    EXPECT_FALSE(r.periods[0].judged);  // September: before the plan, nothing reported, not neglected
    EXPECT_EQ(r.periods[0].why.text_key, "period.fi.before_plan");
    EXPECT_EQ(r.periods[0].why.params[0], (std::pair<std::string, std::string>{"date", "2026-10-15"}));
    EXPECT_TRUE(r.periods[1].judged);
    EXPECT_EQ(r.periods[1].start, d("2026-10-15"));
    EXPECT_EQ(r.periods[1].counted, 2);  // the 2 October entry predates the plan
    ASSERT_EQ(r.deadlines.size(), 2u);   // October and November only
    EXPECT_EQ(r.consequences.current, -1);
    EXPECT_EQ(r.status_key, "status.fi.ok");
    for (const Explanation& n : r.notices) EXPECT_NE(n.text_key, "notice.fi.plan_date_missing");

    // A plan made after the report date: no month judged yet, and never "ok".
    p.situation.plan_agreed_on = d("2026-12-01");
    r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    for (const ApplicationPeriod& m : r.periods) EXPECT_FALSE(m.judged) << m.label;
    EXPECT_EQ(r.status_key, "status.fi.not_started");

    // No plan date: every month since registration is judged, and the date is asked for.
    p.situation.plan_agreed_on.reset();
    r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    EXPECT_TRUE(r.periods[0].judged);
    EXPECT_EQ(r.status_key, "status.fi.behind");
    bool asked = false;
    for (const Explanation& n : r.notices) asked |= n.text_key == "notice.fi.plan_date_missing";
    EXPECT_TRUE(asked);
}

// 000: "Om du har redan varit kund ... före maj 2022, kräver ändringen inte att du vidtar några
// åtgärder. När det finns behov av att uppdatera din sysselsättningsplan nästa gång, kommer din egen
// ansvariga expert överens med dig om antalet". They keep what they had until the plan is updated.
TEST(FinlandMonths, CustomersFromBeforeMay2022KeepTheirPlan) {
    Profile p = karleby(3);
    p.situation.registered_on = d("2022-03-01");
    Report r = compute_report(p, builtin_rule_book(), d("2022-08-15"));
    ASSERT_FALSE(r.periods.empty());
    for (const ApplicationPeriod& m : r.periods) {
        EXPECT_FALSE(m.judged) << m.label;
        EXPECT_EQ(m.why.text_key, "period.fi.earlier_customer") << m.label;
    }
    EXPECT_TRUE(r.deadlines.empty());
    EXPECT_EQ(r.status_key, "status.fi.earlier_customer");
    const Explanation* kept = nullptr;
    for (const Explanation& n : r.notices)
        if (n.text_key == "notice.fi.earlier_customer") kept = &n;
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->source.file, "000_60a27da499a31ef2.txt");
    EXPECT_NE(kept->source.quote.find("före maj 2022"), std::string::npos);
    // A plan from before the model is still the old plan.
    p.situation.plan_agreed_on = d("2022-04-20");
    EXPECT_EQ(compute_report(p, builtin_rule_book(), d("2022-08-15")).status_key, "status.fi.earlier_customer");
    // The plan is updated on 2022-06-10: from then on the agreed number is judged.
    p.situation.plan_agreed_on = d("2022-06-10");
    r = compute_report(p, builtin_rule_book(), d("2022-08-15"));
    EXPECT_EQ(r.status_key, "status.fi.behind");
    for (const ApplicationPeriod& m : r.periods) EXPECT_EQ(m.judged, m.end >= d("2022-06-10")) << m.label;

    // Every key of this item has words in all four languages, with no placeholder left.
    const Params date{{"date", "2026-10-15"}};
    for (std::string_view lang : kLanguages) {
        const Catalogue& cat = builtin_catalogue(lang);
        for (const char* key : {"notice.fi.earlier_customer", "notice.fi.plan_date_missing", "period.fi.earlier_customer",
                                "status.fi.earlier_customer", "status.fi.not_started", "note.fi.from_plan",
                                "note.fi.earlier_customer", "status.fi.not_agreed"}) {
            EXPECT_TRUE(cat.has(key)) << lang << ": " << key;
            EXPECT_EQ(cat.text(key).find('{'), std::string::npos) << lang << ": " << key;
        }
        EXPECT_EQ(cat.text("period.fi.before_plan", date).find('{'), std::string::npos) << lang;
    }
}

// Validation lives in the profile reader (a stored profile with 5 is refused with its path); the
// evaluator only adds a notice for profiles built in code.
TEST(FinlandAgreement, ProfileReaderRejectsFive) {
    auto parsed = parse_profile_text(R"({"schema_version": 1,
      "situation": {"system": "fi", "municipality": "Karleby", "benefit": "none", "registered_on": "2026-09-01",
                    "agreed_applications_per_month": 5},
      "events": [], "plan": {"sections": {}}, "joblog": []})");
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.problems[0].to_string().find("situation.agreed_applications_per_month"), std::string::npos)
        << parsed.problems[0].to_string();
}

// Review months from the month of registration through the month holding the report date; month
// ends, the leap day 2028-02-29 and the year end.
TEST(FinlandMonths, CalendarEdges) {
    Profile p = karleby(2);
    p.situation.registered_on = d("2027-12-15");
    p.joblog = {entry("dec31", "2027-12-31", "fi.grant"), entry("jan1", "2028-01-01", "fi.grant"),
                entry("leap", "2028-02-29", "fi.grant"), entry("future", "2028-03-01", "fi.grant"),
                entry("before", "2027-11-30", "fi.grant")};
    Report r = compute_report(p, builtin_rule_book(), d("2028-02-29"));
    ASSERT_EQ(r.periods.size(), 3u);
    const char* labels[] = {"2027-12", "2028-01", "2028-02"};
    const char* ends[] = {"2027-12-31", "2028-01-31", "2028-02-29"};
    const int counted[] = {1, 1, 1};
    const bool closed[] = {true, true, false};
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(r.periods[i].label, labels[i]);
        EXPECT_EQ(to_string(r.periods[i].end), ends[i]);
        EXPECT_EQ(r.periods[i].counted, counted[i]) << labels[i];
        EXPECT_EQ(r.periods[i].closed, closed[i]) << labels[i];
    }
    EXPECT_EQ(r.current_period, 2);
    EXPECT_EQ(r.periods[0].start, d("2027-12-01"));
}

// 000: "Kom ihåg att före utsatt tid meddela att du fullgjort jobbsökningsskyldigheten ... i Mina
// e-tjänster." Caseworker's reading: by the last day of each review month.
TEST(FinlandReporting, DeadlinePerMonth) {
    Profile p = karleby(0);
    p.events = {fi_event("report_submitted", "2026-09-30"), fi_event("report_submitted", "2026-11-01")};
    Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    ASSERT_EQ(r.deadlines.size(), 3u);
    const char* due[] = {"2026-09-30", "2026-10-31", "2026-11-30"};
    const char* status[] = {"met", "overdue", "met"};  // Oct reported on Nov 1: too late; that report meets Nov
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(to_string(r.deadlines[i].due), due[i]);
        EXPECT_EQ(to_string(r.deadlines[i].status), status[i]) << due[i];
        EXPECT_EQ(r.deadlines[i].kind_key, "deadline.fi.report");
    }
    p.events.pop_back();
    r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    EXPECT_EQ(r.deadlines[2].status, DeadlineStatus::Open);
}

// 000: first neglect -> reminder ("Påminnelsen påverkar inte arbetslöshetsförmånen"); after the
// reminder karens 5 days; again 10 days; "upprepade gånger" -> temporary loss of the benefit.
TEST(FinlandConsequences, LadderClimbs) {
    struct Case {
        const char* name;
        int short_months;  // closed months (Sep, Oct, ...) with no applications, counted from September
        int reminders;
        int sanctions;
        int current;  // reached: only what a recorded reminder or sanction supports
        int risk;     // what the short months alone can lead to
        const char* status;
    };
    const Case cases[] = {
        {"all fine", 0, 0, 0, -1, -1, "status.fi.ok"},
        {"one short month", 1, 0, 0, -1, 0, "status.fi.behind"},
        {"two", 2, 0, 0, -1, 1, "status.fi.behind"},
        {"three", 3, 0, 0, -1, 2, "status.fi.behind"},
        // Four short months put the benefit at risk; it is lost only when the office decides so.
        {"four", 4, 0, 0, -1, 3, "status.fi.behind"},
        {"five caps at loss", 5, 0, 0, -1, 3, "status.fi.behind"},
        {"office reminder only", 0, 1, 0, 0, -1, "status.fi.ok"},
        {"office sanction twice", 0, 1, 2, 2, -1, "status.fi.ok"},
        {"reminder and three short months", 3, 1, 0, 0, 2, "status.fi.behind"},
        {"three sanctions recorded and four short", 4, 1, 3, 3, -1, "status.fi.benefit_loss"},
    };
    for (const Case& c : cases) {
        Profile p = karleby(1);
        p.situation.registered_on = d("2026-05-01");
        // May..Oct are closed on 2026-11-23; every month is reported, months past the short ones have an entry.
        const char* firsts[] = {"2026-05-02", "2026-06-02", "2026-07-02", "2026-08-02", "2026-09-02", "2026-10-02", "2026-11-02"};
        const char* lasts[] = {"2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-20"};
        for (int m = 0; m < 7; ++m) {
            p.events.push_back(fi_event("report_submitted", lasts[m]));
            if (m >= c.short_months) p.joblog.push_back(entry(firsts[m], firsts[m], "fi.grant"));
        }
        for (int i = 0; i < c.reminders; ++i) p.events.push_back(fi_event("reminder_received", "2026-11-01"));
        for (int i = 0; i < c.sanctions; ++i) p.events.push_back(fi_event("sanction_received", "2026-11-10"));
        Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
        ASSERT_EQ(r.consequences.steps.size(), 4u) << c.name;
        EXPECT_EQ(r.consequences.current, c.current) << c.name;
        EXPECT_EQ(r.consequences.risk, c.risk) << c.name;
        for (int i = 0; i < 4; ++i) {
            EXPECT_EQ(r.consequences.steps[i].reached, i <= c.current) << c.name << " step " << i;
            EXPECT_EQ(r.consequences.steps[i].at_risk, i > c.current && i <= c.risk) << c.name << " step " << i;
        }
        EXPECT_EQ(r.status_key, c.status) << c.name;
        EXPECT_EQ(r.consequences.steps[1].why.params.back(), (std::pair<std::string, std::string>{"days", "5"})) << c.name;
        EXPECT_EQ(r.consequences.steps[2].why.params.back(), (std::pair<std::string, std::string>{"days", "10"})) << c.name;
    }
}

// An unreported but otherwise full month is also neglected.
TEST(FinlandConsequences, UnreportedMonthCounts) {
    Profile p = karleby(1);
    p.joblog = {entry("s", "2026-09-15", "fi.grant"), entry("o", "2026-10-15", "fi.grant")};
    p.events = {fi_event("report_submitted", "2026-09-30")};
    Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    EXPECT_EQ(r.consequences.current, -1);
    EXPECT_EQ(r.consequences.risk, 0);
    EXPECT_EQ(r.status_key, "status.fi.behind");
}

// 000: "Om du vägrar att ta emot ett säkert jobb utan giltig orsak, kan en karens på 45 dagar införas".
TEST(FinlandConsequences, RefusingACertainJob) {
    struct Case {
        std::optional<bool> valid;
        const char* notice;  // "" = none
        const char* status;
    };
    const Case cases[] = {{false, "notice.fi.karens45", "status.fi.karens45"},
                          {true, "", "status.fi.ok"},
                          {std::nullopt, "notice.fi.refusal_reason_unknown", "status.fi.ok"}};
    for (const Case& c : cases) {
        Profile p = karleby(0);
        Event e = fi_event("job_offer_refused", "2026-11-05");
        e.valid_reason = c.valid;
        p.events = {e, fi_event("report_submitted", "2026-09-30"), fi_event("report_submitted", "2026-10-31")};
        Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
        std::string found;
        for (const Explanation& n : r.notices)
            if (n.rule_id == "fi.consequence.refusal") found = n.text_key;
        EXPECT_EQ(found, c.notice);
        EXPECT_EQ(r.status_key, c.status);
        if (!found.empty()) EXPECT_EQ(r.notices.back().params[0].second, "45");
    }
}

// 000: "För att beviljas arbetslöshetsförmån ska du fortsätta söka arbete." Every consequence in
// the seed falls on the benefit (förmånsdagar, karens, arbetslöshetsförmånen): without a benefit
// there are no benefit days to lose, and the report says so instead of threatening a karens.
TEST(FinlandConsequences, NoBenefitNoBenefitSanctions) {
    Profile p = karleby(1);
    p.situation.benefit = "none";
    p.situation.registered_on = d("2026-06-01");  // June..October short: would be benefit loss
    Event refused = fi_event("job_offer_refused", "2026-11-05");
    refused.valid_reason = false;
    p.events = {refused, fi_event("sanction_received", "2026-11-10")};
    Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    EXPECT_TRUE(r.consequences.steps.empty());
    EXPECT_EQ(r.consequences.current, -1);
    EXPECT_EQ(r.status_key, "status.fi.behind");  // the plan's number is still not met
    bool no_benefit = false;
    for (const Explanation& n : r.notices) {
        EXPECT_NE(n.rule_id, "fi.consequence.refusal") << n.text_key;
        if (n.text_key == "notice.fi.no_benefit") {
            no_benefit = true;
            EXPECT_EQ(n.source.quote, "För att beviljas arbetslöshetsförmån ska du fortsätta söka arbete.");
            EXPECT_EQ(n.note_key, "note.fi.no_benefit");
        }
    }
    EXPECT_TRUE(no_benefit);
    p.situation.benefit = "earnings_related";
    EXPECT_EQ(compute_report(p, builtin_rule_book(), d("2026-11-23")).consequences.steps.size(), 4u);
}

// 000: "Om du vägrar att ta emot ett säkert jobb utan giltig orsak, kan en karens på 45 dagar
// införas för dig" is its own sentence, after the ladder (påminnelse, fem, 10 förmånsdagar): a
// decided 45-day karens is not a step of the job-search ladder.
TEST(FinlandConsequences, RefusalKarensIsNotALadderStep) {
    struct Case {
        const char* cause;
        int current;
        const char* status;
        const char* notice;  // "" = none from the refusal rule
    };
    const Case cases[] = {
        {"job_refusal", -1, "status.fi.karens45", "notice.fi.karens45_decided"},
        {"job_search", 1, "status.fi.ok", ""},
        {"", 1, "status.fi.ok", "notice.fi.sanction_cause_unknown"},  // unknown: counted, and asked
    };
    for (const Case& c : cases) {
        Profile p = karleby(0);
        Event karens = fi_event("sanction_received", "2026-11-10");
        karens.cause = c.cause;
        p.events = {karens, fi_event("report_submitted", "2026-09-30"), fi_event("report_submitted", "2026-10-31")};
        Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
        EXPECT_EQ(r.consequences.current, c.current) << c.cause;
        EXPECT_EQ(r.status_key, c.status) << c.cause;
        std::string found;
        for (const Explanation& n : r.notices)
            if (n.rule_id == "fi.consequence.refusal") found = n.text_key;
        EXPECT_EQ(found, c.notice) << c.cause;
    }
}

// The new fields survive the strict reader and the writer.
TEST(FinlandProfile, RoundTripsPlanDateAndSanctionCause) {
    Profile p = karleby(std::nullopt);
    p.situation.plan_agreed_on = d("2026-09-20");
    Event karens = fi_event("sanction_received", "2026-11-10");
    karens.id = "k";
    karens.cause = "job_refusal";
    Event refused = fi_event("job_offer_refused", "2026-11-01");
    refused.id = "r";
    p.events = {karens, refused};
    auto back = parse_profile(to_json(p));
    ASSERT_TRUE(back.ok()) << back.problems[0].to_string();
    EXPECT_EQ(back.value->situation.plan_agreed_on, p.situation.plan_agreed_on);
    EXPECT_FALSE(back.value->situation.agreed_applications_per_month.has_value());
    EXPECT_EQ(back.value->events[0].cause, "job_refusal");
    EXPECT_FALSE(back.value->events[1].valid_reason.has_value());
    EXPECT_EQ(to_json(*back.value), to_json(p));
    nlohmann::json bad = to_json(p);
    bad["events"][0]["cause"] = "laziness";
    EXPECT_FALSE(parse_profile(bad).ok());
}

// Meetings "i tätare takt", some in person and some remote, but no dates: obligations, no Meeting.
TEST(FinlandPlan, ObligationsAndPlanSections) {
    Profile p = karleby(std::nullopt);
    p.plan.sections["plan.fi.ways"] = "Kuntarekry";
    Report r = compute_report(p, builtin_rule_book(), d("2026-11-23"));
    EXPECT_TRUE(r.meetings.empty());
    std::vector<std::string> keys;
    for (const Obligation& o : r.obligations) keys.push_back(o.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"obligation.fi.seek_work", "obligation.fi.report",
                                              "obligation.fi.notify_changes", "obligation.fi.meetings",
                                              "obligation.fi.faster_access"}));
    ASSERT_EQ(r.plan.size(), 4u);
    EXPECT_FALSE(r.plan[0].complete);  // no agreed number anywhere
    EXPECT_TRUE(r.plan[1].complete);
    EXPECT_FALSE(r.plan[2].complete);
    p.situation.agreed_applications_per_month = 3;
    EXPECT_TRUE(compute_report(p, builtin_rule_book(), d("2026-11-23")).plan[0].complete);
}

// Registered after the report date: nothing is due yet.
TEST(FinlandMonths, RegisteredInTheFuture) {
    Profile p = karleby(2);
    p.situation.registered_on = d("2027-01-04");
    Report r = compute_report(p, builtin_rule_book(), d("2026-12-31"));
    EXPECT_TRUE(r.periods.empty());
    EXPECT_EQ(r.current_period, -1);
    EXPECT_EQ(r.status_key, "status.fi.not_started");  // nothing judged yet is not "you are meeting it"
}

// Every key the Finnish evaluator emits has words in all four languages, with every placeholder filled.
TEST(FinlandCatalogue, EveryEmittedKeyInFourLanguages) {
    EmittedKeys keys;
    for (const char* example : {"examples/fi-karleby.json", "examples/fi-borga.json"})
        for (const auto& f : detail::embedded_files()) {
            if (f.path != example) continue;
            auto parsed = parse_profile_text(f.text);
            ASSERT_TRUE(parsed.ok()) << example << ": " << parsed.problems[0].to_string();
            Profile p = *parsed.value;
            Event refused = fi_event("job_offer_refused", "2026-11-01");
            refused.valid_reason = false;
            p.events.push_back(refused);
            p.events.push_back(fi_event("job_offer_refused", "2026-11-02"));
            p.joblog.push_back(entry("u", "2026-11-03", "advertised"));
            p.joblog.push_back(entry("s", "2026-11-03", "fi.job_2_weeks", 1));
            for (std::optional<int> agreed : {std::optional<int>{}, std::optional<int>{9}}) {
                p.situation.agreed_applications_per_month = agreed;
                Report r = compute_report(p, builtin_rule_book(), d("2027-06-30"));
                add_emitted_keys(r, keys);
            }
        }
    for (const char* c : {"fi.job_2_weeks", "fi.offered_job", "fi.more_hours", "fi.entrepreneur", "fi.job_market_profile",
                          "fi.staffing_register", "fi.kuntarekry", "fi.open_application", "fi.grant", "fi.other_activity"})
        keys.push_back({std::string{"category."} + c, {}});
    // Keys the two examples do not reach: no benefit, a decided or unexplained karens, the form's
    // plan-date cases and the Borgå reading.
    const Params karens{{"days", "45"}, {"date", "2026-11-10"}};
    for (const auto& k : std::vector<std::pair<std::string, Params>>{
             {"notice.fi.no_benefit", {}}, {"note.fi.no_benefit", {}}, {"notice.fi.karens45_decided", karens},
             {"notice.fi.sanction_cause_unknown", karens}, {"note.fi.borga_groups", {}}, {"status.fi.not_agreed", {}},
             {"status.fi.not_started", {}}, {"status.fi.earlier_customer", {}}, {"notice.fi.earlier_customer", {}},
             {"notice.fi.plan_date_missing", {}}, {"period.fi.before_plan", {{"date", "2026-10-15"}}},
             {"period.fi.earlier_customer", {}}, {"note.fi.from_plan", {}}, {"note.fi.earlier_customer", {}}})
        keys.push_back(k);
    ASSERT_GT(keys.size(), 40u);
    expect_words_in_every_language(keys);
}

// The golden report was generated once (JOBBPLAN_UPDATE_GOLDEN=1) and checked by hand against seed 000.
TEST(FinlandGolden, KarlebyExample) {
    for (const auto& f : detail::embedded_files()) {
        if (f.path != "examples/fi-karleby.json") continue;
        auto parsed = parse_profile_text(f.text);
        ASSERT_TRUE(parsed.ok());
        expect_golden(to_json(compute_report(*parsed.value, builtin_rule_book(), d("2026-11-23"))),
                      "fi-karleby.2026-11-23.json");
        return;
    }
    FAIL() << "examples/fi-karleby.json is not embedded";
}

}  // namespace
}  // namespace jobbplan
