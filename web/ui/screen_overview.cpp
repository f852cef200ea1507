// Overview: "what must I do" — this period's applications, the next meeting and deadline, the
// consequence ladder, standing obligations. Every figure opens its explanation.
#include "app/report_view.hpp"
#include "ui/ladder_steps.hpp"
#include "ui/period_strip.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"
#include "jobbplan/headline.hpp"
#include "jobbplan/report_text.hpp"

#include <algorithm>

namespace jobbplan::web::ui {
namespace {

void draw_period(const Ctx& c, const ApplicationPeriod& p) {
    heading(c.tr("ui.overview.applications"));
    const Palette& pal = palette(c.state.settings.shown_theme());
    if (p.exempt) {
        wrapped(c.tr("ui.overview.exempt", {{"period", p.label}}));
    } else {
        const std::string progress = c.tr(progress_key(p), {{"counted", std::to_string(p.counted)},
                                                                   {"required", std::to_string(p.required)},
                                                                   {"period", p.label},
                                                                   {"end", format_date(c, p.end)}});
        // A bar only against a number: with none set (or none agreed yet) a full green bar would
        // read "done" and an empty one "nothing done"; the sentence below says what is counted.
        if (p.judged && p.required > 0) {
            const float fraction = std::min(1.0f, static_cast<float>(p.counted) / p.required);
            ImGui::PushStyleColor(ImGuiCol_PlotHistogram, p.shortfall() == 0 ? pal.ok : pal.accent);
            ImGui::ProgressBar(fraction, ImVec2(-1, 0), (std::to_string(p.counted) + " / " + std::to_string(p.required)).c_str());
            ImGui::PopStyleColor();
            track("overview.progress");
        }
        wrapped(progress);
        wrapped(days_left_text(c, c.state.effective_date(), p.end));
    }
    explanation(c, "period", p.why);
}

}  // namespace

// The documents this answer rests on, with their dates, and whether the rules may have changed
// since (issue 11 §4): said on every report, never left out.
void draw_sources(const Ctx& c, const Report& r) {
    if (r.sources.empty()) return;
    heading(c.tr("ui.overview.sources"));
    const bool old = std::any_of(r.sources.begin(), r.sources.end(), [](const ReportSource& s) { return s.may_have_changed; });
    if (old) ImGui::PushStyleColor(ImGuiCol_Text, palette(c.state.settings.shown_theme()).warn);
    wrapped(c.tr(old ? "notice.sources_may_have_changed" : "notice.sources_current"));
    if (old) ImGui::PopStyleColor();
    track("overview.sources");
    for (const ReportSource& s : r.sources) muted("\xE2\x80\xA2 " + c.tr(s.title_key));
}

void draw_overview(const Ctx& c) {
    if (!c.state.report) {
        wrapped(c.tr("ui.overview.no_profile"));
        return;
    }
    const Report& r = *c.state.report;
    const Date today = c.state.effective_date();
    // A demo persona is looked at, not kept; one tap makes it the user's own (undoable).
    if (c.state.sandbox && c.state.sandbox->example) {
        muted(c.tr("ui.sandbox.keep_help"));
        if (button("sandbox.keep", c.tr("ui.sandbox.keep"))) c.send(KeepSandboxProfile{});
    }
    // Back after some days: what closed and passed meanwhile, before today's answer.
    draw_since_last_visit(c);
    heading(c.tr("ui.overview.heading", {{"date", format_date(c, today)}}));
    // The answer first: the number and the date, then the one next step (issue 12.6).
    const Headline h = headline(r);
    const Palette& pal0 = palette(c.state.settings.shown_theme());
    ImGui::SetWindowFontScale(1.25f);
    wrapped(c.tr(h.answer.key, h.answer.params));
    ImGui::SetWindowFontScale(1.0f);
    track("overview.answer");
    if (h.behind) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal0.warn);
        wrapped("\xE2\x9A\xA0 " + c.tr(h.behind->key, h.behind->params) +
                (h.behind_more ? " " + c.tr(h.behind_more->key, h.behind_more->params) : std::string()));
        ImGui::PopStyleColor();
        track("overview.behind");
    }
    switch (h.next) {
        case NextStep::LogApplication:
            if (button("overview.next", c.tr("ui.next.log_application"), true)) c.send(GoTo{Screen::Joblog});
            break;
        case NextStep::SeeDeadline:
            if (button("overview.next", c.tr("ui.next.see_calendar"), true)) c.send(GoTo{Screen::Calendar});
            break;
        case NextStep::OpenSituation:
            if (button("overview.next", c.tr("ui.next.open_situation"), true)) c.send(GoTo{Screen::Situation});
            break;
        case NextStep::AnswerQuestion:
            if (button("overview.next", c.tr("ui.next.answer_question"), true)) c.send(GoTo{Screen::Situation});
            break;
        case NextStep::ContactOffice: wrapped(c.tr("ui.next.contact_office")); break;
        case NextStep::None: break;
    }
    if (h.answer.key != r.status_key) muted(c.tr(r.status_key));
    track("overview.status");
    // The rule and passage behind what was just said: the status's own fact when its line is shown
    // (the answer's period has its own "Why?" below), else the answer's.
    const Explanation& answer_why = h.answer.key != r.status_key ? r.status_why : h.why;
    if (!answer_why.rule_id.empty()) explanation(c, "answer", answer_why);

    ImGui::Spacing();
    wrapped(c.tr("ui.overview.provider") + ": " + c.tr(r.provider.key));
    explanation(c, "provider", r.provider.why);

    if (const ApplicationPeriod* p = current_period(r)) {
        draw_period(c, *p);
        draw_period_strip(c, r);
    }

    // Late ones in their own block, in the colour and with the sign of a problem, apart from what is open.
    bool late_heading = false;
    for (const Deadline& d : r.deadlines) {
        if (d.status != DeadlineStatus::Overdue) continue;
        if (!late_heading) {
            heading(c.tr("ui.overview.late"));
            late_heading = true;
        }
        ImGui::PushStyleColor(ImGuiCol_Text, pal0.bad);
        // The date first: the sentence ends with its own full stop.
        wrapped("\xE2\x9C\x97 " + format_date(c, d.due) + ": " + c.tr(d.kind_key, deadline_params(d)));
        ImGui::PopStyleColor();
        track("overview.late." + d.kind_key);
    }

    heading(c.tr("ui.overview.next_meeting"));
    if (const Meeting* m = next_meeting(r)) {
        wrapped(c.tr(m->kind_key, meeting_params(*m)));
        wrapped(c.tr("ui.overview.window", {{"from", format_date(c, m->earliest)}, {"to", format_date(c, m->latest)}}) +
                " (" + days_left_text(c, today, m->latest) + ")");
        if (!m->mode_key.empty()) muted(c.tr(m->mode_key));
        muted(c.tr("ui.status." + to_string(m->status)));
        if (m->decided_by) muted(decided_by_text(*m->decided_by, c.cat));
        explanation(c, "meeting", m->why);
    } else {
        muted(c.tr("ui.overview.none"));
    }

    heading(c.tr("ui.overview.next_deadline"));
    if (const Deadline* d = next_deadline(r)) {
        wrapped(c.tr(d->kind_key, deadline_params(*d)));
        wrapped(format_date(c, d->due) + " (" + days_left_text(c, today, d->due) + ")");
        muted(c.tr("ui.status." + to_string(d->status)));
        if (d->decided_by) muted(decided_by_text(*d->decided_by, c.cat));
        explanation(c, "deadline", d->why);
    } else {
        muted(c.tr("ui.overview.none"));
    }

    // Where the official actions are done (issue 12.14): the name, the address to copy; the page
    // itself never opens them (no request leaves it).
    if (!r.services.empty()) {
        heading(c.tr("ui.overview.services"));
        if (std::any_of(r.services.begin(), r.services.end(), [](const OfficialService& s) { return !s.address.empty(); }))
            muted(c.tr("ui.services.help"));
        for (size_t i = 0; i < r.services.size(); ++i) {
            const OfficialService& s = r.services[i];
            wrapped(c.tr(s.name_key) + (s.address.empty() ? std::string() : ": " + s.address));
            track("service." + std::to_string(i));
            wrapped(c.tr(s.why.text_key, s.why.params));
            if (s.address.empty()) {
                if (!s.why.note_key.empty()) muted(c.tr(s.why.note_key, s.why.params));  // ask the office
            } else {
                ImGui::PushID(static_cast<int>(i));
                if (button("service.copy." + std::to_string(i), c.tr("ui.services.copy"))) c.send(CopyText{s.address});
                ImGui::PopID();
            }
            explanation(c, "service." + std::to_string(i), s.why);
        }
    }

    heading(c.tr("ui.overview.consequences"));
    const Palette& pal = palette(c.state.settings.shown_theme());
    // fi without a benefit: the core gives no ladder and says why among the notices.
    if (r.consequences.steps.empty()) muted(c.tr("ui.overview.none"));
    draw_ladder_steps(c, r.consequences);
    const bool ladder = r.consequences.escalates;
    for (size_t i = 0; i < r.consequences.steps.size(); ++i) {
        const ConsequenceStep& s = r.consequences.steps[i];
        // "You are here" only on a step a recorded event supports; what the log alone points to
        // is what can happen now, and every other step is what can happen (issue 12.4). Separate
        // outcomes (dk) are not numbered, and each one a recorded event supports "has happened".
        const bool current = ladder ? static_cast<int>(i) == r.consequences.current : s.reached;
        const bool next = !s.at_risk && static_cast<int>(i) == r.consequences.next();
        const char* marker = s.reached ? "\xE2\x97\x8F" : s.at_risk ? "\xE2\x9A\xA0" : "\xE2\x97\x8B";  // filled / warning / hollow
        const std::string label = current    ? c.tr(ladder ? "ui.overview.you_are_here" : "ui.overview.happened")
                                  : s.at_risk ? c.tr("ui.overview.at_risk")
                                  : next      ? c.tr("ui.overview.next_step")
                                              : std::string();
        const std::string number = ladder ? std::to_string(i + 1) + ". " : std::string();
        ImGui::PushStyleColor(ImGuiCol_Text, current ? pal.bad : (s.at_risk || next) ? pal.warn : pal.text);
        ImGui::TextWrapped("%s %s%s%s", marker, number.c_str(), c.tr(s.key, step_params(s)).c_str(),
                           label.empty() ? "" : (" \xE2\x86\x90 " + label).c_str());
        ImGui::PopStyleColor();
        explanation(c, "consequence." + std::to_string(i), s.why);
    }

    if (!r.notices.empty()) {
        heading(c.tr("ui.overview.notices"));
        for (size_t i = 0; i < r.notices.size(); ++i) {
            wrapped("\xE2\x80\xA2 " + c.tr(r.notices[i].text_key, r.notices[i].params));
            explanation(c, "notice." + std::to_string(i), r.notices[i]);
        }
    }
    if (!r.obligations.empty()) {
        heading(c.tr("ui.overview.obligations"));
        for (size_t i = 0; i < r.obligations.size(); ++i) {
            wrapped("\xE2\x80\xA2 " + c.tr(r.obligations[i].key, r.obligations[i].why.params));
            explanation(c, "obligation." + std::to_string(i), r.obligations[i].why);
        }
    }
    draw_sources(c, r);
}

}  // namespace jobbplan::web::ui
