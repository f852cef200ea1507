// What leaves the page: the export file, the calendar, the plan on the clipboard, the print view.
#include "app/calendar_export.hpp"
#include "app/handlers.hpp"
#include "app/print_view.hpp"
#include "app/store_document.hpp"
#include "jobbplan/assets.hpp"

namespace jobbplan::web {
namespace {

// Whose plan a downloaded file holds: a client's file looked at names itself ("client-anna"); the
// user's own is "jobbplan-<system>" (no name is stored anywhere to put there).
std::string whose_file(const AppState& s) {
    if (!s.sandbox || s.sandbox->example) return {};
    std::string stem = s.sandbox->label;
    if (stem.size() > 5 && stem.ends_with(".json")) stem.resize(stem.size() - 5);
    return stem;
}

}  // namespace

void handle(AppContext& c, const ExportFile&) {
    if (!c.state.profile || !c.state.report) return;
    const Date on = c.state.effective_date();
    c.platform.download(export_file_name(on), "application/json", encode_export(*c.state.profile, *c.state.report, on));
    notify(c.state, MessageKind::Success, "ui.msg.exported", {{"file", export_file_name(on)}});
}

void handle(AppContext& c, const CopyText& a) {
    c.platform.copy_text(a.text, [&c](bool copied) {
        if (copied) notify(c.state, MessageKind::Success, "ui.msg.copied");
        else notify(c.state, MessageKind::Error, "ui.msg.copy_refused");
    });
}

void handle(AppContext& c, const OpenPrintView&) {
    if (!c.state.profile || !c.state.report) return;
    const std::string& lang = c.state.settings.language;
    c.platform.open_print_view(print_view_html(*c.state.profile, *c.state.report, builtin_catalogue(lang), lang));
}

void handle(AppContext& c, const DownloadCalendar&) {
    if (!c.state.report) return;
    const Catalogue& cat = builtin_catalogue(c.state.settings.language);
    c.platform.download(calendar_file_name(*c.state.report, whose_file(c.state)), "text/calendar",
                        calendar_ics(*c.state.report, cat));
    notify(c.state, MessageKind::Success, "ui.msg.calendar_exported");
}

}  // namespace jobbplan::web
