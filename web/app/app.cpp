#include "app/app.hpp"

#include "app/calendar_export.hpp"
#include "app/print_view.hpp"
#include "app/store_document.hpp"
#include "jobbplan/assets.hpp"

#include <algorithm>
#include <cstdlib>

namespace jobbplan::web {
namespace {

// Ids are stable across export and import so a merge can recognise entries it already has.
template <class T>
std::string unused_id(const std::vector<T>& items, const char* prefix) {
    long max = 0;
    const std::string p(prefix);
    for (const T& x : items)
        if (x.id.rfind(p, 0) == 0) max = std::max(max, std::strtol(x.id.c_str() + p.size(), nullptr, 10));
    return p + std::to_string(max + 1);
}

}  // namespace

App::App(Platform& platform) : platform_(platform), store_(platform) { state_.today = platform_.today(); }

void App::start() {
    state_.storage = StorageStatus::Loading;
    platform_.watch_other_tabs([this] { reload_from_other_tab(); });
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
    // Every change here is saved at once, so adopting the other tab's save loses nothing of ours
    // unless both saved in the same instant; then the later save wins in both tabs.
    const long known = store_.head();
    store_.load([this, known](StoredGenerations stored) {
        if (stored.ok && stored.head != known) restore(std::move(stored), true);
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
    if (state_.profile)
        state_.report = compute_report(*state_.profile, builtin_rule_book(), state_.effective_date());
    else
        state_.report.reset();
}

void App::persist() {
    // Only one write at a time; the newest state is written when the previous one finishes.
    // While recovery is open nothing is written, so the unreadable generation is not pushed out.
    if (state_.storage == StorageStatus::Loading || state_.recovery) return;
    if (saving_) {
        save_again_ = true;
        return;
    }
    saving_ = true;
    store_.save(encode_store({state_.settings, state_.profile}), [this](StorageResult r) {
        saving_ = false;
        if (!r.ok) {
            state_.storage = StorageStatus::Failed;
            state_.storage_error = r.error;
            notify(MessageKind::Error, "ui.msg.save_failed", {{"error", r.error}});
            if (on_change) on_change();
        } else {
            platform_.tell_other_tabs();
        }
        if (save_again_) {
            save_again_ = false;
            persist();
        }
    });
}

void App::notify(MessageKind kind, std::string key, Params params) {
    state_.message = Message{kind, std::move(key), std::move(params)};
}

void App::set_profile(Profile p, bool undoable) {
    if (undoable && state_.profile) {
        state_.undo.push_back(*state_.profile);
        if (state_.undo.size() > 50) state_.undo.erase(state_.undo.begin());
    }
    state_.profile = std::move(p);
    recompute();
    persist();
}

void App::handle(const SetLanguage& a) {
    if (a.language != "sv" && a.language != "da" && a.language != "fi" && a.language != "en") return;
    state_.settings.language = a.language;
    platform_.set_document_language(a.language);
    persist();
}
void App::handle(const SetTheme& a) {
    state_.settings.theme = a.theme;
    persist();
}
void App::handle(const SetTextScale& a) {
    state_.settings.text_scale = std::clamp(a.scale, 1.0f, 2.0f);
    persist();
}
void App::handle(const SetDemoToday& a) {
    state_.settings.demo_today = a.date;
    recompute();
    persist();
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
    set_profile(std::move(*p.value), true);
    state_.screen = Screen::Overview;
    notify(MessageKind::Success, "ui.msg.example_loaded");
}

void App::handle(const NewProfile& a) {
    Profile p;
    p.situation.system = a.system;
    p.situation.registered_on = state_.effective_date();
    if (a.system == kDenmark) {
        p.situation.benefit = "dagpenge";
        p.situation.benefit_since = state_.effective_date();
        p.situation.municipality = "København";
    } else if (a.system == kFinland) {
        p.situation.benefit = "earnings_related";
        p.situation.municipality = "Karleby";
        p.situation.agreed_applications_per_month = 4;
    } else {
        p.situation.benefit = "forsorjningsstod";
        p.situation.municipality = "Trelleborg";
    }
    set_profile(std::move(p), true);
    state_.screen = Screen::Situation;
}

void App::handle(const UpdateSituation& a) {
    if (!state_.profile) return;
    Profile p = *state_.profile;
    p.situation = a.situation;
    set_profile(std::move(p), true);
}

void App::handle(const SaveJoblogEntry& a) {
    if (!state_.profile) return;
    Profile p = *state_.profile;
    JoblogEntry entry = a.entry;
    if (entry.id.empty()) entry.id = unused_id(p.joblog, "j");
    auto it = std::find_if(p.joblog.begin(), p.joblog.end(), [&](const JoblogEntry& e) { return e.id == entry.id; });
    if (it != p.joblog.end())
        *it = std::move(entry);
    else
        p.joblog.push_back(std::move(entry));
    set_profile(std::move(p), true);
    notify(MessageKind::Success, "ui.msg.entry_saved");
}

void App::handle(const DeleteJoblogEntry& a) {
    if (!state_.profile) return;
    Profile p = *state_.profile;
    std::erase_if(p.joblog, [&](const JoblogEntry& e) { return e.id == a.id; });
    set_profile(std::move(p), true);
    notify(MessageKind::Info, "ui.msg.entry_deleted");
}

void App::handle(const SaveEvent& a) {
    if (!state_.profile) return;
    Profile p = *state_.profile;
    Event event = a.event;
    if (event.id.empty()) event.id = unused_id(p.events, "ev");
    auto it = std::find_if(p.events.begin(), p.events.end(), [&](const Event& e) { return e.id == event.id; });
    if (it != p.events.end())
        *it = std::move(event);
    else
        p.events.push_back(std::move(event));
    std::stable_sort(p.events.begin(), p.events.end(),
                     [](const Event& x, const Event& y) { return date::sys_days{x.date} < date::sys_days{y.date}; });
    set_profile(std::move(p), true);
    notify(MessageKind::Success, "ui.msg.event_saved");
}

void App::handle(const DeleteEvent& a) {
    if (!state_.profile) return;
    Profile p = *state_.profile;
    std::erase_if(p.events, [&](const Event& e) { return e.id == a.id; });
    set_profile(std::move(p), true);
    notify(MessageKind::Info, "ui.msg.event_deleted");
}

void App::handle(const UpdatePlan& a) {
    if (!state_.profile) return;
    Profile p = *state_.profile;
    p.plan = a.plan;
    set_profile(std::move(p), false);  // typing in the plan is not an undo step per keystroke
}

void App::handle(const Undo&) {
    if (state_.undo.empty()) return;
    Profile p = std::move(state_.undo.back());
    state_.undo.pop_back();
    set_profile(std::move(p), false);
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
    for (const auto& e : preview.incoming.joblog) {
        const bool known = state_.profile && std::any_of(state_.profile->joblog.begin(), state_.profile->joblog.end(),
                                                         [&](const JoblogEntry& x) { return x.id == e.id; });
        (known ? preview.same_entries : preview.new_entries)++;
    }
    for (const auto& e : preview.incoming.events) {
        const bool known = state_.profile && std::any_of(state_.profile->events.begin(), state_.profile->events.end(),
                                                         [&](const Event& x) { return x.id == e.id; });
        if (!known) preview.new_events++;
    }
    state_.import_preview = std::move(preview);
    state_.screen = Screen::Exchange;
}

void App::handle(const ConfirmImport& a) {
    if (!state_.import_preview) return;
    Profile incoming = std::move(state_.import_preview->incoming);
    state_.import_preview.reset();
    if (state_.profile) {
        // The previous profile is kept, both as an undo step and as a stored backup.
        platform_.save(kBackupKey, encode_store({state_.settings, state_.profile}), [](StorageResult) {});
    }
    const bool merge = !a.replace && state_.profile && state_.profile->situation.system == incoming.situation.system;
    set_profile(merge ? merge_profiles(*state_.profile, incoming) : std::move(incoming), true);
    notify(MessageKind::Success, merge ? "ui.msg.import_merged" : "ui.msg.import_replaced");
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
    platform_.download("jobbplan-" + to_string(state_.effective_date()) + ".ics", "text/calendar",
                       calendar_ics(*state_.report, cat));
    notify(MessageKind::Success, "ui.msg.calendar_exported");
}

void App::handle(const AskDeleteAll& a) { state_.confirm_delete_all = a.ask; }

void App::handle(const DeleteAll&) {
    state_.confirm_delete_all = false;
    platform_.erase_all([this](StorageResult r) {
        if (!r.ok) {
            notify(MessageKind::Error, "ui.msg.delete_failed", {{"error", r.error}});
        } else {
            state_ = AppState{};
            state_.today = platform_.today();
            state_.storage = StorageStatus::Ready;
            notify(MessageKind::Success, "ui.msg.deleted_all");
        }
        if (on_change) on_change();
    });
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
