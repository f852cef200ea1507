// Standing obligations and the employment plan (sysselsättningsplan) draft for Finland. The seeds
// give no meeting dates, only that meetings come more often after the first one, some in person
// and some remote; so meetings are an obligation, never invented dates.
#include "finland_parts.hpp"

namespace jobbplan::detail::fi {

std::vector<Obligation> obligations(const RulePack& pack, Date on) {
    static const std::pair<const char*, const char*> rules[] = {
        {"fi.obligation.seek_work", "obligation.fi.seek_work"},
        {"fi.report.deadline", "obligation.fi.report"},
        {"fi.obligation.notify_changes", "obligation.fi.notify_changes"},
        {"fi.meetings.intensified", "obligation.fi.meetings"},
        {"fi.access.faster", "obligation.fi.faster_access"},
    };
    std::vector<Obligation> out;
    for (const auto& [id, key] : rules)
        if (const Rule* r = pack.at(id, on)) {
            // The obligation's own sentence: a rule like the report deadline also words a dated Deadline.
            Explanation why = r->explain();
            why.text_key = key;
            out.push_back({key, std::move(why)});
        }
    return out;
}

std::vector<PlanSection> plan_sections(const Profile& p, const RulePack& pack, Date on) {
    static const char* const keys[] = {"plan.fi.applications", "plan.fi.ways", "plan.fi.services",
                                       "plan.fi.changes"};
    std::vector<PlanSection> out;
    const Rule* r = pack.at("fi.plan.employment_plan", on);
    if (!r) return out;
    for (const char* key : keys) {
        PlanSection s{key, false, std::string{"hint."} + key, r->explain()};
        auto it = p.plan.sections.find(key);
        s.complete = it != p.plan.sections.end() && !it->second.empty();
        // The agreed number lives in the situation too; either place makes the section complete.
        if (s.key == "plan.fi.applications" && p.situation.agreed_applications_per_month) s.complete = true;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace jobbplan::detail::fi
