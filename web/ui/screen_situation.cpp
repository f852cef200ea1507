// My situation: the profile's situation fields for the chosen system, validated as you type, and
// the dated event log (meetings held or missed, reminders, plan sent/signed, sickness, leave ...).
#include "app/form_model.hpp"
#include "jobbplan/local_format.hpp"
#include "ui/choices.hpp"
#include "ui/form.hpp"
#include "ui/ui.hpp"

namespace jobbplan::web::ui {
namespace {

struct SituationForm {
    long generation = -1;
    Situation s;
    std::string registered, benefit_since, birth, child_birth, change_date, change_kind, plan_date, joblog_from;
    bool registered_ok = true, since_ok = true, birth_ok = true, child_ok = true, change_ok = true, plan_ok = true,
         joblog_from_ok = true;
    // An unknown number is not 0: "agreed in my plan" is unticked until the user says so.
    bool agreed_set = false;
    int agreed = 0, commute = 0;
    int dk_per_week = 0;  // dk: 0 = not entered, FAK's 2 applies
    // The municipality and mother tongue as the core's choices ("other": the text beside it).
    std::string municipality, municipality_other, language, language_other;
    bool tried = false;  // Save was pressed with problems: show them at the top (GOV.UK)
    std::vector<FieldProblem> problems;
};

struct EventForm {
    bool open = false;
    std::string id, type = "meeting_held", date, until, party, mode, note;
    bool date_ok = true, until_ok = true, lawful_excuse = false;
    // Not a checkbox: an untouched or imported refusal without a stated reason stays "not stated"
    // (the report asks for it) instead of becoming "without valid reason". se-trelleborg: the
    // same field holds a leave's approval, kept as given ("unknown": not known yet).
    std::string valid_reason = "unknown";
    std::string cause;  // sanction_received (fi): "" not stated, "job_search", "job_refusal"
    std::string time;   // plan_sent / plan_signed (se): "HH:MM" or "" (not known)
    std::string self_supporting = "unknown";  // job_started (se): "yes", "no", "unknown"
    Event opened;  // the event as opened (empty for a new one)
    bool tried = false;  // Save was pressed with problems: show them
    std::vector<FieldProblem> problems;
};

SituationForm g_sit;
EventForm g_event;

std::string opt_date(const std::optional<Date>& d) { return d ? to_string(*d) : std::string(); }

void load_form(const Ctx& c) {
    if (g_sit.generation == c.state.generation) return;
    g_sit = SituationForm{};
    g_sit.generation = c.state.generation;
    g_sit.s = c.state.profile->situation;
    g_sit.registered = to_string(g_sit.s.registered_on);
    g_sit.benefit_since = opt_date(g_sit.s.benefit_since);
    g_sit.joblog_from = opt_date(g_sit.s.joblog_from);
    g_sit.birth = opt_date(g_sit.s.birth_date);
    g_sit.child_birth = opt_date(g_sit.s.child_birth_date);
    g_sit.agreed_set = g_sit.s.agreed_applications_per_month.has_value();
    g_sit.agreed = g_sit.s.agreed_applications_per_month.value_or(0);
    g_sit.plan_date = opt_date(g_sit.s.plan_agreed_on);
    g_sit.commute = g_sit.s.commute_minutes.value_or(0);
    g_sit.dk_per_week = g_sit.s.applications_per_week.value_or(0);  // dk
    if (g_sit.s.planned_change) {
        g_sit.change_kind = g_sit.s.planned_change->kind;
        g_sit.change_date = to_string(g_sit.s.planned_change->date);
    }
    // A name typed before the list existed ("porvoo ") is the listed place; any other stays as typed.
    const SystemChoices& choices = system_choices_for(c);
    g_sit.municipality = municipality_choice(choices, g_sit.s.municipality);
    if (g_sit.municipality == kOtherChoice) g_sit.municipality_other = g_sit.s.municipality;
    g_sit.language = language_choice(choices, g_sit.s.mother_tongue);
    if (g_sit.language == kOtherChoice && g_sit.s.mother_tongue != kOtherChoice) g_sit.language_other = g_sit.s.mother_tongue;
}

// What the municipality and mother tongue fields hold, as the profile stores them.
std::string chosen_municipality() {
    return g_sit.municipality == kOtherChoice ? g_sit.municipality_other : g_sit.municipality;
}
std::string chosen_language() {
    if (g_sit.language != kOtherChoice) return g_sit.language;
    // "Another language" is a foreign one whatever its name: stored as typed, or as "other".
    return g_sit.language_other.empty() ? std::string(kOtherChoice) : g_sit.language_other;
}

void draw_situation_form(const Ctx& c) {
    Situation& s = g_sit.s;
    const SystemChoices& choices = system_choices_for(c);
    heading(c.tr("ui.situation.heading", {{"system", c.tr("ui.system." + s.system)}}));
    // The problems are those of the last frame's fields (drawn below), listed where the form begins.
    if (g_sit.tried) error_summary(c, g_sit.problems);
    choice_field(c, "situation.municipality", c.tr("ui.situation.municipality"), municipalities_for(c), g_sit.municipality);
    if (g_sit.municipality == kOtherChoice)
        text_field(c, "situation.municipality_other", c.tr("ui.municipality.other_name"), g_sit.municipality_other);
    choice_field(c, "situation.benefit", c.tr("ui.situation.benefit"), benefits_for(c, s.benefit), s.benefit);
    date_field(c, "situation.registered_on", c.tr("ui.situation.registered_on"), g_sit.registered, g_sit.registered_ok);
    field_help(c.tr("ui.situation.registered_on_help." + s.system));
    // Someone who logged elsewhere until today is not judged on the empty weeks before (issue 12.4).
    date_field(c, "situation.joblog_from", c.tr("ui.situation.joblog_from"), g_sit.joblog_from, g_sit.joblog_from_ok, true);
    field_help(c.tr("ui.situation.joblog_from_help"));
    if (s.system == kDenmark) {
        date_field(c, "situation.benefit_since", c.tr("ui.situation.benefit_since"), g_sit.benefit_since, g_sit.since_ok, true);
        field_help(c.tr("ui.situation.benefit_since_help"));
        // dk: Min Plan's "Krav til jobsøgning" sets the weekly number (FAK: 2)
        if (s.benefit == "dagpenge") {
            int_field(c, "situation.dk_per_week", c.tr("ui.situation.dk_applications_per_week"), g_sit.dk_per_week, 0, 20);
            field_help(c.tr("ui.situation.dk_applications_per_week_help"));
        }
    }
    date_field(c, "situation.birth_date", c.tr("ui.situation.birth_date"), g_sit.birth, g_sit.birth_ok, true);
    if (!choices.languages.empty()) {  // fi: Borgå's target groups read it
        choice_field(c, "situation.mother_tongue", c.tr("ui.language.mother_tongue"), languages_for(c), g_sit.language);
        if (g_sit.language == kOtherChoice)
            text_field(c, "situation.mother_tongue_other", c.tr("ui.language.other_name"), g_sit.language_other);
    }
    if (s.system == kFinland) {
        check_field(c, "situation.part_time", c.tr("ui.situation.part_time"), s.part_time);
        check_field(c, "situation.in_service", c.tr("ui.situation.in_service"), s.in_employment_service);
        check_field(c, "situation.agreed_set", c.tr("ui.situation.agreed_set"), g_sit.agreed_set);
        field_help(c.tr("ui.situation.agreed_help"));
        if (g_sit.agreed_set) {
            int_field(c, "situation.agreed", c.tr("ui.situation.agreed"), g_sit.agreed, 0,
                      choices.max_applications_per_month);
            date_field(c, "situation.plan_agreed_on", c.tr("ui.situation.plan_agreed_on"), g_sit.plan_date, g_sit.plan_ok, true);
            field_help(c.tr("ui.situation.plan_agreed_on_help"));
        }
    }
    if (s.system == kTrelleborg) {
        int_field(c, "situation.commute", c.tr("ui.situation.commute"), g_sit.commute, 0, 600);
        // The Överenskommelse's own monthly number, if it sets one (0 = none set: weeks only count).
        int_field(c, "situation.se_agreed", c.tr("ui.situation.se_agreed"), g_sit.agreed, 0, kMaxAgreedPerMonthTrelleborg);
        field_help(c.tr("ui.situation.se_agreed_help"));
        date_field(c, "situation.child_birth", c.tr("ui.situation.child_birth"), g_sit.child_birth, g_sit.child_ok, true);
        check_field(c, "situation.addiction", c.tr("ui.situation.addiction"), s.addiction_treatment);
    }
    // Only the changes some rule of this system reads (none in Finland); a stored one is kept.
    const auto changes = planned_changes_for(c, g_sit.change_kind);
    if (changes.size() > 1)
        choice_field(c, "situation.change_kind", c.tr("ui.situation.change_kind"), changes, g_sit.change_kind);
    if (!g_sit.change_kind.empty())
        date_field(c, "situation.change_date", c.tr("ui.situation.change_date"), g_sit.change_date, g_sit.change_ok);

    // Save is never greyed out (issue 12.9): pressed with a date the form cannot read, it stores
    // nothing and lists each such field at the top, with a line that leads to the field.
    std::vector<FieldProblem>& problems = g_sit.problems;
    problems.clear();
    auto check = [&](bool ok, const char* id, const char* label_key) {
        if (!ok) problems.push_back({id, c.tr("ui.form.problem_date", {{"field", c.tr(label_key)}})});
    };
    check(g_sit.registered_ok && !g_sit.registered.empty(), "situation.registered_on", "ui.situation.registered_on");
    check(g_sit.joblog_from_ok, "situation.joblog_from", "ui.situation.joblog_from");
    if (s.system == kDenmark) check(g_sit.since_ok, "situation.benefit_since", "ui.situation.benefit_since");
    check(g_sit.birth_ok, "situation.birth_date", "ui.situation.birth_date");
    if (s.system == kFinland && g_sit.agreed_set) check(g_sit.plan_ok, "situation.plan_agreed_on", "ui.situation.plan_agreed_on");
    if (s.system == kTrelleborg) check(g_sit.child_ok, "situation.child_birth", "ui.situation.child_birth");
    if (!g_sit.change_kind.empty())
        check(g_sit.change_ok && !g_sit.change_date.empty(), "situation.change_date", "ui.situation.change_date");
    if (save_button(c, "situation.save", problems, g_sit.tried)) {
        Situation out = s;
        out.municipality = chosen_municipality();
        if (!choices.languages.empty()) out.mother_tongue = chosen_language();
        out.registered_on = *field_date(c, g_sit.registered);
        out.benefit_since = field_date(c, g_sit.benefit_since);
        out.joblog_from = field_date(c, g_sit.joblog_from);
        out.birth_date = field_date(c, g_sit.birth);
        out.child_birth_date = field_date(c, g_sit.child_birth);
        if (out.system == kFinland) {
            out.agreed_applications_per_month = agreed_from_form(g_sit.agreed_set, g_sit.agreed);
            out.plan_agreed_on = g_sit.agreed_set ? field_date(c, g_sit.plan_date) : std::nullopt;
        }
        if (out.system == kDenmark)  // dk
            out.applications_per_week = g_sit.dk_per_week > 0 ? std::optional<int>(g_sit.dk_per_week) : std::nullopt;
        if (out.system == kTrelleborg) {
            out.commute_minutes = g_sit.commute > 0 ? std::optional<int>(g_sit.commute) : std::nullopt;
            out.agreed_applications_per_month = g_sit.agreed > 0 ? std::optional<int>(g_sit.agreed) : std::nullopt;
        }
        out.planned_change.reset();
        if (!g_sit.change_kind.empty()) out.planned_change = PlannedChange{g_sit.change_kind, *field_date(c, g_sit.change_date)};
        c.send(UpdateSituation{std::move(out)});
    }
}

void start_event(const Ctx& c, const Event* e) {
    g_event = EventForm{};
    g_event.open = true;
    if (e) {
        g_event.id = e->id;
        g_event.type = e->type;
        g_event.opened = *e;
        g_event.date = to_string(e->date);
        g_event.until = opt_date(e->until);
        g_event.party = e->party;
        g_event.mode = e->mode;
        g_event.note = e->note;
        g_event.lawful_excuse = e->lawful_excuse.value_or(false);
        g_event.valid_reason = answer_from(e->valid_reason);
        g_event.cause = e->cause;
        g_event.time = e->time ? format_time(*e->time, c.cat.lang()) : std::string{};
        g_event.self_supporting = answer_from(e->self_supporting);
    } else {
        g_event.date = to_string(c.state.effective_date());
        const SystemChoices& choices = system_choices_for(c);
        if (!choices.event_types.empty()) g_event.type = choices.event_types.front().id;
    }
}

// One of the core's yes/no/unknown (or cause) questions as a choice list.
void answer_field(const Ctx& c, const std::string& id, const EventQuestion& q, std::string& value) {
    std::vector<Choice> list;
    for (const Option& o : q.answers) list.push_back({o.id.c_str(), o.label_key.c_str()});
    choice_field(c, id, c.tr(q.label_key), list, value);
}

void draw_event_form(const Ctx& c) {
    heading(c.tr(g_event.id.empty() ? "ui.event.new" : "ui.event.edit"));
    // The problems are those of the last frame's fields (they are drawn below): the summary at the
    // top lists what the fields say beside them.
    if (g_event.tried) error_summary(c, g_event.problems);
    choice_field(c, "event.type", c.tr("ui.event.type"), event_types_for(c, g_event.type), g_event.type);
    field_help(c.tr("ui.event.help." + g_event.type));
    date_field(c, "event.date", c.tr("ui.event.date"), g_event.date, g_event.date_ok);
    // The core says which details of this type its rules read; the form asks only those.
    const SystemChoices& choices = system_choices_for(c);
    const bool asks_time = choices.question(g_event.type, EventDetail::time_of_day) != nullptr;
    const bool time_ok = !asks_time || g_event.time.empty() || parse_local_time(g_event.time);
    if (asks_time) {
        text_field(c, "event.time", c.tr("ui.event.time"), g_event.time);
        if (!time_ok) error_text(c, c.tr("ui.event.time_invalid"));
    }
    date_field(c, "event.until", c.tr("ui.event.until"), g_event.until, g_event.until_ok, true);
    // The reader refuses an end before the start, so the form does too, beside the field.
    const auto from = field_date(c, g_event.date), until = field_date(c, g_event.until);
    const bool order_ok = !from || !until || !(*until < *from);
    if (!order_ok) error_text(c, c.tr("ui.form.until_before_date", {{"until", g_event.until}, {"date", g_event.date}}));
    choice_field(c, "event.party", c.tr("ui.event.party"), parties_for(c, g_event.party), g_event.party);
    choice_field(c, "event.mode", c.tr("ui.event.mode"), modes_for(c), g_event.mode);
    for (const EventQuestion* q : choices.questions_for(g_event.type)) {
        switch (q->detail) {
            case EventDetail::time_of_day: continue;  // asked beside the date, above
            case EventDetail::lawful_excuse: check_field(c, "event.lawful", c.tr(q->label_key), g_event.lawful_excuse); break;
            case EventDetail::valid_reason: answer_field(c, "event.valid", *q, g_event.valid_reason); break;
            case EventDetail::leave_approved: answer_field(c, "event.leave_approved", *q, g_event.valid_reason); break;
            case EventDetail::self_supporting: answer_field(c, "event.self_supporting", *q, g_event.self_supporting); break;
            case EventDetail::sanction_cause: answer_field(c, "event.cause", *q, g_event.cause); break;
        }
        if (!q->help_key.empty()) field_help(c.tr(q->help_key));
    }
    text_field(c, "event.note", c.tr("ui.event.note"), g_event.note);
    g_event.problems.clear();
    if (!g_event.date_ok || g_event.date.empty()) g_event.problems.push_back({"event.date", c.tr("ui.event.error_date")});
    if (!time_ok) g_event.problems.push_back({"event.time", c.tr("ui.event.time_invalid")});
    if (!g_event.until_ok) g_event.problems.push_back({"event.until", c.tr("ui.event.error_until")});
    else if (!order_ok)
        g_event.problems.push_back({"event.until", c.tr("ui.form.until_before_date", {{"until", g_event.until}, {"date", g_event.date}})});
    if (save_button(c, "event.save", g_event.problems, g_event.tried)) {
        // Details the form does not ask for this type are kept as the event was opened with them
        // (an imported event of its own type); a detail of another type is not carried over.
        Event e = g_event.type == g_event.opened.type ? g_event.opened : Event{};
        e.id = g_event.id;
        e.type = g_event.type;
        e.date = *field_date(c, g_event.date);
        e.until = field_date(c, g_event.until);
        e.party = g_event.party;
        e.mode = g_event.mode;
        e.note = g_event.note;
        for (const EventQuestion* q : choices.questions_for(e.type)) {
            switch (q->detail) {
                case EventDetail::time_of_day: e.time = parse_local_time(g_event.time); break;
                case EventDetail::lawful_excuse: e.lawful_excuse = g_event.lawful_excuse; break;
                case EventDetail::valid_reason:
                case EventDetail::leave_approved: e.valid_reason = answer_to(g_event.valid_reason); break;
                case EventDetail::self_supporting: e.self_supporting = answer_to(g_event.self_supporting); break;
                case EventDetail::sanction_cause: e.cause = g_event.cause; break;
            }
        }
        c.send(SaveEvent{std::move(e)});
        g_event.open = false;
    }
    same_line_if_fits(c.tr("ui.cancel"));
    if (button("event.cancel", c.tr("ui.cancel"))) g_event.open = false;
}

void draw_events(const Ctx& c) {
    heading(c.tr("ui.events.heading"));
    muted(c.tr("ui.events.help"));
    if (g_event.open) {
        draw_event_form(c);
        return;
    }
    if (button("event.add", c.tr("ui.event.add"), true)) start_event(c, nullptr);
    for (const Event& e : c.state.profile->events) {
        ImGui::PushID(e.id.c_str());
        const std::string line = format_date(c, e.date) + " \xE2\x80\x94 " + c.tr("ui.event." + e.type) +
                                 (e.party.empty() ? "" : " (" + c.tr("ui.party." + e.party) + ")");
        // A button, not a Selectable: the line wraps on a phone and is announced on keyboard focus.
        if (button("event.row." + e.id, line)) start_event(c, &e);
        if (!e.note.empty()) muted(c.personal(e.note));
        if (small_button(c.tr("ui.delete"))) c.send(DeleteEvent{e.id});
        track("event.delete." + e.id);
        ImGui::PopID();
    }
}

}  // namespace

void draw_situation(const Ctx& c) {
    if (!c.state.profile) return;
    load_form(c);
    draw_situation_form(c);
    draw_events(c);
}

}  // namespace jobbplan::web::ui
