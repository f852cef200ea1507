// The strip, its mirror and the print sheet read one summary of the recent periods (issue 12.7).
#include "jobbplan/period_summary.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

namespace jobbplan {
namespace {

using namespace test_support;

ApplicationPeriod period(int required, int counted, bool closed) {
    ApplicationPeriod p;
    p.required = required;
    p.counted = counted;
    p.closed = closed;
    return p;
}

TEST(PeriodSummary, EachStateFromTheCountsAndFlags) {
    EXPECT_EQ(period_state(period(2, 1, true)), PeriodState::Short);
    EXPECT_EQ(period_state(period(2, 1, false)), PeriodState::Open);   // still running: not short yet
    EXPECT_EQ(period_state(period(2, 2, false)), PeriodState::Met);    // met before it ends
    EXPECT_EQ(period_state(period(2, 3, true)), PeriodState::Met);
    ApplicationPeriod exempt = period(2, 0, true);
    exempt.exempt = true;
    EXPECT_EQ(period_state(exempt), PeriodState::Exempt);
    ApplicationPeriod unjudged = period(4, 0, true);
    unjudged.judged = false;  // fi before an agreed number: never short
    EXPECT_EQ(period_state(unjudged), PeriodState::NotJudged);
    EXPECT_EQ(period_state_name(PeriodState::NotJudged), "not_judged");
    // No number set (Trelleborg without one in the Överenskommelse): counted, never "done".
    EXPECT_EQ(period_state(period(0, 0, true)), PeriodState::CountOnly);
    EXPECT_EQ(period_state(period(0, 3, false)), PeriodState::CountOnly);
}

Report dk_since(const char* registered, const char* on) {
    nlohmann::json j = {{"schema_version", 1},
                        {"situation", {{"system", "dk"}, {"benefit", "dagpenge"}, {"registered_on", registered}, {"benefit_since", registered}}},
                        {"events", nlohmann::json::array()},
                        {"joblog", nlohmann::json::array()}};
    return compute_report(*parse_profile(j).value, builtin_rule_book(), d(on));
}

TEST(PeriodSummary, TheLastEightWeeksNewestLast) {
    const Report r = dk_since("2026-08-03", "2026-12-02");  // week 32 to week 49
    const auto recent = recent_periods(r);
    ASSERT_EQ(recent.size(), 8u);
    EXPECT_EQ(recent.front().label, "2026-W42");
    EXPECT_EQ(recent.back().label, "2026-W49");
    // Fewer periods than that: all of them.
    EXPECT_EQ(recent_periods(dk_since("2026-11-23", "2026-12-02")).size(), 2u);
}

}  // namespace
}  // namespace jobbplan
