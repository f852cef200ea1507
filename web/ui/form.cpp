#include "ui/form.hpp"

#include "widget_map.hpp"
#include "ui/date_picker.hpp"
#include "ui/focus_order.hpp"
#include "ui/style.hpp"

#include "jobbplan/local_format.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

namespace jobbplan::web::ui {
namespace {

void label_line(const std::string& label) { ImGui::TextUnformatted(label.c_str()); }

bool g_field_focused = false;  // the field drawn last has the keyboard focus

// Screen readers hear the field's label and what it holds when keyboard focus reaches it, then
// its error and help lines (said_with_field).
void announce_if_focused(const std::string& label, const std::string& value) {
    g_field_focused = ImGui::IsItemFocused() || ImGui::IsItemActive();
    if (g_field_focused) set_focused_label(label + ": " + value);
}

void said_with_field(const std::string& text) {
    if (g_field_focused) set_focused_label(focused_label() + ". " + text);
}

void error_line(const Ctx& c, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette(c.state.settings.shown_theme()).bad);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    said_with_field(text);
}

}  // namespace

void error_text(const Ctx& c, const std::string& text) { error_line(c, text); }

void error_summary(const Ctx& c, std::span<const FieldProblem> problems) {
    if (problems.empty()) return;
    const Palette& pal = palette(c.state.settings.shown_theme());
    ImGui::PushStyleColor(ImGuiCol_Text, pal.bad);
    ImGui::SetWindowFontScale(1.15f);
    ImGui::TextWrapped("%s", c.tr("ui.form.error_summary").c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
    track("error.summary");
    for (const FieldProblem& p : problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal.bad);
        const bool go = button("error." + p.field_id, p.text);
        ImGui::PopStyleColor();
        if (go) focus_widget(p.field_id);
    }
    ImGui::Separator();
}

bool save_button(const Ctx& c, std::string_view id, std::span<const FieldProblem> problems, bool& tried) {
    if (!button(id, c.tr("ui.save"), true)) return false;
    if (problems.empty()) return true;
    tried = true;
    focus_widget("error." + problems.front().field_id);
    return false;
}

void field_help(const std::string& text) {
    muted(text);
    said_with_field(text);
}

bool text_field(const Ctx& c, std::string_view id, const std::string& label, std::string& value, bool multiline) {
    label_line(label);
    const std::string hidden = "###" + std::string(id);
    ImGui::SetNextItemWidth(-1);
    // Presentation mode (a projector in a room): what is typed shows as dots, and a multi-line
    // text is not shown at all; the placeholder says why.
    const bool masked = c.state.settings.presentation;
    if (masked && multiline) {
        muted(c.personal(value.empty() ? std::string() : value));
        track(id);
        return false;
    }
    const bool changed = multiline ? ImGui::InputTextMultiline(hidden.c_str(), &value, ImVec2(-1, ImGui::GetFontSize() * 5))
                                   : ImGui::InputText(hidden.c_str(), &value, masked ? ImGuiInputTextFlags_Password : 0);
    track(id, true);
    announce_if_focused(label, c.personal(value));
    return changed;
}

bool date_field(const Ctx& c, std::string_view id, const std::string& label, std::string& text, bool& valid, bool optional) {
    label_line(label);
    const std::string hidden = "###" + std::string(id);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    const std::string hint = date_hint(c.cat.lang());
    bool changed = ImGui::InputTextWithHint(hidden.c_str(), hint.c_str(), &text, ImGuiInputTextFlags_CharsNoBlank);
    track(id, true);
    announce_if_focused(label, text);
    if (date_picker(c, id, text)) changed = true;
    // The same years the profile reader takes: what this field accepts can always be read back.
    // ISO is taken in every language, and da and fi also take 23.11.2026 (local_format.hpp).
    const TypedDate typed = parse_local_date(text, c.cat.lang());
    valid = (optional && text.empty()) || typed.date.has_value();
    if (!valid && typed.out_of_range)
        error_line(c, c.tr("ui.form.date_out_of_range", {{"value", text},
                                                         {"from", std::to_string(kEarliestRecordYear)},
                                                         {"to", std::to_string(kLatestRecordYear)}}));
    else if (!valid)
        error_line(c, c.tr("ui.form.bad_date", {{"value", text}}));
    return changed;
}

std::optional<Date> field_date(const Ctx& c, std::string_view text) { return parse_local_date(text, c.cat.lang()).date; }

