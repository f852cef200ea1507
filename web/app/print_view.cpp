// The meeting sheet (issue 14): what a caseworker and a jobseeker look at together, on A4. Plain
// answer first, then obligations, the periods with their counts, meetings and deadlines, what can
// happen, the plan, this period's joblog, and the documents it rests on with their dates. Every
// sentence is the catalogue's, with dates and weeks as the language writes them; long words and
// quotes wrap instead of running off the page (print CSS below).
#include "app/print_view.hpp"

#include "jobbplan/period_summary.hpp"

#include "jobbplan/local_format.hpp"
#include "jobbplan/report_text.hpp"

#include "app/report_view.hpp"

#include <algorithm>

namespace jobbplan::web {
namespace {

std::string esc(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

constexpr const char* kStyle =
    "<style>"
    "@page{size:A4;margin:14mm 14mm 16mm}"
    "body{font:10.5pt/1.4 'DejaVu Sans',sans-serif;color:#111;max-width:46em;margin:1em auto}"
    "h1{font-size:16pt;margin:0 0 .2em}h2{font-size:12pt;margin:1.1em 0 .3em;border-bottom:1px solid #999;break-after:avoid}"
    "p,li,td,th,blockquote{overflow-wrap:anywhere;word-break:normal;hyphens:auto}"
    ".answer{font-size:12.5pt;font-weight:bold}"
    ".why{color:#333;font-size:9pt;margin:.15em 0 .4em}"
    "blockquote{color:#444;border-left:3px solid #999;margin:.2em 0;padding-left:.6em}"
    "table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border:1px solid #999;padding:2px 5px;text-align:left;vertical-align:top}"
    "tr{break-inside:avoid}.risk{font-style:italic}.here{font-weight:bold}"
    ".warn{border:1px solid #b60;padding:.3em .5em}"
    "</style>";

struct Sheet {
    const Catalogue& cat;
    std::string lang;
    Date on;
    std::string out;

    std::string date(Date d) const { return format_date(d, lang); }
    std::string period(const std::string& label) const { return format_period(label, lang, on); }
    void h2(const char* key) { out += "<h2>" + esc(cat.text(key)) + "</h2>"; }
    void p(const std::string& text, const char* cls = nullptr) {
        out += std::string("<p") + (cls ? std::string(" class=") + cls : std::string()) + ">" + esc(text) + "</p>";
    }
    // The sentence the rule says, the seed's own words and where they are from.
    void why(const Explanation& e) {
        out += "<div class=why>" + esc(explanation_text(e, cat, on));
        if (!e.note_key.empty()) out += " (" + esc(explanation_note(e, cat, on)) + ")";
        if (!e.source.quote.empty())
            out += "<blockquote lang=" + esc(e.source.lang) + ">" + esc(e.source.quote) + "<br><small>" + esc(e.source.file) +
                   " &middot; " + esc(e.rule_id) + "</small></blockquote>";
        out += "</div>";
    }
};

}  // namespace

std::string print_view_html(const Profile& profile, const Report& r, const Catalogue& cat, const std::string& lang) {
    Sheet s{cat, lang, r.on, {}};
    s.out = "<!doctype html><html lang=\"" + esc(lang) + "\"><meta charset=utf-8><title>Jobbplan " + esc(to_string(r.on)) +
            "</title>" + kStyle;
    s.out += "<h1>" + esc(cat.text("ui.print.heading")) + "</h1>";
    s.p(cat.text("ui.print.prepared", {{"date", s.date(r.on)}, {"system", cat.text("ui.system." + r.system)}}));
    s.p(cat.text("ui.print.personal_data"));

    // The plain answer first.
    s.p(cat.text(r.status_key), "answer");
    if (!r.status_why.rule_id.empty()) s.why(r.status_why);
    s.p(cat.text("ui.overview.provider") + ": " + cat.text(r.provider.key));
    s.why(r.provider.why);

    if (!r.obligations.empty()) {
        s.h2("ui.overview.obligations");
        s.out += "<ul>";
        for (const Obligation& o : r.obligations) {
            s.out += "<li>" + esc(obligation_title(o, cat, r.on));
            s.why(o.why);
            s.out += "</li>";
        }
        s.out += "</ul>";
    }

    if (!r.services.empty()) {
        s.h2("ui.overview.services");
        s.out += "<ul>";
        for (const OfficialService& x : r.services)
            s.out += "<li>" + esc(cat.text(x.name_key)) + (x.address.empty() ? std::string() : ": " + esc(x.address)) + " &ndash; " +
                     esc(explanation_text(x.why, cat, r.on)) + "</li>";
        s.out += "</ul>";
    }

    // The periods with their counts, as the overview's strip shows them (period_summary.hpp).
    if (!r.periods.empty()) {
        s.h2("ui.print.periods");
        s.out += "<table><tr><th>" + esc(cat.text("ui.print.col.period")) + "</th><th>" + esc(cat.text("ui.print.col.counted")) +
                 "</th><th>" + esc(cat.text("ui.print.col.verdict")) + "</th></tr>";
        for (const ApplicationPeriod& p : recent_periods(r)) {
            s.out += "<tr><td>" + esc(s.period(p.label)) + " (" + esc(s.date(p.start)) + " &ndash; " + esc(s.date(p.end)) +
                     ")</td><td>" + std::to_string(p.counted) + (p.judged && p.required > 0 ? " / " + std::to_string(p.required) : "") +
                     "</td><td>" + esc(cat.text("ui.print.verdict." + std::string(period_state_name(period_state(p))))) + "</td></tr>";
        }
        s.out += "</table>";
        if (const ApplicationPeriod* now = current_period(r)) s.why(now->why);
    }

    s.h2("ui.print.meetings");
    if (r.meetings.empty() && r.deadlines.empty()) s.p(cat.text("ui.overview.none"));
    else {
        s.out += "<table><tr><th>" + esc(cat.text("ui.print.col.when")) + "</th><th>" + esc(cat.text("ui.print.col.what")) +
                 "</th><th>" + esc(cat.text("ui.print.col.status")) + "</th></tr>";
        for (const Meeting& m : r.meetings)
            s.out += "<tr><td>" + esc(s.date(m.earliest)) + " &ndash; " + esc(s.date(m.latest)) + "</td><td>" +
                     esc(meeting_title(m, cat, r.on)) + "</td><td>" + esc(cat.text("ui.status." + to_string(m.status))) +
                     (m.decided_by ? "<br>" + esc(decided_by_text(*m.decided_by, cat)) : std::string{}) + "</td></tr>";
        for (const Deadline& d : r.deadlines)
            s.out += "<tr><td>" + esc(s.date(d.due)) + "</td><td>" + esc(deadline_title(d, cat, r.on)) + "</td><td>" +
                     esc(cat.text("ui.status." + to_string(d.status))) +
                     (d.decided_by ? "<br>" + esc(decided_by_text(*d.decided_by, cat)) : std::string{}) + "</td></tr>";
        s.out += "</table>";
    }

    if (!r.consequences.steps.empty()) {
        s.h2("ui.overview.consequences");
        // A ladder is numbered; separate outcomes (dk) are a plain list, each recorded one "has happened".
        const bool ladder = r.consequences.escalates;
        s.out += ladder ? "<ol>" : "<ul>";
        for (std::size_t i = 0; i < r.consequences.steps.size(); ++i) {
            const ConsequenceStep& c = r.consequences.steps[i];
            const bool here = ladder ? static_cast<int>(i) == r.consequences.current : c.reached;
            s.out += std::string("<li") + (here ? " class=here" : c.at_risk ? " class=risk" : "") + ">" + esc(step_title(c, cat, r.on));
            if (here) s.out += " (" + esc(cat.text(ladder ? "ui.overview.you_are_here" : "ui.overview.happened")) + ")";
            else if (c.at_risk) s.out += " (" + esc(cat.text("ui.overview.at_risk")) + ")";
            s.why(c.why);
            s.out += "</li>";
        }
        s.out += ladder ? "</ol>" : "</ul>";
    }

    if (!r.notices.empty()) {
        s.h2("ui.overview.notices");
        s.out += "<ul>";
        for (const Explanation& n : r.notices) s.out += "<li>" + esc(explanation_text(n, cat, r.on)) + "</li>";
        s.out += "</ul>";
    }

    // The plan as written, section by section, with what is still missing.
    if (!r.plan.empty()) {
        s.h2("ui.nav.plan");
        if (!profile.plan.job_goals.empty()) {
            s.out += "<p><b>" + esc(cat.text("ui.plan.job_goals")) + "</b></p><ol>";
            for (const std::string& g : profile.plan.job_goals) s.out += "<li>" + esc(g.empty() ? cat.text("ui.print.not_written") : g) + "</li>";
            s.out += "</ol>";
        }
        for (const PlanSection& sec : r.plan) {
            if (sec.key == "plan.dk.job_goals") continue;  // the goals are listed above
            auto it = profile.plan.sections.find(sec.key);
            s.out += "<p><b>" + esc(cat.text(sec.key)) + "</b>" + (sec.complete ? "" : " &mdash; " + esc(cat.text(sec.hint_key))) + "</p>";
            s.p(it == profile.plan.sections.end() || it->second.empty() ? cat.text("ui.print.not_written") : it->second);
        }
    }

    // This period's applications (and the one before), with the verdict of each.
    if (const ApplicationPeriod* now = current_period(r)) {
        s.h2("ui.print.joblog");
        const ApplicationPeriod* before = r.current_period > 0 ? &r.periods[static_cast<std::size_t>(r.current_period - 1)] : nullptr;
        const Date from = before ? before->start : now->start;
        s.out += "<table><tr><th>" + esc(cat.text("ui.joblog.date")) + "</th><th>" + esc(cat.text("ui.joblog.employer")) +
                 "</th><th>" + esc(cat.text("ui.joblog.job_title")) + "</th><th>" + esc(cat.text("ui.joblog.counted")) + "</th></tr>";
        int rows = 0;
        for (const JoblogEntry& e : profile.joblog) {
            if (e.date < from || e.date > now->end) continue;
            std::string verdict;
            for (const ApplicationPeriod* p : {before, now})
                if (p)
                    for (const EntryVerdict& v : p->entries)
                        if (v.entry_id == e.id) verdict = cat.text(v.reason_key());
            s.out += "<tr><td>" + esc(s.date(e.date)) + "</td><td>" + esc(e.employer) + "</td><td>" + esc(e.job_title) + "</td><td>" +
                     esc(verdict) + "</td></tr>";
            ++rows;
        }
        if (rows == 0) s.out += "<tr><td colspan=4>" + esc(cat.text("ui.print.no_entries")) + "</td></tr>";
        s.out += "</table>";
    }

    if (!r.sources.empty()) {
        const bool old = std::any_of(r.sources.begin(), r.sources.end(), [](const ReportSource& x) { return x.may_have_changed; });
        s.h2("ui.overview.sources");
        s.p(cat.text(old ? "notice.sources_may_have_changed" : "notice.sources_current"), old ? "warn" : nullptr);
        s.out += "<ul>";
        for (const ReportSource& x : r.sources) s.out += "<li>" + esc(cat.text(x.title_key)) + " <small>(" + esc(x.file) + ")</small></li>";
        s.out += "</ul>";
    }
    s.out += "</html>";
    return s.out;
}

}  // namespace jobbplan::web
