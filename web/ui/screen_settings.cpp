// Settings: language, theme, text size, the caseworker's demo clock, and deleting everything.
#include "app/delete_confirmation.hpp"
#include "ui/form.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"

namespace jobbplan::web::ui {

void draw_language_buttons(const Ctx& c);  // screen_start.cpp


void draw_settings(const Ctx& c) {
    heading(c.tr("ui.settings.heading"));
    wrapped(c.tr("ui.settings.language"));
    draw_language_buttons(c);

    wrapped(c.tr("ui.settings.theme"));
    static constexpr struct {
        Theme theme;
        const char* id;
        const char* key;
    } kThemes[] = {{Theme::Light, "theme.light", "ui.theme.light"},
                   {Theme::Dark, "theme.dark", "ui.theme.dark"},
                   {Theme::HighContrast, "theme.contrast", "ui.theme.contrast"}};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) same_line_if_fits(c.tr(kThemes[i].key));
        if (choice_button(kThemes[i].id, c.tr(kThemes[i].key), c.state.settings.theme == kThemes[i].theme))
            c.send(SetTheme{kThemes[i].theme});
    }

    wrapped(c.tr("ui.settings.text_size", {{"percent", std::to_string(static_cast<int>(c.state.settings.text_scale * 100 + 0.5f))}}));
    if (button("text.smaller", "A\xE2\x88\x92")) c.send(SetTextScale{c.state.settings.text_scale - 0.25f});
    ImGui::SameLine();
    if (button("text.larger", "A+")) c.send(SetTextScale{c.state.settings.text_scale + 0.25f});

    // One switch for a projector: large text, high contrast, personal text hidden (issue 14).
    heading(c.tr("ui.settings.presentation_heading"));
    bool presentation = c.state.settings.presentation;
    // The label wraps beside the box: at 200 % text on a phone it is wider than the screen.
    if (ImGui::Checkbox("###settings.presentation", &presentation)) c.send(SetPresentation{presentation});
    track("settings.presentation");
    ImGui::SameLine();
    wrapped(c.tr("ui.settings.presentation"));
    muted(c.tr("ui.settings.presentation_help"));

    heading(c.tr("ui.settings.demo_heading"));
    muted(c.tr("ui.settings.demo_help"));
    std::string& demo = c.ui.settings.demo;
    bool& demo_ok = c.ui.settings.demo_ok;
    if (demo.empty() && c.state.settings.demo_today) demo = to_string(*c.state.settings.demo_today);
    date_field(c, "settings.demo_date", c.tr("ui.settings.demo_date"), demo, demo_ok, true);
    ImGui::BeginDisabled(!demo_ok || demo.empty());
    if (button("settings.demo_apply", c.tr("ui.settings.demo_apply"))) c.send(SetDemoToday{field_date(c, demo)});
    ImGui::EndDisabled();
    same_line_if_fits(c.tr("ui.settings.demo_off"));
    ImGui::BeginDisabled(!c.state.settings.demo_today);
    if (button("settings.demo_off", c.tr("ui.settings.demo_off"))) {
        demo.clear();
        c.send(SetDemoToday{std::nullopt});
    }
    ImGui::EndDisabled();

    heading(c.tr("ui.settings.data_heading"));
    wrapped(c.tr(c.state.storage == StorageStatus::Failed ? "ui.settings.storage_failed" : "ui.settings.storage_ok",
                 {{"error", c.state.storage_error}}));
    std::string& typed = c.ui.settings.delete_typed;
    if (!c.state.confirm_delete_all) {
        typed.clear();  // asked again, the field is empty again
        if (button("settings.delete_all", c.tr("ui.settings.delete_all"))) c.send(AskDeleteAll{true});
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, palette(c.state.settings.shown_theme()).bad);
        wrapped(c.tr("ui.settings.delete_confirm"));
        ImGui::PopStyleColor();
        // Typed, not clicked: see app/delete_confirmation.hpp.
        const std::string word = delete_word(c.state.settings.language);
        text_field(c, "settings.delete_word", c.tr("ui.settings.delete_type", {{"word", word}}), typed);
        ImGui::BeginDisabled(!delete_word_matches(typed, c.state.settings.language));
        if (button("settings.delete_yes", c.tr("ui.settings.delete_yes"), true)) {
            c.send(DeleteAll{typed});
        }
        ImGui::EndDisabled();
        same_line_if_fits(c.tr("ui.cancel"));
        if (button("settings.delete_no", c.tr("ui.cancel"))) c.send(AskDeleteAll{false});
    }
}

}  // namespace jobbplan::web::ui
