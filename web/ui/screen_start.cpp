// Start: what this is, the language, the privacy promise, and where to begin.
#include "jobbplan/assets.hpp"
#include "ui/ui.hpp"

namespace jobbplan::web::ui {

void draw_language_buttons(const Ctx& c) {
    static constexpr const char* kNames[][2] = {{"sv", "Svenska"}, {"da", "Dansk"}, {"fi", "Suomi"}, {"en", "English"}};
    for (int i = 0; i < 4; ++i) {
        if (i > 0) same_line_if_fits(kNames[i][1]);
        const bool current = c.state.settings.language == kNames[i][0];
        if (choice_button(std::string("lang.") + kNames[i][0], kNames[i][1], current)) c.send(SetLanguage{kNames[i][0]});
    }
}

std::string example_name(std::string_view path) {
    if (path.starts_with("examples/")) path.remove_prefix(9);
    if (path.ends_with(".json")) path.remove_suffix(5);
    return std::string(path);
}

void draw_start(const Ctx& c) {
    heading(c.tr("ui.start.heading"));
    wrapped(c.tr("ui.start.intro"));
    ImGui::Spacing();
    draw_language_buttons(c);
    ImGui::Spacing();
    heading(c.tr("ui.start.privacy_heading"));
    wrapped(c.tr("ui.start.privacy"));

    heading(c.tr("ui.start.begin_heading"));
    if (c.state.profile) {
        if (button("start.continue", c.tr("ui.start.continue"), true)) c.send(GoTo{Screen::Overview});
        muted(c.tr("ui.start.replace_warning"));
    }
    static constexpr const char* kSystems[][2] = {
        {"dk", "ui.system.dk"}, {"fi", "ui.system.fi"}, {"se-trelleborg", "ui.system.se-trelleborg"}};
    for (const auto& s : kSystems)
        if (button(std::string("start.new.") + s[0], c.tr(s[1]))) c.send(NewProfile{s[0]});

    heading(c.tr("ui.start.examples_heading"));
    muted(c.tr("ui.start.examples_help"));
    for (std::string_view path : builtin_asset_paths("examples/")) {
        const std::string name = example_name(path);
        if (button("example." + name, c.tr("ui.example." + name))) c.send(LoadExample{std::string(path)});
    }
}

}  // namespace jobbplan::web::ui
