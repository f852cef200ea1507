#pragma once
// The Finnish evaluator split by job (customer, obligation, reporting, consequences, plan); this
// header only wires the pieces together for finland.cpp and the tests.
#include "jobbplan/report.hpp"

#include <string_view>
#include <vector>

namespace jobbplan::detail::fi {

// Packs are validated on load, but a rule may be out of force on the report date: never crash.
int int_param(const Rule* r, std::string_view name, int fallback);
int age_on(Date birth, Date on);
bool has_event(const Profile& p, std::string_view type, Date from, Date to);

Provider customer(const Profile& p, const RulePack& pack, Date on);

struct Agreement {
    bool agreed = false;  // a usable number is in the employment plan; without one no month is judged
    int per_month = 0;    // the agreed number, or the seed's "i princip fyra" shown for information
    Explanation why;
    std::vector<Explanation> notices;  // missing or out-of-range agreement, plan date, earlier customer
    // The first day judged: the day the employment plan with the number was made or updated (or the
    // registration day when no plan date is given). Empty: no month is judged.
    std::optional<Date> judged_from;
    bool earlier_customer = false;  // before May 2022 and no plan since: what was agreed earlier applies
    Explanation before;             // why for the months not judged although a number is agreed
};
Agreement agreement(const Situation& s, const RulePack& pack, Date on);
EntryVerdict verdict(const JoblogEntry& e, const Situation& s, const RulePack& pack, Date on);
std::vector<ApplicationPeriod> review_months(const Profile& p, const RulePack& pack, Date on, const Agreement& a);

std::vector<Deadline> report_deadlines(const Profile& p, const std::vector<ApplicationPeriod>& months,
                                       const RulePack& pack, Date on);

// A closed month counts as neglected when it fell short or was not reported in time.
int neglected_months(const std::vector<ApplicationPeriod>& months, const std::vector<Deadline>& reports);
// Why the jobseeker is behind: the latest neglected month (short, or its report late).
Explanation neglect_why(const std::vector<ApplicationPeriod>& months, const std::vector<Deadline>& reports);
ConsequenceLadder ladder(const Profile& p, int neglected, const RulePack& pack, Date on);
std::vector<Explanation> refusal_notices(const Profile& p, const RulePack& pack, Date on);

std::vector<Obligation> obligations(const RulePack& pack, Date on);
std::vector<PlanSection> plan_sections(const Profile& p, const RulePack& pack, Date on);

}  // namespace jobbplan::detail::fi
