#pragma once
// Meetings and deadlines as an iCalendar file (RFC 5545) a phone calendar can import.
#include "jobbplan/i18n.hpp"
#include "jobbplan/report.hpp"

#include <string>

namespace jobbplan::web {

// Meetings as their windows with an alarm two days before they close, deadlines with an alarm the
// day before, and a weekly (Friday) or monthly (25th) reminder to log applications.
std::string calendar_ics(const Report& report, const Catalogue& catalogue);
// "jobbplan-dk-2026-12-02.ics", or "<whose>-2026-12-02.ics" for a client's file looked at.
std::string calendar_file_name(const Report& report, const std::string& whose);

}  // namespace jobbplan::web
