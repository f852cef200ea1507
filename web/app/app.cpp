#include "app/app.hpp"

#include "app/calendar_export.hpp"
#include "app/print_view.hpp"
#include "app/store_document.hpp"
#include "jobbplan/assets.hpp"
#include "jobbplan/choices.hpp"
#include "jobbplan/record_check.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <type_traits>
#include <unordered_set>

namespace jobbplan::web {
namespace {

bool by_date(const JoblogEntry& a, const JoblogEntry& b) { return date::sys_days{a.date} < date::sys_days{b.date}; }
bool event_by_date(const Event& a, const Event& b) { return date::sys_days{a.date} < date::sys_days{b.date}; }

// The joblog is kept in date order, so the report's index takes its one-pass path and an edit is
// one insertion; entries of one day stay in the order they were logged.
void insert_by_date(std::vector<JoblogEntry>& log, JoblogEntry e) {
    log.insert(std::upper_bound(log.begin(), log.end(), e, by_date), std::move(e));
}
void insert_by_date(std::vector<Event>& events, Event e) {
    events.insert(std::upper_bound(events.begin(), events.end(), e, event_by_date), std::move(e));
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

}  // namespace

App::App(Platform& platform) : platform_(platform), store_(platform) { state_.today = platform_.today(); }

void App::start() {
    state_.storage = StorageStatus::Loading;
    platform_.watch_other_tabs([this] { reload_from_other_tab(); });
    // A file dropped on the page is opened to look at, never imported: dropping must not change data.
    platform_.watch_dropped_files([this](std::string name, std::string bytes) {
        dispatch(LookAtText{std::move(name), std::move(bytes)});
        if (on_change) on_change();
    });
    store_.load([this](StoredGenerations stored) { restore(std::move(stored), false); });
}

void App::restore(StoredGenerations stored, bool from_other_tab) {
    if (!stored.ok) {
        // Private mode or disabled storage: keep working in memory and say so.
        state_.storage = StorageStatus::Failed;
        state_.storage_error = stored.error;
        notify(MessageKind::Error, "ui.msg.storage_unavailable", {{"error", stored.error}});
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
                if (from_other_tab) notify(MessageKind::Info, "ui.msg.reloaded_other_tab");
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
            notify(MessageKind::Error, "ui.msg.storage_unreadable", {{"error", state_.recovery->problem}});
        }
    }
    platform_.set_document_language(state_.settings.language);
    recompute();
    if (on_change) on_change();
}

void App::reload_from_other_tab() {
    // A save of ours in flight will find the new head itself (save_if) and take it up then.
    if (saving_ || reloading_ || state_.storage != StorageStatus::Ready) return;
    const long known = store_.head();
    reloading_ = true;
    store_.load([this, known](StoredGenerations stored) {
        reloading_ = false;
        if (stored.ok && stored.head != known) adopt(std::move(stored));
        else if (dirty_) persist();
    });
}

void App::reload_and_replay() {
    reloading_ = true;
    store_.load([this](StoredGenerations stored) {
        reloading_ = false;
        adopt(std::move(stored));
    });
}

void App::adopt(StoredGenerations stored) {
    if (stored.ok && stored.head == 0 && stored.texts.empty()) {
        // "Delete all my data" in another tab: this tab must not write the data back. Its own
        // unsaved changes go with the rest, as the person asked.
        reset_to_empty("ui.msg.deleted_other_tab");
        if (on_change) on_change();
        return;
    }
    // A file being looked at stays open; the other tab's save and this tab's own changes are
    // taken up into the user's own profile behind it.
    with_own_profile([&] { adopt_own(std::move(stored)); });
    if (on_change) on_change();
}

void App::adopt_own(StoredGenerations stored) {
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
        recompute();
        notify(MessageKind::Info, "ui.msg.merged_other_tab");
    }
    if (dirty_ || !mine.empty()) persist();
}

template <class F>
void App::with_own_profile(F f) {
    if (!state_.sandbox) {
        f();
        return;
    }
    std::optional<Sandbox> sandbox = std::move(state_.sandbox);
    state_.sandbox.reset();
    std::swap(state_.profile, own_.profile);
    std::swap(state_.undo, own_.undo);
    std::swap(state_.screen, own_.screen);
    f();
    std::swap(state_.profile, own_.profile);
    std::swap(state_.undo, own_.undo);
    std::swap(state_.screen, own_.screen);
    state_.sandbox = std::move(sandbox);
    recompute();
}

