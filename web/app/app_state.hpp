#pragma once
// Everything the UI reads. The UI never changes it directly: it sends Actions (actions.hpp) and the
// App applies them between frames, recomputing the report from the core when its inputs change.
#include "app/undo_history.hpp"
#include "jobbplan/calendar.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/since_last_visit.hpp"
#include "jobbplan/what_if.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace jobbplan::web {

enum class Screen { Start, Situation, Overview, Calendar, Plan, Joblog, WhatIf, Exchange, Settings, Recovery };
enum class Theme { Light, Dark, HighContrast };

struct Settings {
    std::string language = "en";
    Theme theme = Theme::Light;
    float text_scale = 1.0f;           // 1.0 .. 2.0 (WCAG resize text 200%)
    std::optional<Date> demo_today;    // caseworker's demo clock
    // Caseworker on a projector: large text, high contrast, and names, employers and notes shown
    // as placeholders, so a real client's file can be shown in a room. Kept across reloads.
    bool presentation = false;
    // What is drawn: presentation mode overrides the user's own theme and text size, and gives
    // them back unchanged when switched off.
    Theme shown_theme() const { return presentation ? Theme::HighContrast : theme; }
    float shown_text_scale() const { return presentation ? std::max(text_scale, 1.5f) : text_scale; }
    friend bool operator==(const Settings&, const Settings&) = default;
};

enum class MessageKind { Info, Success, Error };
struct Message {
    MessageKind kind = MessageKind::Info;
    std::string text_key;  // ui catalogue key
    Params params;
    // The change it reports can be undone: the message bar offers Undo right there, so a delete
    // made on a screen without an Undo button can still be taken back.
    bool offers_undo = false;
};

enum class StorageStatus { Loading, Ready, Failed };

// A merge matches by id and content: the same id with other content (another person's "j1", or
// an entry edited on another device) is a difference the preview shows, and both are kept.
struct MergeCounts {
    int new_entries = 0, same_entries = 0, differing_entries = 0;
    int new_events = 0, same_events = 0, differing_events = 0;
};

struct ImportPreview {
    std::string file_name;
    Profile incoming;
    MergeCounts counts;  // what a merge would add, find already here, or find differing
};

// What was stored could not be read: never reset silently, offer the raw data and the last good save.
struct Recovery {
    std::string raw;            // the unreadable text, offered for download as it is
    long bad_generation = 0;
    std::string problem;        // what the reader said
    std::optional<Profile> last_good;
    std::optional<Settings> last_good_settings;
    long good_generation = 0;   // 0 = none readable
};

// A client's file or a demo persona opened to look at (issue 14): shown in place of the user's own
// profile and never written to storage; closing it brings the user's own back as it was.
struct Sandbox {
    std::string label;     // the file's name, or the persona's catalogue key (example = true)
    bool example = false;  // a demo persona: it can be kept as one's own profile
};

// What if (issue 14): hypothetical steps and a later date over the profile shown. Never stored.
struct WhatIf {
    static constexpr int kMaxDays = 183;  // the slider: the coming six months
    std::vector<WhatIfStep> steps;
    int days = 0;                  // the slider: days after the report date
    std::optional<Report> report;  // computed on what_if_report_date(steps, date + days)
};

struct AppState {
    Settings settings;
    Screen screen = Screen::Start;
    std::optional<Profile> profile;
    std::optional<Report> report;  // derived from profile + effective date
    long generation = 0;           // bumped whenever profile or report change (UI caches key on it)
    // How many times everything was deleted in this tab's life (reset_to_empty): what the screens
    // hold, half-typed forms included, belongs to one value of it and goes when it moves.
    long wiped = 0;
    Date today{};                  // the platform's local date
    TimeOfDay minute{};            // the platform's time of day, kept within a quarter minute (refresh_today)
    StorageStatus storage = StorageStatus::Loading;
    std::string storage_error;
    std::optional<Message> message;
    std::optional<ImportPreview> import_preview;
    UndoHistory undo;
    bool confirm_delete_all = false;
    std::optional<Recovery> recovery;
    std::optional<Sandbox> sandbox;
    WhatIf what_if;
    // What changed since the last visit on this device (last_visit.hpp): the day read at start-up
    // when it was before today, and the summary of today's report since then (recompute), shown
    // on the overview until the user puts it away.
    std::optional<Date> last_visit;
    bool since_dismissed = false;
    std::optional<SinceLastVisit> since;

    Date effective_date() const { return settings.demo_today.value_or(today); }
};

// Shows a message in the message bar, in place of the one there.
inline void notify(AppState& s, MessageKind kind, std::string key, Params params = {}) {
    s.message = Message{kind, std::move(key), std::move(params)};
}

}  // namespace jobbplan::web
