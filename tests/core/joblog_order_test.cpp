// The report must not depend on the order the joblog is stored in: the app keeps it in date order
// (and the index then searches it in place), but an import may not be. Same-day entries keep their
// relative order, since that order is the one the report lists them in.
#include "embedded_assets.hpp"
#include "jobbplan/assets.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobbplan {
namespace {

TEST(JoblogOrder, AnUnorderedLogGivesTheSameReport) {
    int checked = 0;
    for (const auto& f : detail::embedded_files()) {
        if (!f.path.starts_with("examples/")) continue;
        auto parsed = parse_profile_text(f.text);
        ASSERT_TRUE(parsed.ok()) << f.path;
        Profile sorted = *parsed.value;
        std::stable_sort(sorted.joblog.begin(), sorted.joblog.end(),
                         [](const JoblogEntry& a, const JoblogEntry& b) { return a.date < b.date; });
        if (sorted.joblog.size() < 3 || sorted.joblog.front().date == sorted.joblog.back().date) continue;
        Profile rotated = sorted;  // the newest entry first: out of order, same-day order kept
        std::rotate(rotated.joblog.begin(), rotated.joblog.end() - 1, rotated.joblog.end());
        ASSERT_FALSE(std::is_sorted(rotated.joblog.begin(), rotated.joblog.end(),
                                    [](const JoblogEntry& a, const JoblogEntry& b) { return a.date < b.date; }));
        for (const char* on : {"2026-11-23", "2026-10-01", "2027-03-01"}) {
            const Date day = *parse_date(on);
            EXPECT_EQ(to_json(compute_report(rotated, builtin_rule_book(), day)),
                      to_json(compute_report(sorted, builtin_rule_book(), day)))
                << f.path << " on " << on;
        }
        ++checked;
    }
    EXPECT_GE(checked, 3);
}

}  // namespace
}  // namespace jobbplan