namespace {
// A new entry whose id the other tab has meanwhile given to an entry of its own gets a fresh id,
// and later changes to it follow.
template <class T>
void follow_id(std::string& id, bool created, const std::vector<T>& items, const std::string& fresh_id,
               std::map<std::string, std::string>& renamed) {
    if (auto it = renamed.find(id); it != renamed.end()) {
        id = it->second;
        return;
    }
    if (!created || std::none_of(items.begin(), items.end(), [&](const T& x) { return x.id == id; })) return;
    renamed[id] = fresh_id;
    id = fresh_id;
}
}  // namespace

void App::replay(PendingChange c, std::map<std::string, std::string>& renamed) {
    std::visit(
        [&](auto& a) {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, ReplaceSettings>) {
                state_.settings = std::move(a.settings);
                settings_changed();
            } else if constexpr (std::is_same_v<A, ReplaceProfile>) {
                set_profile(std::move(a.profile), true);
                note(ReplaceProfile{*state_.profile});
            } else if (!state_.profile) {
                return;  // the other tab's save has no profile to change
            } else {
                if constexpr (std::is_same_v<A, SaveJoblogEntry>)
                    follow_id(a.entry.id, c.created, state_.profile->joblog, new_id("j"), renamed);
                if constexpr (std::is_same_v<A, DeleteJoblogEntry>)
                    follow_id(a.id, false, state_.profile->joblog, std::string(), renamed);
                if constexpr (std::is_same_v<A, SaveEvent>)
                    follow_id(a.event.id, c.created, state_.profile->events, new_id("ev"), renamed);
                if constexpr (std::is_same_v<A, DeleteEvent>)
                    follow_id(a.id, false, state_.profile->events, std::string(), renamed);
                handle(a);
            }
        },
        c.change);
}

