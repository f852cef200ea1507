#pragma once
// What an action's handler works on (handlers.hpp): the state the UI reads, the platform, the
// synced store and the file looked at. App owns them all and hands this to every handler.
#include "app/actions.hpp"
#include "app/app_state.hpp"
#include "app/sandbox_session.hpp"
#include "app/synced_store.hpp"
#include "platform/platform.hpp"

#include <functional>

namespace jobbplan::web {

struct AppContext {
    Platform& platform;
    AppState& state;
    SyncedStore& store;
    SandboxSession& sandbox;
    std::function<void(Action)> dispatch;  // a file picker's answer comes back as an action
    std::function<void()> redraw;          // the state changed outside an action (a callback)
};

}  // namespace jobbplan::web
