// Dated Danish scenarios. Each cites the seed passage it checks (001 = jobcenter contact process,
// 002 = FAK a-kasse, new process from 1 January 2024).
#include "jobbplan/report.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobbplan {
namespace {

using namespace test_support;

nlohmann::json dk_profile_json(const char* benefit, const char* registered, const char* since = nullptr) {
    nlohmann::json j = {{"schema_version", 1},
                        {"situation", {{"system", "dk"}, {"benefit", benefit}, {"registered_on", registered}}},
                        {"events", nlohmann::json::array()},
                        {"joblog", nlohmann::json::array()}};
    if (since) j["situation"]["benefit_since"] = since;
    return j;
}

Report dk_run(const nlohmann::json& j, const char* on) {
    auto parsed = parse_profile(j);
    EXPECT_TRUE(parsed.ok()) << (parsed.problems.empty() ? "" : parsed.problems[0].to_string());
    return compute_report(parsed.value.value_or(Profile{}), builtin_rule_book(), d(on));
}

void add_event(nlohmann::json& j, const char* type, const char* date, nlohmann::json extra = nlohmann::json::object()) {
    extra["type"] = type;
    extra["date"] = date;
    j["events"].push_back(extra);
}

void add_application(nlohmann::json& j, const char* id, const char* date, bool advertised = true) {
    j["joblog"].push_back({{"id", id}, {"date", date}, {"advertised", advertised}});
}

const ApplicationPeriod* week(const Report& r, const std::string& label) {
    for (const ApplicationPeriod& p : r.periods)
        if (p.label == label) return &p;
    return nullptr;
}

const Deadline* deadline(const Report& r, std::string_view kind_key) {
    auto it = std::find_if(r.deadlines.begin(), r.deadlines.end(), [&](const Deadline& d) { return d.kind_key == kind_key; });
    return it == r.deadlines.end() ? nullptr : &*it;
}

const ConsequenceStep* step(const Report& r, const std::string& key) {
    for (const ConsequenceStep& s : r.consequences.steps)
        if (s.key == key) return &s;
    return nullptr;
}

// 002: "Hvis du allerede er ledig og modtager dagpenge før den 1. januar 2024, vil du som udgangspunkt
// fortsætte i dit nuværende forløb hos Jobcenteret." / "...skal have dagpenge efter den 1. januar 2024..."
TEST(Denmark, ReformDecidedByFirstDayOnDagpenge) {
    struct Case {
        const char* since;
        const char* on;
        const char* provider;
        int rule_version;
        const char* first_party;
    };
    for (const Case& c : {Case{"2023-12-31", "2024-01-15", "provider.jobcenter", 1, "jobcenter"},
                          Case{"2024-01-01", "2024-01-15", "provider.a_kasse", 2, "a-kasse"},
                          Case{"2019-12-02", "2020-02-10", "provider.jobcenter", 1, "jobcenter"}}) {
        Report r = dk_run(dk_profile_json("dagpenge", c.since, c.since), c.on);
        EXPECT_EQ(r.provider.key, c.provider) << c.since;
        EXPECT_EQ(r.provider.why.rule_version, c.rule_version) << c.since;
        ASSERT_EQ(r.meetings.size(), 6u) << c.since;
        EXPECT_EQ(r.meetings[0].party, c.first_party) << c.since;
    }
}

// 001: "De første tre samtaler afholder din a-kasse inden for de første tre måneder. De næste tre afholder
// dit jobcenter inden for de næste tre måneder." 002: "...overgår du til Jobcenteret".
TEST(Denmark, AkasseHandsOverToJobcenterAfterThreeMonths) {
    auto j = dk_profile_json("dagpenge", "2026-03-02", "2026-03-02");
    EXPECT_EQ(dk_run(j, "2026-06-01").provider.key, "provider.a_kasse");
    Report after = dk_run(j, "2026-06-02");
    EXPECT_EQ(after.provider.key, "provider.jobcenter");
    std::vector<std::string> parties;
    for (const Meeting& m : after.meetings) parties.push_back(m.party);
    EXPECT_EQ(parties, (std::vector<std::string>{"a-kasse", "a-kasse", "a-kasse", "jobcenter", "jobcenter", "jobcenter"}));
    // Caseworker's reading: a jobcenter conversation may fall anywhere in months 4-6.
    EXPECT_EQ(to_string(after.meetings[3].earliest), "2026-06-02");
    EXPECT_EQ(to_string(after.meetings[3].latest), "2026-09-01");
    // 001: "...kan din a-kasse deltage i den første samtale, der skal holdes i jobcenteret efter overgangen".
    bool joins = std::any_of(after.notices.begin(), after.notices.end(), [](const Explanation& e) { return e.rule_id == "dk.meetings.akasse_joins"; });
    EXPECT_TRUE(joins);
    // 001: "første jobsamtale holdes ved personligt fremmøde. Herefter vælger du selv..."
    EXPECT_EQ(after.meetings[0].mode_key, "mode.in_person");
    EXPECT_EQ(after.meetings[1].mode_key, "mode.choice");
}

bool has_dk_notice(const Report& r, const std::string& rule_id) {
    return std::any_of(r.notices.begin(), r.notices.end(), [&](const Explanation& e) { return e.rule_id == rule_id; });
}

// Issue 11 (1). 001: "De første tre samtaler afholder din a-kasse inden for de første tre måneder. De
// næste tre afholder dit jobcenter inden for de næste tre måneder." No date per conversation: a
// conversation is late only when its period is over, and a miss inside an open period means rebook.
TEST(Denmark, OpenWindowIsNeverMissedAndAMissSaysRebook) {
    auto j = dk_profile_json("dagpenge", "2026-03-02", "2026-03-02");
    Report r = dk_run(j, "2026-04-15");  // nothing held yet, six weeks in
    ASSERT_EQ(r.meetings.size(), 6u);
    for (int k = 0; k < 3; ++k) {
        EXPECT_EQ(r.meetings[k].status, MeetingStatus::Due) << k;
        EXPECT_EQ(to_string(r.meetings[k].earliest), "2026-03-02") << k;
        EXPECT_EQ(to_string(r.meetings[k].latest), "2026-06-01") << k;
    }
    EXPECT_EQ(r.meetings[3].status, MeetingStatus::Upcoming);

    add_event(j, "meeting_held", "2026-03-05", {{"party", "a-kasse"}});
    add_event(j, "meeting_missed", "2026-04-20", {{"party", "a-kasse"}, {"lawful_excuse", false}});
    Report m = dk_run(j, "2026-04-22");
    EXPECT_EQ(m.meetings[1].status, MeetingStatus::Rebook);  // missed, window open: book a new time
    EXPECT_TRUE(std::none_of(m.meetings.begin(), m.meetings.end(), [](const Meeting& x) { return x.status == MeetingStatus::Missed; }));
    auto rebook = std::find_if(m.notices.begin(), m.notices.end(), [](const Explanation& e) { return e.rule_id == "dk.meetings.rebook_after_miss"; });
    ASSERT_NE(rebook, m.notices.end());
    EXPECT_EQ(rebook->params, (Params{{"number", "2"}, {"party", "a-kasse"}, {"date", "2026-04-20"}}));
    EXPECT_EQ(rebook->source.file, "001_dbb992bc3df95132.txt");

    Report late = dk_run(j, "2026-06-02");  // the a-kasse period is over
    EXPECT_EQ(late.meetings[1].status, MeetingStatus::Missed);
    EXPECT_EQ(late.meetings[2].status, MeetingStatus::Overdue);
    EXPECT_TRUE(has_dk_notice(late, "dk.meetings.rebook_after_miss"));

    add_event(j, "meeting_booked", "2026-04-23", {{"party", "a-kasse"}});
    EXPECT_FALSE(has_dk_notice(dk_run(j, "2026-04-24"), "dk.meetings.rebook_after_miss"));
    add_event(j, "meeting_held", "2026-05-04", {{"party", "a-kasse"}});  // the rebooked conversation
    Report made_good = dk_run(j, "2026-06-02");
    EXPECT_EQ(made_good.meetings[1].status, MeetingStatus::Held);
    EXPECT_EQ(made_good.meetings[2].status, MeetingStatus::Overdue);
}

// 001: "Den første samtale skal finde sted inden for én uge fra første henvendelse."
TEST(Denmark, KontanthjaelpFirstConversationWithinOneWeek) {
    auto j = dk_profile_json("kontanthjaelp", "2026-10-12");
    Report r = dk_run(j, "2026-10-19");
    ASSERT_EQ(r.meetings.size(), 4u);
    EXPECT_EQ(r.provider.key, "provider.jobcenter");
    EXPECT_EQ(to_string(r.meetings[0].latest), "2026-10-19");
    EXPECT_EQ(r.meetings[0].status, MeetingStatus::Due);
    EXPECT_EQ(dk_run(j, "2026-10-20").meetings[0].status, MeetingStatus::Overdue);
    EXPECT_EQ(dk_run(j, "2026-10-20").status_key, "status.behind");
    add_event(j, "meeting_held", "2026-10-16", {{"party", "jobcenter"}});
    Report held = dk_run(j, "2026-10-20");
    EXPECT_EQ(held.meetings[0].status, MeetingStatus::Held);
    // Kontanthjælp has no joblog minimum in the seeds; the dagpenge rules do not apply.
    EXPECT_TRUE(held.periods.empty());
    EXPECT_TRUE(held.consequences.steps.empty());
}

// 001: "...søgbart cv på Jobnet senest tre uger efter, at du har meldt dig ledig i jobcentret."
TEST(Denmark, CvWithinThreeWeeks) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    auto cv = [](const Report& r) { return *std::find_if(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& x) { return x.kind_key == "deadline.dk.cv"; }); };
    EXPECT_EQ(to_string(cv(dk_run(j, "2026-09-28")).due), "2026-09-28");
    EXPECT_EQ(cv(dk_run(j, "2026-09-28")).status, DeadlineStatus::Open);
    EXPECT_EQ(cv(dk_run(j, "2026-09-29")).status, DeadlineStatus::Overdue);
    add_event(j, "cv_approved", "2026-09-25", {{"party", "a-kasse"}});
    EXPECT_EQ(cv(dk_run(j, "2026-09-29")).status, DeadlineStatus::Met);
    EXPECT_EQ(cv(dk_run(j, "2026-09-24")).status, DeadlineStatus::Open);  // approval not yet happened on that day
}

