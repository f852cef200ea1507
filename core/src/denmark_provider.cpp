// Who runs the contact process. The 2024 reform is a second version of dk.provider.dagpenge chosen by
// the first day on dagpenge, so a jobseeker on dagpenge since 2023 keeps the jobcenter process.
#include "denmark.hpp"

namespace jobbplan::detail::dk {

namespace {
const Rule* version_for(const RulePack& pack, std::string_view id, Date since) {
    if (const Rule* r = pack.at(id, since)) return r;
    // Before the pack's first version: the oldest process is the one that applied.
    const Rule* oldest = nullptr;
    for (const Rule& r : pack.rules)
        if (r.id == id && (!oldest || r.effective_from < oldest->effective_from)) oldest = &r;
    return oldest && since < oldest->effective_from ? oldest : nullptr;
}
}  // namespace

Process process(const Context& c) {
    Process p;
    p.handover = c.start;
    if (!c.dagpenge) {
        p.rule = rule(c, "dk.provider.jobcenter");
        return p;
    }
    Date since = c.profile.situation.benefit_since.value_or(c.profile.situation.registered_on);
    p.rule = version_for(c.pack, "dk.provider.dagpenge", since);
    if (!p.rule) return p;
    p.akasse_conversations = int_param(*p.rule, "akasse_conversations");
    p.handover = add_months(c.start, int_param(*p.rule, "akasse_months"));
    return p;
}

Provider provider(const Context& c, const Process& p) {
    Provider out;
    bool with_akasse = p.akasse_conversations > 0 && c.on < p.handover;
    out.key = with_akasse ? "provider.a_kasse" : "provider.jobcenter";
    if (p.rule) {
        Params params{{"since", to_string(c.profile.situation.benefit_since.value_or(c.start))}};
        if (p.akasse_conversations > 0) params.emplace_back("handover", to_string(p.handover));
        out.why = p.rule->explain(params);
    }
    return out;
}

}  // namespace jobbplan::detail::dk
