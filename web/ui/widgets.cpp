#include "test_hook.hpp"
#include "widget_map.hpp"
#include "ui/focus_order.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"

#include <imgui_internal.h>  // ImGui::GetItemID: whether the last item takes input

#include "jobbplan/local_format.hpp"
#include "jobbplan/report_text.hpp"

#include <algorithm>
#include <cstdio>

namespace jobbplan::web::ui {

namespace {

// ImGui's own nav highlight is a ring in the accent colour, which vanishes against a primary button's
// accent fill: a second ring in the text colour just outside it keeps the keyboard focus visible on
// every widget and in every theme (WCAG 2.4.7).
void focus_ring(bool focused) {
    if (!ImGui::GetIO().NavVisible || !focused) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = 4.0f;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - gap - 1, a.y - gap - 1), ImVec2(b.x + gap + 1, b.y + gap + 1),
                                        ImGui::GetColorU32(style.Colors[ImGuiCol_Text]), style.FrameRounding + gap, 0, 2.0f);
}

// One place for every tracked widget: the widget map, the Tab order and the focus ring.
void record(std::string_view id, std::string_view label, bool text_field, ImGuiID imgui_id, bool in_tab_order = true) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const bool focused = in_tab_order && focus_item(imgui_id, text_field, id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 ca = draw->GetClipRectMin(), cb = draw->GetClipRectMax();
    const ImVec2 va(std::max(a.x, ca.x), std::max(a.y, ca.y)), vb(std::min(b.x, cb.x), std::min(b.y, cb.y));
    const VisibleRect visible = vb.x > va.x && vb.y > va.y ? VisibleRect{va.x, va.y, vb.x - va.x, vb.y - va.y} : VisibleRect{};
    widget_map_add(id, label, a.x, a.y, b.x - a.x, b.y - a.y, visible, text_field, focused, ImGui::GetItemID() != 0);
    focus_ring(focused);
}

}  // namespace

// Dates, weeks and months in the params are written as the language writes them, weeks of the
// report date's year without the year (local_format.hpp).
std::string Ctx::tr(std::string_view key, const Params& params) const {
    std::string out = cat.text(key, text_params(params, cat, state.effective_date()));
    if (out.find('{') != std::string::npos)  // cheap first look; most sentences have no brace left
        if (auto names = cat.unfilled(key, params); !names.empty()) test_hook_unfilled(key, names);
    return out;
}

std::string Ctx::personal(const std::string& text) const {
    if (!state.settings.presentation || text.empty()) return text;
    return cat.text("ui.presentation.hidden");
}

void track(std::string_view id, bool text_field, ImGuiID imgui_id) { record(id, "", text_field, imgui_id); }

bool choice_button(std::string_view id, const std::string& label, bool selected) {
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, selected_fill());
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected_fill());
    }
    const bool pressed = button(id, label);
    if (selected) {
        ImGui::PopStyleColor(2);
        mark_selected();
    }
    return pressed;
}

void same_line_if_fits(const std::string& next_label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::CalcTextSize(next_label.c_str(), nullptr, true).x + style.FramePadding.x * 2;
    const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;  // the cell, in a table
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= right) ImGui::SameLine();
}

bool button(std::string_view id, const std::string& label, bool primary) {
    const std::string full = label + "###" + std::string(id);
    if (primary) {
        const ImVec4 acc = ImGui::GetStyle().Colors[ImGuiCol_CheckMark];
        ImGui::PushStyleColor(ImGuiCol_Button, acc);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, acc);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    }
    // A label wider than the row (a phone, 200% text) wraps inside a taller button instead of
    // running off the screen: ImGui's Button() draws one line only.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x;
    bool pressed;
    if (avail > style.FramePadding.x * 4 && ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2 > avail) {
        const float wrap_w = avail - style.FramePadding.x * 2;
        const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap_w);
        pressed = ImGui::Button(("###" + std::string(id)).c_str(), ImVec2(avail, text.y + style.FramePadding.y * 2));
        const ImVec2 at = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                                            ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y),
                                            ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap_w);
    } else {
        // A short label ("A+") still makes a touch target as wide as it is tall.
        const float natural = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2;
        pressed = ImGui::Button(full.c_str(), ImVec2(touch_sized() ? std::max(natural, touch_target_px()) : 0.0f, 0.0f));
    }
    if (primary) ImGui::PopStyleColor(3);
    // Recorded first: a new screen's first button takes the focus here, and is announced at once.
    record(id, label, false, 0);
    if (ImGui::IsItemFocused()) set_focused_label(label);
    return pressed;
}

