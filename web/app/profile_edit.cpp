#include "app/profile_edit.hpp"

#include "jobbplan/record_check.hpp"

#include <algorithm>
#include <type_traits>

namespace jobbplan::web {
namespace {

template <class T>
bool by_date(const T& a, const T& b) {
    return date::sys_days{a.date} < date::sys_days{b.date};
}

// Entries of one day stay in the order they were logged.
template <class T>
void insert_by_date(std::vector<T>& items, T x) {
    items.insert(std::upper_bound(items.begin(), items.end(), x, by_date<T>), std::move(x));
}

// Removes the item with this id; returns it, if there was one.
template <class T>
std::optional<T> take(std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    if (it == items.end()) return std::nullopt;
    std::optional<T> out = std::move(*it);
    items.erase(it);
    return out;
}

template <class A>
constexpr bool is_save = std::is_same_v<A, SaveJoblogEntry> || std::is_same_v<A, SaveEvent>;
template <class A>
constexpr bool is_delete = std::is_same_v<A, DeleteJoblogEntry> || std::is_same_v<A, DeleteEvent>;

// Adds the item, or replaces the one with its id; the step back restores what was there.
template <class Save>
Edited save(Profile& p, const Save& a) {
    using K = Kept<ItemOf<Save>>;
    const auto& item = K::item(a);
    auto before = take(K::in(p), item.id);
    Edited out{true, !before, typename K::Undo{item.id, std::move(before)}};
    insert_by_date(K::in(p), item);
    return out;
}

template <class Delete>
Edited remove(Profile& p, const Delete& a) {
    using K = Kept<ItemOf<Delete>>;
    auto before = take(K::in(p), a.id);
    if (!before) return {};
    return {true, false, typename K::Undo{a.id, std::move(before)}};
}

}  // namespace

Problems check(const Profile& p, const ProfileEdit& e) {
    if (auto* a = std::get_if<UpdateSituation>(&e)) return check_situation(a->situation);
    if (auto* a = std::get_if<SaveJoblogEntry>(&e)) return check_entry(p.situation, a->entry);
    if (auto* a = std::get_if<SaveEvent>(&e)) return check_event(p.situation, a->event);
    return {};
}

Edited apply(Profile& p, const ProfileEdit& e) {
    return std::visit(
        [&](const auto& a) -> Edited {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, UpdateSituation>) {
                Edited out{true, false, UndoSituation{std::move(p.situation)}};
                p.situation = a.situation;
                return out;
            } else if constexpr (std::is_same_v<A, UpdatePlan>) {
                p.plan = a.plan;
                return {true, false, std::nullopt};
            } else if constexpr (is_save<A>) {
                return save(p, a);
            } else {
                static_assert(is_delete<A>);
                return remove(p, a);
            }
        },
        e);
}

std::optional<ProfileEdit> undoing(UndoStep step) {
    return std::visit(
        [](auto& s) -> std::optional<ProfileEdit> {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, UndoProfile>) {
                return std::nullopt;
            } else if constexpr (std::is_same_v<S, UndoSituation>) {
                return UpdateSituation{std::move(s.before)};
            } else {
                using K = Kept<ItemOf<S>>;
                if (s.before) return typename K::Save{std::move(*s.before)};
                return typename K::Delete{std::move(s.id)};
            }
        },
        step);
}

Profile in_date_order(Profile p) {
    auto& log = p.joblog;
    if (!std::is_sorted(log.begin(), log.end(), by_date<JoblogEntry>))
        std::stable_sort(log.begin(), log.end(), by_date<JoblogEntry>);
    return p;
}

}  // namespace jobbplan::web
