#pragma once
// Shared pieces of the Danish evaluator (seeds 001 jobcenter contact process, 002 FAK a-kasse).
// Each denmark_*.cpp builds one part of the Report from the dk rule pack.
#include "jobbplan/report.hpp"

#include <string_view>
#include <vector>

namespace jobbplan::detail::dk {

struct Context {
    const Profile& profile;
    const RulePack& pack;
    Date on;
    Date start;  // first day of the unemployment spell the contact process counts from
    bool dagpenge = false;
};

// The rule `id` in force on `on` that also applies to the jobseeker's benefit ("benefits" param).
const Rule* rule(const Context& c, std::string_view id, Date on);
const Rule* rule(const Context& c, std::string_view id);
// The version in force on the first day of the spell (c.start), or the oldest one for an earlier start:
// the contact process a jobseeker is in is fixed when the spell begins.
const Rule* rule_for_start(const Context& c, std::string_view id);
// The version in force on `on`, or the oldest one when `on` is before the pack's first version.
const Rule* rule_or_oldest(const Context& c, std::string_view id, Date on);
bool applies(const Rule& r, std::string_view benefit);
int int_param(const Rule& r, std::string_view name, int fallback = 0);
// Events of `type` dated on or before the report date, oldest first.
std::vector<const Event*> events(const Context& c, std::string_view type);

// The contact process the jobseeker is in: who holds the conversations, and when the a-kasse hands
// over to the jobcenter (dagpenge after the 2024 reform).
struct Process {
    const Rule* rule = nullptr;
    int akasse_conversations = 0;
    Date handover;
};
Process process(const Context& c);
Provider provider(const Context& c, const Process& p);

std::vector<Meeting> meeting_schedule(const Context& c, const Process& p, std::vector<Explanation>& notices);
// `meetings` is the schedule (002: Min Plan is drawn up at the first conversation in the a-kasse).
std::vector<Deadline> deadlines(const Context& c, const std::vector<Meeting>& meetings, std::vector<Explanation>& notices);
std::vector<ApplicationPeriod> joblog_periods(const Context& c, std::vector<Explanation>& notices);
std::vector<PlanSection> min_plan(const Context& c);
// `plan_pending`: Min Plan is not drawn up yet (its deadline is not met), so it holds no agreements.
std::vector<Obligation> obligations(const Context& c, bool plan_pending);

struct ConsequenceResult {
    ConsequenceLadder ladder;
    bool dagpenge_stopped = false;
    // A miss whose lawful excuse is not stated, with no contact since: the report asks about it.
    std::optional<Explanation> excuse_not_stated;
};
ConsequenceResult consequences(const Context& c, const Report& so_far, std::vector<Explanation>& notices);

}  // namespace jobbplan::detail::dk