void App::note(Change c, bool created) {
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

void App::settings_changed() {
    note(ReplaceSettings{state_.settings});
    persist();
}

bool App::apply_pending() {
    if (queue_.empty()) return false;
    std::vector<Action> now;
    now.swap(queue_);
    for (const Action& a : now) apply(a);
    return true;
}

void App::apply(const Action& a) {
    std::visit([this](const auto& act) { handle(act); }, a);
    if (on_change) on_change();
}

void App::refresh_today() {
    const Date t = platform_.today();
    if (t != state_.today) {
        state_.today = t;
        recompute();
        if (on_change) on_change();
    }
}

void App::recompute() {
    ++state_.generation;
    WhatIf& w = state_.what_if;
    w.report.reset();
    if (!state_.profile) {
        state_.report.reset();
        return;
    }
    state_.report = compute_report(*state_.profile, builtin_rule_book(), state_.effective_date());
    if (w.steps.empty() && w.days == 0) return;
    // The what-if date stays inside the record's years, like every date the user can give.
    Date on = what_if_report_date(w.steps, add_days(state_.effective_date(), w.days));
    if (!in_record_range(on)) on = state_.effective_date();
    w.report = compute_report(with_what_ifs(*state_.profile, w.steps, *state_.report), builtin_rule_book(), on);
}

void App::persist() {
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

void App::write() {
    if (!dirty_ || saving_ || reloading_ || state_.storage == StorageStatus::Loading || state_.recovery) return;
    dirty_ = false;
    saving_ = true;
    for (auto& c : unsaved_) in_flight_.push_back(std::move(c));
    unsaved_.clear();
    // With a file open to look at, the user's own profile is what is stored (their settings too).
    store_.save(encode_store({state_.settings, state_.sandbox ? own_.profile : state_.profile}), [this](StorageResult r) {
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
            notify(MessageKind::Error, "ui.msg.save_failed", {{"error", r.error}});
            if (on_change) on_change();
        } else {
            platform_.tell_other_tabs();
        }
        if (dirty_) {
            dirty_ = false;  // persist() sets it again and schedules the write
            persist();
        }
    });
}

void App::notify(MessageKind kind, std::string key, Params params) {
    state_.message = Message{kind, std::move(key), std::move(params)};
}

void App::remember(UndoStep step) {
    auto& undo = state_.undo;
    undo.push_back(std::move(step));
    if (undo.size() > kUndoSteps) undo.erase(undo.begin());
    // A whole-profile step holds a whole joblog; keep the newest few so ten years of entries are
    // not held many times over. Steps older than the one dropped can no longer be reached.
    int whole = 0;
    for (auto it = undo.end(); it != undo.begin();) {
        --it;
        if (std::holds_alternative<UndoProfile>(*it) && ++whole > kWholeProfileSteps) {
            undo.erase(undo.begin(), it + 1);
            break;
        }
    }
}

void App::changed() {
    recompute();
    if (!state_.sandbox) persist();  // a file being looked at is never stored
}

void App::set_profile(Profile p, bool undoable) {
    if (undoable && state_.profile) remember(UndoProfile{std::move(*state_.profile)});
    state_.what_if = WhatIf{};  // another profile: the hypothetical steps were about the old one
    if (!std::is_sorted(p.joblog.begin(), p.joblog.end(), by_date))
        std::stable_sort(p.joblog.begin(), p.joblog.end(), by_date);
    state_.profile = std::move(p);
    changed();
}

void App::handle(const SetLanguage& a) {
    if (a.language != "sv" && a.language != "da" && a.language != "fi" && a.language != "en") return;
    state_.settings.language = a.language;
    platform_.set_document_language(a.language);
    settings_changed();
}
void App::handle(const SetTheme& a) {
    state_.settings.theme = a.theme;
    settings_changed();
}
void App::handle(const SetTextScale& a) {
    state_.settings.text_scale = std::clamp(a.scale, 1.0f, 2.0f);
    settings_changed();
}
void App::handle(const SetDemoToday& a) {
    // A report date past the record's years would make the report walk centuries of periods.
    if (a.date && !in_record_range(*a.date)) {
        notify(MessageKind::Error, "ui.form.date_out_of_range", {{"value", to_string(*a.date)},
                                                                 {"from", std::to_string(kEarliestRecordYear)},
                                                                 {"to", std::to_string(kLatestRecordYear)}});
        return;
    }
    state_.settings.demo_today = a.date;
    recompute();
    settings_changed();
}
void App::handle(const GoTo& a) { state_.screen = a.screen; }

void App::handle(const LoadExample& a) {
    const auto text = builtin_asset(a.path);
    if (!text) {
        notify(MessageKind::Error, "ui.msg.example_missing", {{"name", a.path}});
        return;
    }
    Parsed<Profile> p = parse_profile_text(*text);
    if (!p.ok()) {
        notify(MessageKind::Error, "ui.msg.example_missing", {{"name", a.path}});
        return;
    }
    // A demo persona opens beside the user's own profile, never over it (issue 14).
    open_sandbox(std::move(*p.value), Sandbox{a.path, true});
    notify(MessageKind::Success, "ui.msg.example_opened");
}

void App::open_sandbox(Profile p, Sandbox s) {
    if (!state_.sandbox) {
        own_.profile = std::move(state_.profile);
        own_.undo = std::move(state_.undo);
        own_.screen = state_.screen;
    }
    state_.undo.clear();
    state_.import_preview.reset();
    state_.sandbox = std::move(s);
    state_.what_if = WhatIf{};
    if (!std::is_sorted(p.joblog.begin(), p.joblog.end(), by_date)) std::stable_sort(p.joblog.begin(), p.joblog.end(), by_date);
    state_.profile = std::move(p);
    state_.screen = Screen::Overview;
    recompute();
}

void App::handle(const CloseSandbox&) {
    if (!state_.sandbox) return;
    state_.sandbox.reset();
    state_.profile = std::move(own_.profile);
    state_.undo = std::move(own_.undo);
    state_.screen = own_.screen == Screen::WhatIf && !state_.profile ? Screen::Start : own_.screen;
    own_ = Own{};
    state_.what_if = WhatIf{};
    recompute();
    notify(MessageKind::Info, "ui.msg.sandbox_closed");
}

void App::handle(const KeepSandboxProfile&) {
    if (!state_.sandbox || !state_.sandbox->example || !state_.profile) return;
    Profile persona = std::move(*state_.profile);
    state_.sandbox.reset();
    state_.profile = std::move(own_.profile);
    state_.undo = std::move(own_.undo);
    own_ = Own{};
    set_profile(std::move(persona), true);  // the user's own profile before it stays an undo step
    note(ReplaceProfile{*state_.profile});
    state_.screen = Screen::Overview;
    notify(MessageKind::Success, "ui.msg.example_loaded");
    state_.message->offers_undo = true;
}

void App::handle(const ChooseFileToLook&) {
    platform_.choose_file([this](std::string name, std::string bytes) {
        dispatch(LookAtText{std::move(name), std::move(bytes)});
        if (on_change) on_change();
    });
}

void App::handle(const LookAtText& a) {
    Parsed<Profile> p = decode_import(a.text);
    if (!p.ok()) {
        // The import's refusal, word for word: the same file is refused the same way.
        std::string errors;
        for (size_t i = 0; i < p.problems.size() && i < 3; ++i) errors += (i ? "; " : "") + p.problems[i].to_string();
        if (p.problems.size() > 3) errors += " (+" + std::to_string(p.problems.size() - 3) + ")";
        notify(MessageKind::Error, "ui.msg.import_invalid", {{"file", a.file_name}, {"error", errors}});
        return;
    }
    open_sandbox(std::move(*p.value), Sandbox{a.file_name, false});
    notify(MessageKind::Success, "ui.msg.file_opened", {{"file", a.file_name}});
}

void App::handle(const AddWhatIf& a) {
    if (!state_.profile || !state_.report) return;
    const Date on = add_days(state_.effective_date(), state_.what_if.days);
    const Date when = what_if_date(a.kind, *state_.report, on);
    state_.what_if.steps.push_back({a.kind, when});
    // The slider follows a step that falls later, so the what-if side shows it.
    state_.what_if.days = std::max(state_.what_if.days, static_cast<int>((date::sys_days{when} - date::sys_days{state_.effective_date()}).count()));
    recompute();
}

void App::handle(const SetWhatIfDays& a) {
    state_.what_if.days = std::clamp(a.days, 0, WhatIf::kMaxDays);
    recompute();
}

void App::handle(const ResetWhatIf&) {
    state_.what_if = WhatIf{};
    recompute();
}

void App::handle(const SetPresentation& a) {
    state_.settings.presentation = a.on;
    settings_changed();
}

void App::handle(const NewProfile& a) {
    if (state_.sandbox) handle(CloseSandbox{});  // a new profile is the user's own, never a sandbox's
    Profile p;
    p.situation.system = a.system;
    p.situation.registered_on = state_.effective_date();
    // A new user has logged elsewhere (or not at all) until today: only from today is the log here
    // evidence; the Situation screen asks for the real date (issue 12.4).
    p.situation.joblog_from = state_.effective_date();
    // The benefit and municipality to start from are the core's (system_choices), as the form offers them.
    const SystemChoices choices = system_choices(a.system, builtin_rule_book(), state_.effective_date());
    p.situation.benefit = choices.default_benefit;
    p.situation.municipality = choices.default_municipality;
    if (a.system == kDenmark) p.situation.benefit_since = state_.effective_date();
    // fi: no number until the employment plan gives one (an unknown number is neither 0 nor 4).
    set_profile(std::move(p), true);
    note(ReplaceProfile{*state_.profile});
    state_.screen = Screen::Situation;
}

// 128 random bits: ids stay unique across people and devices, so a caseworker merging two
// clients' files, or one person's phone and laptop, never mistakes one entry for another.
std::string App::new_id(const char* prefix) {
    unsigned char bytes[16];
    platform_.random_bytes(bytes, sizeof bytes);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = std::string(prefix) + "-";
    for (unsigned char b : bytes) {
        id += kHex[b >> 4];
        id += kHex[b & 15];
    }
    return id;
}

bool App::refused(const Problems& problems) {
    if (problems.empty()) return false;
    // The reader's own words, so the form says what a file with this value would be refused for.
    notify(MessageKind::Error, "ui.msg.not_saved", {{"error", problems.front().to_string()}});
    return true;
}

void App::handle(const UpdateSituation& a) {
    if (!state_.profile || refused(check_situation(a.situation))) return;
    remember(UndoSituation{std::move(state_.profile->situation)});
    state_.profile->situation = a.situation;
    note(a);
    changed();
}

void App::handle(const SaveJoblogEntry& a) {
    if (!state_.profile || refused(check_entry(state_.profile->situation, a.entry))) return;
    auto& log = state_.profile->joblog;
    JoblogEntry entry = a.entry;
    if (entry.id.empty()) entry.id = new_id("j");
    std::optional<JoblogEntry> before = take(log, entry.id);
    note(SaveJoblogEntry{entry}, !before);
    remember(UndoEntry{entry.id, std::move(before)});
    insert_by_date(log, std::move(entry));
    changed();
    notify(MessageKind::Success, "ui.msg.entry_saved");
}

void App::handle(const DeleteJoblogEntry& a) {
    if (!state_.profile) return;
    std::optional<JoblogEntry> before = take(state_.profile->joblog, a.id);
    if (!before) return;
    note(a);
    remember(UndoEntry{a.id, std::move(before)});
    changed();
    notify(MessageKind::Info, "ui.msg.entry_deleted");
    state_.message->offers_undo = true;
}

void App::handle(const SaveEvent& a) {
    if (!state_.profile || refused(check_event(state_.profile->situation, a.event))) return;
    auto& events = state_.profile->events;
    Event event = a.event;
    if (event.id.empty()) event.id = new_id("ev");
    std::optional<Event> before = take(events, event.id);
    note(SaveEvent{event}, !before);
    remember(UndoEvent{event.id, std::move(before)});
    insert_by_date(events, std::move(event));
    changed();
    notify(MessageKind::Success, "ui.msg.event_saved");
}

void App::handle(const DeleteEvent& a) {
    if (!state_.profile) return;
    std::optional<Event> before = take(state_.profile->events, a.id);
    if (!before) return;
    note(a);
    remember(UndoEvent{a.id, std::move(before)});
    changed();
    notify(MessageKind::Info, "ui.msg.event_deleted");
    state_.message->offers_undo = true;
}

void App::handle(const UpdatePlan& a) {
    if (!state_.profile) return;
    state_.profile->plan = a.plan;  // typing in the plan is not an undo step per keystroke
    note(a);
    changed();
}

void App::handle(const Undo&) {
    if (state_.undo.empty() || !state_.profile) return;
    UndoStep step = std::move(state_.undo.back());
    state_.undo.pop_back();
    Profile& p = *state_.profile;
    std::visit(
        [&](auto& s) {
            using S = std::decay_t<decltype(s)>;
            // Each undo is noted as the change it makes, so it too survives another tab's save.
            if constexpr (std::is_same_v<S, UndoProfile>) {
                p = std::move(s.before);
                note(ReplaceProfile{p});
            } else if constexpr (std::is_same_v<S, UndoSituation>) {
                p.situation = std::move(s.before);
                note(UpdateSituation{p.situation});
            } else if constexpr (std::is_same_v<S, UndoEntry>) {
                const bool existed = take(p.joblog, s.id).has_value();
                if (s.before) {
                    note(SaveJoblogEntry{*s.before}, !existed);
                    insert_by_date(p.joblog, std::move(*s.before));
                } else {
                    note(DeleteJoblogEntry{s.id});
                }
            } else {
                const bool existed = take(p.events, s.id).has_value();
                if (s.before) {
                    note(SaveEvent{*s.before}, !existed);
                    insert_by_date(p.events, std::move(*s.before));
                } else {
                    note(DeleteEvent{s.id});
                }
            }
        },
        step);
    changed();
    notify(MessageKind::Info, "ui.msg.undone");
}

void App::handle(const ExportFile&) {
    if (!state_.profile || !state_.report) return;
    const Date on = state_.effective_date();
    platform_.download(export_file_name(on), "application/json", encode_export(*state_.profile, *state_.report, on));
    notify(MessageKind::Success, "ui.msg.exported", {{"file", export_file_name(on)}});
}

void App::handle(const ChooseImportFile&) {
    platform_.choose_file([this](std::string name, std::string bytes) {
        dispatch(ImportText{std::move(name), std::move(bytes)});
        if (on_change) on_change();
    });
}

void App::handle(const ImportText& a) {
    // An import changes the user's own data; a file being looked at is closed first, by the user.
    if (state_.sandbox) {
        notify(MessageKind::Error, "ui.msg.close_sandbox_first");
        return;
    }
    Parsed<Profile> p = decode_import(a.text);
    if (!p.ok()) {
        state_.import_preview.reset();
        // The first few problems, each naming its field: enough to fix the file, short enough to read.
        std::string errors;
        for (size_t i = 0; i < p.problems.size() && i < 3; ++i) errors += (i ? "; " : "") + p.problems[i].to_string();
        if (p.problems.size() > 3) errors += " (+" + std::to_string(p.problems.size() - 3) + ")";
        notify(MessageKind::Error, "ui.msg.import_invalid", {{"file", a.file_name}, {"error", errors}});
        return;
    }
    ImportPreview preview;
    preview.file_name = a.file_name;
    preview.incoming = std::move(*p.value);
    preview.counts = count_merge(state_.profile ? *state_.profile : Profile{}, preview.incoming);
    state_.import_preview = std::move(preview);
    state_.screen = Screen::Exchange;
}

void App::handle(const ConfirmImport& a) {
    if (!state_.import_preview) return;
    Profile incoming = std::move(state_.import_preview->incoming);
    const MergeCounts counts = state_.import_preview->counts;
    state_.import_preview.reset();
    if (state_.profile) {
        // The previous profile is kept, both as an undo step and as a stored backup.
        platform_.save(kBackupKey, encode_store({state_.settings, state_.profile}), [](StorageResult) {});
    }
    const bool merge = !a.replace && state_.profile && state_.profile->situation.system == incoming.situation.system;
    set_profile(merge ? merge_profiles(*state_.profile, incoming) : std::move(incoming), true);
    note(ReplaceProfile{*state_.profile});
    if (merge)
        notify(MessageKind::Success, "ui.msg.import_merged",
               {{"new", std::to_string(counts.new_entries)}, {"same", std::to_string(counts.same_entries)},
                {"differ", std::to_string(counts.differing_entries)},
                {"new_events", std::to_string(counts.new_events + counts.differing_events)}});
    else
        notify(MessageKind::Success, "ui.msg.import_replaced");
    state_.message->offers_undo = true;
    state_.screen = Screen::Overview;
}

void App::handle(const CancelImport&) { state_.import_preview.reset(); }

void App::handle(const CopyPlan& a) {
    platform_.copy_text(a.text);
    notify(MessageKind::Success, "ui.msg.copied");
}

void App::handle(const OpenPrintView&) {
    if (!state_.profile || !state_.report) return;
    platform_.open_print_view(print_view_html(*state_.profile, *state_.report, builtin_catalogue(state_.settings.language),
                                              state_.settings.language));
}

void App::handle(const DownloadCalendar&) {
    if (!state_.report) return;
    const Catalogue& cat = builtin_catalogue(state_.settings.language);
    platform_.download(calendar_file_name(*state_.report, whose_file()), "text/calendar", calendar_ics(*state_.report, cat));
    notify(MessageKind::Success, "ui.msg.calendar_exported");
}

// Whose plan a downloaded file holds: a client's file looked at names itself ("client-anna"); the
// user's own is "jobbplan-<system>" (no name is stored anywhere to put there).
std::string App::whose_file() const {
    if (!state_.sandbox || state_.sandbox->example) return {};
    std::string stem = state_.sandbox->label;
    if (stem.size() > 5 && stem.ends_with(".json")) stem.resize(stem.size() - 5);
    return stem;
}

void App::handle(const AskDeleteAll& a) { state_.confirm_delete_all = a.ask; }

void App::handle(const DeleteAll&) {
    state_.confirm_delete_all = false;
    platform_.erase_all([this](StorageResult r) {
        if (!r.ok) {
            notify(MessageKind::Error, "ui.msg.delete_failed", {{"error", r.error}});
        } else {
            reset_to_empty("ui.msg.deleted_all");
            platform_.tell_other_tabs();  // so they let go of the data too
        }
        if (on_change) on_change();
    });
}

void App::reset_to_empty(const char* message_key) {
    state_ = AppState{};
    own_ = Own{};  // an open file goes too: nothing of before stays on the screen
    dirty_ = false;  // nothing of the erased state is written back
    unsaved_.clear();
    in_flight_.clear();
    store_.forget();
    state_.today = platform_.today();
    state_.storage = StorageStatus::Ready;
    platform_.set_document_language(state_.settings.language);
    notify(MessageKind::Success, message_key);
}

void App::handle(const DismissMessage&) { state_.message.reset(); }

void App::handle(const DownloadUnreadable&) {
    if (!state_.recovery) return;
    platform_.download("jobbplan-unreadable-" + to_string(state_.effective_date()) + ".txt", "text/plain",
                       state_.recovery->raw);
}

void App::handle(const RestoreLastGood&) {
    if (!state_.recovery || !state_.recovery->good_generation) return;
    Recovery r = std::move(*state_.recovery);
    state_.recovery.reset();
    if (r.last_good_settings) state_.settings = *r.last_good_settings;
    if (r.last_good) {
        set_profile(std::move(*r.last_good), false);  // saved as a new generation
        note(ReplaceProfile{*state_.profile});
    } else {
        state_.profile.reset();
        recompute();
        persist();
    }
    state_.screen = state_.profile ? Screen::Overview : Screen::Start;
    notify(MessageKind::Success, "ui.msg.restored", {{"generation", std::to_string(r.good_generation)}});
}

void App::handle(const StartEmpty&) {
    if (!state_.recovery) return;
    state_.recovery.reset();
    state_.profile.reset();
    recompute();
    persist();
    state_.screen = Screen::Start;
}

}  // namespace jobbplan::web
