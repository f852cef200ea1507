#pragma once
// How each recent review period stands, said once for every place that summarises them: the
// overview's strip of the last weeks or months, its screen-reader mirror and the print sheet.
#include "jobbplan/report.hpp"

#include <span>
#include <string_view>

namespace jobbplan {

enum class PeriodState {
    Exempt,     // the Danish six-week exemption: nothing required
    NotJudged,  // listed for information only (no number agreed yet, logged elsewhere)
    CountOnly,  // judged, but no number is set (Trelleborg without one in the Överenskommelse):
                // the applications are counted and never called "done"
    Open,       // still running and not yet met
    Met,        // the required number is reached (a running period may already be met)
    Short,      // closed with too few
};

PeriodState period_state(const ApplicationPeriod& p);
// "exempt", "not_judged", "open", "met", "short": the last part of its catalogue key.
std::string_view period_state_name(PeriodState s);

// The periods a summary shows, newest last: the last 8 ISO weeks or the last 6 months (a longer
// row no longer fits a phone's width, and a caseworker's sheet looks back about two months).
std::span<const ApplicationPeriod> recent_periods(const Report& r);

}  // namespace jobbplan
