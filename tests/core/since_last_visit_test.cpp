// What changed since the last visit (issue 12.8) is read from today's report: the periods that
// closed, the deadlines that passed and the meetings held or missed since that day.
#include "jobbplan/since_last_visit.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

namespace jobbplan {
namespace {

using namespace test_support;

Report dk_on(const char* on, nlohmann::json events = nlohmann::json::array()) {
    nlohmann::json j = {{"schema_version", 1},
                        {"situation", {{"system", "dk"}, {"benefit", "dagpenge"}, {"registered_on", "2026-08-03"}, {"benefit_since", "2026-08-03"}}},
                        {"events", std::move(events)},
                        {"joblog", nlohmann::json::array()}};
    return compute_report(*parse_profile(j).value, builtin_rule_book(), d(on));
}

TEST(SinceLastVisit, NothingWithoutAnEarlierDay) {
    const Report r = dk_on("2026-12-02");
    EXPECT_FALSE(since_last_visit(r, std::nullopt));
    EXPECT_FALSE(since_last_visit(r, d("2026-12-02")));  // already here today
    EXPECT_FALSE(since_last_visit(r, d("2026-12-09")));  // a demo clock set back
}

TEST(SinceLastVisit, TheWeeksThatClosedSinceThen) {
    // Last here on Wednesday of week 47; today is Wednesday of week 49: weeks 47 and 48 have closed
    // since (47 was still running then), week 46 had closed before, week 49 is still running.
    const Report r = dk_on("2026-12-02");
    const auto s = since_last_visit(r, d("2026-11-18"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->since, d("2026-11-18"));
    ASSERT_EQ(s->closed.size(), 2u);
    EXPECT_EQ(s->closed[0].label, "2026-W47");
    EXPECT_EQ(s->closed[1].label, "2026-W48");
    for (const ApplicationPeriod& p : s->closed) EXPECT_TRUE(p.closed);
    // The day after a Sunday: the week that ended yesterday has closed.
    const auto monday = since_last_visit(dk_on("2026-11-30"), d("2026-11-29"));
    ASSERT_TRUE(monday);
    ASSERT_EQ(monday->closed.size(), 1u);
    EXPECT_EQ(monday->closed[0].label, "2026-W48");
}

Report by_hand() {
    Report r;
    r.on = d("2026-12-02");
    Deadline before, passed, open;
    before.due = d("2026-11-10");
    before.status = DeadlineStatus::Met;
    passed.due = d("2026-11-25");
    passed.status = DeadlineStatus::Overdue;
    open.due = d("2026-12-10");
    open.status = DeadlineStatus::Open;
    r.deadlines = {before, passed, open};
    Meeting held, missed, coming;
    held.status = MeetingStatus::Held;
    held.held_on = d("2026-11-20");
    held.latest = d("2026-12-20");
    missed.status = MeetingStatus::Missed;
    missed.latest = d("2026-11-27");
    coming.status = MeetingStatus::Upcoming;
    coming.earliest = d("2026-12-05");
    coming.latest = d("2026-12-20");
    r.meetings = {held, missed, coming};
    return r;
}

TEST(SinceLastVisit, DeadlinesPassedAndMeetingsHeldOrMissedSinceThen) {
    const auto s = since_last_visit(by_hand(), d("2026-11-18"));
    ASSERT_TRUE(s);
    ASSERT_EQ(s->passed.size(), 1u);
    EXPECT_EQ(s->passed[0].due, d("2026-11-25"));
    EXPECT_EQ(s->passed[0].status, DeadlineStatus::Overdue);
    ASSERT_EQ(s->meetings.size(), 2u);
    EXPECT_EQ(s->meetings[0].status, MeetingStatus::Held);
    EXPECT_EQ(s->meetings[1].status, MeetingStatus::Missed);
    ASSERT_TRUE(s->next_deadline);
    EXPECT_EQ(s->next_deadline->due, d("2026-12-10"));
    ASSERT_TRUE(s->next_meeting);
    EXPECT_EQ(s->next_meeting->earliest, d("2026-12-05"));
    EXPECT_FALSE(s->nothing_happened());
    // Last here yesterday: the meeting held on 20 November was seen then; nothing new.
    const auto yesterday = since_last_visit(by_hand(), d("2026-12-01"));
    ASSERT_TRUE(yesterday);
    EXPECT_TRUE(yesterday->nothing_happened());
}

}  // namespace
}  // namespace jobbplan
