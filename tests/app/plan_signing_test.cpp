// Issue 12.10: Trelleborg's Plan screen records "I received the plan to sign" and "I have signed it"
// at the minute they are pressed, and the report counts the 48 hours from that minute (se.plan.sign).
#include "app/app.hpp"
#include "jobbplan/choices.hpp"
#include "memory_platform.hpp"

#include <gtest/gtest.h>

namespace jobbplan::web {
namespace {

using testing::MemoryPlatform;

const Deadline* sign_deadline(const App& app) {
    const SystemChoices c = system_choices(kTrelleborg, builtin_rule_book(), app.state().effective_date());
    EXPECT_TRUE(c.plan_signing);
    return c.plan_signing ? last_deadline(*app.state().report, c.plan_signing->deadline_key) : nullptr;
}

TEST(PlanSigning, OnlyTrelleborgSignsWithinHours) {
    const Date on{date::year{2026}, date::month{11}, date::day{23}};
    const SystemChoices se = system_choices(kTrelleborg, builtin_rule_book(), on);
    ASSERT_TRUE(se.plan_signing);
    EXPECT_EQ(se.plan_signing->hours, 48);
    EXPECT_EQ(se.plan_signing->problems.rule_id, "se.plan.sign_problems");
    EXPECT_FALSE(system_choices(kDenmark, builtin_rule_book(), on).plan_signing);
    EXPECT_FALSE(system_choices(kFinland, builtin_rule_book(), on).plan_signing);
}

TEST(PlanSigning, ReceivedAndSignedAreRecordedAtTheMinute) {
    MemoryPlatform platform;
    platform.clock = TimeOfDay{14 * 60 + 5};
    App app{platform};
    app.start();
    platform.settle();
    app.apply(NewProfile{std::string{kTrelleborg}});
    platform.settle();
    app.apply(RecordNow{"plan_sent"});
    platform.settle();
    ASSERT_EQ(app.state().profile->events.size(), 1u);
    const Event sent = app.state().profile->events.front();
    EXPECT_EQ(sent.type, "plan_sent");
    EXPECT_EQ(sent.date, platform.now);
    ASSERT_TRUE(sent.time);
    EXPECT_EQ(*sent.time, (TimeOfDay{14 * 60 + 5}));
    const Deadline* d = sign_deadline(app);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->status, DeadlineStatus::Open);
    EXPECT_EQ(d->due, add_days(platform.now, 2));  // 48 hours from 14:05
    EXPECT_EQ(*d->due_time, (TimeOfDay{14 * 60 + 5}));
    EXPECT_EQ(minutes_between(platform.now, *sent.time, d->due, *d->due_time), 48 * 60);
    bool told = false;  // trouble signing: contact the secretary, said while it can help
    for (const Explanation& n : app.state().report->notices) told |= n.rule_id == "se.plan.sign_problems";
    EXPECT_TRUE(told);

    platform.clock = TimeOfDay{16 * 60};
    app.apply(RecordNow{"plan_signed"});
    platform.settle();
    ASSERT_EQ(app.state().profile->events.size(), 2u);
    d = sign_deadline(app);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->status, DeadlineStatus::Met);
    for (const Explanation& n : app.state().report->notices) EXPECT_NE(n.rule_id, "se.plan.sign_problems");
}

TEST(PlanSigning, NothingIsRecordedUnderTheDemoClock) {
    MemoryPlatform platform;
    App app{platform};
    app.start();
    platform.settle();
    app.apply(NewProfile{std::string{kTrelleborg}});
    platform.settle();
    app.apply(SetDemoToday{add_days(platform.now, -3)});
    platform.settle();
    app.apply(RecordNow{"plan_sent"});
    platform.settle();
    EXPECT_TRUE(app.state().profile->events.empty());
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.sign.demo");
}

}  // namespace
}  // namespace jobbplan::web
