// The person's own edits of the profile shown. The edit itself is profile_edit's apply (the same
// one a replay over another tab's save makes); here it is checked, noted for storage, put on the
// undo history, and told in the message bar.
#include "app/handlers.hpp"
#include "app/new_id.hpp"
#include "app/profile_edit.hpp"
#include "app/shown_profile.hpp"
#include "jobbplan/assets.hpp"
#include "jobbplan/choices.hpp"

#include <type_traits>

namespace jobbplan::web {
namespace {

// Says why an edit is not kept when the profile reader would refuse it; true if so.
bool refused(AppContext& c, const Problems& problems) {
    if (problems.empty()) return false;
    // The reader's own words, so the form says what a file with this value would be refused for.
    notify(c.state, MessageKind::Error, "ui.msg.not_saved", {{"error", problems.front().to_string()}});
    return true;
}

Change as_change(const ProfileEdit& e) {
    return std::visit([](const auto& x) -> Change { return x; }, e);
}

// Makes the edit, keeps it for storage and remembers the step back; false if nothing changed.
bool edit(AppContext& c, const ProfileEdit& e) {
    Edited edited = apply(*c.state.profile, e);
    if (!edited.done) return false;
    c.store.note(as_change(e), edited.created);
    if (edited.undo) c.state.undo.remember(std::move(*edited.undo));
    c.store.profile_changed();
    return true;
}

template <class Item>
constexpr const char* saved_key = std::is_same_v<Item, JoblogEntry> ? "ui.msg.entry_saved" : "ui.msg.event_saved";
template <class Item>
constexpr const char* deleted_key = std::is_same_v<Item, JoblogEntry> ? "ui.msg.entry_deleted" : "ui.msg.event_deleted";

// A joblog entry or a calendar event, new (it gets its id here) or edited.
template <class Save>
void save(AppContext& c, Save a) {
    using K = Kept<ItemOf<Save>>;
    if (!c.state.profile || refused(c, check(*c.state.profile, a))) return;
    if (K::item(a).id.empty()) K::item(a).id = new_id(c.platform, K::kIdPrefix);
    edit(c, a);
    notify(c.state, MessageKind::Success, saved_key<ItemOf<Save>>);
}

template <class Delete>
void remove(AppContext& c, const Delete& a) {
    if (!c.state.profile || !edit(c, a)) return;
    notify(c.state, MessageKind::Info, deleted_key<ItemOf<Delete>>);
    c.state.message->offers_undo = true;  // a delete can be taken back from the message bar
}

}  // namespace

void replace_profile(AppContext& c, Profile p) {
    show_profile(c.state, std::move(p), true);
    c.store.profile_changed();
    c.store.note(ReplaceProfile{*c.state.profile});
}

void handle(AppContext& c, const UpdateSituation& a) {
    if (!c.state.profile || refused(c, check(*c.state.profile, a))) return;
    edit(c, a);
}

void handle(AppContext& c, const UpdatePlan& a) {
    if (c.state.profile) edit(c, a);  // typing in the plan is not an undo step per keystroke
}

void handle(AppContext& c, const SaveJoblogEntry& a) { save(c, a); }
void handle(AppContext& c, const DeleteJoblogEntry& a) { remove(c, a); }
void handle(AppContext& c, const SaveEvent& a) { save(c, a); }
void handle(AppContext& c, const RecordNow& a) {
    // "Now" under the demo clock would be a real minute on a pretended day: nothing is recorded.
    if (c.state.settings.demo_today) {
        notify(c.state, MessageKind::Error, "ui.sign.demo");
        return;
    }
    Event e;
    e.type = a.type;
    e.date = c.state.effective_date();
    e.time = c.platform.time_of_day();  // the click's own minute, not the last countdown tick
    save(c, SaveEvent{std::move(e)});
}
void handle(AppContext& c, const DeleteEvent& a) { remove(c, a); }

void handle(AppContext& c, const Undo&) {
    if (c.state.undo.empty() || !c.state.profile) return;
    UndoStep step = std::move(*c.state.undo.take_newest());
    // Each undo is noted as the change it makes, so it too survives another tab's save.
    if (auto* whole = std::get_if<UndoProfile>(&step)) {
        *c.state.profile = std::move(whole->before);
        c.store.note(ReplaceProfile{*c.state.profile});
    } else {
        const ProfileEdit back = *undoing(std::move(step));
        const Edited edited = apply(*c.state.profile, back);
        c.store.note(as_change(back), edited.created);
    }
    c.store.profile_changed();
    notify(c.state, MessageKind::Info, "ui.msg.undone");
}

void handle(AppContext& c, const NewProfile& a) {
    if (c.state.sandbox) handle(c, CloseSandbox{});  // a new profile is the user's own, never a sandbox's
    const Date today = c.state.effective_date();
    Profile p;
    p.situation.system = a.system;
    p.situation.registered_on = today;
    // A new user has logged elsewhere (or not at all) until today: only from today is the log here
    // evidence; the Situation screen asks for the real date (issue 12.4).
    p.situation.joblog_from = today;
    // The benefit and municipality to start from are the core's (system_choices), as the form offers them.
    const SystemChoices choices = system_choices(a.system, builtin_rule_book(), today);
    p.situation.benefit = choices.default_benefit;
    p.situation.municipality = choices.default_municipality;
    if (a.system == kDenmark) p.situation.benefit_since = today;
    // fi: no number until the employment plan gives one (an unknown number is neither 0 nor 4).
    replace_profile(c, std::move(p));
    c.state.screen = Screen::Situation;
}

}  // namespace jobbplan::web