bool int_field(const Ctx& c, std::string_view id, const std::string& label, int& value, int min, int max) {
    label_line(label);
    const std::string hidden = "###" + std::string(id);
    // The box alone is the tracked item, and the steppers are our own buttons beside it: with
    // ImGui's built-in steppers the item was the whole group, and a tap at its middle fell in the
    // gap between the box and "-", so the digits typed next went nowhere.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    const ImGuiID text_id = ImGui::GetID(hidden.c_str());
    bool changed = ImGui::InputInt(hidden.c_str(), &value, 0, 0);
    track(id, true, text_id);
    announce_if_focused(label, std::to_string(value));
    const std::string base(id);
    ImGui::SameLine();
    if (aside_button(base + ".less", "-", true) && value > min) {
        --value;
        changed = true;
    }
    ImGui::SameLine();
    if (aside_button(base + ".more", "+", true) && value < max) {
        ++value;
        changed = true;
    }
    if (value < min || value > max) {
        error_line(c, c.tr("ui.form.out_of_range", {{"min", std::to_string(min)}, {"max", std::to_string(max)}}));
        value = std::clamp(value, min, max);
    }
    return changed;
}

namespace {

std::string choice_label(const Ctx& c, const Choice& ch) { return ch.label ? std::string(ch.label) : c.tr(ch.label_key); }

// `text` cut to `width` with an ellipsis at a UTF-8 character boundary; unchanged when it fits.
std::string fitted(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    static constexpr const char* kEllipsis = "\xE2\x80\xA6";
    const float room = width - ImGui::CalcTextSize(kEllipsis).x;
    size_t n = text.size();
    while (n > 0) {
        do --n;
        while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80);
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + n).x <= room) return text.substr(0, n) + kEllipsis;
    }
    return kEllipsis;
}

}  // namespace

bool choice_field(const Ctx& c, std::string_view id, const std::string& label, std::span<const Choice> choices,
                  std::string& value) {
    label_line(label);
    std::string preview = value;
    for (const Choice& ch : choices)
        if (value == ch.value) preview = choice_label(c, ch);
    bool changed = false;
    const std::string hidden = "###" + std::string(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    // The combo and its list are as wide as the column, never wider (a 360 px phone): ImGui would
    // size the list to its longest label. A long label wraps inside a taller row; a long value is
    // cut in the closed combo, with the whole text on hover (and said in full on focus).
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFrameHeight() * 2);
    ImGui::SetNextItemWidth(width);
    const std::string shown = fitted(preview, width - ImGui::GetFrameHeight() - style.FramePadding.x * 2);
    const float max_height = ImGui::GetTextLineHeightWithSpacing() * 8 + style.WindowPadding.y * 2;
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, max_height));
    if (ImGui::BeginCombo(hidden.c_str(), shown.c_str())) {
        const float wrap = ImGui::GetContentRegionAvail().x;
        for (const Choice& ch : choices) {
            const bool selected = value == ch.value;
            const std::string text = choice_label(c, ch);
            const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable(("###" + std::string(id) + "." + ch.value).c_str(), selected, 0, ImVec2(0, size.y))) {
                value = ch.value;
                changed = true;
            }
            if (selected) mark_selected();
            ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text),
                                                text.c_str(), nullptr, wrap);
            track(std::string(id) + "." + ch.value);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    } else if (shown != preview && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();  // wrapped at the combo's width: on a phone it stays on the screen too
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted(preview.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    track(id);
    announce_if_focused(label, preview);
    return changed;
}

bool check_field(const Ctx& c, std::string_view id, const std::string& label, bool& value) {
    const std::string state = c.tr(value ? "ui.form.checked" : "ui.form.unchecked");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float one_line = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str()).x;
    if (one_line <= ImGui::GetContentRegionAvail().x) {
        const bool changed = ImGui::Checkbox((label + "###" + std::string(id)).c_str(), &value);
        track(id);
        announce_if_focused(label, state);
        return changed;
    }
    // A label wider than the row (a phone, 200% text) wraps beside the box; it still toggles it.
    bool changed = ImGui::Checkbox(("###" + std::string(id)).c_str(), &value);
    track(id);
    announce_if_focused(label, state);
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    ImGui::TextWrapped("%s", label.c_str());
    if (ImGui::IsItemClicked()) {
        value = !value;
        changed = true;
    }
    return changed;
}

}  // namespace jobbplan::web::ui
