// Issue 12.4: someone who registered weeks ago and starts Jobbplan today is not "behind" for the
// weeks they logged elsewhere, and the ladder says "you are here" only on a recorded event.
// Each case is run_from with and without Situation::joblog_from, so the test shows what the field changes.
#include "jobbplan/report.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobbplan {
namespace {

using namespace test_support;

Report run_from(nlohmann::json j, const char* on, const char* joblog_from) {
    if (joblog_from) j["situation"]["joblog_from"] = joblog_from;
    auto parsed = parse_profile(j);
    EXPECT_TRUE(parsed.ok()) << (parsed.problems.empty() ? "" : parsed.problems[0].to_string());
    return compute_report(parsed.value.value_or(Profile{}), builtin_rule_book(), d(on));
}

nlohmann::json profile(nlohmann::json situation) {
    return {{"schema_version", 1}, {"situation", situation}, {"events", nlohmann::json::array()},
            {"joblog", nlohmann::json::array()}};
}

int judged(const Report& r) {
    return static_cast<int>(std::count_if(r.periods.begin(), r.periods.end(), [](const ApplicationPeriod& p) { return p.judged; }));
}

bool any_short(const Report& r) {
    return std::any_of(r.periods.begin(), r.periods.end(), [](const ApplicationPeriod& p) { return p.shortfall() > 0 && p.closed; });
}

// Registered on Monday 16 November 2026 with a-kasse dagpenge, opens Jobbplan on Wednesday 2 December.
TEST(JoblogFrom, DenmarkNewUserIsNotBehindForWeeksLoggedElsewhere) {
    const auto j = profile({{"system", "dk"}, {"benefit", "dagpenge"}, {"registered_on", "2026-11-16"},
                            {"benefit_since", "2026-11-16"}});
    const Report before = run_from(j, "2026-12-02", nullptr);
    EXPECT_EQ(before.status_key, "status.behind");  // weeks 47 and 48 are empty here
    EXPECT_TRUE(any_short(before));

    const Report r = run_from(j, "2026-12-02", "2026-12-02");
    ASSERT_EQ(r.periods.size(), 3u);
    EXPECT_FALSE(r.periods[0].judged);
    EXPECT_FALSE(r.periods[1].judged);
    EXPECT_EQ(r.periods[0].why.text_key, "period.logged_elsewhere");
    EXPECT_EQ(r.periods[0].shortfall(), 0);
    // This week is judged whole: the jobseeker logs Monday's and Tuesday's applications here too.
    EXPECT_TRUE(r.periods[2].judged);
    EXPECT_EQ(r.periods[2].required, 2);
    EXPECT_FALSE(any_short(r));
    EXPECT_EQ(r.status_key, "status.ok");
    // No ladder step is reached, and none is at risk from weeks not judged.
    EXPECT_EQ(r.consequences.current, -1);
    EXPECT_EQ(r.consequences.risk, -1);
    for (const ConsequenceStep& s : r.consequences.steps) EXPECT_FALSE(s.at_risk) << s.key;
}

// A short week after the joblog start is still short: the field hides nothing logged here.
TEST(JoblogFrom, DenmarkShortWeekAfterTheStartIsStillShort) {
    auto j = profile({{"system", "dk"}, {"benefit", "dagpenge"}, {"registered_on", "2026-11-02"},
                      {"benefit_since", "2026-11-02"}});
    j["joblog"].push_back({{"id", "a"}, {"date", "2026-11-17"}});
    const Report r = run_from(j, "2026-12-02", "2026-11-16");
    // Weeks 45 and 46 not judged; week 47 (from 16 November) judged and short by one; week 48 short by two.
    EXPECT_FALSE(r.periods[0].judged);
    EXPECT_FALSE(r.periods[1].judged);
    EXPECT_TRUE(r.periods[2].judged);
    EXPECT_EQ(r.periods[2].shortfall(), 1);
    EXPECT_EQ(r.status_key, "status.behind");
    // The availability conversation is a risk the a-kasse may act on, never "you are here".
    auto it = std::find_if(r.consequences.steps.begin(), r.consequences.steps.end(),
                           [](const ConsequenceStep& s) { return s.key == "consequence.dk.availability_conversation"; });
    ASSERT_NE(it, r.consequences.steps.end());
    EXPECT_TRUE(it->at_risk);
    EXPECT_FALSE(it->reached);
    EXPECT_EQ(r.consequences.current, -1);
    EXPECT_EQ(r.consequences.risk, static_cast<int>(it - r.consequences.steps.begin()));
}

// Finland: agreed 4 a month in a plan made in August; Jobbplan used from 1 November.
TEST(JoblogFrom, FinlandMonthsLoggedElsewhereAreNotNeglect) {
    const auto j = profile({{"system", "fi"}, {"benefit", "earnings_related"}, {"municipality", "Karleby"},
                            {"registered_on", "2026-08-03"}, {"agreed_applications_per_month", 4},
                            {"plan_agreed_on", "2026-08-03"}});
    const Report before = run_from(j, "2026-11-20", nullptr);
    EXPECT_EQ(before.status_key, "status.fi.behind");
    EXPECT_EQ(before.consequences.current, -1);  // no reminder recorded: nothing is "reached"
    EXPECT_GE(before.consequences.risk, 0);

    const Report r = run_from(j, "2026-11-20", "2026-11-01");
    EXPECT_EQ(judged(r), 1);  // November only
    EXPECT_TRUE(r.periods.back().judged);
    EXPECT_EQ(r.periods.back().required, 4);
    EXPECT_EQ(r.status_key, "status.fi.ok");
    EXPECT_EQ(r.consequences.risk, -1);
    // Only judged months get a reporting deadline: none for the months logged elsewhere.
    for (const Deadline& dl : r.deadlines) EXPECT_GE(dl.due, d("2026-11-01")) << dl.kind_key;
}

// Trelleborg with a monthly number in the Överenskommelse: months before the start are not judged.
TEST(JoblogFrom, TrelleborgMonthsBeforeTheStartAreNotJudged) {
    const auto j = profile({{"system", "se-trelleborg"}, {"benefit", "forsorjningsstod"}, {"municipality", "Trelleborg"},
                            {"registered_on", "2026-09-07"}, {"agreed_applications_per_month", 4}});
    const Report before = run_from(j, "2026-12-02", nullptr);
    EXPECT_TRUE(any_short(before));
    const Report r = run_from(j, "2026-12-02", "2026-12-01");
    EXPECT_FALSE(any_short(r));
    EXPECT_EQ(judged(r), 1);
    EXPECT_EQ(r.periods.back().label, "2026-12");
}

// An unreadable joblog_from is refused by the reader, naming the field, like every date.
TEST(JoblogFrom, ReaderRefusesABadDate) {
    auto j = profile({{"system", "dk"}, {"benefit", "dagpenge"}, {"registered_on", "2026-11-16"}});
    j["situation"]["joblog_from"] = "1025-03-01";
    auto parsed = parse_profile(j);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.problems[0].to_string().find("situation.joblog_from"), std::string::npos) << parsed.problems[0].to_string();
}

}  // namespace
}  // namespace jobbplan
