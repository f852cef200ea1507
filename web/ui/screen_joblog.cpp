// Joblog: add, edit and delete applications (with undo), and a sortable, filterable table that says
// for every entry whether it counted and why not. Scales to 10,000 entries: the row order and the
// verdicts are cached per report generation and only visible rows are drawn.
#include "ui/choices.hpp"
#include "ui/form.hpp"
#include "ui/style.hpp"
#include "app/report_view.hpp"
#include "ui/ui.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <unordered_map>

namespace jobbplan::web::ui {
namespace {


void start_form(const Ctx& c, const JoblogEntry* e) {
    c.ui.joblog.form = JoblogForm{};
    c.ui.joblog.form.open = true;
    if (e) {
        c.ui.joblog.form.id = e->id;
        c.ui.joblog.form.date = to_string(e->date);
        c.ui.joblog.form.employer = e->employer;
        c.ui.joblog.form.job_title = e->job_title;
        c.ui.joblog.form.category = e->category;
        c.ui.joblog.form.advertised = e->advertised;
        c.ui.joblog.form.length_weeks = e->job_length_weeks.value_or(0);
        c.ui.joblog.form.how = e->how_applied;
        c.ui.joblog.form.contact = e->contact;
        c.ui.joblog.form.status = e->status;
        c.ui.joblog.form.notes = e->notes;
    } else {
        c.ui.joblog.form.date = to_string(c.state.effective_date());
        const auto& categories = system_choices_for(c).categories;
        if (!categories.empty()) c.ui.joblog.form.category = categories.front().id;
    }
}

// What keeps the entry from being saved, in the order of the fields.
std::vector<FieldProblem> form_problems(const Ctx& c) {
    std::vector<FieldProblem> out;
    if (c.ui.joblog.form.date.empty() || !c.ui.joblog.form.date_valid) out.push_back({"joblog.date", c.tr("ui.joblog.error_date")});
    if (c.ui.joblog.form.employer.empty()) out.push_back({"joblog.employer", c.tr("ui.joblog.error_employer")});
    return out;
}

void draw_form(const Ctx& c) {
    heading(c.tr(c.ui.joblog.form.id.empty() ? "ui.joblog.new" : "ui.joblog.edit"));
    const std::vector<FieldProblem> problems = form_problems(c);
    if (c.ui.joblog.form.tried) error_summary(c, problems);
    date_field(c, "joblog.date", c.tr("ui.joblog.date"), c.ui.joblog.form.date, c.ui.joblog.form.date_valid);
    if (c.ui.joblog.form.tried && c.ui.joblog.form.date.empty()) error_text(c, c.tr("ui.joblog.error_date"));  // a bad date has its own line
    text_field(c, "joblog.employer", c.tr("ui.joblog.employer"), c.ui.joblog.form.employer);
    if (c.ui.joblog.form.tried && c.ui.joblog.form.employer.empty()) error_text(c, c.tr("ui.joblog.error_employer"));
    text_field(c, "joblog.job_title", c.tr("ui.joblog.job_title"), c.ui.joblog.form.job_title);
    choice_field(c, "joblog.category", c.tr("ui.joblog.category"), categories_for(c, c.ui.joblog.form.category), c.ui.joblog.form.category);
    // Whether the job was advertised follows the category, as the core says; a category the
    // system does not offer (an old entry's) keeps the entry's own flag.
    for (const CategoryOption& cat : system_choices_for(c).categories)
        if (cat.id == c.ui.joblog.form.category) c.ui.joblog.form.advertised = cat.advertised;
    int_field(c, "joblog.length", c.tr("ui.joblog.length_weeks"), c.ui.joblog.form.length_weeks, 0, 520);
    choice_field(c, "joblog.how", c.tr("ui.joblog.how"), how_applied(), c.ui.joblog.form.how);
    text_field(c, "joblog.contact", c.tr("ui.joblog.contact"), c.ui.joblog.form.contact);
    choice_field(c, "joblog.status", c.tr("ui.joblog.status"), statuses(), c.ui.joblog.form.status);
    text_field(c, "joblog.notes", c.tr("ui.joblog.notes"), c.ui.joblog.form.notes, true);

    if (!c.ui.joblog.form.tried && !problems.empty()) muted(c.tr("ui.joblog.required_fields"));
    if (save_button(c, "joblog.save", problems, c.ui.joblog.form.tried)) {
        JoblogEntry e;
        e.id = c.ui.joblog.form.id;
        e.date = *field_date(c, c.ui.joblog.form.date);
        e.employer = c.ui.joblog.form.employer;
        e.job_title = c.ui.joblog.form.job_title;
        e.category = c.ui.joblog.form.category;
        e.advertised = c.ui.joblog.form.advertised;
        if (c.ui.joblog.form.length_weeks > 0) e.job_length_weeks = c.ui.joblog.form.length_weeks;
        e.how_applied = c.ui.joblog.form.how;
        e.contact = c.ui.joblog.form.contact;
        e.status = c.ui.joblog.form.status;
        e.notes = c.ui.joblog.form.notes;
        c.send(SaveJoblogEntry{std::move(e)});
        c.ui.joblog.form.open = false;
    }
    same_line_if_fits(c.tr("ui.cancel"));
    if (button("joblog.cancel", c.tr("ui.cancel"))) c.ui.joblog.form.open = false;
    // An entry opened again says whether it counted and which rule decided it (issue 11 §3).
    auto v = c.ui.joblog.form.id.empty() ? c.ui.joblog.view.verdicts.end() : c.ui.joblog.view.verdicts.find(c.ui.joblog.form.id);
    if (v != c.ui.joblog.view.verdicts.end()) {
        wrapped(c.tr(v->second.why.text_key));
        explanation(c, "verdict", v->second.why);
    }
}

void refresh_view(const Ctx& c, int column, bool ascending) {
    const Profile& p = *c.state.profile;
    if (c.ui.joblog.view.generation == c.state.generation && c.ui.joblog.view.sort_column == column && c.ui.joblog.view.ascending == ascending &&
        c.ui.joblog.view.filter == c.ui.joblog.filter)
        return;
    if (c.ui.joblog.view.generation != c.state.generation) {
        c.ui.joblog.view.verdicts.clear();
        if (c.state.report)
            for (const auto& period : c.state.report->periods)
                for (const auto& v : period.entries) c.ui.joblog.view.verdicts[v.entry_id] = {v.counted, v.why};
    }
    c.ui.joblog.view.generation = c.state.generation;
    c.ui.joblog.view.sort_column = column;
    c.ui.joblog.view.ascending = ascending;
    c.ui.joblog.view.filter = c.ui.joblog.filter;
    c.ui.joblog.view.rows.clear();
    std::string needle = c.ui.joblog.filter;
    std::transform(needle.begin(), needle.end(), needle.begin(), [](unsigned char ch) { return std::tolower(ch); });
    for (int i = 0; i < static_cast<int>(p.joblog.size()); ++i) {
        if (!needle.empty()) {
            std::string hay = p.joblog[i].employer + " " + p.joblog[i].job_title + " " + to_string(p.joblog[i].date);
            std::transform(hay.begin(), hay.end(), hay.begin(), [](unsigned char ch) { return std::tolower(ch); });
            if (hay.find(needle) == std::string::npos) continue;
        }
        c.ui.joblog.view.rows.push_back(i);
    }
    auto key_less = [&](int a, int b) {
        const JoblogEntry& x = p.joblog[a];
        const JoblogEntry& y = p.joblog[b];
        switch (column) {
            case 1: return x.employer < y.employer;
            case 2: return x.job_title < y.job_title;
            case 3: return x.category < y.category;
            default: return date::sys_days{x.date} < date::sys_days{y.date};
        }
    };
    std::stable_sort(c.ui.joblog.view.rows.begin(), c.ui.joblog.view.rows.end(),
                     [&](int a, int b) { return ascending ? key_less(a, b) : key_less(b, a); });
}

}  // namespace

void draw_joblog(const Ctx& c) {
    if (!c.state.profile) return;
    const Profile& p = *c.state.profile;
    heading(c.tr("ui.joblog.heading", {{"n", std::to_string(p.joblog.size())}}));
    if (c.state.report && c.state.report->current_period >= 0) {
        const auto& period = c.state.report->periods[static_cast<size_t>(c.state.report->current_period)];
        wrapped(c.tr(progress_key(period), {{"counted", std::to_string(period.counted)},
                                              {"required", std::to_string(period.required)},
                                              {"period", period.label},
                                              {"end", format_date(c, period.end)}}));
        track("joblog.tally");
    }
    if (c.ui.joblog.form.open) {
        draw_form(c);
        return;
    }
    if (button("joblog.add", c.tr("ui.joblog.add"), true)) start_form(c, nullptr);
    same_line_if_fits(c.tr("ui.undo"));
    ImGui::BeginDisabled(c.state.undo.empty());
    if (button("joblog.undo", c.tr("ui.undo"))) c.send(Undo{});
    ImGui::EndDisabled();

    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("###joblog.filter", c.tr("ui.joblog.filter").c_str(), &c.ui.joblog.filter);
    track("joblog.filter", true);

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const int columns = c.narrow ? 3 : 5;
    const float height = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 12);
    if (!ImGui::BeginTable("joblog.table", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // The date keeps its full width (never cropped, at any text size) and the other columns share the rest.
    const std::string date_header = c.tr("ui.joblog.date");
    const float date_w = std::max(ImGui::CalcTextSize("0000-00-00").x,
                                  ImGui::CalcTextSize(date_header.c_str()).x + ImGui::GetFontSize());  // + the sort arrow
    ImGui::TableSetupColumn(date_header.c_str(),
                            ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_WidthFixed,
                            date_w, 0);
    ImGui::TableSetupColumn(c.tr("ui.joblog.employer").c_str(), 0, 2.0f, 1);
    if (!c.narrow) {
        ImGui::TableSetupColumn(c.tr("ui.joblog.job_title").c_str(), 0, 2.0f, 2);
        ImGui::TableSetupColumn(c.tr("ui.joblog.category").c_str(), 0, 1.5f, 3);
    }
    ImGui::TableSetupColumn(c.tr("ui.joblog.counted").c_str(), ImGuiTableColumnFlags_NoSort, 1.6f, 4);
    ImGui::TableHeadersRow();
    int column = 0;
    bool ascending = false;
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        column = static_cast<int>(specs->Specs[0].ColumnUserID);
        ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
        specs->SpecsDirty = false;
    }
    refresh_view(c, column, ascending);

    const Palette& pal = palette(c.state.settings.shown_theme());
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(c.ui.joblog.view.rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const JoblogEntry& e = p.joblog[static_cast<size_t>(c.ui.joblog.view.rows[static_cast<size_t>(r)])];
            ImGui::PushID(e.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            // AllowItemOverlap: the row opens the form, but the Delete button drawn on top of it in the
            // last cell takes its own clicks (without it the row won every click and Delete edited).
            if (ImGui::Selectable(to_string(e.date).c_str(), false,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                                  ImVec2(0, touch_sized() ? touch_target_px() : 0.0f)))
                start_form(c, &e);
            track("joblog.row." + e.id);
            ImGui::TableNextColumn();
            const std::string employer = c.personal(e.employer);
            if (c.narrow)
                ImGui::TextWrapped("%s", employer.c_str());
            else
                ImGui::TextUnformatted(employer.c_str());
            track("joblog.employer." + e.id);  // where the name is drawn: presentation mode hides it
            if (!c.narrow) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(c.personal(e.job_title).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(c.tr("ui.category." + e.category).c_str());
            }
            ImGui::TableNextColumn();
            auto v = c.ui.joblog.view.verdicts.find(e.id);
            if (v != c.ui.joblog.view.verdicts.end()) {
                ImGui::PushStyleColor(ImGuiCol_Text, v->second.counted ? pal.ok : pal.warn);
                ImGui::TextWrapped("%s", c.tr(v->second.why.text_key).c_str());
                ImGui::PopStyleColor();
            }
            same_line_if_fits(c.tr("ui.delete"));  // else on its own line in the cell (phones, large text)
            if (small_button(c.tr("ui.delete") + "###del")) c.send(DeleteJoblogEntry{e.id});
            track("joblog.delete." + e.id);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace jobbplan::web::ui
