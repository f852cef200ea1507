// Issue 12.8: back after some days, the overview first says what changed since the last visit.
// The day is kept on this device under its own key, read at start-up and replaced by today.
#include "app/app.hpp"
#include "app/last_visit.hpp"
#include "memory_platform.hpp"

#include <gtest/gtest.h>

namespace jobbplan::web {
namespace {

using testing::MemoryPlatform;

TEST(SinceLastVisitApp, BackAfterTwoWeeksTheClosedWeeksAreSaidUntilPutAway) {
    MemoryPlatform platform;
    {
        App first{platform};
        first.start();
        platform.settle();
        EXPECT_FALSE(first.state().since);  // a first visit has nothing to compare with
        first.apply(LoadExample{"examples/dk-dagpenge.json"});
        platform.settle();
        first.apply(KeepSandboxProfile{});
        platform.settle();
        EXPECT_FALSE(first.state().since);
    }
    EXPECT_EQ(platform.stored.at(kLastVisitKey), "2026-11-23");

    platform.now = add_days(platform.now, 14);  // two weeks later, the page opened again
    App back{platform};
    back.start();
    platform.settle();
    ASSERT_TRUE(back.state().report);
    ASSERT_TRUE(back.state().since);
    EXPECT_EQ(back.state().since->since, parse_date("2026-11-23"));
    // Weeks 48 and 49 ran on from that Monday and have closed; week 50 is running.
    ASSERT_EQ(back.state().since->closed.size(), 2u);
    EXPECT_EQ(back.state().since->closed[0].label, "2026-W48");
    EXPECT_EQ(back.state().since->closed[1].label, "2026-W49");
    EXPECT_EQ(platform.stored.at(kLastVisitKey), "2026-12-07");  // this visit is now the last

    // An edit recomputes the report, and the summary stays until the user puts it away.
    back.apply(GoTo{Screen::Joblog});
    EXPECT_TRUE(back.state().since);
    back.apply(DismissSinceLastVisit{});
    EXPECT_FALSE(back.state().since);
    back.apply(SetTheme{Theme::Dark});
    platform.settle();
    EXPECT_FALSE(back.state().since);

    // The same day again: nothing to say.
    App again{platform};
    again.start();
    platform.settle();
    EXPECT_FALSE(again.state().since);
}

TEST(SinceLastVisitApp, NotUnderTheDemoClockNorForAFileLookedAt) {
    MemoryPlatform platform;
    platform.stored[kLastVisitKey] = "2026-11-01";
    App app{platform};
    app.start();
    platform.settle();
    app.apply(LoadExample{"examples/dk-dagpenge.json"});  // a persona opens as a file looked at
    platform.settle();
    EXPECT_FALSE(app.state().since);
    app.apply(KeepSandboxProfile{});
    platform.settle();
    EXPECT_TRUE(app.state().since);
    app.apply(SetDemoToday{parse_date("2026-12-20")});
    platform.settle();
    EXPECT_FALSE(app.state().since);
    app.apply(SetDemoToday{std::nullopt});
    platform.settle();
    EXPECT_TRUE(app.state().since);
}

TEST(SinceLastVisitApp, AnUnreadableDayIsNoEarlierVisit) {
    MemoryPlatform platform;
    platform.stored[kLastVisitKey] = "1025-13-01";
    App app{platform};
    app.start();
    platform.settle();
    EXPECT_FALSE(app.state().last_visit);
    EXPECT_EQ(platform.stored.at(kLastVisitKey), "2026-11-23");
}

TEST(SinceLastVisitApp, DeleteAllErasesTheDay) {
    MemoryPlatform platform;
    platform.stored[kLastVisitKey] = "2026-11-01";
    App app{platform};
    app.start();
    platform.settle();
    app.apply(AskDeleteAll{true});
    app.apply(DeleteAll{"delete"});
    platform.settle();
    EXPECT_FALSE(platform.stored.count(kLastVisitKey));
    EXPECT_FALSE(app.state().last_visit);
}

}  // namespace
}  // namespace jobbplan::web
