#pragma once
// The user's data in the browser's storage, kept in step with the page's other tabs.
//
// A change is written after the frame that shows it, one write at a time; changes made while a
// write is under way are written together when it finishes. Every change not yet in storage is
// noted (unsaved, then in flight): if another tab saved first, its save is taken up (adopt) and
// these changes are made again on top of it (replay), so neither tab's work is lost.
#include "app/app_state.hpp"
#include "app/generation_store.hpp"
#include "app/profile_edit.hpp"
#include "app/sandbox_session.hpp"
#include "app/shown_profile.hpp"
#include "platform/platform.hpp"

#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace jobbplan::web {

struct ReplaceProfile {
    Profile profile;
};
struct ReplaceSettings {
    Settings settings;
};
// A change this tab made that is not yet in storage.
using Change = std::variant<ReplaceSettings, ReplaceProfile, UpdateSituation, UpdatePlan, SaveJoblogEntry,
                            DeleteJoblogEntry, SaveEvent, DeleteEvent>;
struct PendingChange {
    Change change;
    bool created = false;  // a new entry or event: its id may be taken by the other tab's own new one
};

class SyncedStore {
public:
    struct Hooks {
        std::function<void()> redraw;            // the state changed outside an action
        std::function<void()> erased_elsewhere;  // another tab deleted all data
    };
    SyncedStore(Platform& platform, AppState& state, SandboxSession& sandbox, Hooks hooks);

    // Reads what the browser stored into the state; until the answer comes, storage is Loading.
    void load();
    // Keeps `c` until it is in storage (nothing is kept while storage does not work).
    void note(Change c, bool created = false);
    // Asks for the state to be written, after this frame.
    void persist();
    // The profile on screen changed: its report is computed again, and it is stored unless it is
    // a file being looked at.
    void profile_changed() {
        recompute(state_);
        if (!state_.sandbox) persist();
    }
    // Another tab says it saved: take its save up if it is newer than ours.
    void other_tab_saved();
    // All data is erased: nothing of before is written back, and the next save starts anew.
    void forget();

private:
    void restore(StoredGenerations stored, bool from_other_tab);
    void write();
    void reload_and_replay();
    void adopt(StoredGenerations stored);
    void adopt_own(StoredGenerations stored);
    void replay(PendingChange c, std::map<std::string, std::string>& renamed);
    void redraw() {
        if (hooks_.redraw) hooks_.redraw();
    }

    Platform& platform_;
    AppState& state_;
    SandboxSession& sandbox_;
    Hooks hooks_;
    GenerationStore generations_;
    bool saving_ = false;
    bool write_scheduled_ = false;
    bool dirty_ = false;      // changed since the last write began
    bool reloading_ = false;  // reading another tab's save; nothing is written meanwhile
    std::vector<PendingChange> unsaved_, in_flight_;  // since the last write began; in that write
};

}  // namespace jobbplan::web
