// Issue 11: a new profile starts from the core's defaults (system_choices), not from values the
// app decides; what it starts from is one of the choices the Situation form offers.
#include "app/app.hpp"
#include "jobbplan/choices.hpp"
#include "jobbplan/vocabulary.hpp"
#include "memory_platform.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobbplan::web {
namespace {

using testing::MemoryPlatform;

TEST(NewProfile, StartsFromTheCoresDefaults) {
    for (std::string_view system : kSystems) {
        MemoryPlatform platform;
        App app{platform};
        app.start();
        platform.settle();
        app.apply(NewProfile{std::string{system}});
        platform.settle();
        ASSERT_TRUE(app.state().profile) << system;
        const Situation& s = app.state().profile->situation;
        const Date on = app.state().effective_date();
        const SystemChoices c = system_choices(system, builtin_rule_book(), on);
        EXPECT_EQ(s.system, system);
        EXPECT_FALSE(c.default_benefit.empty()) << system;
        EXPECT_EQ(s.benefit, c.default_benefit) << system;
        EXPECT_EQ(s.municipality, c.default_municipality) << system;
        EXPECT_TRUE(std::any_of(c.benefits.begin(), c.benefits.end(), [&](const Option& o) { return o.id == s.benefit; }))
            << system;
        EXPECT_EQ(municipality_choice(c, s.municipality), c.municipalities.front().id) << system;
        EXPECT_EQ(s.registered_on, on);
        EXPECT_EQ(s.joblog_from, on);
        EXPECT_EQ(s.benefit_since.has_value(), system == kDenmark) << system;
        EXPECT_FALSE(s.agreed_applications_per_month) << system;  // fi: unknown until the plan says
        EXPECT_EQ(app.state().screen, Screen::Situation);
        ASSERT_TRUE(app.state().report) << system;
        if (system == kFinland) EXPECT_EQ(app.state().report->provider.key, "provider.municipal_trial");
    }
}

// The defaults follow the query's date: on the demo clock's day, not the platform's.
TEST(NewProfile, UsesTheDemoClock) {
    MemoryPlatform platform;
    App app{platform};
    app.start();
    platform.settle();
    const Date demo = *parse_date("2022-06-01");
    app.apply(SetDemoToday{demo});
    app.apply(NewProfile{"fi"});
    platform.settle();
    ASSERT_TRUE(app.state().profile);
    EXPECT_EQ(app.state().profile->situation.registered_on, demo);
    EXPECT_EQ(app.state().profile->situation.municipality,
              system_choices(kFinland, builtin_rule_book(), demo).default_municipality);
}

}  // namespace
}  // namespace jobbplan::web
