// The calendar's list, picture and mirror read one time line (issue 12.7).
#include "jobbplan/timeline.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

namespace jobbplan {
namespace {

using namespace test_support;

TEST(Timeline, ByDayWithThePastLeftOutOnceDone) {
    Report r;
    Meeting held, missed, coming, far;
    held.status = MeetingStatus::Held;
    held.earliest = d("2026-10-01");
    held.latest = d("2026-10-31");
    missed.status = MeetingStatus::Missed;
    missed.earliest = d("2026-11-01");
    missed.latest = d("2026-11-20");
    coming.status = MeetingStatus::Upcoming;
    coming.earliest = d("2026-12-01");
    coming.latest = d("2027-01-15");
    far.status = MeetingStatus::Upcoming;
    far.earliest = d("2027-05-01");
    far.latest = d("2027-07-01");
    r.meetings = {held, missed, coming, far};
    Deadline met, replaced, overdue, open;
    met.due = d("2026-11-10");
    met.status = DeadlineStatus::Met;
    replaced.due = d("2026-11-12");
    replaced.status = DeadlineStatus::Replaced;
    overdue.due = d("2026-11-25");
    overdue.status = DeadlineStatus::Overdue;
    open.due = d("2026-12-10");
    open.status = DeadlineStatus::Open;
    r.deadlines = {met, replaced, overdue, open};

    const auto items = timeline(r, d("2026-12-02"), d("2027-06-02"));
    ASSERT_EQ(items.size(), 4u);
    EXPECT_TRUE(items[0].window);  // the missed meeting, 20 November
    EXPECT_TRUE(items[0].late());
    EXPECT_EQ(items[0].start, d("2026-11-01"));
    EXPECT_FALSE(items[1].window);  // the overdue deadline, 25 November
    EXPECT_EQ(items[1].end, d("2026-11-25"));
    EXPECT_TRUE(items[1].late());
    EXPECT_EQ(items[2].end, d("2026-12-10"));  // the open deadline
    EXPECT_EQ(items[3].end, d("2027-01-15"));  // the coming window; the one ending in July is past the horizon
    EXPECT_FALSE(items[3].late() || items[3].done());
    ASSERT_TRUE(items[3].meeting);
    EXPECT_EQ(items[3].meeting, &r.meetings[2]);
}

}  // namespace
}  // namespace jobbplan
