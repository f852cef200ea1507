#include "app/recovery.hpp"

#include "app/shown_profile.hpp"

namespace jobbplan::web {

void download_unreadable(const AppState& s, Platform& platform) {
    if (!s.recovery) return;
    platform.download("jobbplan-unreadable-" + to_string(s.effective_date()) + ".txt", "text/plain", s.recovery->raw);
}

void restore_last_good(AppState& s, SyncedStore& store) {
    if (!s.recovery || !s.recovery->good_generation) return;
    Recovery r = std::move(*s.recovery);
    s.recovery.reset();
    if (r.last_good_settings) s.settings = *r.last_good_settings;
    if (r.last_good) {
        show_profile(s, std::move(*r.last_good), false);  // saved as a new generation
        store.profile_changed();
        store.note(ReplaceProfile{*s.profile});
    } else {
        s.profile.reset();
        recompute(s);
        store.persist();
    }
    s.screen = s.profile ? Screen::Overview : Screen::Start;
    notify(s, MessageKind::Success, "ui.msg.restored", {{"generation", std::to_string(r.good_generation)}});
}

void start_empty(AppState& s, SyncedStore& store) {
    if (!s.recovery) return;
    s.recovery.reset();
    s.profile.reset();
    recompute(s);
    store.persist();
    s.screen = Screen::Start;
}

}  // namespace jobbplan::web
