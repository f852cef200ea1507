#pragma once
// The last weeks or months at a glance (issue 12.7), drawn on the overview and said in words for
// the screen-reader mirror. Which periods and how each stands come from the core
// (jobbplan/period_summary.hpp); this file only draws them.
#include "ui/ui.hpp"

#include "jobbplan/report.hpp"

#include <string>

namespace jobbplan::web::ui {

void draw_period_strip(const Ctx& c, const Report& r);
// "Your last 8 weeks", or empty when there is no strip (fewer than two periods).
std::string period_strip_heading(const Ctx& c, const Report& r);
// One period in words: "week 48: 1 of 2, too few".
std::string period_words(const Ctx& c, const ApplicationPeriod& p);

}  // namespace jobbplan::web::ui
