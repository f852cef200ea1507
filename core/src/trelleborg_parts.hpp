#pragma once
// The Trelleborg evaluator (seed 004, Riktlinjer för arbetsmarknadsplanering 2021) split by job:
// entry and standing obligations, follow-up periods, the plan and its signing, broken plan,
// closure (avslut), leave, addiction and sickness. This header wires them for trelleborg.cpp.
#include "jobbplan/report.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace jobbplan::detail::se {

int int_param(const Rule* r, std::string_view name, int fallback);
const Event* last_event(const Profile& p, std::string_view type, Date from, Date to);
Explanation explain(const Rule* r, Params params = {}, std::string text_key = {});

// Everything a part adds to the report; parts never see each other's results except through here.
struct Findings {
    std::vector<Meeting> meetings;
    std::vector<Deadline> deadlines;
    std::vector<Obligation> obligations;
    std::vector<Explanation> notices;
    // Candidate statuses, each with the fact behind it; the most serious is picked in trelleborg.cpp.
    struct Status {
        std::string key;
        Explanation why;
    };
    std::vector<Status> statuses;
};

void entry(const Profile& p, const RulePack& pack, Date on, Findings& f);
void active_jobseeker(const Profile& p, const RulePack& pack, Date on, Findings& f);
std::vector<ApplicationPeriod> follow_up_periods(const Profile& p, const RulePack& pack, Date on, Findings& f);
std::vector<PlanSection> plan_sections(const Profile& p, const RulePack& pack, Date on);
void signing(const Profile& p, const RulePack& pack, Date on, Findings& f);
// No signed plan and no Överenskommelse number on record: the report must not call the plan
// current; it says there is none yet and to contact the arbetsmarknadssekreterare.
void plan_on_record(const Profile& p, const RulePack& pack, Date on, Findings& f);

// The last signed plan's utgångsdatum (its `until`): before it, a deadline to arrange the next
// plan; after it, an expired plan (no new one until one as good or better is presented) and
// avskild two months later without contact. Not judged for a plan broken since it was signed.
void plan_expiry(const Profile& p, const RulePack& pack, Date on, std::optional<Date> broken, Findings& f);

// The date the plan counts as broken (latest trigger on or before `on`), if any; addiction
// follow-up meetings are added to `f` because a missed one is itself a trigger.
std::optional<Date> broken_on(const Profile& p, const RulePack& pack, Date on, Findings& f);
ConsequenceLadder broken_plan(const Profile& p, const RulePack& pack, Date on, Date broken, Findings& f);
// No broken plan: the same three steps as what *can* happen, none reached (as fi and dk show
// their ladders), so a jobseeker always sees what breaking the plan would lead to.
ConsequenceLadder possible_broken_plan(const RulePack& pack, Date on);

void closure(const Profile& p, const RulePack& pack, Date on, Findings& f);
// Closed (to work, after a broken or expired plan): coming back means a new nysamtal.
void return_after_closure(const RulePack& pack, Date on, Findings& f);
void parental_leave(const Profile& p, const RulePack& pack, Date on, Findings& f);
void sickness(const Profile& p, const RulePack& pack, Date on, Findings& f);
// The situation's availability: a limit is shown with a certificate (läkarintyg for ill health).
void availability(const Profile& p, const RulePack& pack, Date on, Findings& f);

}  // namespace jobbplan::detail::se
