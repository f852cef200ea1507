#pragma once
// The profile on screen and what is derived from it. Every part of the app that puts a profile on
// screen (an edit, a file looked at, another tab's save) goes through these, so the report and the
// what-if side always follow the profile they are about.
#include "app/app_state.hpp"

namespace jobbplan::web {

// Computes the report (and the what-if report) again from the profile and the effective date.
void recompute(AppState& s);
// What changed since the last visit, from the report shown: only for the user's own profile on
// the real day (not a file looked at, not under the demo clock), until it is put away.
void update_since(AppState& s);
// Puts `p` on screen in place of the profile shown; with `undoable`, that one becomes an undo step.
// Does not recompute: the caller does, once it has made all its changes.
void show_profile(AppState& s, Profile p, bool undoable);

}  // namespace jobbplan::web
