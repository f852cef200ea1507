#pragma once
// The one place that knows which figures each sentence of a report is written with. A meeting's,
// deadline's or ladder step's title is a catalogue sentence such as "Sign the plan by {due}": it is
// rendered with its explanation's params plus the element's own dates and numbers. The CLI, the
// page, the print view and the calendar all ask here, so none can show a raw "{due}".
#include "jobbplan/explanation.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/report.hpp"

#include <string>

namespace jobbplan {

Params meeting_params(const Meeting& m);
Params deadline_params(const Deadline& d);
Params step_params(const ConsequenceStep& s);
Params obligation_params(const Obligation& o);

std::string meeting_title(const Meeting& m, const Catalogue& cat);
std::string deadline_title(const Deadline& d, const Catalogue& cat);
std::string step_title(const ConsequenceStep& s, const Catalogue& cat);
std::string obligation_title(const Obligation& o, const Catalogue& cat);
// An explanation's sentence (its note apart): text_key with its params.
std::string explanation_text(const Explanation& e, const Catalogue& cat);

}  // namespace jobbplan