// Issue 11 (3). 001: "At oprette et fyldestgørende og søgbart cv på Jobnet senest tre uger efter ..." is
// your duty; "Hvis du modtager dagpenge, skal din a-kasse godkende dit cv" is the a-kasse's act.
TEST(Denmark, CvDeadlineIsCreatingItApprovalIsShownApart) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    auto cv = [](const Report& r) { return *std::find_if(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& x) { return x.kind_key == "deadline.dk.cv"; }); };
    auto approval = [](const Report& r) { return std::find_if(r.notices.begin(), r.notices.end(), [](const Explanation& e) { return e.rule_id == "dk.cv.approval"; }); };
    add_event(j, "cv_created", "2026-09-20");
    Report waiting = dk_run(j, "2026-10-05");
    EXPECT_EQ(cv(waiting).status, DeadlineStatus::Met);
    EXPECT_EQ(cv(waiting).why.source.file, "001_dbb992bc3df95132.txt");
    ASSERT_NE(approval(waiting), waiting.notices.end());
    EXPECT_EQ(approval(waiting)->params, (Params{{"approver", "a-kasse"}}));
    auto k = dk_profile_json("kontanthjaelp", "2026-09-07");
    EXPECT_EQ(approval(dk_run(k, "2026-09-08"))->params, (Params{{"approver", "jobcenter"}}));
    add_event(j, "cv_approved", "2026-10-07", {{"party", "a-kasse"}});
    Report approved = dk_run(j, "2026-10-08");
    EXPECT_EQ(cv(approved).status, DeadlineStatus::Met);
    EXPECT_EQ(approval(approved), approved.notices.end());
}

