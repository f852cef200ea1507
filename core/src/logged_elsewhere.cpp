#include "logged_elsewhere.hpp"

namespace jobbplan::detail {

void mark_logged_elsewhere(std::vector<ApplicationPeriod>& periods, const Situation& s) {
    if (!s.joblog_from) return;
    for (ApplicationPeriod& p : periods) {
        if (p.end >= *s.joblog_from || !p.judged) continue;
        p.judged = false;
        // The rule and its source stay; the sentence says why this period is not judged.
        p.why.text_key = "period.logged_elsewhere";
        p.why.params = {{"from", to_string(*s.joblog_from)}, {"period", p.label}};
    }
}

}  // namespace jobbplan::detail
