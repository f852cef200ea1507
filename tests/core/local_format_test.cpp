// Dates, weeks and months as each language writes them (issue 16 item 3), typed dates read back,
// and the sentences of a report written with them while the JSON report keeps ISO.
#include "jobbplan/local_format.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/report_text.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace jobbplan {
namespace {

using namespace test_support;

TEST(LocalFormat, DatesPerLanguage) {
    EXPECT_EQ(format_date(d("2026-11-23"), "sv"), "2026-11-23");
    EXPECT_EQ(format_date(d("2026-11-23"), "da"), "23. november 2026");
    EXPECT_EQ(format_date(d("2026-11-23"), "fi"), "23.11.2026");
    EXPECT_EQ(format_date(d("2026-11-23"), "en"), "23 November 2026");
    EXPECT_EQ(format_date(d("2027-01-05"), "da"), "5. januar 2027");
    EXPECT_EQ(format_date(d("2027-01-05"), "fi"), "5.1.2027");
    EXPECT_EQ(format_date(d("2027-01-05"), "en"), "5 January 2027");
    EXPECT_EQ(format_date(d("2027-01-05"), "de"), "2027-01-05");  // unknown language: ISO
}

TEST(LocalFormat, WeeksWithTheYearOnlyWhenItIsAnother) {
    const Date on = d("2026-11-23");
    const IsoWeek w48{2026, 48};
    EXPECT_EQ(format_week(w48, "sv", on), "vecka 48");
    EXPECT_EQ(format_week(w48, "da", on), "uge 48");
    EXPECT_EQ(format_week(w48, "fi", on), "viikko 48");
    EXPECT_EQ(format_week(w48, "en", on), "week 48");
    EXPECT_EQ(format_week(w48, "da", on, false), "48");
    const IsoWeek last{2025, 52};
    EXPECT_EQ(format_week(last, "sv", on), "vecka 52, 2025");
    EXPECT_EQ(format_week(last, "da", on), "uge 52, 2025");
    EXPECT_EQ(format_week(last, "fi", on), "viikko 52/2025");
    EXPECT_EQ(format_week(last, "en", on), "week 52 of 2025");
    EXPECT_EQ(format_week(last, "fi", on, false), "52/2025");
    // 2027-01-02 is in ISO week 2026-W53: the calendar year of the report date decides.
    EXPECT_EQ(format_week(iso_week_of(d("2027-01-02")), "da", d("2027-01-02")), "uge 53, 2026");
    EXPECT_EQ(format_week(IsoWeek{2027, 1}, "da", d("2026-12-30")), "uge 1, 2027");
    EXPECT_EQ(format_week(w48, "en", std::nullopt), "week 48 of 2026");  // no reference: the year is shown
    EXPECT_EQ(format_week(w48, "de", on), "2026-W48");
}

TEST(LocalFormat, PeriodLabels) {
    const Date on = d("2026-11-23");
    EXPECT_EQ(format_period("2026-W48", "sv", on), "vecka 48");
    EXPECT_EQ(format_period("2026-11", "sv", on), "november 2026");
    EXPECT_EQ(format_period("2026-11", "da", on), "november 2026");
    EXPECT_EQ(format_period("2026-11", "fi", on), "11/2026");
    EXPECT_EQ(format_period("2026-11", "en", on), "November 2026");
    for (const char* other : {"2026-W54", "2026-W00", "2026-13", "2026-W4", "a word", ""})
        EXPECT_EQ(format_period(other, "en", on), other);
}

TEST(LocalFormat, ParamsForTheReader) {
    const Params p{{"week", "2026-W48"}, {"period", "2026-W48"}, {"start", "2026-11-23"}, {"month", "2026-11"},
                   {"required", "2"},    {"value", "2026-11-23"}, {"party", "jobcenter"}};
    const Params da = local_params(p, "da", d("2026-11-23"));
    EXPECT_EQ(da, (Params{{"week", "48"}, {"period", "uge 48"}, {"start", "23. november 2026"}, {"month", "november 2026"},
                          {"required", "2"}, {"value", "2026-11-23"}, {"party", "jobcenter"}}));
    EXPECT_EQ(local_params(p, "", d("2026-11-23")), p);  // a catalogue without a language: as it is
}

TEST(LocalFormat, TypedDatesRoundTrip) {
    for (std::string_view lang : kLanguages)
        for (const char* iso : {"1900-01-01", "2024-02-29", "2026-11-23", "2100-12-31"}) {
            const TypedDate t = parse_local_date(iso, lang);
            ASSERT_TRUE(t.date) << lang << " " << iso << ": " << t.problem;
            EXPECT_EQ(to_string(*t.date), iso);
            EXPECT_TRUE(t.problem.empty());
            // Typed as the language writes dates in numbers: d.m.yyyy in da and fi, ISO in sv and en.
            const bool dotted = lang == "da" || lang == "fi";
            const TypedDate back = parse_local_date(format_date(*t.date, dotted ? "fi" : "sv"), lang);
            ASSERT_TRUE(back.date) << lang << " " << iso << ": " << back.problem;
            EXPECT_EQ(*back.date, *t.date);
        }
    EXPECT_EQ(parse_local_date("23.11.2026", "da").date, d("2026-11-23"));
    EXPECT_EQ(parse_local_date("1.2.2026", "fi").date, d("2026-02-01"));
    EXPECT_EQ(parse_local_date("01.02.2026", "fi").date, d("2026-02-01"));
    // Swedish and English fields take ISO only: 1.2.2026 could be read either way round.
    EXPECT_FALSE(parse_local_date("23.11.2026", "sv").date);
    EXPECT_FALSE(parse_local_date("23.11.2026", "en").date);
}

TEST(LocalFormat, TypedDatesRefusedInTheReadersWords) {
    struct Case {
        const char* text;
        const char* lang;
        bool out_of_range;
        const char* problem;
    };
    for (const Case& c : {Case{"31.12.9999", "da", true, "\"31.12.9999\" is outside the years 1900 to 2100"},
                          Case{"1.3.1025", "fi", true, "\"1.3.1025\" is outside the years 1900 to 2100"},
                          Case{"1025-03-01", "sv", true, "\"1025-03-01\" is outside the years 1900 to 2100"},
                          Case{"29.2.2023", "fi", false, "\"29.2.2023\" is not a date"},
                          Case{"23.13.2026", "da", false, "\"23.13.2026\" is not a date"},
                          Case{"23.11.26", "da", false, "\"23.11.26\" is not a date"},
                          Case{"123.1.2026", "fi", false, "\"123.1.2026\" is not a date"},
                          Case{"2026-13-01", "en", false, "\"2026-13-01\" is not a date"},
                          Case{"", "fi", false, "\"\" is not a date"},
                          Case{"23.11.2026.", "da", false, "\"23.11.2026.\" is not a date"}}) {
        const TypedDate t = parse_local_date(c.text, c.lang);
        EXPECT_FALSE(t.date) << c.text;
        EXPECT_EQ(t.out_of_range, c.out_of_range) << c.text;
        EXPECT_EQ(t.problem, c.problem) << c.text;
    }
    // The same words as the profile reader's.
    auto profile = parse_profile_text(R"J({"schema_version": 1, "situation": {"system": "dk", "benefit": "dagpenge",
        "registered_on": "9999-12-31"}})J");
    ASSERT_FALSE(profile.problems.empty());
    EXPECT_NE(profile.problems.front().message.find(parse_local_date("9999-12-31", "da").problem), std::string::npos)
        << profile.problems.front().to_string();
}

