#include "app/app.hpp"

#include "app/handlers.hpp"
#include "app/last_visit.hpp"
#include "app/shown_profile.hpp"

namespace jobbplan::web {

App::App(Platform& platform)
    : platform_(platform),
      store_(platform, state_, sandbox_,
             {[this] { redraw(); }, [this] { reset_to_empty(context_, "ui.msg.deleted_other_tab"); }}),
      context_{platform, state_, store_, sandbox_, [this](Action a) { dispatch(std::move(a)); }, [this] { redraw(); }} {
    state_.today = platform_.today();
    state_.minute = platform_.time_of_day();
}

void App::start() {
    state_.storage = StorageStatus::Loading;
    platform_.watch_other_tabs([this] { store_.other_tab_saved(); });
    // A file dropped on the page is opened to look at, never imported: dropping must not change data.
    platform_.watch_dropped_files([this](std::string name, std::string bytes) {
        dispatch(LookAtText{std::move(name), std::move(bytes)});
        redraw();
    });
    store_.load();
    begin_visit(platform_, state_, [this] {
        update_since(state_);
        redraw();
    });
}

bool App::apply_pending() {
    if (queue_.empty()) return false;
    std::vector<Action> now;
    now.swap(queue_);
    for (const Action& a : now) apply(a);
    return true;
}

void App::apply(const Action& a) {
    std::visit([this](const auto& action) { handle(context_, action); }, a);
    redraw();
}

void App::refresh_today() {
    const Date t = platform_.today();
    const TimeOfDay m = platform_.time_of_day();
    if (t != state_.today) {
        state_.today = t;
        state_.minute = m;
        continue_visit(platform_, state_);
        recompute(state_);
        redraw();
    } else if (m != state_.minute) {
        state_.minute = m;  // only a countdown reads it: the report is made for a day
        redraw();
    }
}

}  // namespace jobbplan::web
