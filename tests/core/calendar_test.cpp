#include "jobbplan/calendar.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace jobbplan {
namespace {

using namespace test_support;

TEST(Calendar, ParsesAndRejects) {
    struct Case {
        const char* text;
        bool ok;
    };
    for (const Case& c : {Case{"2024-02-29", true}, Case{"2023-02-29", false}, Case{"2000-02-29", true},
                          Case{"1900-02-29", false}, Case{"2024-13-01", false}, Case{"2024-00-10", false},
                          Case{"2024-04-31", false}, Case{"2024-4-01", false}, Case{"2024-04-01T", false},
                          Case{"", false}, Case{"abcd-ef-gh", false}, Case{"2026-12-31", true}}) {
        auto d = parse_date(c.text);
        EXPECT_EQ(d.has_value(), c.ok) << c.text;
        if (d) EXPECT_EQ(to_string(*d), c.text);
    }
}

TEST(Calendar, IsoWeeks) {
    struct Case {
        const char* day;
        const char* week;
        const char* monday;
        const char* sunday;
    };
    for (const Case& c : {Case{"2026-12-31", "2026-W53", "2026-12-28", "2027-01-03"},
                          Case{"2027-01-03", "2026-W53", "2026-12-28", "2027-01-03"},
                          Case{"2027-01-04", "2027-W01", "2027-01-04", "2027-01-10"},
                          Case{"2024-12-30", "2025-W01", "2024-12-30", "2025-01-05"},
                          Case{"2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"},
                          Case{"2026-11-23", "2026-W48", "2026-11-23", "2026-11-29"},
                          Case{"2024-02-29", "2024-W09", "2024-02-26", "2024-03-03"}}) {
        IsoWeek w = iso_week_of(*parse_date(c.day));
        EXPECT_EQ(to_string(w), c.week) << c.day;
        EXPECT_EQ(to_string(monday_of(w)), c.monday) << c.day;
        EXPECT_EQ(to_string(sunday_of(w)), c.sunday) << c.day;
    }
}

TEST(Calendar, Arithmetic) {
    EXPECT_EQ(to_string(add_months(d("2024-01-31"), 1)), "2024-02-29");
    EXPECT_EQ(to_string(add_months(d("2023-01-31"), 1)), "2023-02-28");
    EXPECT_EQ(to_string(add_months(d("2026-11-15"), 3)), "2027-02-15");
    EXPECT_EQ(to_string(add_months(d("2026-03-31"), -1)), "2026-02-28");
    EXPECT_EQ(to_string(add_days(d("2024-02-28"), 1)), "2024-02-29");
    EXPECT_EQ(to_string(add_days(d("2023-02-28"), 1)), "2023-03-01");
    EXPECT_EQ(to_string(add_days(d("2026-12-31"), 1)), "2027-01-01");
    EXPECT_EQ(days_between(d("2024-01-01"), d("2025-01-01")), 366);
    EXPECT_EQ(days_between(d("2025-01-01"), d("2024-12-31")), -1);
    EXPECT_EQ(to_string(first_of_month(d("2024-02-17"))), "2024-02-01");
    EXPECT_EQ(to_string(last_of_month(d("2024-02-17"))), "2024-02-29");
    EXPECT_EQ(to_string(last_of_month(d("2100-02-01"))), "2100-02-28");
}

}  // namespace
}  // namespace jobbplan
