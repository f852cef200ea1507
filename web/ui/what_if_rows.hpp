#pragma once
// Today's answer beside the what-if answer, row by row (issue 14). One model for the What if
// screen and the screen-reader mirror, so both say the same.
#include "ui/ui.hpp"

#include <string>
#include <vector>

namespace jobbplan::web::ui {

struct WhatIfRow {
    std::string label;
    std::string today;
    std::string what_if;
    bool differs = false;
};

// Empty when no what-if report is computed.
std::vector<WhatIfRow> what_if_rows(const Ctx& c);

}  // namespace jobbplan::web::ui
