#pragma once
// The application without a face: holds AppState, applies Actions, talks to the Platform.
// No ImGui and no Emscripten here, so it runs natively in tests with a MemoryPlatform.
//
// App itself only queues and dispatches: each action goes to the handler for its job
// (handlers.hpp), and the handlers work through these parts:
//   profile_edit     the edits of a profile, pure (also replayed over another tab's save)
//   undo_history     the steps back, within their limits
//   synced_store     storage and the other tabs: writes, conflicts, adopt and replay
//   sandbox_session  a client's file or a demo persona looked at beside the user's own
//   import_preview   a file read and previewed before it changes anything
//   recovery         what to do when the stored data cannot be read
#include "app/actions.hpp"
#include "app/app_context.hpp"
#include "app/app_state.hpp"
#include "app/sandbox_session.hpp"
#include "app/synced_store.hpp"
#include "platform/platform.hpp"

#include <functional>
#include <vector>

namespace jobbplan::web {

class App {
public:
    explicit App(Platform& platform);

    // Restores what the browser stored; until the answer comes, state().storage is Loading.
    void start();
    void dispatch(Action a) { queue_.push_back(std::move(a)); }
    // Applies queued actions; returns true if anything changed (the UI redraws).
    bool apply_pending();
    void apply(const Action& a);
    // Called when the platform's date may have moved (a page left open past midnight).
    void refresh_today();

    const AppState& state() const { return state_; }
    std::function<void()> on_change;  // the backend asks for frames

private:
    void redraw() {
        if (on_change) on_change();
    }

    Platform& platform_;
    AppState state_;
    SandboxSession sandbox_{state_};
    SyncedStore store_;
    AppContext context_;
    std::vector<Action> queue_;
};

}  // namespace jobbplan::web
