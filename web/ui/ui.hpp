#pragma once
// Screens draw AppState with Dear ImGui and send Actions; they decide no rule.
#include "app/app.hpp"
#include "jobbplan/choices.hpp"
#include "jobbplan/i18n.hpp"
#include "ui/ui_state.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace jobbplan::web::ui {

struct Ctx {
    const AppState& state;
    App& app;
    const Catalogue& cat;
    bool narrow;  // phone layout: one column
    UiState& ui;  // what the screens hold between frames (forms, views); dropped on delete-all
    // The sentence in the user's language; one drawn with a {name} left unfilled is reported to
    // the test hook (widgets.cpp), so no screen can show a raw placeholder unnoticed.
    std::string tr(std::string_view key, const Params& params = {}) const;
    void send(Action a) const { app.dispatch(std::move(a)); }
    // Free text about a person (employer, notes, plan text, a file's name): in presentation mode
    // a placeholder, so a real client's file can be shown in a room.
    std::string personal(const std::string& text) const;
};

void draw_app(const Ctx& c);
void draw_start(const Ctx& c);
void draw_situation(const Ctx& c);
void draw_overview(const Ctx& c);
void draw_since_last_visit(const Ctx& c);  // since_last_visit_block.cpp, on the overview
void draw_calendar(const Ctx& c);
void draw_plan(const Ctx& c);
void draw_plan_signing(const Ctx& c, const PlanSigning& signing);  // plan_signing.cpp
void draw_joblog(const Ctx& c);
void draw_what_if(const Ctx& c);
void draw_sources(const Ctx& c, const Report& r);  // screen_overview.cpp
void draw_exchange(const Ctx& c);
void draw_settings(const Ctx& c);
void draw_recovery(const Ctx& c);

// Shared pieces (widgets.cpp).
// Records the last item's rectangle (test hook, taps) and its place in the Tab order; `imgui_id`
// when the last item is not the widget itself (a group around it).
void track(std::string_view id, bool text_field = false, ImGuiID imgui_id = 0);
bool button(std::string_view id, const std::string& label, bool primary = false);
// A button that is one of a set (a screen in the navigation, a language): the selected one has
// the one "selected" look (style.hpp), and hovering it keeps it.
bool choice_button(std::string_view id, const std::string& label, bool selected);
// SameLine() only if a button labelled `next_label` still fits on this row (phones, 200% text).
void same_line_if_fits(const std::string& next_label);
// A secondary action beside a line ("Delete"): small with a pointer, a full touch target on a phone.
// A field's helper beside it (a number's - and +, a date's picker): touch-sized and in the widget
// map, but not in the Tab order (a keyboard types into the box instead, so Tab goes from field to
// field). `repeat`: held down, it presses again and again.
bool aside_button(std::string_view id, const std::string& label, bool repeat = false);
bool small_button(const std::string& label);
void heading(const std::string& text);
void wrapped(const std::string& text);
// A tooltip wrapped to the screen's width: ImGui's own is one line, cut off at a phone's edge.
void tooltip(const std::string& text);
void muted(const std::string& text);
void explanation(const Ctx& c, std::string_view id, const Explanation& e);
std::string format_date(const Ctx& c, Date d);
std::string days_left_text(const Ctx& c, Date from, Date to);
// "dk-dagpenge" for "examples/dk-dagpenge.json": the persona's name in ui.example.* keys.
std::string example_name(std::string_view path);

}  // namespace jobbplan::web::ui
