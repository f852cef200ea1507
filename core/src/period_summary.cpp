#include "jobbplan/period_summary.hpp"

#include <cstddef>

namespace jobbplan {

PeriodState period_state(const ApplicationPeriod& p) {
    if (p.exempt) return PeriodState::Exempt;
    if (!p.judged) return PeriodState::NotJudged;
    if (p.required == 0) return PeriodState::CountOnly;
    if (p.shortfall() == 0) return PeriodState::Met;
    return p.closed ? PeriodState::Short : PeriodState::Open;
}

std::string_view period_state_name(PeriodState s) {
    switch (s) {
        case PeriodState::Exempt: return "exempt";
        case PeriodState::NotJudged: return "not_judged";
        case PeriodState::CountOnly: return "count_only";
        case PeriodState::Open: return "open";
        case PeriodState::Met: return "met";
        case PeriodState::Short: return "short";
    }
    return "open";
}

std::span<const ApplicationPeriod> recent_periods(const Report& r) {
    if (r.periods.empty()) return {};
    const std::size_t shown = r.periods.back().kind == "month" ? 6 : 8;
    const std::size_t from = r.periods.size() > shown ? r.periods.size() - shown : 0;
    return std::span<const ApplicationPeriod>(r.periods).subspan(from);
}

}  // namespace jobbplan