// Issue 11 (3). 002: "...anmoder dig om at booke en samtale inden for en bestemt tidsfrist." A letter
// whose deadline was not entered is not due the day it came.
TEST(Denmark, BookingLetterWithoutStatedDeadlineIsNotDueSameDay) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    add_event(j, "cv_created", "2026-09-08");
    add_event(j, "booking_request", "2026-10-01", {{"party", "a-kasse"}});
    Report r = dk_run(j, "2026-10-02");
    EXPECT_TRUE(std::none_of(r.deadlines.begin(), r.deadlines.end(), [](const Deadline& x) { return x.kind_key == "deadline.dk.booking"; }));
    EXPECT_FALSE(step(r, "consequence.dk.booking_missed")->reached);
    auto notice = std::find_if(r.notices.begin(), r.notices.end(), [](const Explanation& e) { return e.rule_id == "dk.deadline.booking"; });
    ASSERT_NE(notice, r.notices.end());
    EXPECT_EQ(notice->text_key, "rule.dk.deadline.booking_no_date");
    EXPECT_EQ(notice->note_key, "note.dk.booking.no_stated_deadline");
    add_event(j, "meeting_booked", "2026-10-03");
    EXPECT_FALSE(has_dk_notice(dk_run(j, "2026-10-04"), "dk.deadline.booking"));
}