TEST(LocalFormat, DateHints) {
    EXPECT_EQ(date_hint("sv"), "ÅÅÅÅ-MM-DD");
    EXPECT_EQ(date_hint("da"), "dd.mm.åååå");
    EXPECT_EQ(date_hint("fi"), "pp.kk.vvvv");
    EXPECT_EQ(date_hint("en"), "YYYY-MM-DD");
}

// The golden Danish report's sentences: dates and weeks as each language writes them, while the
// report's own params stay ISO.
TEST(LocalFormat, ReportSentencesInEachLanguage) {
    const detail::EmbeddedFile* example = nullptr;
    for (const auto& f : detail::embedded_files())
        if (f.path == "examples/dk-dagpenge.json") example = &f;
    ASSERT_TRUE(example);
    auto profile = parse_profile_text(example->text);
    ASSERT_TRUE(profile.ok());
    const Date on = d("2026-11-23");
    const Report r = compute_report(*profile.value, builtin_rule_book(), on);
    ASSERT_GE(r.current_period, 0);
    const ApplicationPeriod& p = r.periods[static_cast<std::size_t>(r.current_period)];
    ASSERT_EQ(p.label, "2026-W48");
    EXPECT_EQ(explanation_text(r.provider.why, builtin_catalogue("da"), on),
              "Dagpenge fra 7. september 2026: a-kassen holder dine samtaler de første 3 måneder; jobcentret overtager "
              "7. december 2026.");
    EXPECT_NE(explanation_text(r.provider.why, builtin_catalogue("fi"), on).find("7.9.2026"), std::string::npos);
    const std::string week_da = explanation_text(p.why, builtin_catalogue("da"), on);
    EXPECT_NE(week_da.find("i uge 48 (23. november 2026 – 29. november 2026)"), std::string::npos) << week_da;
    const std::string week_fi = explanation_text(p.why, builtin_catalogue("fi"), on);
    EXPECT_NE(week_fi.find("viikolla 48 (23.11.2026–29.11.2026)"), std::string::npos) << week_fi;
    const std::string week_sv = explanation_text(p.why, builtin_catalogue("sv"), on);
    EXPECT_NE(week_sv.find("vecka 48 (2026-11-23 – 2026-11-29)"), std::string::npos) << week_sv;
    const std::string week_en = explanation_text(p.why, builtin_catalogue("en"), on);
    EXPECT_NE(week_en.find("in week 48 (23 November 2026 – 29 November 2026)"), std::string::npos) << week_en;
    // A year later the same week is another year's: its year is shown.
    EXPECT_NE(explanation_text(p.why, builtin_catalogue("en"), d("2027-11-23")).find("in week 48 of 2026 ("),
              std::string::npos);
    // The report itself keeps ISO.
    const nlohmann::json j = to_json(r);
    EXPECT_EQ(j["provider"]["why"]["params"]["since"], "2026-09-07");
    bool iso_week = false;
    for (const auto& [k, v] : p.why.params) iso_week |= k == "week" && v == "2026-W48";
    EXPECT_TRUE(iso_week);
    // Every sentence of the report, in every language, has no ISO date left.
    for (std::string_view lang : {"da", "fi", "en"}) {
        const Catalogue& cat = builtin_catalogue(lang);
        std::string all;
        for (const Meeting& m : r.meetings) all += meeting_title(m, cat, on) + explanation_text(m.why, cat, on) + "\n";
        for (const Deadline& x : r.deadlines) all += deadline_title(x, cat, on) + explanation_text(x.why, cat, on) + "\n";
        for (const Explanation& n : r.notices) all += explanation_text(n, cat, on) + "\n";
        for (const ApplicationPeriod& q : r.periods) all += explanation_text(q.why, cat, on) + "\n";
        EXPECT_EQ(all.find("2026-"), std::string::npos) << lang << ":\n" << all;
    }
}

