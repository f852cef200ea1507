#pragma once
// What was stored could not be read (Recovery in app_state.hpp). Nothing is reset silently and
// nothing is written while the person decides: they can download the unreadable text as it is,
// put the last readable save back, or start anew (the unreadable generation stays stored).
#include "app/app_state.hpp"
#include "app/synced_store.hpp"
#include "platform/platform.hpp"

namespace jobbplan::web {

void download_unreadable(const AppState& s, Platform& platform);
void restore_last_good(AppState& s, SyncedStore& store);
void start_empty(AppState& s, SyncedStore& store);

}  // namespace jobbplan::web
