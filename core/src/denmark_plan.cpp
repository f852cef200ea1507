// Min Plan: two job goals plus the job-search requirements (Krav til jobsøgning) from seed 002.
// Each requirement is its own rule naming its plan section, so the list lives in the pack.
#include "denmark.hpp"

#include <algorithm>

namespace jobbplan::detail::dk {

namespace {
bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; });
}
}  // namespace

std::vector<PlanSection> min_plan(const Context& c) {
    std::vector<PlanSection> out;
    const PlanDraft& draft = c.profile.plan;
    if (const Rule* r = rule(c, "dk.plan.job_goals")) {
        int need = int_param(*r, "goals");
        int have = static_cast<int>(std::count_if(draft.job_goals.begin(), draft.job_goals.end(),
                                                  [](const std::string& g) { return !blank(g); }));
        out.push_back({"plan.dk.job_goals", have >= need, "plan.dk.job_goals.hint",
                       r->explain({{"goals", std::to_string(need)}, {"have", std::to_string(have)}})});
    }
    for (const Rule& r : c.pack.rules) {
        if (!r.id.starts_with("dk.plan.") || r.id == "dk.plan.job_goals") continue;
        if (!r.in_force(c.on) || !applies(r, c.profile.situation.benefit)) continue;
        auto section = r.params.find("section");
        if (section == r.params.end() || !section->is_string()) continue;
        std::string key = section->get<std::string>();
        auto text = draft.sections.find(key);
        bool complete = text != draft.sections.end() && !blank(text->second);
        out.push_back({key, complete, key + ".hint", r.explain()});
    }
    return out;
}

std::vector<Obligation> obligations(const Context& c, bool plan_pending) {
    std::vector<Obligation> out;
    for (const Rule& r : c.pack.rules) {
        // 002: "Det er vigtigt, at du overholder de aftaler, som fremgår af Min Plan": there are
        // agreements to keep once the plan is drawn up (the Min Plan deadline says when, until then).
        if (r.id == "dk.obligation.keep_plan" && plan_pending) continue;
        if (r.id.starts_with("dk.obligation.") && r.in_force(c.on) && applies(r, c.profile.situation.benefit))
            out.push_back({"obligation.dk." + r.id.substr(std::string_view{"dk.obligation."}.size()), r.explain()});
    }
    if (const Rule* r = rule(c, "dk.meetings.first_in_person")) out.push_back({"obligation.dk.first_in_person", r->explain()});
    return out;
}

}  // namespace jobbplan::detail::dk
