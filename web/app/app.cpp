#include "app/app.hpp"

#include "app/calendar_export.hpp"
#include "app/import_preview.hpp"
#include "app/new_id.hpp"
#include "app/print_view.hpp"
#include "app/recovery.hpp"
#include "app/shown_profile.hpp"
#include "app/store_document.hpp"
#include "jobbplan/assets.hpp"
#include "jobbplan/choices.hpp"
#include "jobbplan/record_check.hpp"

#include <algorithm>
#include <type_traits>

namespace jobbplan::web {

App::App(Platform& platform)
    : platform_(platform),
      store_(platform, state_, sandbox_,
             {[this] { redraw(); }, [this] { reset_to_empty("ui.msg.deleted_other_tab"); }}) {
    state_.today = platform_.today();
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
    redraw();
}

void App::refresh_today() {
    const Date t = platform_.today();
    if (t != state_.today) {
        state_.today = t;
        recompute(state_);
        redraw();
    }
}

// --- Settings: stored with the profile, and kept across another tab's save.

void App::settings_changed() {
    store_.note(ReplaceSettings{state_.settings});
    store_.persist();
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
void App::handle(const SetPresentation& a) {
    state_.settings.presentation = a.on;
    settings_changed();
}
void App::handle(const SetDemoToday& a) {
    // A report date past the record's years would make the report walk centuries of periods.
    if (a.date && !in_record_range(*a.date)) {
        notify(state_, MessageKind::Error, "ui.form.date_out_of_range",
               {{"value", to_string(*a.date)},
                {"from", std::to_string(kEarliestRecordYear)},
                {"to", std::to_string(kLatestRecordYear)}});
        return;
    }
    state_.settings.demo_today = a.date;
    recompute(state_);
    settings_changed();
}

// --- Edits of the profile shown.

bool App::refused(const Problems& problems) {
    if (problems.empty()) return false;
    // The reader's own words, so the form says what a file with this value would be refused for.
    notify(state_, MessageKind::Error, "ui.msg.not_saved", {{"error", problems.front().to_string()}});
    return true;
}

bool App::edit(const ProfileEdit& e) {
    Edited edited = web::apply(*state_.profile, e);
    if (!edited.done) return false;
    store_.note(std::visit([](const auto& x) -> Change { return x; }, e), edited.created);
    if (edited.undo) state_.undo.remember(std::move(*edited.undo));
    store_.profile_changed();
    return true;
}

void App::replace_profile(Profile p) {
    show_profile(state_, std::move(p), true);
    store_.profile_changed();
    store_.note(ReplaceProfile{*state_.profile});
}

void App::handle(const UpdateSituation& a) {
    if (!state_.profile || refused(check(*state_.profile, a))) return;
    edit(a);
}

void App::handle(const UpdatePlan& a) {
    if (state_.profile) edit(a);  // typing in the plan is not an undo step per keystroke
}

template <class Save>
void App::save(Save a) {
    using K = Kept<ItemOf<Save>>;
    if (!state_.profile || refused(check(*state_.profile, a))) return;
    if (K::item(a).id.empty()) K::item(a).id = new_id(platform_, K::kIdPrefix);
    edit(a);
    const bool entry = std::is_same_v<ItemOf<Save>, JoblogEntry>;
    notify(state_, MessageKind::Success, entry ? "ui.msg.entry_saved" : "ui.msg.event_saved");
}

template <class Delete>
void App::remove(const Delete& a) {
    if (!state_.profile || !edit(a)) return;
    const bool entry = std::is_same_v<ItemOf<Delete>, JoblogEntry>;
    notify(state_, MessageKind::Info, entry ? "ui.msg.entry_deleted" : "ui.msg.event_deleted");
    state_.message->offers_undo = true;  // a delete can be taken back from the message bar
}

void App::handle(const Undo&) {
    if (state_.undo.empty() || !state_.profile) return;
    UndoStep step = std::move(*state_.undo.take_newest());
    // Each undo is noted as the change it makes, so it too survives another tab's save.
    if (auto* whole = std::get_if<UndoProfile>(&step)) {
        *state_.profile = std::move(whole->before);
        store_.note(ReplaceProfile{*state_.profile});
    } else {
        const ProfileEdit back = *undoing(std::move(step));
        const Edited edited = web::apply(*state_.profile, back);
        store_.note(std::visit([](const auto& x) -> Change { return x; }, back), edited.created);
    }
    store_.profile_changed();
    notify(state_, MessageKind::Info, "ui.msg.undone");
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
    replace_profile(std::move(p));
    state_.screen = Screen::Situation;
}

// --- Files in and out.

void App::open_file(std::function<void(std::string name, std::string bytes)> then) {
    platform_.choose_file([this, then = std::move(then)](std::string name, std::string bytes) {
        then(std::move(name), std::move(bytes));
        redraw();
    });
}

void App::handle(const ChooseImportFile&) {
    open_file([this](std::string name, std::string bytes) { dispatch(ImportText{std::move(name), std::move(bytes)}); });
}

void App::handle(const ImportText& a) {
    // An import changes the user's own data; a file being looked at is closed first, by the user.
    if (state_.sandbox) {
        notify(state_, MessageKind::Error, "ui.msg.close_sandbox_first");
        return;
    }
    Parsed<Profile> p = decode_import(a.text);
    if (!p.ok()) {
        state_.import_preview.reset();
        notify(state_, MessageKind::Error, "ui.msg.import_invalid", {{"file", a.file_name}, {"error", refusal_text(p.problems)}});
        return;
    }
    state_.import_preview = preview_import(a.file_name, std::move(*p.value), state_.profile);
    state_.screen = Screen::Exchange;
}

void App::handle(const ConfirmImport& a) {
    if (!state_.import_preview) return;
    ImportPreview preview = std::move(*state_.import_preview);
    state_.import_preview.reset();
    const MergeCounts counts = preview.counts;
    if (state_.profile) {
        // The previous profile is kept, both as an undo step and as a stored backup.
        platform_.save(kBackupKey, encode_store({state_.settings, state_.profile}), [](StorageResult) {});
    }
    Imported imported = confirm_import(std::move(preview), state_.profile, a.replace);
    replace_profile(std::move(imported.profile));
    if (imported.merged) notify(state_, MessageKind::Success, "ui.msg.import_merged", merge_message_params(counts));
    else notify(state_, MessageKind::Success, "ui.msg.import_replaced");
    state_.message->offers_undo = true;
    state_.screen = Screen::Overview;
}

void App::handle(const ExportFile&) {
    if (!state_.profile || !state_.report) return;
    const Date on = state_.effective_date();
    platform_.download(export_file_name(on), "application/json", encode_export(*state_.profile, *state_.report, on));
    notify(state_, MessageKind::Success, "ui.msg.exported", {{"file", export_file_name(on)}});
}

void App::handle(const CopyPlan& a) {
    platform_.copy_text(a.text);
    notify(state_, MessageKind::Success, "ui.msg.copied");
}

void App::handle(const OpenPrintView&) {
    if (!state_.profile || !state_.report) return;
    const std::string& lang = state_.settings.language;
    platform_.open_print_view(print_view_html(*state_.profile, *state_.report, builtin_catalogue(lang), lang));
}

void App::handle(const DownloadCalendar&) {
    if (!state_.report) return;
    const Catalogue& cat = builtin_catalogue(state_.settings.language);
    platform_.download(calendar_file_name(*state_.report, whose_file()), "text/calendar", calendar_ics(*state_.report, cat));
    notify(state_, MessageKind::Success, "ui.msg.calendar_exported");
}

// Whose plan a downloaded file holds: a client's file looked at names itself ("client-anna"); the
// user's own is "jobbplan-<system>" (no name is stored anywhere to put there).
std::string App::whose_file() const {
    if (!state_.sandbox || state_.sandbox->example) return {};
    std::string stem = state_.sandbox->label;
    if (stem.size() > 5 && stem.ends_with(".json")) stem.resize(stem.size() - 5);
    return stem;
}

// --- Deleting everything, and stored data that cannot be read.

void App::handle(const DeleteAll&) {
    state_.confirm_delete_all = false;
    platform_.erase_all([this](StorageResult r) {
        if (!r.ok) {
            notify(state_, MessageKind::Error, "ui.msg.delete_failed", {{"error", r.error}});
        } else {
            reset_to_empty("ui.msg.deleted_all");
            platform_.tell_other_tabs();  // so they let go of the data too
        }
        redraw();
    });
}

void App::reset_to_empty(const char* message_key) {
    state_ = AppState{};
    sandbox_.forget();  // an open file goes too: nothing of before stays on the screen
    store_.forget();
    state_.today = platform_.today();
    state_.storage = StorageStatus::Ready;
    platform_.set_document_language(state_.settings.language);
    notify(state_, MessageKind::Success, message_key);
}

void App::handle(const DownloadUnreadable&) { download_unreadable(state_, platform_); }
void App::handle(const RestoreLastGood&) { restore_last_good(state_, store_); }
void App::handle(const StartEmpty&) { start_empty(state_, store_); }

// --- Looking at a client's file or a demo persona (sandbox_session).

void App::handle(const LoadExample& a) {
    const auto text = builtin_asset(a.path);
    Parsed<Profile> p = text ? parse_profile_text(*text) : Parsed<Profile>{};
    if (!text || !p.ok()) {
        notify(state_, MessageKind::Error, "ui.msg.example_missing", {{"name", a.path}});
        return;
    }
    // A demo persona opens beside the user's own profile, never over it (issue 14).
    sandbox_.open(std::move(*p.value), Sandbox{a.path, true});
    notify(state_, MessageKind::Success, "ui.msg.example_opened");
}

void App::handle(const ChooseFileToLook&) {
    open_file([this](std::string name, std::string bytes) { dispatch(LookAtText{std::move(name), std::move(bytes)}); });
}

void App::handle(const LookAtText& a) {
    Parsed<Profile> p = decode_import(a.text);
    if (!p.ok()) {
        // The import's refusal, word for word: the same file is refused the same way.
        notify(state_, MessageKind::Error, "ui.msg.import_invalid", {{"file", a.file_name}, {"error", refusal_text(p.problems)}});
        return;
    }
    sandbox_.open(std::move(*p.value), Sandbox{a.file_name, false});
    notify(state_, MessageKind::Success, "ui.msg.file_opened", {{"file", a.file_name}});
}

void App::handle(const CloseSandbox&) {
    if (sandbox_.close()) notify(state_, MessageKind::Info, "ui.msg.sandbox_closed");
}

void App::handle(const KeepSandboxProfile&) {
    std::optional<Profile> persona = sandbox_.take_persona();
    if (!persona) return;
    replace_profile(std::move(*persona));  // the user's own profile before it stays an undo step
    state_.screen = Screen::Overview;
    notify(state_, MessageKind::Success, "ui.msg.example_loaded");
    state_.message->offers_undo = true;
}

// --- What if: hypothetical steps over the profile shown, never stored.

void App::handle(const AddWhatIf& a) {
    if (!state_.profile || !state_.report) return;
    const Date on = add_days(state_.effective_date(), state_.what_if.days);
    const Date when = what_if_date(a.kind, *state_.report, on);
    state_.what_if.steps.push_back({a.kind, when});
    // The slider follows a step that falls later, so the what-if side shows it.
    const int days = static_cast<int>((date::sys_days{when} - date::sys_days{state_.effective_date()}).count());
    state_.what_if.days = std::max(state_.what_if.days, days);
    recompute(state_);
}

void App::handle(const SetWhatIfDays& a) {
    state_.what_if.days = std::clamp(a.days, 0, WhatIf::kMaxDays);
    recompute(state_);
}

void App::handle(const ResetWhatIf&) {
    state_.what_if = WhatIf{};
    recompute(state_);
}

}  // namespace jobbplan::web
