// One box per period, its state in colour *and* sign (never colour alone: WCAG 1.4.1), the count
// inside and the week number or month under it. Hovering or tapping a box says it in words.
#include "ui/period_strip.hpp"

#include "ui/style.hpp"

#include "jobbplan/local_format.hpp"
#include "jobbplan/period_summary.hpp"

#include <algorithm>
#include <cstdlib>

namespace jobbplan::web::ui {
namespace {

const char* sign(PeriodState s) {
    switch (s) {
        case PeriodState::Met: return "\xE2\x9C\x93";        // check mark
        case PeriodState::Short: return "\xE2\x9C\x97";      // ballot x
        case PeriodState::Open: return "\xE2\x97\x8B";       // white circle
        case PeriodState::Exempt: return "\xE2\x80\x93";     // en dash
        case PeriodState::NotJudged: return "\xC2\xB7";      // middle dot
        case PeriodState::CountOnly: return "";
    }
    return "";
}

ImVec4 colour(const Palette& pal, PeriodState s) {
    switch (s) {
        case PeriodState::Met: return pal.ok;
        case PeriodState::Short: return pal.bad;
        case PeriodState::Open: return pal.accent;
        case PeriodState::CountOnly: return pal.text;
        case PeriodState::Exempt:
        case PeriodState::NotJudged: return pal.text_muted;
    }
    return pal.text;
}

bool counts_against_a_number(const ApplicationPeriod& p) { return p.judged && !p.exempt && p.required > 0; }

// Under the box: the week's number ("48", "48, 2025") or the month's short name.
std::string short_label(const Ctx& c, const ApplicationPeriod& p) {
    if (p.kind == "month" && p.label.size() == 7)
        return c.tr("ui.month." + std::to_string(std::atoi(p.label.c_str() + 5)));
    return format_period(p.label, c.state.settings.language, c.state.effective_date(), false);
}

}  // namespace

std::string period_strip_heading(const Ctx& c, const Report& r) {
    const auto periods = recent_periods(r);
    if (periods.size() < 2) return {};
    return c.tr(periods.back().kind == "month" ? "ui.strip.months" : "ui.strip.weeks", {{"n", std::to_string(periods.size())}});
}

std::string period_words(const Ctx& c, const ApplicationPeriod& p) {
    const std::string state = c.tr("ui.print.verdict." + std::string(period_state_name(period_state(p))));
    const Params params{{"period", p.label}, {"counted", std::to_string(p.counted)}, {"required", std::to_string(p.required)}, {"state", state}};
    return c.tr(counts_against_a_number(p) ? "ui.strip.box" : "ui.strip.box_count", params);
}

void draw_period_strip(const Ctx& c, const Report& r) {
    const auto periods = recent_periods(r);
    const std::string heading = period_strip_heading(c, r);
    if (heading.empty()) return;  // one period: the progress bar above says it all
    muted(heading);
    const Palette& pal = palette(c.state.settings.shown_theme());
    const ImGuiStyle& st = ImGui::GetStyle();
    const float gap = std::max(2.0f, st.ItemSpacing.x * 0.5f);
    const float n = static_cast<float>(periods.size());
    const float w = std::min((ImGui::GetContentRegionAvail().x - gap * (n - 1)) / n, ImGui::GetFontSize() * 5.0f);
    const float line = ImGui::GetTextLineHeight();
    const float h = line * 2 + st.FramePadding.y * 3;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const ApplicationPeriod& p = periods[i];
        if (i) ImGui::SameLine(0, gap);
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(w, h));  // not a control: no Tab stop, nothing to press
        const ImVec2 b(a.x + w, a.y + h);
        const PeriodState state = period_state(p);
        const ImU32 col = ImGui::GetColorU32(colour(pal, state));
        const bool current = &p == &periods.back();
        draw->AddRect(a, b, col, st.FrameRounding, 0, current ? 3.0f : 1.5f);
        // "✓ 2/2", or on a narrow box (a phone) "✓ 2": the number required is said above the strip.
        const std::string mark = sign(state);
        const std::string counted = (mark.empty() ? std::string() : mark + " ") + std::to_string(p.counted);
        std::string count = counted + (counts_against_a_number(p) ? "/" + std::to_string(p.required) : std::string());
        if (ImGui::CalcTextSize(count.c_str()).x > w - 4) count = counted;
        const std::string below = short_label(c, p);
        draw->PushClipRect(a, b, true);
        const float cw = ImGui::CalcTextSize(count.c_str()).x, bw = ImGui::CalcTextSize(below.c_str()).x;
        draw->AddText(ImVec2(a.x + std::max(2.0f, (w - cw) * 0.5f), a.y + st.FramePadding.y), col, count.c_str());
        draw->AddText(ImVec2(a.x + std::max(2.0f, (w - bw) * 0.5f), a.y + st.FramePadding.y * 2 + line),
                      ImGui::GetColorU32(pal.text_muted), below.c_str());
        draw->PopClipRect();
        track("strip." + p.label);
        if (ImGui::IsMouseHoveringRect(a, b)) tooltip(period_words(c, p));
    }
}

}  // namespace jobbplan::web::ui
