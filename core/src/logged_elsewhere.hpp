#pragma once
// Periods from before the jobseeker began keeping the joblog here (Situation::joblog_from).
// Someone who registered weeks ago and starts using Jobbplan today has applied elsewhere (Jobnet,
// paper, another app); their empty weeks here say nothing. Such periods stay listed, so the
// counts are visible, but are not judged: never met, never short, never a step on a ladder.
// A period that reaches past that day is judged whole: the jobseeker is asked to log the
// applications of the current week or month, also those made before they started here.
#include "jobbplan/report.hpp"

#include <vector>

namespace jobbplan::detail {

void mark_logged_elsewhere(std::vector<ApplicationPeriod>& periods, const Situation& s);

}  // namespace jobbplan::detail
