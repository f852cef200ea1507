#pragma once
// The edits a person makes to their profile, as pure functions on the profile: the same function
// makes an edit when the person asks for it and again when it is replayed over another tab's save
// (synced_store.hpp), so the two can never drift apart. No app state, storage or messages here.
#include "app/actions.hpp"
#include "app/undo_history.hpp"
#include "jobbplan/diagnostics.hpp"

#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace jobbplan::web {

// A change to part of the profile; a whole profile put in its place is ReplaceProfile (synced_store).
using ProfileEdit = std::variant<UpdateSituation, UpdatePlan, SaveJoblogEntry, DeleteJoblogEntry, SaveEvent, DeleteEvent>;

struct Edited {
    bool done = false;     // false: nothing changed (a delete of an id that is not there)
    bool created = false;  // a new entry or event: another tab may have given its id to one of its own
    std::optional<UndoStep> undo;  // the step that takes it back; none for the plan (typed per keystroke)
};

// What the profile reader would refuse the edited profile for; empty when the edit may be made.
Problems check(const Profile& p, const ProfileEdit& e);
// Makes the edit. A saved entry or event must already have its id (new_id gives new ones).
Edited apply(Profile& p, const ProfileEdit& e);
// The edit an undo step makes; none for a whole-profile step, which puts the old profile back.
std::optional<ProfileEdit> undoing(UndoStep step);

// Joblog entries and calendar events are kept alike: by id, in date order. Kept<Item> names what
// differs per kind: the actions, the undo step, where the items are and the prefix of new ids.
template <class Item, class SaveAction, class DeleteAction, class UndoStepKind, auto kItems, auto kItemOfSave>
struct KeptAs {
    using Save = SaveAction;
    using Delete = DeleteAction;
    using Undo = UndoStepKind;
    static std::vector<Item>& in(Profile& p) { return p.*kItems; }
    static Item& item(Save& s) { return s.*kItemOfSave; }
    static const Item& item(const Save& s) { return s.*kItemOfSave; }
};
template <class Item>
struct Kept;
template <>
struct Kept<JoblogEntry>
    : KeptAs<JoblogEntry, SaveJoblogEntry, DeleteJoblogEntry, UndoEntry, &Profile::joblog, &SaveJoblogEntry::entry> {
    static constexpr const char* kIdPrefix = "j";
};
template <>
struct Kept<Event> : KeptAs<Event, SaveEvent, DeleteEvent, UndoEvent, &Profile::events, &SaveEvent::event> {
    static constexpr const char* kIdPrefix = "ev";
};

// The kind of item a Save or Delete action is about.
template <class A>
using ItemOf = std::conditional_t<std::is_same_v<A, SaveJoblogEntry> || std::is_same_v<A, DeleteJoblogEntry> ||
                                      std::is_same_v<A, UndoEntry>,
                                  JoblogEntry, Event>;

// A profile from elsewhere (a file, a persona, another tab's save) with its joblog in date order,
// so the report's index takes its one-pass path and an edit is one insertion.
Profile in_date_order(Profile p);

}  // namespace jobbplan::web
