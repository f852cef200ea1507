#pragma once
// The profile reader's verdict on one item, asked before an edit is kept. A form or the app can
// then refuse exactly what a stored or imported file would be refused for, with the reader's own
// words: nothing typed can make the stored record unreadable (the reader is the one definition of
// a readable record; these only ask it).
#include "jobbplan/diagnostics.hpp"
#include "jobbplan/profile.hpp"

namespace jobbplan {

// Problems with paths relative to the item ("until: ... is before date"), empty when readable.
Problems check_situation(const Situation& s);
Problems check_event(const Situation& s, const Event& e);
Problems check_entry(const Situation& s, const JoblogEntry& e);

}  // namespace jobbplan
