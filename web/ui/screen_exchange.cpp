// Export for the caseworker, import back (preview, merge or replace, backup kept), print view.
#include "ui/style.hpp"
#include "ui/ui.hpp"

namespace jobbplan::web::ui {

void draw_exchange(const Ctx& c) {
    heading(c.tr("ui.exchange.export_heading"));
    if (c.state.profile) {
        // Said before the download, not after: the file holds personal data.
        ImGui::PushStyleColor(ImGuiCol_Text, palette(c.state.settings.shown_theme()).warn);
        wrapped(c.tr("ui.exchange.personal_data"));
        ImGui::PopStyleColor();
        track("exchange.personal_data");
        if (button("exchange.export", c.tr("ui.exchange.export"), true)) c.send(ExportFile{});
        same_line_if_fits(c.tr("ui.exchange.print"));
        if (button("exchange.print", c.tr("ui.exchange.print"))) c.send(OpenPrintView{});
    } else {
        muted(c.tr("ui.exchange.nothing_to_export"));
    }

    // Caseworkers: a client's file shown, never stored (issue 14). Dropping a file on the page does the same.
    heading(c.tr("ui.exchange.look_heading"));
    wrapped(c.tr("ui.exchange.look_help"));
    if (button("exchange.look", c.tr("ui.exchange.look"))) c.send(ChooseFileToLook{});

    heading(c.tr("ui.exchange.import_heading"));
    wrapped(c.tr("ui.exchange.import_help"));
    if (button("exchange.import", c.tr("ui.exchange.import"))) c.send(ChooseImportFile{});
    if (const auto& p = c.state.import_preview) {
        ImGui::Spacing();
        const MergeCounts& n = p->counts;
        wrapped(c.tr("ui.exchange.preview", {{"file", p->file_name},
                                             {"system", c.tr("ui.system." + p->incoming.situation.system)},
                                             {"entries", std::to_string(p->incoming.joblog.size())},
                                             {"new", std::to_string(n.new_entries)},
                                             {"same", std::to_string(n.same_entries)},
                                             {"differ", std::to_string(n.differing_entries)},
                                             {"events", std::to_string(p->incoming.events.size())},
                                             {"new_events", std::to_string(n.new_events)},
                                             {"same_events", std::to_string(n.same_events)},
                                             {"differ_events", std::to_string(n.differing_events)}}));
        track("exchange.preview");
        const bool can_merge = c.state.profile && c.state.profile->situation.system == p->incoming.situation.system;
        if (can_merge) muted(c.tr("ui.exchange.merge_keeps_situation"));
        if (can_merge && button("exchange.merge", c.tr("ui.exchange.merge"), true)) c.send(ConfirmImport{false});
        if (can_merge) same_line_if_fits(c.tr("ui.exchange.replace"));
        if (button("exchange.replace", c.tr("ui.exchange.replace"), !can_merge)) c.send(ConfirmImport{true});
        same_line_if_fits(c.tr("ui.cancel"));
        if (button("exchange.cancel", c.tr("ui.cancel"))) c.send(CancelImport{});
        muted(c.tr("ui.exchange.backup_note"));
    }
}

}  // namespace jobbplan::web::ui
