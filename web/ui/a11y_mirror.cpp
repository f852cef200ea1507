#include "ui/a11y_mirror.hpp"

#include "jobbplan/headline.hpp"
#include "jobbplan/period_summary.hpp"
#include "jobbplan/report_text.hpp"

#include "app/report_view.hpp"
#include "ui/calendar_timeline.hpp"
#include "ui/choices.hpp"
#include "ui/period_strip.hpp"
#include "ui/what_if_rows.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace jobbplan::web::ui {
namespace {

const char* screen_key(Screen s) {
    switch (s) {
        case Screen::Start: return "ui.nav.start";
        case Screen::Situation: return "ui.nav.situation";
        case Screen::Overview: return "ui.nav.overview";
        case Screen::Calendar: return "ui.nav.calendar";
        case Screen::Plan: return "ui.nav.plan";
        case Screen::Joblog: return "ui.nav.joblog";
        case Screen::WhatIf: return "ui.nav.what_if";
        case Screen::Exchange: return "ui.nav.exchange";
        case Screen::Settings: return "ui.nav.settings";
        case Screen::Recovery: return "ui.recovery.heading";
    }
    return "ui.nav.start";
}

void add_obligations_summary(const Ctx& c, const Report& r, std::vector<MirrorItem>& out) {
    const Date today = c.state.effective_date();
    out.push_back({"h2", c.tr("ui.overview.heading", {{"date", format_date(c, today)}})});
    const Headline h = headline(r);
    out.push_back({"p", c.tr(h.answer.key, h.answer.params)});
    if (h.behind)
        out.push_back({"p", c.tr(h.behind->key, h.behind->params) +
                                (h.behind_more ? " " + c.tr(h.behind_more->key, h.behind_more->params) : std::string())});
    if (h.answer.key != r.status_key) out.push_back({"p", c.tr(r.status_key)});
    for (const Deadline& d : r.deadlines)
        if (d.status == DeadlineStatus::Overdue)
            out.push_back({"p", c.tr("ui.overview.late") + ": " + c.tr(d.kind_key, deadline_params(d)) + ", " + format_date(c, d.due)});
    out.push_back({"p", c.tr("ui.overview.provider") + ": " + c.tr(r.provider.key)});
    if (const ApplicationPeriod* p = current_period(r)) {
        out.push_back({"h2", c.tr("ui.overview.applications")});
        out.push_back({"p", p->exempt ? c.tr("ui.overview.exempt", {{"period", p->label}})
                                      : c.tr(progress_key(*p), {{"counted", std::to_string(p->counted)},
                                                                      {"required", std::to_string(p->required)},
                                                                      {"period", p->label},
                                                                      {"end", format_date(c, p->end)}})});
        // The strip in words, oldest first as it is drawn.
        if (const std::string strip = period_strip_heading(c, r); !strip.empty()) {
            std::string text = strip + ":";
            for (const ApplicationPeriod& q : recent_periods(r)) text += " " + period_words(c, q) + ".";
            out.push_back({"p", text});
        }
    }
    out.push_back({"h2", c.tr("ui.overview.next_meeting")});
    if (const Meeting* m = next_meeting(r)) {
        out.push_back({"p", c.tr(m->kind_key, meeting_params(*m)) + ", " +
                                c.tr("ui.overview.window", {{"from", format_date(c, m->earliest)}, {"to", format_date(c, m->latest)}})});
        if (m->decided_by) out.push_back({"p", decided_by_text(*m->decided_by, c.cat)});  // as drawn under it
    } else
        out.push_back({"p", c.tr("ui.overview.none")});
    out.push_back({"h2", c.tr("ui.overview.next_deadline")});
    if (const Deadline* d = next_deadline(r)) {
        out.push_back({"p", c.tr(d->kind_key, deadline_params(*d)) + ": " + format_date(c, d->due) + " (" +
                                days_left_text(c, today, d->due) + ")"});
        if (d->decided_by) out.push_back({"p", decided_by_text(*d->decided_by, c.cat)});
    } else
        out.push_back({"p", c.tr("ui.overview.none")});
    if (!r.services.empty()) {
        out.push_back({"h2", c.tr("ui.overview.services")});
        for (const OfficialService& s : r.services)
            out.push_back({"p", c.tr(s.name_key) + (s.address.empty() ? std::string() : ": " + s.address) + ". " +
                                    c.tr(s.why.text_key, s.why.params)});
    }
    if (!r.sources.empty()) {
        const bool old = std::any_of(r.sources.begin(), r.sources.end(), [](const ReportSource& s) { return s.may_have_changed; });
        out.push_back({"h2", c.tr("ui.overview.sources")});
        std::string text = c.tr(old ? "notice.sources_may_have_changed" : "notice.sources_current");
        for (const ReportSource& s : r.sources) text += " " + c.tr(s.title_key) + ".";
        out.push_back({"p", text});
    }
    // The same markers as the drawn ladder: "you are here" on a recorded step, "can happen now"
    // where the log alone points.
    if (r.consequences.current >= 0 || r.consequences.risk >= 0) {
        out.push_back({"h2", c.tr("ui.overview.consequences")});
        for (size_t i = 0; i < r.consequences.steps.size(); ++i) {
            const ConsequenceStep& step = r.consequences.steps[i];
            const bool ladder = r.consequences.escalates;
            const bool here = ladder ? static_cast<int>(i) == r.consequences.current : step.reached;
            if (!here && !step.at_risk) continue;
            const char* label = !here ? "ui.overview.at_risk" : ladder ? "ui.overview.you_are_here" : "ui.overview.happened";
            out.push_back({"p", c.tr(step.key, step_params(step)) + " (" + c.tr(label) + ")"});
        }
    }
}

}  // namespace

