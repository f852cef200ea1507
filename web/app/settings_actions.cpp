// Settings: language, theme, text size, presentation mode and the caseworker's demo clock.
// Each change is stored with the profile and noted, so it survives another tab's save.
#include "app/handlers.hpp"
#include "app/shown_profile.hpp"

#include <algorithm>

namespace jobbplan::web {
namespace {

void settings_changed(AppContext& c) {
    c.store.note(ReplaceSettings{c.state.settings});
    c.store.persist();
}

}  // namespace

void handle(AppContext& c, const SetLanguage& a) {
    if (a.language != "sv" && a.language != "da" && a.language != "fi" && a.language != "en") return;
    c.state.settings.language = a.language;
    c.platform.set_document_language(a.language);
    settings_changed(c);
}

void handle(AppContext& c, const SetTheme& a) {
    c.state.settings.theme = a.theme;
    settings_changed(c);
}

void handle(AppContext& c, const SetTextScale& a) {
    c.state.settings.text_scale = std::clamp(a.scale, 1.0f, 2.0f);
    settings_changed(c);
}

void handle(AppContext& c, const DismissSinceLastVisit&) {
    c.state.since_dismissed = true;
    update_since(c.state);
}

void handle(AppContext& c, const SetPresentation& a) {
    c.state.settings.presentation = a.on;
    settings_changed(c);
}

void handle(AppContext& c, const SetDemoToday& a) {
    // A report date past the record's years would make the report walk centuries of periods.
    if (a.date && !in_record_range(*a.date)) {
        notify(c.state, MessageKind::Error, "ui.form.date_out_of_range",
               {{"value", to_string(*a.date)},
                {"from", std::to_string(kEarliestRecordYear)},
                {"to", std::to_string(kLatestRecordYear)}});
        return;
    }
    c.state.settings.demo_today = a.date;
    recompute(c.state);
    settings_changed(c);
}

void handle(AppContext& c, const GoTo& a) { c.state.screen = a.screen; }
void handle(AppContext& c, const DismissMessage&) { c.state.message.reset(); }

}  // namespace jobbplan::web