// 002: "...anmoder dig om at booke en samtale inden for en bestemt tidsfrist." / "kan det betyde, at du
// mister retten til dagpenge i en kortere eller længere periode."
TEST(Denmark, BookingDeadline) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    add_event(j, "booking_request", "2026-10-01", {{"until", "2026-10-08"}, {"party", "a-kasse"}});
    Report late = dk_run(j, "2026-10-09");
    // The CV, the booking and (a-kasse process) Min Plan at the first conversation.
    ASSERT_EQ(late.deadlines.size(), 3u);
    ASSERT_NE(deadline(late, "deadline.dk.booking"), nullptr);
    EXPECT_EQ(deadline(late, "deadline.dk.booking")->status, DeadlineStatus::Overdue);
    // An unlogged booking is not a decision: the loss "kan" follow, so it is at risk, not reached.
    EXPECT_TRUE(step(late, "consequence.dk.booking_missed")->at_risk);
    EXPECT_FALSE(step(late, "consequence.dk.booking_missed")->reached);
    add_event(j, "meeting_booked", "2026-10-08");
    Report ok = dk_run(j, "2026-10-09");
    EXPECT_EQ(deadline(ok, "deadline.dk.booking")->status, DeadlineStatus::Met);
    EXPECT_FALSE(step(ok, "consequence.dk.booking_missed")->reached);
    EXPECT_FALSE(step(ok, "consequence.dk.booking_missed")->at_risk);
}

// 002: "din pligt til at registere minimum 2 søgte stillinger i din Joblog pr. uge" — ISO weeks.
TEST(Denmark, TwoApplicationsPerIsoWeek) {
    // Registered Wednesday 2026-09-30; week 40 spans September and October.
    auto j = dk_profile_json("dagpenge", "2026-09-30", "2026-09-30");
    add_application(j, "before", "2026-09-29");
    add_application(j, "a", "2026-09-30");
    add_application(j, "b", "2026-10-04", false);
    add_application(j, "c", "2026-10-06");
    add_application(j, "future", "2026-10-09");
    Report r = dk_run(j, "2026-10-08");
    ASSERT_EQ(r.periods.size(), 2u);
    const ApplicationPeriod* w40 = week(r, "2026-W40");
    ASSERT_NE(w40, nullptr);
    EXPECT_EQ(to_string(w40->start), "2026-09-28");
    EXPECT_EQ(to_string(w40->end), "2026-10-04");
    EXPECT_EQ(w40->counted, 2);
    EXPECT_TRUE(w40->closed);
    EXPECT_EQ(w40->shortfall(), 0);
    ASSERT_EQ(w40->entries.size(), 3u);
    EXPECT_EQ(w40->entries[0].reason_key(), "verdict.before_registration");
    const ApplicationPeriod* w41 = week(r, "2026-W41");
    EXPECT_EQ(w41->counted, 1);
    EXPECT_FALSE(w41->closed);
    EXPECT_EQ(w41->entries[1].reason_key(), "verdict.after_report_date");
    EXPECT_EQ(r.current_period, 1);
    EXPECT_EQ(r.status_key, "status.ok");  // the running week is not yet short
}

