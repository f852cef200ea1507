#include "app/synced_store.hpp"

#include "app/new_id.hpp"
#include "app/shown_profile.hpp"
#include "app/store_document.hpp"

#include <algorithm>
#include <type_traits>

namespace jobbplan::web {

SyncedStore::SyncedStore(Platform& platform, AppState& state, SandboxSession& sandbox, Hooks hooks)
    : platform_(platform), state_(state), sandbox_(sandbox), hooks_(std::move(hooks)), generations_(platform) {}

void SyncedStore::load() {
    state_.storage = StorageStatus::Loading;
    generations_.load([this](StoredGenerations stored) { restore(std::move(stored), false); });
}

void SyncedStore::restore(StoredGenerations stored, bool from_other_tab) {
    if (!stored.ok) {
        // Private mode or disabled storage: keep working in memory and say so.
        state_.storage = StorageStatus::Failed;
        state_.storage_error = stored.error;
        notify(state_, MessageKind::Error, "ui.msg.storage_unavailable", {{"error", stored.error}});
    } else if (stored.texts.empty()) {
        state_.storage = StorageStatus::Ready;
    } else {
        // The newest readable generation wins; if the newest is not it, the user decides.
        std::optional<Recovery> recovery;
        for (auto& [generation, text] : stored.texts) {
            Parsed<StoredState> decoded = decode_store(text);
            if (decoded.ok()) {
                if (recovery) {
                    recovery->last_good = decoded.value->profile;
                    recovery->last_good_settings = decoded.value->settings;
                    recovery->good_generation = generation;
                    break;
                }
                state_.settings = decoded.value->settings;
                state_.profile = std::move(decoded.value->profile);
                if (state_.profile && !from_other_tab) state_.screen = Screen::Overview;
                if (from_other_tab) notify(state_, MessageKind::Info, "ui.msg.reloaded_other_tab");
                break;
            }
            if (!recovery) recovery = Recovery{text, generation, decoded.problems.front().to_string(), {}, {}, 0};
        }
        state_.storage = StorageStatus::Ready;
        if (recovery) {
            // A copy outside the generations, so later saves never prune it away.
            platform_.save(std::string(kBackupKey) + "/unreadable", recovery->raw, [](StorageResult) {});
            state_.recovery = std::move(recovery);
            state_.screen = Screen::Recovery;
            notify(state_, MessageKind::Error, "ui.msg.storage_unreadable", {{"error", state_.recovery->problem}});
        }
    }
    platform_.set_document_language(state_.settings.language);
    recompute(state_);
    redraw();
}

void SyncedStore::note(Change c, bool created) {
    // Kept only while storage works: with none, there is no other tab's save to meet.
    if (state_.storage != StorageStatus::Ready || state_.recovery) return;
    // A file being looked at is never stored; only settings changes made meanwhile are.
    if (state_.sandbox && !std::holds_alternative<ReplaceSettings>(c)) return;
    // Settings, plan and situation are replaced whole, so a run of them (the plan is noted per
    // keystroke) needs only its newest.
    const bool whole = std::holds_alternative<ReplaceSettings>(c) || std::holds_alternative<UpdatePlan>(c) ||
                       std::holds_alternative<UpdateSituation>(c);
    if (whole && !unsaved_.empty() && unsaved_.back().change.index() == c.index()) {
        unsaved_.back().change = std::move(c);
        return;
    }
    unsaved_.push_back({std::move(c), created});
}

void SyncedStore::persist() {
    // While recovery is open nothing is written, so the unreadable generation is not pushed out.
    if (state_.storage == StorageStatus::Loading || state_.recovery) return;
    dirty_ = true;
    // Written after this frame is drawn, in its own task: a long joblog's encoding and the
    // IndexedDB write then never sit in the frame that shows the change. Only one write at a time;
    // changes made meanwhile are written together when it finishes.
    if (saving_ || write_scheduled_ || reloading_) return;
    write_scheduled_ = true;
    platform_.defer([this] {
        write_scheduled_ = false;
        write();
    });
}

void SyncedStore::write() {
    if (!dirty_ || saving_ || reloading_ || state_.storage == StorageStatus::Loading || state_.recovery) return;
    dirty_ = false;
    saving_ = true;
    for (auto& c : unsaved_) in_flight_.push_back(std::move(c));
    unsaved_.clear();
    // With a file open to look at, the user's own profile is what is stored (their settings too).
    generations_.save(encode_store({state_.settings, sandbox_.own_profile()}), [this](StorageResult r) {
        saving_ = false;
        if (r.conflict) {
            reload_and_replay();  // another tab saved first: take its save up, then ours again
            return;
        }
        in_flight_.clear();
        if (!r.ok) {
            unsaved_.clear();  // nothing more will be stored; what is in memory can be exported
            state_.storage = StorageStatus::Failed;
            state_.storage_error = r.error;
            notify(state_, MessageKind::Error, "ui.msg.save_failed", {{"error", r.error}});
            redraw();
        } else {
            platform_.tell_other_tabs();
        }
        if (dirty_) {
            dirty_ = false;  // persist() sets it again and schedules the write
            persist();
        }
    });
}

void SyncedStore::forget() {
    dirty_ = false;  // nothing of the erased state is written back
    unsaved_.clear();
    in_flight_.clear();
    generations_.forget();
}

void SyncedStore::other_tab_saved() {
    // A save of ours in flight will find the new head itself (save_if) and take it up then.
    if (saving_ || reloading_ || state_.storage != StorageStatus::Ready) return;
    const long known = generations_.head();
    reloading_ = true;
    generations_.load([this, known](StoredGenerations stored) {
        reloading_ = false;
        if (stored.ok && stored.head != known) adopt(std::move(stored));
        else if (dirty_) persist();
    });
}

void SyncedStore::reload_and_replay() {
    reloading_ = true;
    generations_.load([this](StoredGenerations stored) {
        reloading_ = false;
        adopt(std::move(stored));
    });
}

void SyncedStore::adopt(StoredGenerations stored) {
    if (stored.ok && stored.head == 0 && stored.texts.empty()) {
        // "Delete all my data" in another tab: this tab must not write the data back. Its own
        // unsaved changes go with the rest, as the person asked.
        if (hooks_.erased_elsewhere) hooks_.erased_elsewhere();
        redraw();
        return;
    }
    // A file being looked at stays open; the other tab's save and this tab's own changes are
    // taken up into the user's own profile behind it.
    sandbox_.with_own_profile([&] { adopt_own(std::move(stored)); });
    redraw();
}

void SyncedStore::adopt_own(StoredGenerations stored) {
    std::vector<PendingChange> mine = std::move(in_flight_);
    in_flight_.clear();
    for (auto& c : unsaved_) mine.push_back(std::move(c));
    unsaved_.clear();
    restore(std::move(stored), true);
    if (state_.recovery || state_.storage != StorageStatus::Ready) return;  // the user decides first
    // Undo steps describe the state before the other tab's save; they no longer apply.
    state_.undo.clear();
    std::map<std::string, std::string> renamed;
    for (auto& c : mine) replay(std::move(c), renamed);
    if (!mine.empty()) {
        recompute(state_);
        notify(state_, MessageKind::Info, "ui.msg.merged_other_tab");
    }
    if (dirty_ || !mine.empty()) persist();
}

namespace {
// A new entry whose id the other tab has meanwhile given to an entry of its own gets a fresh id,
// and later changes to it follow.
template <class T>
void follow_id(std::string& id, bool created, const std::vector<T>& items, Platform& platform, const char* prefix,
               std::map<std::string, std::string>& renamed) {
    if (auto it = renamed.find(id); it != renamed.end()) {
        id = it->second;
        return;
    }
    if (!created || std::none_of(items.begin(), items.end(), [&](const T& x) { return x.id == id; })) return;
    const std::string fresh = new_id(platform, prefix);
    renamed[id] = fresh;
    id = fresh;
}
}  // namespace

// One of this tab's changes made again on the other tab's save: the same pure edit as when it was
// first made (profile_edit), noted again, since it is not in storage yet either.
void SyncedStore::replay(PendingChange c, std::map<std::string, std::string>& renamed) {
    std::visit(
        [&](auto& a) {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, ReplaceSettings>) {
                state_.settings = std::move(a.settings);
                note(ReplaceSettings{state_.settings});
                persist();
            } else if constexpr (std::is_same_v<A, ReplaceProfile>) {
                show_profile(state_, std::move(a.profile), true);
                note(ReplaceProfile{*state_.profile});
                persist();
            } else if (!state_.profile) {
                return;  // the other tab's save has no profile to change
            } else {
                Profile& p = *state_.profile;
                if constexpr (std::is_same_v<A, SaveJoblogEntry> || std::is_same_v<A, SaveEvent>) {
                    using K = Kept<ItemOf<A>>;
                    follow_id(K::item(a).id, c.created, K::in(p), platform_, K::kIdPrefix, renamed);
                } else if constexpr (std::is_same_v<A, DeleteJoblogEntry> || std::is_same_v<A, DeleteEvent>) {
                    follow_id(a.id, false, Kept<ItemOf<A>>::in(p), platform_, "", renamed);
                }
                if (!check(p, a).empty()) return;  // refused on the other tab's situation, as if typed now
                Edited edited = apply(p, a);
                if (!edited.done) return;
                note(std::move(a), edited.created);
                if (edited.undo) state_.undo.remember(std::move(*edited.undo));
                persist();
            }
        },
        c.change);
}

}  // namespace jobbplan::web