std::string screen_title(const Ctx& c) { return c.tr("ui.app.title") + ": " + c.tr(screen_key(c.state.screen)); }

std::vector<MirrorItem> mirror_items(const Ctx& c) {
    std::vector<MirrorItem> out;
    out.push_back({"h1", screen_title(c)});
    if (c.state.message) out.push_back({"p", c.tr(c.state.message->text_key, c.state.message->params)});
    if (const auto& s = c.state.sandbox)
        out.push_back({"p", c.tr(s->example ? "ui.sandbox.example_banner" : "ui.sandbox.file_banner",
                                 {{"file", s->example ? c.tr("ui.example." + example_name(s->label)) : c.personal(s->label)}})});
    switch (c.state.screen) {
        case Screen::Start:
            out.push_back({"p", c.tr("ui.start.intro")});
            out.push_back({"h2", c.tr("ui.start.privacy_heading")});
            out.push_back({"p", c.tr("ui.start.privacy")});
            break;
        case Screen::WhatIf:
            for (const WhatIfRow& r : what_if_rows(c))
                out.push_back({"p", r.label + ": " + c.tr("ui.what_if.today") + " " + r.today + "; " + c.tr("ui.what_if.then") +
                                        " " + r.what_if + (r.differs ? " (" + c.tr("ui.what_if.changed") + ")" : "")});
            if (c.state.report) add_obligations_summary(c, *c.state.report, out);
            break;
        case Screen::Plan:
            if (c.state.report && c.state.profile)
                if (const auto& signing = system_choices_for(c).plan_signing) mirror_plan_signing(c, signing.value(), out);
            if (c.state.report) add_obligations_summary(c, *c.state.report, out);
            break;
        case Screen::Calendar:
            // The picture in words, item by item as the list says them.
            if (c.state.report) {
                const Date today = c.state.effective_date();
                out.push_back({"h2", c.tr("ui.calendar.heading")});
                const auto items = timeline(*c.state.report, today, add_months(today, 6));
                if (items.empty()) out.push_back({"p", c.tr("ui.overview.none")});
                for (const TimelineItem& it : items) out.push_back({"p", timeline_words(c, it)});
                add_obligations_summary(c, *c.state.report, out);
            }
            break;
        case Screen::Overview:
            mirror_since_last_visit(c, out);
            if (c.state.report) add_obligations_summary(c, *c.state.report, out);
            break;
        case Screen::Joblog:
            if (c.state.profile)
                out.push_back({"p", c.tr("ui.joblog.heading", {{"n", std::to_string(c.state.profile->joblog.size())}})});
            [[fallthrough]];
        default:
            // What must I do this week is on every screen: it is what a screen-reader user came for.
            if (c.state.report) add_obligations_summary(c, *c.state.report, out);
            break;
    }
    return out;
}

std::string mirror_json(const std::vector<MirrorItem>& items) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& i : items) j.push_back({{"tag", i.tag}, {"text", i.text}});
    return j.dump();
}

}  // namespace jobbplan::web::ui
