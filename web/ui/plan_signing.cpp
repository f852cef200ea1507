// Trelleborg's signing on the Plan screen (seed 004: the plan is sent to Mina ärenden the same day
// and must be signed with BankID within 48 hours, or it is withdrawn). The jobseeker says when the
// plan arrived and when they signed, each at the minute they press; the deadline and whether it was
// met are the report's (se.plan.sign), and only the time left on the clock is counted here.
#include "ui/a11y_mirror.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"
#include "jobbplan/choices.hpp"
#include "jobbplan/local_format.hpp"

namespace jobbplan::web::ui {
namespace {

// The latest event of `type` up to the report's day: the plan it speaks of is the latest one sent.
// Events after that day are skipped, so a demo clock set back shows the plan as it stood then.
const Event* latest(const Profile& p, const std::string& type, Date on) {
    const Event* last = nullptr;
    for (const Event& e : p.events)
        if (e.type == type && !(on < e.date) && (!last || !(e.date < last->date))) last = &e;
    return last;
}

std::string time_left_text(const Ctx& c, const Deadline& d) {
    const long long left = minutes_between(c.state.effective_date(), c.state.minute, d.due, d.due_time.value_or(TimeOfDay{1439}));
    if (left <= 0) return c.tr("ui.sign.time_up");
    if (left < 60) return c.tr("ui.sign.left_minutes", {{"n", std::to_string(left)}});
    return c.tr("ui.sign.left_hours", {{"n", std::to_string(left / 60)}});
}

// What the block says, line by line, for the screen and for the screen-reader mirror alike.
struct SigningText {
    const Deadline* deadline = nullptr;  // the latest plan's; nullptr before any plan was sent
    std::string intro;                   // before any plan: what will happen
    std::string received, due, left, outcome;
};

SigningText signing_text(const Ctx& c, const PlanSigning& signing) {
    const Report& r = *c.state.report;
    const Profile& p = *c.state.profile;
    const std::string& lang = c.cat.lang();
    SigningText t;
    const Deadline* d = last_deadline(r, signing.deadline_key);
    const Event* sent = latest(p, signing.sent_event, c.state.effective_date());
    if (!d || !sent) {
        t.intro = c.tr(signing.how.text_key, signing.how.params);
        return t;
    }
    t.deadline = d;
    t.received = sent->time ? c.tr("ui.sign.received_at", {{"date", format_date(c, sent->date)}, {"time", format_time(*sent->time, lang)}})
                            : c.tr("ui.sign.received_on", {{"date", format_date(c, sent->date)}});
    if (d->status == DeadlineStatus::Open) {
        t.due = c.tr("ui.sign.due", {{"date", format_date(c, d->due)}, {"time", format_time(d->due_time.value_or(TimeOfDay{1439}), lang)}});
        // The report is made for a day; on the last day the clock says whether minutes are left.
        if (!c.state.settings.demo_today) t.left = time_left_text(c, *d);
    } else {
        const Event* signed_event = latest(p, signing.signed_event, c.state.effective_date());
        t.outcome = d->status == DeadlineStatus::Met && signed_event ? c.tr("ui.sign.done", {{"date", format_date(c, signed_event->date)}})
                                                       : c.tr("ui.sign.withdrawn");
    }
    return t;
}

// Under the caseworker's demo clock the block shows the plan as it stood that day, and records
// nothing: a press would store today's real minute, which the demo day cannot see.
bool records(const Ctx& c) { return !c.state.settings.demo_today; }

void record_button(const Ctx& c, const char* id, const std::string& label, const std::string& event, bool primary) {
    if (!records(c)) return;
    if (button(id, label, primary)) c.send(RecordNow{event});
}

}  // namespace

void draw_plan_signing(const Ctx& c, const PlanSigning& signing) {
    const Palette& pal = palette(c.state.settings.shown_theme());
    const SigningText t = signing_text(c, signing);
    ImGui::Spacing();
    heading(c.tr("ui.sign.heading"));
    if (!t.deadline) {
        // Nothing to sign yet: what will happen, and the one thing to press when it does.
        wrapped(t.intro);
        track("sign.how");
        explanation(c, "sign.how", signing.how);
        record_button(c, "sign.received", c.tr("ui.sign.received"), signing.sent_event, true);
        if (!records(c)) muted(c.tr("ui.sign.demo"));
        return;
    }
    wrapped(t.received);
    track("sign.received_line");
    if (!t.due.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal.warn);
        wrapped(t.due);
        ImGui::PopStyleColor();
        track("sign.due");
        if (!t.left.empty()) {
            wrapped(t.left);
            track("sign.left");
        }
        explanation(c, "sign.due", t.deadline->why);
        record_button(c, "sign.signed", c.tr("ui.sign.signed"), signing.signed_event, true);
        wrapped(c.tr(signing.problems.text_key));
        track("sign.problems");
        explanation(c, "sign.problems", signing.problems);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, t.deadline->status == DeadlineStatus::Met ? pal.ok : pal.bad);
        wrapped(t.outcome);
        ImGui::PopStyleColor();
        track("sign.outcome");
        explanation(c, "sign.outcome", t.deadline->why);
        record_button(c, "sign.received", c.tr("ui.sign.received_new"), signing.sent_event, false);
    }
    muted(c.tr(records(c) ? "ui.sign.change" : "ui.sign.demo"));
}

void mirror_plan_signing(const Ctx& c, const PlanSigning& signing, std::vector<MirrorItem>& out) {
    const SigningText t = signing_text(c, signing);
    out.push_back({"h2", c.tr("ui.sign.heading")});
    for (const std::string* line : {&t.intro, &t.received, &t.due, &t.left, &t.outcome})
        if (!line->empty()) out.push_back({"p", *line});
    if (!t.due.empty()) out.push_back({"p", c.tr(signing.problems.text_key)});
    if (!records(c)) out.push_back({"p", c.tr("ui.sign.demo")});
}

}  // namespace jobbplan::web::ui
