#pragma once
// The one place that knows which figures each sentence of a report is written with. A meeting's,
// deadline's or ladder step's title is a catalogue sentence such as "Sign the plan by {due}": it is
// rendered with its explanation's params plus the element's own dates and numbers. The CLI, the
// page, the print view and the calendar all ask here, so none can show a raw "{due}".
//
// The *_params keep ISO dates (they are the report's own values); the titles and explanation_text
// write dates, weeks and months in the catalogue's language (local_format.hpp). `on` is the report
// date: a week of its year is shown without the year ("uge 48"); without it the year is shown.
#include "jobbplan/explanation.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/report.hpp"

#include <optional>
#include <string>

namespace jobbplan {

// The params as a sentence is written with them: dates, weeks and months in the catalogue's language,
// and a party or planned change (vocabulary.hpp, kTermParams) as its word ("a-kassan", not "a-kasse").
Params text_params(const Params& params, const Catalogue& cat, std::optional<Date> on = std::nullopt);

Params meeting_params(const Meeting& m);
Params deadline_params(const Deadline& d);
Params step_params(const ConsequenceStep& s);
Params obligation_params(const Obligation& o);

std::string meeting_title(const Meeting& m, const Catalogue& cat, std::optional<Date> on = std::nullopt);
std::string deadline_title(const Deadline& d, const Catalogue& cat, std::optional<Date> on = std::nullopt);
std::string step_title(const ConsequenceStep& s, const Catalogue& cat, std::optional<Date> on = std::nullopt);
std::string obligation_title(const Obligation& o, const Catalogue& cat, std::optional<Date> on = std::nullopt);
// "Shown by your entry: Meeting held, 10 Sep 2026": the event a status rests on, in words.
std::string decided_by_text(const DecidedBy& b, const Catalogue& cat);
// An explanation's sentence (its note apart): text_key with its params.
std::string explanation_text(const Explanation& e, const Catalogue& cat, std::optional<Date> on = std::nullopt);
// Its note (note_key with the same params); empty when it has none.
std::string explanation_note(const Explanation& e, const Catalogue& cat, std::optional<Date> on = std::nullopt);

}  // namespace jobbplan
