// Who runs the contact process. The 2024 reform is a second version of dk.provider.dagpenge chosen by
// the first day on dagpenge, so a jobseeker on dagpenge since 2023 keeps the jobcenter process.
#include "denmark.hpp"

namespace jobbplan::detail::dk {

Process process(const Context& c) {
    Process p;
    p.handover = c.start;
    if (!c.dagpenge) {
        p.rule = rule(c, "dk.provider.jobcenter");
        return p;
    }
    p.rule = rule_for_start(c, "dk.provider.dagpenge");
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
