// My situation: the profile's situation fields for the chosen system, validated as you type, and
// the dated event log (meetings held or missed, reminders, plan sent/signed, sickness, leave ...).
#include "app/form_model.hpp"
#include "jobbplan/local_format.hpp"
#include "ui/choices.hpp"
#include "ui/form.hpp"
#include "ui/ui.hpp"

namespace jobbplan::web::ui {
namespace {


std::string opt_date(const std::optional<Date>& d) { return d ? to_string(*d) : std::string(); }

void load_form(const Ctx& c) {
    if (c.ui.situation.generation == c.state.generation) return;
    c.ui.situation = SituationForm{};
    c.ui.situation.generation = c.state.generation;
    c.ui.situation.s = c.state.profile->situation;
    c.ui.situation.registered = to_string(c.ui.situation.s.registered_on);
    c.ui.situation.benefit_since = opt_date(c.ui.situation.s.benefit_since);
    c.ui.situation.joblog_from = opt_date(c.ui.situation.s.joblog_from);
    c.ui.situation.birth = opt_date(c.ui.situation.s.birth_date);
    c.ui.situation.child_birth = opt_date(c.ui.situation.s.child_birth_date);
    c.ui.situation.agreed_set = c.ui.situation.s.agreed_applications_per_month.has_value();
    c.ui.situation.agreed = c.ui.situation.s.agreed_applications_per_month.value_or(0);
    c.ui.situation.plan_date = opt_date(c.ui.situation.s.plan_agreed_on);
    c.ui.situation.commute = c.ui.situation.s.commute_minutes.value_or(0);
    c.ui.situation.trip_km = c.ui.situation.s.activity_trip_km.value_or(0);
    c.ui.situation.dk_per_week = c.ui.situation.s.applications_per_week.value_or(0);  // dk
    if (c.ui.situation.s.planned_change) {
        c.ui.situation.change_kind = c.ui.situation.s.planned_change->kind;
        c.ui.situation.change_date = to_string(c.ui.situation.s.planned_change->date);
    }
    // A name typed before the list existed ("porvoo ") is the listed place; any other stays as typed.
    const SystemChoices& choices = system_choices_for(c);
    c.ui.situation.municipality = municipality_choice(choices, c.ui.situation.s.municipality);
    if (c.ui.situation.municipality == kOtherChoice) c.ui.situation.municipality_other = c.ui.situation.s.municipality;
    c.ui.situation.language = language_choice(choices, c.ui.situation.s.mother_tongue);
    if (c.ui.situation.language == kOtherChoice && c.ui.situation.s.mother_tongue != kOtherChoice) c.ui.situation.language_other = c.ui.situation.s.mother_tongue;
}

// What the municipality and mother tongue fields hold, as the profile stores them.
std::string chosen_municipality(const SituationForm& f) {
    return f.municipality == kOtherChoice ? f.municipality_other : f.municipality;
}
std::string chosen_language(const SituationForm& f) {
    if (f.language != kOtherChoice) return f.language;
    // "Another language" is a foreign one whatever its name: stored as typed, or as "other".
    return f.language_other.empty() ? std::string(kOtherChoice) : f.language_other;
}

void draw_situation_form(const Ctx& c) {
    Situation& s = c.ui.situation.s;
    const SystemChoices& choices = system_choices_for(c);
    heading(c.tr("ui.situation.heading", {{"system", c.tr("ui.system." + s.system)}}));
    // The problems are those of the last frame's fields (drawn below), listed where the form begins.
    if (c.ui.situation.tried) error_summary(c, c.ui.situation.problems);
    choice_field(c, "situation.municipality", c.tr("ui.situation.municipality"), municipalities_for(c), c.ui.situation.municipality);
    if (c.ui.situation.municipality == kOtherChoice)
        text_field(c, "situation.municipality_other", c.tr("ui.municipality.other_name"), c.ui.situation.municipality_other);
    choice_field(c, "situation.benefit", c.tr("ui.situation.benefit"), benefits_for(c, s.benefit), s.benefit);
    date_field(c, "situation.registered_on", c.tr("ui.situation.registered_on"), c.ui.situation.registered, c.ui.situation.registered_ok);
    field_help(c.tr("ui.situation.registered_on_help." + s.system));
    // Someone who logged elsewhere until today is not judged on the empty weeks before (issue 12.4).
    date_field(c, "situation.joblog_from", c.tr("ui.situation.joblog_from"), c.ui.situation.joblog_from, c.ui.situation.joblog_from_ok, true);
    field_help(c.tr("ui.situation.joblog_from_help"));
    // The facts a rule of this system reads, and only those (SystemChoices::situation_fields); each
    // number's bounds are the core's. Where a number's lowest is above 0, 0 stands for "not entered".
    const std::string& benefit = s.benefit;
    auto asked = [&](SituationField f) { return choices.asks(f, benefit); };
    auto highest = [&](SituationField f) { return asked(f)->bounds.max; };
    if (asked(SituationField::benefit_since)) {
        date_field(c, "situation.benefit_since", c.tr("ui.situation.benefit_since"), c.ui.situation.benefit_since, c.ui.situation.since_ok, true);
        field_help(c.tr("ui.situation.benefit_since_help"));
    }
    if (asked(SituationField::applications_per_week)) {  // dk: Min Plan's "Krav til jobsøgning" (FAK: 2)
        int_field(c, "situation.dk_per_week", c.tr("ui.situation.dk_applications_per_week"), c.ui.situation.dk_per_week, 0,
                  highest(SituationField::applications_per_week));
        field_help(c.tr("ui.situation.dk_applications_per_week_help"));
    }
    if (asked(SituationField::birth_date))
        date_field(c, "situation.birth_date", c.tr("ui.situation.birth_date"), c.ui.situation.birth, c.ui.situation.birth_ok, true);
    if (asked(SituationField::mother_tongue)) {  // fi: Borgå's target groups read it
        choice_field(c, "situation.mother_tongue", c.tr("ui.language.mother_tongue"), languages_for(c), c.ui.situation.language);
        if (c.ui.situation.language == kOtherChoice)
            text_field(c, "situation.mother_tongue_other", c.tr("ui.language.other_name"), c.ui.situation.language_other);
    }
    if (asked(SituationField::part_time)) check_field(c, "situation.part_time", c.tr("ui.situation.part_time"), s.part_time);
    if (asked(SituationField::in_employment_service))
        check_field(c, "situation.in_service", c.tr("ui.situation.in_service"), s.in_employment_service);
    // fi: the number agreed in the employment plan and the plan's date; an unknown number is not 0,
    // so "agreed in my plan" is ticked first.
    if (asked(SituationField::plan_agreed_on)) {
        check_field(c, "situation.agreed_set", c.tr("ui.situation.agreed_set"), c.ui.situation.agreed_set);
        field_help(c.tr("ui.situation.agreed_help"));
        if (c.ui.situation.agreed_set) {
            if (asked(SituationField::agreed_per_month))
                int_field(c, "situation.agreed", c.tr("ui.situation.agreed"), c.ui.situation.agreed, 0,
                          highest(SituationField::agreed_per_month));
            date_field(c, "situation.plan_agreed_on", c.tr("ui.situation.plan_agreed_on"), c.ui.situation.plan_date, c.ui.situation.plan_ok, true);
            field_help(c.tr("ui.situation.plan_agreed_on_help"));
        }
    }
    if (asked(SituationField::commute_minutes))
        int_field(c, "situation.commute", c.tr("ui.situation.commute"), c.ui.situation.commute, 0, highest(SituationField::commute_minutes));
    if (asked(SituationField::agreed_per_month) && !asked(SituationField::plan_agreed_on)) {
        // se: the Överenskommelse's own monthly number, if it sets one (0 = none set: weeks only count).
        int_field(c, "situation.se_agreed", c.tr("ui.situation.se_agreed"), c.ui.situation.agreed, 0, highest(SituationField::agreed_per_month));
        field_help(c.tr("ui.situation.se_agreed_help"));
    }
    if (asked(SituationField::child_birth_date))
        date_field(c, "situation.child_birth", c.tr("ui.situation.child_birth"), c.ui.situation.child_birth, c.ui.situation.child_ok, true);
    if (asked(SituationField::addiction_treatment))
        check_field(c, "situation.addiction", c.tr("ui.situation.addiction"), s.addiction_treatment);
    if (asked(SituationField::availability)) {
        std::vector<Choice> availability;
        for (const Option& o : choices.availabilities) availability.push_back({o.id.c_str(), o.label_key.c_str()});
        choice_field(c, "situation.availability", c.tr("ui.situation.availability"), availability, s.availability);
        field_help(c.tr("ui.situation.availability_help"));
    }
    if (asked(SituationField::activity_trip_km)) {
        int_field(c, "situation.trip_km", c.tr("ui.situation.trip_km"), c.ui.situation.trip_km, 0, highest(SituationField::activity_trip_km));
        field_help(c.tr("ui.situation.trip_km_help"));
    }
    // Only the changes some rule of this system reads (none in Finland); a stored one is kept.
    const auto changes = planned_changes_for(c, c.ui.situation.change_kind);
    if (changes.size() > 1)
        choice_field(c, "situation.change_kind", c.tr("ui.situation.change_kind"), changes, c.ui.situation.change_kind);
    if (!c.ui.situation.change_kind.empty())
        date_field(c, "situation.change_date", c.tr("ui.situation.change_date"), c.ui.situation.change_date, c.ui.situation.change_ok);

    // Save is never greyed out (issue 12.9): pressed with a date the form cannot read, it stores
    // nothing and lists each such field at the top, with a line that leads to the field.
    std::vector<FieldProblem>& problems = c.ui.situation.problems;
    problems.clear();
    auto check = [&](bool ok, const char* id, const char* label_key) {
        if (!ok) problems.push_back({id, c.tr("ui.form.problem_date", {{"field", c.tr(label_key)}})});
    };
    check(c.ui.situation.registered_ok && !c.ui.situation.registered.empty(), "situation.registered_on", "ui.situation.registered_on");
    check(c.ui.situation.joblog_from_ok, "situation.joblog_from", "ui.situation.joblog_from");
    if (asked(SituationField::benefit_since)) check(c.ui.situation.since_ok, "situation.benefit_since", "ui.situation.benefit_since");
    if (asked(SituationField::birth_date)) check(c.ui.situation.birth_ok, "situation.birth_date", "ui.situation.birth_date");
    if (asked(SituationField::plan_agreed_on) && c.ui.situation.agreed_set)
        check(c.ui.situation.plan_ok, "situation.plan_agreed_on", "ui.situation.plan_agreed_on");
    if (asked(SituationField::child_birth_date)) check(c.ui.situation.child_ok, "situation.child_birth", "ui.situation.child_birth");
    if (!c.ui.situation.change_kind.empty())
        check(c.ui.situation.change_ok && !c.ui.situation.change_date.empty(), "situation.change_date", "ui.situation.change_date");
    if (save_button(c, "situation.save", problems, c.ui.situation.tried)) {
        Situation out = s;
        out.municipality = chosen_municipality(c.ui.situation);
        if (asked(SituationField::mother_tongue)) out.mother_tongue = chosen_language(c.ui.situation);
        out.registered_on = *field_date(c, c.ui.situation.registered);
        out.benefit_since = field_date(c, c.ui.situation.benefit_since);
        out.joblog_from = field_date(c, c.ui.situation.joblog_from);
        out.birth_date = field_date(c, c.ui.situation.birth);
        out.child_birth_date = field_date(c, c.ui.situation.child_birth);
        // A field not asked keeps what is stored (an import, another benefit chosen a moment ago).
        auto entered = [](int v) { return v > 0 ? std::optional<int>(v) : std::nullopt; };
        if (asked(SituationField::plan_agreed_on)) {
            out.agreed_applications_per_month = agreed_from_form(c.ui.situation.agreed_set, c.ui.situation.agreed);
            out.plan_agreed_on = c.ui.situation.agreed_set ? field_date(c, c.ui.situation.plan_date) : std::nullopt;
        } else if (asked(SituationField::agreed_per_month)) {
            out.agreed_applications_per_month = entered(c.ui.situation.agreed);
        }
        if (asked(SituationField::applications_per_week)) out.applications_per_week = entered(c.ui.situation.dk_per_week);
        if (asked(SituationField::commute_minutes)) out.commute_minutes = entered(c.ui.situation.commute);
        if (asked(SituationField::activity_trip_km)) out.activity_trip_km = entered(c.ui.situation.trip_km);
        out.planned_change.reset();
        if (!c.ui.situation.change_kind.empty()) out.planned_change = PlannedChange{c.ui.situation.change_kind, *field_date(c, c.ui.situation.change_date)};
        c.send(UpdateSituation{std::move(out)});
    }
}

void start_event(const Ctx& c, const Event* e) {
    c.ui.event = EventForm{};
    c.ui.event.open = true;
    if (e) {
        c.ui.event.id = e->id;
        c.ui.event.type = e->type;
        c.ui.event.opened = *e;
        c.ui.event.date = to_string(e->date);
        c.ui.event.until = opt_date(e->until);
        c.ui.event.party = e->party;
        c.ui.event.mode = e->mode;
        c.ui.event.note = e->note;
        c.ui.event.lawful_excuse = answer_from(e->lawful_excuse);
        c.ui.event.valid_reason = answer_from(e->valid_reason);
        c.ui.event.cause = e->cause;
        c.ui.event.time = e->time ? format_time(*e->time, c.cat.lang()) : std::string{};
        c.ui.event.self_supporting = answer_from(e->self_supporting);
    } else {
        c.ui.event.date = to_string(c.state.effective_date());
        const SystemChoices& choices = system_choices_for(c);
        if (!choices.event_types.empty()) c.ui.event.type = choices.event_types.front().id;
    }
}

// One of the core's yes/no/unknown (or cause) questions as a choice list.
void answer_field(const Ctx& c, const std::string& id, const EventQuestion& q, std::string& value) {
    std::vector<Choice> list;
    for (const Option& o : q.answers) list.push_back({o.id.c_str(), o.label_key.c_str()});
    choice_field(c, id, c.tr(q.label_key), list, value);
}

void draw_event_form(const Ctx& c) {
    heading(c.tr(c.ui.event.id.empty() ? "ui.event.new" : "ui.event.edit"));
    // The problems are those of the last frame's fields (they are drawn below): the summary at the
    // top lists what the fields say beside them.
    if (c.ui.event.tried) error_summary(c, c.ui.event.problems);
    choice_field(c, "event.type", c.tr("ui.event.type"), event_types_for(c, c.ui.event.type), c.ui.event.type);
    field_help(c.tr("ui.event.help." + c.ui.event.type));
    date_field(c, "event.date", c.tr("ui.event.date"), c.ui.event.date, c.ui.event.date_ok);
    // The core says which details of this type its rules read; the form asks only those.
    const SystemChoices& choices = system_choices_for(c);
    const bool asks_time = choices.question(c.ui.event.type, EventDetail::time_of_day) != nullptr;
    const bool time_ok = !asks_time || c.ui.event.time.empty() || parse_local_time(c.ui.event.time);
    if (asks_time) {
        text_field(c, "event.time", c.tr("ui.event.time"), c.ui.event.time);
        if (!time_ok) error_text(c, c.tr("ui.event.time_invalid"));
    }
    date_field(c, "event.until", c.tr("ui.event.until"), c.ui.event.until, c.ui.event.until_ok, true);
    // The reader refuses an end before the start, so the form does too, beside the field.
    const auto from = field_date(c, c.ui.event.date), until = field_date(c, c.ui.event.until);
    const bool order_ok = !from || !until || !(*until < *from);
    if (!order_ok) error_text(c, c.tr("ui.form.until_before_date", {{"until", c.ui.event.until}, {"date", c.ui.event.date}}));
    choice_field(c, "event.party", c.tr("ui.event.party"), parties_for(c, c.ui.event.party), c.ui.event.party);
    choice_field(c, "event.mode", c.tr("ui.event.mode"), modes_for(c), c.ui.event.mode);
    for (const EventQuestion* q : choices.questions_for(c.ui.event.type)) {
        switch (q->detail) {
            case EventDetail::time_of_day: continue;  // asked beside the date, above
            case EventDetail::lawful_excuse: answer_field(c, "event.lawful", *q, c.ui.event.lawful_excuse); break;
            case EventDetail::valid_reason: answer_field(c, "event.valid", *q, c.ui.event.valid_reason); break;
            case EventDetail::leave_approved: answer_field(c, "event.leave_approved", *q, c.ui.event.valid_reason); break;
            case EventDetail::self_supporting: answer_field(c, "event.self_supporting", *q, c.ui.event.self_supporting); break;
            case EventDetail::sanction_cause:
            case EventDetail::studies_kind: answer_field(c, "event.cause", *q, c.ui.event.cause); break;
        }
        if (!q->help_key.empty()) field_help(c.tr(q->help_key));
    }
    text_field(c, "event.note", c.tr("ui.event.note"), c.ui.event.note);
    c.ui.event.problems.clear();
    if (!c.ui.event.date_ok || c.ui.event.date.empty()) c.ui.event.problems.push_back({"event.date", c.tr("ui.event.error_date")});
    if (!time_ok) c.ui.event.problems.push_back({"event.time", c.tr("ui.event.time_invalid")});
    if (!c.ui.event.until_ok) c.ui.event.problems.push_back({"event.until", c.tr("ui.event.error_until")});
    else if (!order_ok)
        c.ui.event.problems.push_back({"event.until", c.tr("ui.form.until_before_date", {{"until", c.ui.event.until}, {"date", c.ui.event.date}})});
    if (save_button(c, "event.save", c.ui.event.problems, c.ui.event.tried)) {
        // Details the form does not ask for this type are kept as the event was opened with them
        // (an imported event of its own type); a detail of another type is not carried over.
        Event e = c.ui.event.type == c.ui.event.opened.type ? c.ui.event.opened : Event{};
        e.id = c.ui.event.id;
        e.type = c.ui.event.type;
        e.date = *field_date(c, c.ui.event.date);
        e.until = field_date(c, c.ui.event.until);
        e.party = c.ui.event.party;
        e.mode = c.ui.event.mode;
        e.note = c.ui.event.note;
        for (const EventQuestion* q : choices.questions_for(e.type)) {
            switch (q->detail) {
                case EventDetail::time_of_day: e.time = parse_local_time(c.ui.event.time); break;
                case EventDetail::lawful_excuse: e.lawful_excuse = answer_to(c.ui.event.lawful_excuse); break;
                case EventDetail::valid_reason:
                case EventDetail::leave_approved: e.valid_reason = answer_to(c.ui.event.valid_reason); break;
                case EventDetail::self_supporting: e.self_supporting = answer_to(c.ui.event.self_supporting); break;
                case EventDetail::sanction_cause:
                case EventDetail::studies_kind: e.cause = c.ui.event.cause; break;
            }
        }
        c.send(SaveEvent{std::move(e)});
        c.ui.event.open = false;
    }
    same_line_if_fits(c.tr("ui.cancel"));
    if (button("event.cancel", c.tr("ui.cancel"))) c.ui.event.open = false;
}

void draw_events(const Ctx& c) {
    heading(c.tr("ui.events.heading"));
    muted(c.tr("ui.events.help"));
    if (c.ui.event.open) {
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
