#include "app/import_preview.hpp"

#include "app/handlers.hpp"
#include "app/store_document.hpp"

namespace jobbplan::web {

std::string refusal_text(const Problems& problems) {
    std::string errors;
    for (size_t i = 0; i < problems.size() && i < 3; ++i) errors += (i ? "; " : "") + problems[i].to_string();
    if (problems.size() > 3) errors += " (+" + std::to_string(problems.size() - 3) + ")";
    return errors;
}

ImportPreview preview_import(std::string file_name, Profile incoming, const std::optional<Profile>& current) {
    ImportPreview preview;
    preview.file_name = std::move(file_name);
    preview.incoming = std::move(incoming);
    preview.counts = count_merge(current ? *current : Profile{}, preview.incoming);
    return preview;
}

Imported confirm_import(ImportPreview preview, const std::optional<Profile>& current, bool replace) {
    const bool merge = !replace && current && current->situation.system == preview.incoming.situation.system;
    if (!merge) return {std::move(preview.incoming), false};
    return {merge_profiles(*current, preview.incoming), true};
}

Params merge_message_params(const MergeCounts& counts) {
    return {{"new", std::to_string(counts.new_entries)},
            {"same", std::to_string(counts.same_entries)},
            {"differ", std::to_string(counts.differing_entries)},
            {"new_events", std::to_string(counts.new_events + counts.differing_events)}};
}

}  // namespace jobbplan::web

// --- The import's actions.

namespace jobbplan::web {

void handle(AppContext& c, const ChooseImportFile&) {
    c.platform.choose_file([&c](std::string name, std::string bytes) {
        c.dispatch(ImportText{std::move(name), std::move(bytes)});
        c.redraw();
    });
}

void handle(AppContext& c, const ImportText& a) {
    // An import changes the user's own data; a file being looked at is closed first, by the user.
    if (c.state.sandbox) {
        notify(c.state, MessageKind::Error, "ui.msg.close_sandbox_first");
        return;
    }
    Parsed<Profile> p = decode_import(a.text);
    if (!p.ok()) {
        c.state.import_preview.reset();
        notify(c.state, MessageKind::Error, "ui.msg.import_invalid",
               {{"file", a.file_name}, {"error", refusal_text(p.problems)}});
        return;
    }
    c.state.import_preview = preview_import(a.file_name, std::move(*p.value), c.state.profile);
    c.state.screen = Screen::Exchange;
}

void handle(AppContext& c, const ConfirmImport& a) {
    if (!c.state.import_preview) return;
    ImportPreview preview = std::move(*c.state.import_preview);
    c.state.import_preview.reset();
    const MergeCounts counts = preview.counts;
    if (c.state.profile) {
        // The previous profile is kept, both as an undo step and as a stored backup.
        c.platform.save(kBackupKey, encode_store({c.state.settings, c.state.profile}), [](StorageResult) {});
    }
    Imported imported = confirm_import(std::move(preview), c.state.profile, a.replace);
    replace_profile(c, std::move(imported.profile));
    if (imported.merged) notify(c.state, MessageKind::Success, "ui.msg.import_merged", merge_message_params(counts));
    else notify(c.state, MessageKind::Success, "ui.msg.import_replaced");
    c.state.message->offers_undo = true;
    c.state.screen = Screen::Overview;
}

void handle(AppContext& c, const CancelImport&) { c.state.import_preview.reset(); }

}  // namespace jobbplan::web
