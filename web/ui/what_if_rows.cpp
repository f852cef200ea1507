#include "ui/what_if_rows.hpp"

#include "app/report_view.hpp"
#include "jobbplan/report_text.hpp"

namespace jobbplan::web::ui {
namespace {

std::string period_text(const Ctx& c, const Report& r) {
    const ApplicationPeriod* p = current_period(r);
    if (!p) return c.tr("ui.overview.none");
    if (p->exempt) return c.tr("ui.overview.exempt", {{"period", p->label}});
    return c.tr(progress_key(*p), {{"counted", std::to_string(p->counted)},
                                   {"required", std::to_string(p->required)},
                                   {"period", p->label},
                                   {"end", format_date(c, p->end)}});
}

// Periods closed short: what a caseworker points at when "no applications" is tried.
std::string short_text(const Ctx& c, const Report& r) {
    int n = 0;
    for (const ApplicationPeriod& p : r.periods) n += p.closed && p.shortfall() > 0;
    return c.tr("ui.what_if.short_periods", {{"n", std::to_string(n)}});
}

std::string meeting_text(const Ctx& c, const Report& r) {
    const Meeting* m = next_meeting(r);
    if (!m) return c.tr("ui.overview.none");
    return c.tr(m->kind_key, meeting_params(*m)) + ", " +
           c.tr("ui.overview.window", {{"from", format_date(c, m->earliest)}, {"to", format_date(c, m->latest)}});
}

std::string deadline_text(const Ctx& c, const Report& r) {
    const Deadline* d = next_deadline(r);
    if (!d) return c.tr("ui.overview.none");
    return c.tr(d->kind_key, deadline_params(*d)) + ": " + format_date(c, d->due) + " (" + c.tr("ui.status." + to_string(d->status)) + ")";
}

// The step "you are here" rests on, and the furthest one the log puts at risk.
std::string ladder_text(const Ctx& c, const Report& r) {
    const ConsequenceLadder& l = r.consequences;
    if (l.steps.empty()) return c.tr("ui.overview.none");
    std::string out;
    if (l.current >= 0) {
        const ConsequenceStep& s = l.steps[static_cast<size_t>(l.current)];
        out = c.tr(s.key, step_params(s)) + " (" + c.tr("ui.overview.you_are_here") + ")";
    }
    if (l.risk >= 0) {
        const ConsequenceStep& s = l.steps[static_cast<size_t>(l.risk)];
        out += (out.empty() ? "" : "; ") + c.tr(s.key, step_params(s)) + " (" + c.tr("ui.overview.at_risk") + ")";
    }
    return out.empty() ? c.tr("ui.what_if.no_step") : out;
}

}  // namespace

std::vector<WhatIfRow> what_if_rows(const Ctx& c) {
    std::vector<WhatIfRow> rows;
    if (!c.state.report || !c.state.what_if.report) return rows;
    const Report& a = *c.state.report;
    const Report& b = *c.state.what_if.report;
    auto add = [&](const char* key, std::string x, std::string y) {
        const bool differs = x != y;
        rows.push_back({c.tr(key), std::move(x), std::move(y), differs});
    };
    add("ui.what_if.row.date", format_date(c, a.on), format_date(c, b.on));
    add("ui.what_if.row.status", c.tr(a.status_key), c.tr(b.status_key));
    add("ui.what_if.row.period", period_text(c, a), period_text(c, b));
    add("ui.what_if.row.short", short_text(c, a), short_text(c, b));
    add("ui.what_if.row.meeting", meeting_text(c, a), meeting_text(c, b));
    add("ui.what_if.row.deadline", deadline_text(c, a), deadline_text(c, b));
    add("ui.what_if.row.ladder", ladder_text(c, a), ladder_text(c, b));
    return rows;
}

}  // namespace jobbplan::web::ui
