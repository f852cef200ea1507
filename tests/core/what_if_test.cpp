// The what-if steps (issue 14) under each system's rules: which are offered, and what each one
// changes in the report of a later date. The profile given is never changed.
#include "jobbplan/what_if.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobbplan {
namespace {

using namespace test_support;

Profile example(const char* path) {
    for (const auto& f : detail::embedded_files())
        if (f.path == path) return *parse_profile_text(f.text).value;
    ADD_FAILURE() << path << " is not embedded";
    return {};
}

bool offered(const std::vector<WhatIfKind>& ks, WhatIfKind k) { return std::find(ks.begin(), ks.end(), k) != ks.end(); }

struct Pair {
    Report today, then;
};

Pair what_if(const Profile& p, Date on, std::vector<WhatIfKind> kinds, int days = 0) {
    Pair r;
    r.today = compute_report(p, builtin_rule_book(), on);
    std::vector<WhatIfStep> steps;
    for (WhatIfKind k : kinds) steps.push_back({k, what_if_date(k, r.today, add_days(on, days))});
    const Profile changed = with_what_ifs(p, steps, r.today);
    r.then = compute_report(changed, builtin_rule_book(), what_if_report_date(steps, add_days(on, days)));
    return r;
}

TEST(WhatIf, OfferedStepsFollowTheSystemsRules) {
    const Date on = d("2026-11-23");
    const Profile dk = example("examples/dk-dagpenge.json");
    const Profile fi = example("examples/fi-karleby.json");
    const Profile se = example("examples/se-trelleborg.json");
    auto dk_k = what_ifs_offered(dk, compute_report(dk, builtin_rule_book(), on));
    auto fi_k = what_ifs_offered(fi, compute_report(fi, builtin_rule_book(), on));
    auto se_k = what_ifs_offered(se, compute_report(se, builtin_rule_book(), on));
    EXPECT_TRUE(offered(dk_k, WhatIfKind::MissNextMeeting));
    EXPECT_TRUE(offered(dk_k, WhatIfKind::StartJob));
    EXPECT_FALSE(offered(dk_k, WhatIfKind::ReminderReceived));  // no reminder step in the Danish rules
    EXPECT_FALSE(offered(dk_k, WhatIfKind::PlanBroken));
    EXPECT_TRUE(offered(fi_k, WhatIfKind::ReminderReceived));
    EXPECT_FALSE(offered(fi_k, WhatIfKind::PlanBroken));
    EXPECT_TRUE(offered(se_k, WhatIfKind::PlanBroken));
    // Only Trelleborg's rules read whether a job gives self-support (seed 004, avslut till arbete).
    EXPECT_TRUE(offered(se_k, WhatIfKind::StartSelfSupportingJob));
    EXPECT_FALSE(offered(dk_k, WhatIfKind::StartSelfSupportingJob));
    EXPECT_FALSE(offered(fi_k, WhatIfKind::StartSelfSupportingJob));
}

// 002: a missed conversation without lawful excuse stops dagpenge until contact.
TEST(WhatIf, DenmarkMissingTheNextMeetingStopsDagpenge) {
    const Profile p = example("examples/dk-dagpenge.json");
    const std::string before = to_json(p).dump();
    Pair r = what_if(p, d("2026-11-23"), {WhatIfKind::MissNextMeeting});
    EXPECT_NE(r.today.status_key, "status.dk.dagpenge_stopped");
    EXPECT_EQ(r.then.status_key, "status.dk.dagpenge_stopped");
    EXPECT_EQ(to_json(p).dump(), before);  // pure: the profile shown is untouched
}

// 002: a job starting within six weeks exempts the jobseeker from the weekly minimum.
TEST(WhatIf, DenmarkAJobInFourWeeksExemptsTheWeeksBeforeIt) {
    const Profile p = example("examples/dk-dagpenge.json");
    Pair r = what_if(p, d("2026-11-23"), {WhatIfKind::StartJob}, 28);
    // This week (W48) is not exempt today; with a job from Monday 21 December it is.
    auto week = [](const Report& rep, const char* label) {
        auto it = std::find_if(rep.periods.begin(), rep.periods.end(), [&](const ApplicationPeriod& x) { return x.label == label; });
        return it == rep.periods.end() ? nullptr : &*it;
    };
    ASSERT_TRUE(week(r.today, "2026-W48"));
    ASSERT_TRUE(week(r.then, "2026-W48"));
    EXPECT_FALSE(week(r.today, "2026-W48")->exempt);
    EXPECT_TRUE(week(r.then, "2026-W48")->exempt);
}

// 000: the first neglect brings a reminder; with it recorded the ladder is on its first step.
TEST(WhatIf, FinlandAReminderPutsTheLadderOnItsFirstStep) {
    Profile p = example("examples/fi-karleby.json");
    std::erase_if(p.events, [](const Event& e) { return e.type == "reminder_received" || e.type == "sanction_received"; });
    Pair r = what_if(p, d("2026-11-23"), {WhatIfKind::ReminderReceived});
    EXPECT_EQ(r.today.consequences.current, -1);
    EXPECT_EQ(r.then.consequences.current, 0);
}

// No further applications: the current period is judged closed with what is logged.
TEST(WhatIf, NoApplicationsClosesTheCurrentPeriodShort) {
    const Profile p = example("examples/fi-karleby.json");
    Pair r = what_if(p, d("2026-11-23"), {WhatIfKind::NoApplications});
    EXPECT_EQ(r.then.on, d("2026-12-01"));  // the day after November ends
    const ApplicationPeriod& nov = r.then.periods[r.then.periods.size() - 2];
    EXPECT_EQ(nov.label, r.today.periods.back().label);
    EXPECT_TRUE(nov.closed);
}

// 004: a broken plan leads to closure unless a new plan is signed.
TEST(WhatIf, TrelleborgABrokenPlanIsShownAsBroken) {
    const Profile p = example("examples/se-trelleborg.json");
    Pair r = what_if(p, d("2026-11-23"), {WhatIfKind::PlanBroken});
    EXPECT_EQ(r.then.status_key, "status.se.plan_broken");
    ASSERT_FALSE(r.then.consequences.steps.empty());
    EXPECT_EQ(r.then.consequences.steps[0].key, "consequence.se.broken");
    EXPECT_TRUE(r.then.consequences.steps[0].reached);
}

// 004: "Avslut till arbete görs när anställningen bedöms leda till självförsörjning i två månader eller
// mer". A job whose self-support is not judged yet is asked about; one judged to give it closes the plan.
TEST(WhatIf, TrelleborgAJobClosesThePlanOnlyWhenItGivesSelfSupport) {
    const Profile p = example("examples/se-trelleborg.json");
    auto has = [](const Report& r, std::string_view key) {
        return std::any_of(r.notices.begin(), r.notices.end(), [&](const Explanation& e) { return e.text_key == key; });
    };
    Pair unjudged = what_if(p, d("2026-11-23"), {WhatIfKind::StartJob});
    Pair judged = what_if(p, d("2026-11-23"), {WhatIfKind::StartSelfSupportingJob});
    EXPECT_FALSE(has(judged.today, "notice.se.closure_work"));
    EXPECT_TRUE(has(unjudged.then, "notice.se.job_self_support_unknown"));
    EXPECT_FALSE(has(unjudged.then, "notice.se.closure_work"));
    EXPECT_TRUE(has(judged.then, "notice.se.closure_work"));
    EXPECT_EQ(unjudged.then.status_key, unjudged.today.status_key);  // still: sign the plan
    EXPECT_EQ(judged.then.status_key, "status.se.closed_work");
}

}  // namespace
}  // namespace jobbplan