bool aside_button(std::string_view id, const std::string& label, bool repeat) {
    const std::string full = label + "###" + std::string(id);
    const float natural = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    const float side = std::max(natural, touch_sized() ? touch_target_px() : ImGui::GetFrameHeight());
    if (repeat) ImGui::PushButtonRepeat(true);  // held down, it keeps counting, as ImGui's own steppers do
    const bool pressed = ImGui::Button(full.c_str(), ImVec2(side, 0.0f));
    if (repeat) ImGui::PopButtonRepeat();
    record(id, label, false, 0, false);
    return pressed;
}

bool small_button(const std::string& label) {
    return touch_sized() ? ImGui::Button(label.c_str()) : ImGui::SmallButton(label.c_str());
}

void heading(const std::string& text) {
    ImGui::Spacing();
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::Separator();
}

void wrapped(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

void tooltip(const std::string& text) {
    const float pad = ImGui::GetStyle().WindowPadding.x;
    // At most the screen less the tooltip's padding and a margin, and no wider than reads well.
    const float width = std::min(ImGui::GetMainViewport()->Size.x - pad * 2 - 16.0f, ImGui::GetFontSize() * 35.0f);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    track("tooltip");  // where it is drawn, for the tests that check it fits the screen
    ImGui::EndTooltip();
}

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// The catalogue key of the document a passage is quoted from ("source.se.guidelines_2021"), from
// the report's own list of the documents it rests on; nullptr when the report does not list it.
static const std::string* source_title_key(const Ctx& c, const std::string& file) {
    if (!c.state.report) return nullptr;
    for (const ReportSource& s : c.state.report->sources)
        if (s.file == file) return &s.title_key;
    return nullptr;
}

void explanation(const Ctx& c, std::string_view id, const Explanation& e) {
    const std::string label = c.tr("ui.why") + "###why." + std::string(id);
    // On a touch screen the toggle is a full touch target (FramePadding makes it a frame's height).
    const bool open = ImGui::TreeNodeEx(label.c_str(), touch_sized() ? ImGuiTreeNodeFlags_FramePadding : 0);
    track(std::string("why.") + std::string(id));
    if (ImGui::IsItemFocused()) set_focused_label(c.tr("ui.why"));
    if (open) {
        wrapped(c.tr(e.text_key, e.params));
        if (!e.note_key.empty()) muted(c.tr("ui.reading") + " " + c.tr(e.note_key, e.params));
        if (!e.source.quote.empty()) {
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
            ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", e.source.quote.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent();
            // The document by its name, as a jobseeker reads it (issue 12.12); the file, the rule
            // and its version are for the caseworker who checks the reading, one toggle further.
            if (const std::string* title = source_title_key(c, e.source.file))
                muted(c.tr("ui.source_from", {{"document", c.tr(*title)}}));
            const std::string details = c.tr("ui.why_details") + "###whyd." + std::string(id);
            const bool more = ImGui::TreeNodeEx(details.c_str(), touch_sized() ? ImGuiTreeNodeFlags_FramePadding : 0);
            track(std::string("whyd.") + std::string(id));
            if (more) {
                muted(c.tr("ui.source", {{"file", e.source.file}, {"rule", e.rule_id}, {"version", std::to_string(e.rule_version)}}));
                ImGui::TreePop();
            }
        }
        ImGui::TreePop();
    }
}

std::string format_date(const Ctx& c, Date d) {
    // Nordic style: day.month.year for fi/da, ISO for sv (as Swedish authorities write), plus the weekday.
    const unsigned wd = date::weekday{date::sys_days{d}}.iso_encoding();
    const std::string weekday = c.tr("ui.weekday." + std::to_string(wd));
    char buf[32];
    const int y = static_cast<int>(d.year());
    const unsigned m = static_cast<unsigned>(d.month()), day = static_cast<unsigned>(d.day());
    const std::string& lang = c.state.settings.language;
    if (lang == "sv")
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, day);
    else if (lang == "en")
        std::snprintf(buf, sizeof buf, "%u %s %04d", day, c.tr("ui.month." + std::to_string(m)).c_str(), y);
    else
        std::snprintf(buf, sizeof buf, "%u.%u.%04d", day, m, y);
    return weekday + " " + buf;
}

std::string days_left_text(const Ctx& c, Date from, Date to) {
    const int n = days_between(from, to);
    if (n == 0) return c.tr("ui.days.today");
    if (n < 0) return c.tr("ui.days.ago", {{"n", std::to_string(-n)}});
    return c.tr(n == 1 ? "ui.days.one" : "ui.days.many", {{"n", std::to_string(n)}});
}

}  // namespace jobbplan::web::ui
