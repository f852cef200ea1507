#pragma once
// A plain HTML summary for the browser's print dialog, to take to the meeting.
#include "jobbplan/i18n.hpp"
#include "jobbplan/report.hpp"

#include <string>

namespace jobbplan::web {

std::string print_view_html(const Profile& profile, const Report& report, const Catalogue& catalogue,
                            const std::string& lang);

}  // namespace jobbplan::web
