#pragma once
// The answer first (issue 12.6): one plain sentence with the number and the date, one next step,
// and, when closed periods were short, which and by how much. Pure: read from the Report only, so
// the overview, the screen-reader mirror, the print view and the CLI say the same.
#include "jobbplan/explanation.hpp"
#include "jobbplan/report.hpp"

#include <optional>
#include <string>

namespace jobbplan {

enum class NextStep {
    None,
    LogApplication,  // the joblog: log what you applied for
    SeeDeadline,     // the late deadline (its own "late" block on the overview)
    OpenSituation,   // enter what is missing (fi: the agreed number)
    AnswerQuestion,  // answer what only the user knows about an event (was a miss excused?), on My situation
    ContactOffice,   // only the office can change it (dagpenge stopped, plan broken, closed)
};

struct Sentence {
    std::string key;
    Params params;  // ISO dates and period labels; the reader's format is applied when shown
};

struct Headline {
    Sentence answer;                // "You need 2 more applications by 6 December 2026"
    std::optional<Sentence> behind;       // "In week 47 you made 1 application too few."
    std::optional<Sentence> behind_more;  // "3 periods in all were short." (only when more than one)
    NextStep next = NextStep::None;
    // The rule behind the answer: the period counted, the late deadline, or the status's fact.
    Explanation why;
};

Headline headline(const Report& r);

}  // namespace jobbplan
