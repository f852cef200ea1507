// What if (issue 14): a caseworker shows a client what missing something would do. Hypothetical
// steps and a later date go over the profile shown; today's answer and the what-if answer stand
// side by side with the differences marked. Nothing here is stored; Reset clears it.
#include "ui/style.hpp"
#include "ui/ui.hpp"
#include "ui/what_if_rows.hpp"

#include <string>

namespace jobbplan::web::ui {
namespace {

void draw_rows(const Ctx& c, const std::vector<WhatIfRow>& rows) {
    const Palette& pal = palette(c.state.settings.shown_theme());
    const std::string changed = "\xE2\x96\xB2 ";  // a marker beside colour: differences are not told by colour alone
    if (c.narrow) {
        // A phone: one block per row, today above the what-if answer.
        for (size_t i = 0; i < rows.size(); ++i) {
            const WhatIfRow& r = rows[i];
            ImGui::Spacing();
            ImGui::TextUnformatted(r.label.c_str());
            muted(c.tr("ui.what_if.today") + ": " + r.today);
            if (r.differs) ImGui::PushStyleColor(ImGuiCol_Text, pal.warn);
            wrapped((r.differs ? changed : std::string()) + c.tr("ui.what_if.then") + ": " + r.what_if);
            if (r.differs) ImGui::PopStyleColor();
            track("what_if.row." + std::to_string(i));
        }
        return;
    }
    if (!ImGui::BeginTable("what_if", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(c.tr("ui.what_if.today").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(c.tr("ui.what_if.then").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    // Wrap at each cell's own edge, not at the page column's (layout.cpp pushes that one).
    ImGui::PushTextWrapPos(0.0f);
    for (size_t i = 0; i < rows.size(); ++i) {
        const WhatIfRow& r = rows[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", r.label.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", r.today.c_str());
        ImGui::TableNextColumn();
        if (r.differs) ImGui::PushStyleColor(ImGuiCol_Text, pal.warn);
        ImGui::TextWrapped("%s", ((r.differs ? changed : std::string()) + r.what_if).c_str());
        if (r.differs) ImGui::PopStyleColor();
        track("what_if.row." + std::to_string(i));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
}

}  // namespace

void draw_what_if(const Ctx& c) {
    heading(c.tr("ui.what_if.heading"));
    if (!c.state.profile || !c.state.report) {
        muted(c.tr("ui.overview.no_profile"));
        return;
    }
    wrapped(c.tr("ui.what_if.intro"));
    const WhatIf& w = c.state.what_if;
    const Date today = c.state.effective_date();

    // The date: a slider for a pointer, a week at a time for a finger or the keyboard.
    int days = w.days;
    wrapped(c.tr("ui.what_if.days", {{"n", std::to_string(days)}, {"date", format_date(c, add_days(today, days))}}));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("###what_if.days", &days, 0, WhatIf::kMaxDays, "")) c.send(SetWhatIfDays{days});
    track("what_if.days");
    if (button("what_if.week_earlier", c.tr("ui.what_if.week_earlier"))) c.send(SetWhatIfDays{w.days - 7});
    same_line_if_fits(c.tr("ui.what_if.week_later"));
    if (button("what_if.week_later", c.tr("ui.what_if.week_later"))) c.send(SetWhatIfDays{w.days + 7});

    heading(c.tr("ui.what_if.steps_heading"));
    for (WhatIfKind k : what_ifs_offered(*c.state.profile, *c.state.report)) {
        const std::string key(what_if_key(k));
        const std::string id = "what_if.add." + key.substr(std::string("ui.what_if.kind.").size());
        if (button(id, c.tr(key))) c.send(AddWhatIf{k});
    }
    for (const WhatIfStep& s : w.steps)
        wrapped("\xE2\x80\xA2 " + c.tr("ui.what_if.step", {{"step", c.tr(what_if_key(s.kind))}, {"date", format_date(c, s.date)}}));
    if (!w.steps.empty() || w.days > 0) {
        if (button("what_if.reset", c.tr("ui.what_if.reset"))) c.send(ResetWhatIf{});
    }

    const std::vector<WhatIfRow> rows = what_if_rows(c);
    if (rows.empty()) {
        muted(c.tr("ui.what_if.nothing_yet"));
        return;
    }
    heading(c.tr("ui.what_if.compare_heading"));
    draw_rows(c, rows);
    muted(c.tr("ui.what_if.not_stored"));
}

}  // namespace jobbplan::web::ui