// A time is typed as the reader writes it: Danes, Finns and Swedes with a dot, clocks with a colon.
TEST(LocalTime, TypedWithADotOrAColon) {
    EXPECT_EQ(parse_local_time("14.30"), TimeOfDay{14 * 60 + 30});
    EXPECT_EQ(parse_local_time("14:30"), TimeOfDay{14 * 60 + 30});
    EXPECT_EQ(parse_local_time(" 9.05 "), TimeOfDay{9 * 60 + 5});
    EXPECT_EQ(parse_local_time("00.00"), TimeOfDay{0});
    EXPECT_EQ(parse_local_time("23:59"), TimeOfDay{23 * 60 + 59});
    for (std::string_view bad : {"", "24.00", "25:00", "14.60", "1430", "14.3", "14,30", ".30", "123.00", "14.30.00", "ab.cd"})
        EXPECT_FALSE(parse_local_time(bad)) << bad;
}

TEST(LocalTime, WrittenAsEachLanguageWritesIt) {
    const TimeOfDay t{10 * 60};
    EXPECT_EQ(format_time(t, "sv"), "10.00");
    EXPECT_EQ(format_time(t, "da"), "10.00");
    EXPECT_EQ(format_time(t, "fi"), "10.00");
    EXPECT_EQ(format_time(t, "en"), "10:00");
    for (std::string_view lang : kLanguages) EXPECT_EQ(parse_local_time(format_time(t, lang)), t) << lang;
    // In a sentence: the signing deadline's time is local; a param not named a time is left alone.
    const Params p = local_params({{"due_time", "10:00"}, {"value", "10:00"}, {"number", "2"}}, "da", std::nullopt);
    EXPECT_EQ(p[0].second, "10.00");
    EXPECT_EQ(p[1].second, "10:00");
    EXPECT_EQ(p[2].second, "2");
}

}  // namespace
}  // namespace jobbplan
