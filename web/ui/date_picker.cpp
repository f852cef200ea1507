// The month shown opens on the field's own date, else on today (the demo clock's day under the
// demo); it never leaves the years a record can hold, so every day offered is one the field takes.
#include "ui/date_picker.hpp"

#include "ui/style.hpp"

#include "jobbplan/calendar.hpp"
#include "jobbplan/local_format.hpp"

#include <algorithm>
#include <cfloat>

namespace jobbplan::web::ui {

namespace {

date::year_month shown(const DatePickerUi& p) { return date::year{p.year} / date::month{p.month}; }

void show(DatePickerUi& p, date::year_month ym) {
    p.year = static_cast<int>(ym.year());
    p.month = static_cast<unsigned>(ym.month());
}

std::string month_name(const Ctx& c, date::year_month ym) {
    return c.tr("ui.month." + std::to_string(static_cast<unsigned>(ym.month())));
}

}  // namespace

bool date_picker(const Ctx& c, std::string_view id, std::string& text) {
    const std::string pick = std::string(id) + ".pick";
    DatePickerUi& ui = c.ui.picker;
    const std::optional<Date> typed = parse_local_date(text, c.cat.lang()).date;
    const std::string choose = c.tr("ui.date.choose");
    same_line_if_fits(choose);  // large text on a phone: under the field, not off the screen
    const bool pressed_choose = aside_button(pick, choose);
    const ImVec2 anchor_min = ImGui::GetItemRectMin(), anchor_max = ImGui::GetItemRectMax();
    // Seven day columns as wide as a touch target, within the screen: on a 360 px phone that leaves
    // 6 px a column for padding, so the month is drawn with thin padding (the style's gave 41 px).
    const ImVec2 window_pad(4.0f, ImGui::GetStyle().WindowPadding.y), cell_pad(1.0f, ImGui::GetStyle().CellPadding.y);
    const float cell = touch_sized() ? touch_target_px() + cell_pad.x * 2 : ImGui::GetFontSize() * 2.6f;
    const float width = std::min(cell * 7 + window_pad.x * 2 + 2, ImGui::GetMainViewport()->Size.x - 8);
    // The month's height as last drawn; before its first frame, eight rows (months, weekdays, six weeks).
    const float row = (touch_sized() ? touch_target_px() : ImGui::GetFrameHeight()) + cell_pad.y * 2;
    const float height = ui.height > 0.0f ? ui.height : row * 8 + window_pad.y * 2;
    const ImGuiViewport* view = ImGui::GetMainViewport();
    const float gap = 4.0f, left = view->Pos.x + gap, right = view->Pos.x + view->Size.x - gap;
    const float top = view->Pos.y + gap, bottom = view->Pos.y + view->Size.y - gap;
    if (pressed_choose) {
        // A typed date outside the years a record holds (a typo such as 1025) opens on today.
        const bool in_range = typed && static_cast<int>(typed->year()) >= kEarliestRecordYear &&
                              static_cast<int>(typed->year()) <= kLatestRecordYear;
        const Date start = in_range ? *typed : c.state.effective_date();
        ui.field = std::string(id);
        show(ui, start.year() / start.month());
        ImGui::OpenPopup(pick.c_str());
        // No room under the button (a phone, the field low on the screen): the form scrolls up just
        // enough, as a browser scrolls a focused field into view, so the month opens under it.
        const float missing = anchor_max.y + gap + height - bottom;
        if (missing > 0.0f) ImGui::SetScrollY(ImGui::GetScrollY() + missing);
    }
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    if (ui.field != id) return false;
    // Anchored to its button, not to where the finger landed: under it, or above it when the screen
    // has no room below (the form could not scroll further), and never past the screen's sides.
    // Placed again every frame, so it follows the button when the form scrolls.
    const float x = std::max(left, std::min(anchor_min.x, right - width));
    float y = anchor_max.y + gap;
    if (y + height > bottom) y = anchor_min.y - gap - height >= top ? anchor_min.y - gap - height : std::max(top, bottom - height);
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, window_pad);
    const bool open = ImGui::BeginPopup(pick.c_str());
    ImGui::PopStyleVar();
    if (!open) return false;
    ui.height = ImGui::GetWindowSize().y;
    bool wrote = false;
    const date::year_month ym = shown(ui);
    const date::year_month before = ym - date::months{1}, after = ym + date::months{1};
    if (static_cast<int>(before.year()) >= kEarliestRecordYear && aside_button(pick + ".prev", "< " + month_name(c, before)))
        show(ui, before);
    ImGui::SameLine();
    ImGui::TextUnformatted(format_month(ui.year, ui.month, c.cat.lang()).c_str());
    ImGui::SameLine();
    if (static_cast<int>(after.year()) <= kLatestRecordYear && aside_button(pick + ".next", month_name(c, after) + " >"))
        show(ui, after);
    const date::year_month now = shown(ui);  // the month after a press above
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, cell_pad);
    const bool table = ImGui::BeginTable("days", 7, ImGuiTableFlags_SizingStretchSame);
    ImGui::PopStyleVar();  // BeginTable has taken it
    if (table) {
        for (unsigned w = 1; w <= 7; ++w) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", c.tr("ui.weekday." + std::to_string(w)).c_str());
        }
        const Date first = now / date::day{1};
        const unsigned lead = date::weekday{date::sys_days{first}}.iso_encoding() - 1;  // Monday first
        const unsigned days = static_cast<unsigned>((now / date::last).day());
        const Date today = c.state.effective_date();
        for (unsigned i = 0; i < lead; ++i) ImGui::TableNextColumn();
        for (unsigned d = 1; d <= days; ++d) {
            ImGui::TableNextColumn();
            const Date day = now / date::day{d};
            const std::string day_id = pick + ".day." + std::to_string(d);
            const bool selected = typed && *typed == day;
            if (selected) ImGui::PushStyleColor(ImGuiCol_Button, selected_fill());
            const float h = touch_sized() ? touch_target_px() : 0.0f;
            const bool pressed = ImGui::Button((std::to_string(d) + "###" + day_id).c_str(), ImVec2(-FLT_MIN, h));
            if (selected) {
                ImGui::PopStyleColor();
                mark_selected();
            }
            if (day == today)  // today ringed in the text colour: shape, not colour alone
                ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                    ImGui::GetColorU32(ImGuiCol_Text), ImGui::GetStyle().FrameRounding, 0, 2.0f);
            track(day_id);
            if (pressed) {
                text = to_string(day);
                wrote = true;
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndTable();
    }
    ImGui::EndPopup();
    return wrote;
}

}  // namespace jobbplan::web::ui