TEST(Denmark, IsoWeek53AndShortWeekBringsAvailabilityConversation) {
    auto j = dk_profile_json("dagpenge", "2026-12-21", "2026-12-21");
    add_application(j, "a", "2026-12-22");
    add_application(j, "b", "2026-12-23");
    add_application(j, "c", "2026-12-31");  // 2026-W53, a week that runs into 2027
    Report r = dk_run(j, "2027-01-05");
    std::vector<std::string> labels;
    for (const ApplicationPeriod& p : r.periods) labels.push_back(p.label);
    EXPECT_EQ(labels, (std::vector<std::string>{"2026-W52", "2026-W53", "2027-W01"}));
    EXPECT_EQ(week(r, "2026-W53")->shortfall(), 1);
    EXPECT_EQ(r.status_key, "status.behind");
    // 002: "...hvis du ikke søger tilstrækkeligt med ledige stillinger" -> a risk of a rådighedssamtale.
    EXPECT_FALSE(step(r, "consequence.dk.availability_conversation")->reached);
    EXPECT_TRUE(has_dk_notice(r, "dk.consequence.availability_conversation"));
}

// 001: "Hvis du inden for seks uger enten begynder i job, går på barsel ... kan du undlade at sende
// jobansøgninger i de sidste seks uger af din ledighed."
TEST(Denmark, SixWeekExemption) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    j["situation"]["planned_change"] = {{"kind", "job"}, {"date", "2026-12-01"}};
    Report r = dk_run(j, "2026-11-23");
    // Six weeks before 2026-12-01 is 2026-10-20 (Tuesday of W43): W43 touches it, W42 does not.
    EXPECT_FALSE(week(r, "2026-W42")->exempt);
    EXPECT_TRUE(week(r, "2026-W43")->exempt);
    EXPECT_TRUE(week(r, "2026-W48")->exempt);
    EXPECT_EQ(week(r, "2026-W44")->shortfall(), 0);
    bool notice = std::any_of(r.notices.begin(), r.notices.end(), [](const Explanation& e) { return e.rule_id == "dk.joblog.six_week_exemption"; });
    EXPECT_TRUE(notice);
    j["situation"]["planned_change"]["kind"] = "studies";  // not one of the kinds in 001
    EXPECT_FALSE(week(dk_run(j, "2026-11-23"), "2026-W48")->exempt);
}

// 002: "Hvis du udebliver uden en lovlig grund ... Du mister dagpenge fra den oprindelige mødedato og
// indtil du har kontakt os eller Jobcenteret." / "Hvis du er lovligt forhindret ... aftale en ny mødetid."
TEST(Denmark, MissedMeetingStopsDagpengeUntilContact) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    add_event(j, "meeting_held", "2026-09-10", {{"party", "a-kasse"}});
    add_event(j, "meeting_missed", "2026-10-14", {{"party", "a-kasse"}, {"lawful_excuse", false}});
    Report stopped = dk_run(j, "2026-10-16");
    EXPECT_EQ(stopped.status_key, "status.dk.dagpenge_stopped");
    const ConsequenceStep* s = step(stopped, "consequence.dk.missed_meeting");
    ASSERT_TRUE(s && s->reached);
    EXPECT_EQ(s->why.params[0].second, "2026-10-14");
    EXPECT_EQ(s->why.params[1].second, "");
    EXPECT_EQ(stopped.meetings[1].status, MeetingStatus::Rebook);  // missed, its window runs to 2026-12-06: book a new time

    add_event(j, "contact_restored", "2026-10-20");
    Report restored = dk_run(j, "2026-10-21");
    EXPECT_NE(restored.status_key, "status.dk.dagpenge_stopped");
    EXPECT_EQ(step(restored, "consequence.dk.missed_meeting")->why.params[1].second, "2026-10-20");
    EXPECT_EQ(dk_run(j, "2026-10-19").status_key, "status.dk.dagpenge_stopped");  // before contact

    auto excused = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    add_event(excused, "meeting_missed", "2026-09-10", {{"party", "a-kasse"}, {"lawful_excuse", true}});
    Report e = dk_run(excused, "2026-09-11");
    EXPECT_FALSE(step(e, "consequence.dk.missed_meeting")->reached);
    EXPECT_EQ(e.meetings[0].status, MeetingStatus::Due);
    bool rebook = std::any_of(e.notices.begin(), e.notices.end(), [](const Explanation& x) { return x.rule_id == "dk.consequence.lawful_excuse"; });
    EXPECT_TRUE(rebook);
    // 002: "...hvis du melder dig syg, hver gang du skal deltage i en samtale" -> rådighedssamtale.
    EXPECT_FALSE(step(e, "consequence.dk.availability_conversation")->reached);
    add_event(excused, "meeting_missed", "2026-09-17", {{"party", "a-kasse"}, {"lawful_excuse", true}});
    EXPECT_FALSE(step(dk_run(excused, "2026-09-18"), "consequence.dk.availability_conversation")->reached);
}

