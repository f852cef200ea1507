// Recovery: what was stored could not be read. Nothing is reset silently: the user can download
// the unreadable data as it is, restore the last save that can be read, or start empty.
#include "ui/style.hpp"
#include "ui/ui.hpp"

namespace jobbplan::web::ui {

void draw_recovery(const Ctx& c) {
    if (!c.state.recovery) return;
    const Recovery& r = *c.state.recovery;
    heading(c.tr("ui.recovery.heading"));
    wrapped(c.tr("ui.recovery.explain"));
    muted(r.problem);
    if (button("recovery.download", c.tr("ui.recovery.download"))) c.send(DownloadUnreadable{});
    if (r.good_generation > 0) {
        wrapped(c.tr("ui.recovery.last_good", {{"entries", std::to_string(r.last_good ? r.last_good->joblog.size() : 0)}}));
        if (button("recovery.restore", c.tr("ui.recovery.restore"), true)) c.send(RestoreLastGood{});
    } else {
        wrapped(c.tr("ui.recovery.none_good"));
    }
    if (button("recovery.start_empty", c.tr("ui.recovery.start_empty"))) c.send(StartEmpty{});
    muted(c.tr("ui.recovery.kept"));
}

}  // namespace jobbplan::web::ui
