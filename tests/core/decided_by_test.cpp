// A status that rests on the user's own entry names that entry (issue 11.7): which meeting_held made
// a conversation "held", which miss made it "missed", which report or signature met a deadline. The
// report says it, so a jobseeker or caseworker can check the entry instead of trusting the word.
#include "support.hpp"

#include "jobbplan/report.hpp"
#include "jobbplan/report_text.hpp"
#include "jobbplan/i18n.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobbplan {
namespace {

using namespace test_support;

Event entry(const char* id, const char* type, const char* date, const char* party = "") {
    Event e;
    e.id = id;
    e.type = type;
    e.date = d(date);
    e.party = party;
    return e;
}

Profile of(const char* system, const char* benefit, const char* registered, const char* municipality) {
    Profile p;
    p.situation.system = system;
    p.situation.benefit = benefit;
    p.situation.registered_on = d(registered);
    p.situation.municipality = municipality;
    return p;
}

TEST(DecidedBy, DenmarkNamesTheHeldAndTheMissedConversation) {
    Profile p = of("dk", "dagpenge", "2026-09-01", "København");
    p.situation.benefit_since = d("2026-09-01");
    p.events = {entry("held1", "meeting_held", "2026-09-10", "a-kasse"), entry("cv", "cv_created", "2026-09-12")};
    Event miss = entry("miss2", "meeting_missed", "2026-10-05", "a-kasse");
    miss.lawful_excuse = false;
    p.events.push_back(miss);
    const Report r = compute_report(p, builtin_rule_book(), d("2026-10-07"));
    auto held = std::find_if(r.meetings.begin(), r.meetings.end(), [](const Meeting& m) { return m.status == MeetingStatus::Held; });
    ASSERT_NE(held, r.meetings.end());
    ASSERT_TRUE(held->decided_by);
    EXPECT_EQ(held->decided_by->event_id, "held1");
    EXPECT_EQ(held->decided_by->type, "meeting_held");
    auto missed = std::find_if(r.meetings.begin(), r.meetings.end(),
                               [](const Meeting& m) { return m.decided_by && m.decided_by->event_id == "miss2"; });
    EXPECT_NE(missed, r.meetings.end()) << "no conversation names the miss";
    auto cv = std::find_if(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& x) { return x.kind_key == "deadline.dk.cv"; });
    ASSERT_NE(cv, r.deadlines.end());
    EXPECT_EQ(cv->status, DeadlineStatus::Met);
    ASSERT_TRUE(cv->decided_by);
    EXPECT_EQ(cv->decided_by->event_id, "cv");
    // Nothing recorded, nothing named: an open deadline has no entry behind it.
    for (const Deadline& x : r.deadlines)
        if (x.status == DeadlineStatus::Open || x.status == DeadlineStatus::Overdue) EXPECT_FALSE(x.decided_by) << x.kind_key;
    // In words, in the user's language, with the event's own name and the date written out.
    const std::string text = decided_by_text(*cv->decided_by, builtin_catalogue("en"));
    EXPECT_NE(text.find("12"), std::string::npos) << text;
    EXPECT_EQ(text.find('{'), std::string::npos) << text;
    EXPECT_EQ(text.find("cv_created"), std::string::npos) << text;
}

TEST(DecidedBy, TrelleborgNamesTheSignatureThatMetTheDeadline) {
    Profile p = of("se-trelleborg", "forsorjningsstod", "2026-09-01", "Trelleborg");
    p.events = {entry("sent", "plan_sent", "2026-11-02"), entry("signed", "plan_signed", "2026-11-03")};
    const Report r = compute_report(p, builtin_rule_book(), d("2026-11-10"));
    auto sign = std::find_if(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& x) { return x.kind_key == "deadline.se.sign_plan"; });
    ASSERT_NE(sign, r.deadlines.end());
    EXPECT_EQ(sign->status, DeadlineStatus::Met);
    ASSERT_TRUE(sign->decided_by);
    EXPECT_EQ(sign->decided_by->event_id, "signed");
    EXPECT_EQ(to_json(r)["deadlines"][0].contains("decided_by"), r.deadlines[0].decided_by.has_value());
}

TEST(DecidedBy, FinlandNamesTheReportThatMetTheMonth) {
    Profile p = of("fi", "earnings_related", "2026-09-01", "Karleby");
    p.situation.agreed_applications_per_month = 1;
    p.situation.plan_agreed_on = d("2026-09-01");
    p.events = {entry("rep", "report_submitted", "2026-09-28")};
    const Report r = compute_report(p, builtin_rule_book(), d("2026-10-10"));
    auto sep = std::find_if(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& x) { return x.due == d("2026-09-30"); });
    ASSERT_NE(sep, r.deadlines.end());
    EXPECT_EQ(sep->status, DeadlineStatus::Met);
    ASSERT_TRUE(sep->decided_by);
    EXPECT_EQ(sep->decided_by->event_id, "rep");
}

}  // namespace
}  // namespace jobbplan