// 002 names each loss beside its own failure: a missed booking, a missed conversation, a cancelled
// one, doubt about availability. They are separate outcomes, not a ladder the jobseeker climbs: with
// a missed conversation recorded, a cancelled one is not the "next step" (it was shown as such), and
// Finland's and Trelleborg's steps, which do follow each other, still have one.
TEST(Denmark, ConsequencesAreSeparateOutcomesNotALadder) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    Report none = dk_run(j, "2026-09-08");
    EXPECT_FALSE(none.consequences.escalates);
    EXPECT_EQ(none.consequences.next(), -1);  // nothing recorded: no step is "next" either
    add_event(j, "meeting_missed", "2026-09-10", {{"party", "a-kasse"}, {"lawful_excuse", false}});
    Report missed = dk_run(j, "2026-09-11");
    EXPECT_TRUE(step(missed, "consequence.dk.missed_meeting")->reached);
    EXPECT_EQ(missed.consequences.next(), -1);
    EXPECT_EQ(to_json(missed)["consequences"]["escalates"], false);

    for (const char* example : {"fi-karleby", "se-trelleborg"}) {
        auto p = parse_profile_text(read_file(source_path(std::string("assets/examples/") + example + ".json")));
        ASSERT_TRUE(p.ok()) << example;
        Report r = compute_report(*p.value, builtin_rule_book(), d("2026-11-23"));
        EXPECT_TRUE(r.consequences.escalates) << example;
        EXPECT_GE(r.consequences.next(), 0) << example;
    }
}

// Issue 11 (2). 002: "Vi indkalder dig til rådighedssamtaler ..., hvis der opstår tvivl". The doubt is
// the a-kasse's judgement: a short week is a risk we warn about, never a reached step, and lawful
// absences never count toward it.
TEST(Denmark, AvailabilityConversationIsARiskNotAReachedStep) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    for (const char* day : {"2026-09-08", "2026-09-09", "2026-09-15", "2026-09-16"}) add_application(j, day, day);
    for (const char* day : {"2026-09-10", "2026-09-17", "2026-09-24"})
        add_event(j, "meeting_missed", day, {{"party", "a-kasse"}, {"lawful_excuse", true}});
    Report excused = dk_run(j, "2026-09-21");  // three lawful absences, every closed week full
    EXPECT_FALSE(step(excused, "consequence.dk.availability_conversation")->reached);
    EXPECT_FALSE(has_dk_notice(excused, "dk.consequence.availability_conversation"));
    EXPECT_EQ(excused.consequences.current, -1);

    Report one_short = dk_run(j, "2026-09-28");  // week 39 has no applications
    const ConsequenceStep* s = step(one_short, "consequence.dk.availability_conversation");
    EXPECT_FALSE(s->reached);
    EXPECT_EQ(one_short.consequences.current, -1);
    auto risk = std::find_if(one_short.notices.begin(), one_short.notices.end(), [](const Explanation& e) {
        return e.rule_id == "dk.consequence.availability_conversation";
    });
    ASSERT_NE(risk, one_short.notices.end());
    EXPECT_EQ(risk->text_key, "rule.dk.consequence.availability_risk");
    EXPECT_EQ(risk->params[0], (std::pair<std::string, std::string>{"week", "2026-W39"}));
}

