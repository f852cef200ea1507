#pragma once
// Meetings and deadlines as an iCalendar file (RFC 5545) a phone calendar can import.
#include "jobbplan/i18n.hpp"
#include "jobbplan/report.hpp"

#include <string>

namespace jobbplan::web {

std::string calendar_ics(const Report& report, const Catalogue& catalogue);

}  // namespace jobbplan::web
