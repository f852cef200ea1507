#pragma once
// What the screens hold between frames: forms being filled in, the joblog's sorted view, the
// phone's menu. One value, owned by main.cpp and passed in the context (Ctx::ui), so that
// "Delete all my data" can drop all of it at once: a half-typed employer, plan text or event note
// of before must not survive into the next profile (main.cpp replaces it when AppState::wiped moves).
#include "app/app_state.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace jobbplan::web::ui {

// A form's problem after Save was pressed, GOV.UK style (form.hpp, error_summary).
struct FieldProblem {
    std::string field_id;  // the tracked id of the field ("joblog.employer")
    std::string text;      // what to do, in the reader's words ("Enter the employer's name")
};

// Joblog (screen_joblog.cpp): the entry being added or edited, and the table's order and verdicts.
struct JoblogForm {
    bool open = false;
    std::string id;  // empty = a new entry
    std::string date;
    std::string employer, job_title, category, how = "online", contact, status = "sent", notes;
    bool advertised = true;
    int length_weeks = 0;  // 0 = permanent / unknown
    bool date_valid = true;
    bool tried = false;  // Save was pressed with problems: show them
};
struct JoblogVerdict {
    bool counted = false;
    Explanation why;  // the sentence, and the rule that decided it (shown when the entry is opened)
};
struct JoblogView {
    long generation = -1;
    int sort_column = 0;
    bool ascending = false;
    std::string filter;
    std::vector<int> rows;
    std::unordered_map<std::string, JoblogVerdict> verdicts;
};
struct JoblogUi {
    JoblogForm form;
    JoblogView view;
    std::string filter;  // as typed; the view is sorted and filtered on it
};

// Plan (screen_plan.cpp): the draft being written, kept while it has unsaved changes.
struct PlanUi {
    long generation = -1;
    PlanDraft plan;
    bool dirty = false;
};

// My situation (screen_situation.cpp): the situation's fields and the event being added or edited.
struct SituationForm {
    long generation = -1;
    Situation s;
    std::string registered, benefit_since, birth, child_birth, change_date, change_kind, plan_date, joblog_from;
    bool registered_ok = true, since_ok = true, birth_ok = true, child_ok = true, change_ok = true, plan_ok = true,
         joblog_from_ok = true;
    // An unknown number is not 0: "agreed in my plan" is unticked until the user says so.
    bool agreed_set = false;
    int agreed = 0, commute = 0, trip_km = 0;
    int dk_per_week = 0;  // dk: 0 = not entered, FAK's 2 applies
    // The municipality and mother tongue as the core's choices ("other": the text beside it).
    std::string municipality, municipality_other, language, language_other;
    bool tried = false;  // Save was pressed with problems: show them at the top (GOV.UK)
    std::vector<FieldProblem> problems;
};
struct EventForm {
    bool open = false;
    std::string id, type = "meeting_held", date, until, party, mode, note;
    bool date_ok = true, until_ok = true;
    std::string lawful_excuse = "unknown";  // meeting_missed, meeting_cancelled: "yes", "no", "unknown" (not stated)
    // Not a checkbox: an untouched or imported refusal without a stated reason stays "not stated"
    // (the report asks for it) instead of becoming "without valid reason". se-trelleborg: the
    // same field holds a leave's approval, kept as given ("unknown": not known yet).
    std::string valid_reason = "unknown";
    std::string cause;  // Event.cause: "" not stated, else sanction_received's or studies_started's answer
    std::string time;   // plan_sent / plan_signed (se): "HH:MM" or "" (not known)
    std::string self_supporting = "unknown";  // job_started (se): "yes", "no", "unknown"
    Event opened;  // the event as opened (empty for a new one)
    bool tried = false;  // Save was pressed with problems: show them
    std::vector<FieldProblem> problems;
};

// Settings (screen_settings.cpp): the delete word and the demo day as typed so far.
struct SettingsUi {
    std::string delete_typed;
    std::string demo;
    bool demo_ok = true;
};

// The frame around the screens (layout.cpp): the phone's menu and which screen was drawn last.
struct LayoutUi {
    bool menu_open = false;
    Screen menu_screen = Screen::Start;  // the menu closes when the screen changes under it
    float closed_bar_h = 0;              // the bar's height without the open menu, last frame
    Screen shown = Screen::Start;        // a new screen starts at its top, with the focus there
    // The one-line message or file banner a tap opened in full (layout.cpp): its text, so a new
    // message starts cut to one line again.
    std::string message_full, banner_full;
};

// The month a date field's picker shows while it is open (form.cpp): one picker is open at a time.
struct DatePickerUi {
    std::string field;  // the date field's tracked id
    int year = 0;
    unsigned month = 0;
    float height = 0.0f;  // the open month's height as last drawn, to place it above the field if need be
};

struct UiState {
    long wiped = 0;  // the AppState::wiped it belongs to
    DatePickerUi picker;
    JoblogUi joblog;
    PlanUi plan;
    SituationForm situation;
    EventForm event;
    SettingsUi settings;
    LayoutUi layout;
};

}  // namespace jobbplan::web::ui