// 002: "Min Plan skal indeholde dine 2 jobmål" and the list under "Krav til jobsøgning".
TEST(Denmark, MinPlanCompleteness) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    j["plan"] = {{"job_goals", {"Laborant", "  "}}, {"sections", {{"plan.dk.geography", "Region Hovedstaden"}}}};
    Report r = dk_run(j, "2026-09-10");
    auto section = [&](const Report& rep, const std::string& key) {
        return *std::find_if(rep.plan.begin(), rep.plan.end(), [&](const PlanSection& p) { return p.key == key; });
    };
    EXPECT_EQ(r.plan.size(), 9u);
    EXPECT_FALSE(section(r, "plan.dk.job_goals").complete);
    EXPECT_TRUE(section(r, "plan.dk.geography").complete);
    EXPECT_FALSE(section(r, "plan.dk.fields").complete);
    EXPECT_EQ(section(r, "plan.dk.fields").hint_key, "plan.dk.fields.hint");
    j["plan"]["job_goals"][1] = "Lagermedarbejder";
    EXPECT_TRUE(section(dk_run(j, "2026-09-10"), "plan.dk.job_goals").complete);
}

// Issue 11 (7): a joblog entry read from a file takes "advertised" from its category; a flag that
// contradicts the category is refused with the field's path.
TEST(Denmark, UnsolicitedEntryFromFileIsNotAdvertised) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    j["joblog"].push_back({{"id", "u"}, {"date", "2026-09-08"}, {"category", "unsolicited"}});
    j["joblog"].push_back({{"id", "a"}, {"date", "2026-09-08"}, {"category", "advertised"}});
    j["joblog"].push_back({{"id", "n"}, {"date", "2026-09-08"}});
    auto parsed = parse_profile(j);
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed.value->joblog[0].advertised);
    EXPECT_TRUE(parsed.value->joblog[1].advertised);
    EXPECT_TRUE(parsed.value->joblog[2].advertised);
    // Written back, the flag is explicit and agrees with the category.
    EXPECT_EQ(to_json(*parsed.value)["joblog"][0]["advertised"], false);
    EXPECT_TRUE(parse_profile(to_json(*parsed.value)).ok());

    j["joblog"][0]["advertised"] = true;
    auto bad = parse_profile(j);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.problems[0].to_string().find("joblog[0].advertised: true contradicts category \"unsolicited\""), std::string::npos)
        << bad.problems[0].to_string();
    j["joblog"][0]["advertised"] = false;
    j["joblog"][1]["advertised"] = false;
    EXPECT_FALSE(parse_profile(j).ok());
}

// Issue 11 (4). 002: "I FAK forventer vi, at du søger mindst 2 stillinger pr. uge" is FAK's own figure;
// the number comes from the jobseeker's Min Plan ("Krav til jobsøgning") when entered.
TEST(Denmark, WeeklyNumberComesFromMinPlan) {
    auto j = dk_profile_json("dagpenge", "2026-09-07", "2026-09-07");
    for (const char* day : {"2026-09-08", "2026-09-09", "2026-09-10"}) add_application(j, day, day);
    Report fak = dk_run(j, "2026-09-14");
    EXPECT_EQ(week(fak, "2026-W37")->required, 2);
    EXPECT_EQ(week(fak, "2026-W37")->why.text_key, "rule.dk.joblog.weekly_minimum");
    EXPECT_EQ(week(fak, "2026-W37")->why.source.file, "002_aa6df518ac21fec6.txt");
    j["situation"]["applications_per_week"] = 4;
    Report own = dk_run(j, "2026-09-14");
    EXPECT_EQ(week(own, "2026-W37")->required, 4);
    EXPECT_EQ(week(own, "2026-W37")->shortfall(), 1);
    EXPECT_EQ(week(own, "2026-W37")->why.text_key, "rule.dk.joblog.weekly_minimum.own_plan");
    // Kept through the writer and reader.
    auto parsed = parse_profile(j);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(to_json(*parsed.value)["situation"]["applications_per_week"], 4);
    EXPECT_EQ(parse_profile(to_json(*parsed.value)).value->situation.applications_per_week, 4);
    j["situation"]["applications_per_week"] = 0;
    EXPECT_FALSE(parse_profile(j).ok());
}

