#include "ui/form.hpp"

#include "test_hook.hpp"
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
    const bool changed = ImGui::InputTextWithHint(hidden.c_str(), hint.c_str(), &text, ImGuiInputTextFlags_CharsNoBlank);
    track(id, true);
    announce_if_focused(label, text);
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
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    const ImGuiID text_id = ImGui::GetID(hidden.c_str());  // the text inside InputInt's group
    const bool changed = ImGui::InputInt(hidden.c_str(), &value, 1, 1);
    track(id, true, text_id);
    announce_if_focused(label, std::to_string(value));
    if (value < min || value > max) {
        error_line(c, c.tr("ui.form.out_of_range", {{"min", std::to_string(min)}, {"max", std::to_string(max)}}));
        value = std::clamp(value, min, max);
    }
    return changed;
}

bool choice_field(const Ctx& c, std::string_view id, const std::string& label, std::span<const Choice> choices,
                  std::string& value) {
    label_line(label);
    std::string preview = value;
    for (const Choice& ch : choices)
        if (value == ch.value) preview = c.tr(ch.label_key);
    bool changed = false;
    const std::string hidden = "###" + std::string(id);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(hidden.c_str(), preview.c_str())) {
        for (const Choice& ch : choices) {
            const bool selected = value == ch.value;
            if (ImGui::Selectable((c.tr(ch.label_key) + "###" + std::string(id) + "." + ch.value).c_str(), selected)) {
                value = ch.value;
                changed = true;
            }
            track(std::string(id) + "." + ch.value);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
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
