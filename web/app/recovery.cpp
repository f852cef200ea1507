// What was stored could not be read (Recovery in app_state.hpp). Nothing is reset silently and
// nothing is written while the person decides: they can download the unreadable text as it is,
// put the last readable save back, or start anew (the unreadable generation stays stored).
#include "app/handlers.hpp"
#include "app/shown_profile.hpp"

namespace jobbplan::web {

void handle(AppContext& c, const DownloadUnreadable&) {
    const AppState& s = c.state;
    if (!s.recovery) return;
    c.platform.download("jobbplan-unreadable-" + to_string(s.effective_date()) + ".txt", "text/plain", s.recovery->raw);
}

void handle(AppContext& c, const RestoreLastGood&) {
    AppState& s = c.state;
    if (!s.recovery || !s.recovery->good_generation) return;
    Recovery r = std::move(*s.recovery);
    s.recovery.reset();
    if (r.last_good_settings) s.settings = *r.last_good_settings;
    if (r.last_good) {
        show_profile(s, std::move(*r.last_good), false);  // saved as a new generation
        c.store.profile_changed();
        c.store.note(ReplaceProfile{*s.profile});
    } else {
        s.profile.reset();
        recompute(s);
        c.store.persist();
    }
    s.screen = s.profile ? Screen::Overview : Screen::Start;
    notify(s, MessageKind::Success, "ui.msg.restored", {{"generation", std::to_string(r.good_generation)}});
}

void handle(AppContext& c, const StartEmpty&) {
    AppState& s = c.state;
    if (!s.recovery) return;
    s.recovery.reset();
    s.profile.reset();
    recompute(s);
    c.store.persist();
    s.screen = Screen::Start;
}

}  // namespace jobbplan::web