// Issue 11 (5). Before 2024 (002: "...fortsætte i dit nuværende forløb hos Jobcenteret") all six
// conversations are the jobcenter's and cite that sentence; from 2024 the a-kasse/jobcenter split
// cites 001's sentence that states it.
TEST(Denmark, MeetingSeriesAttributionAgreesWithItsQuote) {
    Report before = dk_run(dk_profile_json("dagpenge", "2023-06-05", "2023-06-05"), "2023-07-03");
    ASSERT_EQ(before.meetings.size(), 6u);
    for (const Meeting& m : before.meetings) {
        EXPECT_EQ(m.party, "jobcenter");
        EXPECT_EQ(m.why.rule_version, 1);
        EXPECT_EQ(m.why.source.file, "002_aa6df518ac21fec6.txt");
        EXPECT_NE(m.why.source.quote.find("hos Jobcenteret"), std::string::npos);
        EXPECT_EQ(m.why.source.quote.find("afholder din a-kasse"), std::string::npos);
    }
    Report after = dk_run(dk_profile_json("dagpenge", "2024-06-03", "2024-06-03"), "2024-07-01");
    ASSERT_EQ(after.meetings.size(), 6u);
    EXPECT_EQ(after.meetings[0].party, "a-kasse");
    EXPECT_EQ(after.meetings[0].why.source.file, "001_dbb992bc3df95132.txt");
    EXPECT_NE(after.meetings[0].why.source.quote.find("De første tre samtaler afholder din a-kasse"), std::string::npos);
}

// Issue 11 (6). A week is judged by the rule version in force on its own dates, not on the report date.
TEST(Denmark, WeekIsJudgedByTheVersionInForceThatWeek) {
    nlohmann::json pack;
    for (const auto& f : detail::embedded_files())
        if (f.path == "rules/dk.json") pack = nlohmann::json::parse(f.text);
    ASSERT_TRUE(pack.is_object());
    std::vector<nlohmann::json> added;
    for (auto& r : pack["rules"])
        if (r["id"] == "dk.joblog.weekly_minimum" || r["id"] == "dk.consequence.missed_meeting") {
            nlohmann::json v2 = r;
            r["effective_to"] = "2023-12-31";
            v2["version"] = 2;
            v2["effective_from"] = "2024-01-01";
            if (r["id"] == "dk.joblog.weekly_minimum") v2["params"]["per_week"] = 3;
            added.push_back(v2);
        }
    ASSERT_EQ(added.size(), 2u);
    for (auto& v2 : added) pack["rules"].push_back(v2);
    auto loaded = load_rule_pack(pack);
    ASSERT_TRUE(loaded.ok()) << loaded.problems[0].to_string();
    RuleBook book{{*loaded.value}};
    auto j = dk_profile_json("dagpenge", "2023-12-18", "2023-12-18");
    for (const char* day : {"2023-12-19", "2023-12-20", "2024-01-02", "2024-01-03"}) add_application(j, day, day);
    Report r = compute_report(*parse_profile(j).value, book, d("2024-01-10"));
    const ApplicationPeriod* w51 = week(r, "2023-W51");
    ASSERT_NE(w51, nullptr);
    EXPECT_EQ(w51->required, 2);
    EXPECT_EQ(w51->shortfall(), 0);
    EXPECT_EQ(w51->why.rule_version, 1);
    const ApplicationPeriod* w01 = week(r, "2024-W01");
    EXPECT_EQ(w01->required, 3);
    EXPECT_EQ(w01->shortfall(), 1);
    EXPECT_EQ(w01->why.rule_version, 2);
    // A meeting missed in 2023 is explained by the 2023 version.
    add_event(j, "meeting_missed", "2023-12-21", {{"party", "jobcenter"}, {"lawful_excuse", false}});
    Report missed = compute_report(*parse_profile(j).value, book, d("2024-01-10"));
    EXPECT_EQ(step(missed, "consequence.dk.missed_meeting")->why.rule_version, 1);
}

TEST(Denmark, UnknownSystemIsReportedNotCrashed) {
    Profile p;
    p.situation.system = "xx";
    EXPECT_EQ(compute_report(p, builtin_rule_book(), d("2026-01-01")).status_key, "status.unknown_system");
}

}  // namespace
}  // namespace jobbplan
