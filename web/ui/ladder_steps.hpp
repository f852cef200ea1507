#pragma once
// The consequence ladder drawn as steps with the current one marked (issue 12.7), above its list.
#include "ui/ui.hpp"

#include "jobbplan/report.hpp"

namespace jobbplan::web::ui {

void draw_ladder_steps(const Ctx& c, const ConsequenceLadder& ladder);

}  // namespace jobbplan::web::ui
