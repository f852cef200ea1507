#include "app/print_view.hpp"

#include "jobbplan/report_text.hpp"

#include "app/report_view.hpp"

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

std::string why(const Catalogue& cat, const Explanation& e) {
    std::string s = "<div class=why>" + esc(cat.text(e.text_key, e.params));
    if (!e.source.quote.empty())
        s += "<blockquote lang=" + esc(e.source.lang) + ">" + esc(e.source.quote) + "<br><small>" + esc(e.source.file) +
             " &middot; " + esc(e.rule_id) + "</small></blockquote>";
    return s + "</div>";
}

}  // namespace

std::string print_view_html(const Profile& profile, const Report& r, const Catalogue& cat, const std::string& lang) {
    std::string h = "<!doctype html><html lang=\"" + esc(lang) + "\"><meta charset=utf-8><title>Jobbplan " +
                    esc(to_string(r.on)) +
                    "</title><style>body{font:14px/1.4 sans-serif;max-width:48em;margin:2em auto}"
                    "blockquote{color:#444;border-left:3px solid #999;margin:.3em 0;padding-left:.6em}"
                    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}</style>";
    h += "<h1>" + esc(cat.text("ui.app.title")) + " &middot; " + esc(to_string(r.on)) + "</h1>";
    h += "<p>" + esc(cat.text("ui.print.personal_data")) + "</p>";
    h += "<h2>" + esc(cat.text("ui.overview.provider")) + "</h2><p>" + esc(cat.text(r.provider.key)) + "</p>" +
         why(cat, r.provider.why);
    if (r.current_period >= 0 && r.current_period < static_cast<int>(r.periods.size())) {
        const auto& p = r.periods[static_cast<size_t>(r.current_period)];
        h += "<h2>" + esc(cat.text("ui.overview.applications")) + "</h2><p>" +
             esc(cat.text(progress_key(p), {{"counted", std::to_string(p.counted)},
                                                   {"required", std::to_string(p.required)},
                                                   {"period", p.label},
                                                   {"end", to_string(p.end)}})) +
             "</p>" + why(cat, p.why);
    }
    h += "<h2>" + esc(cat.text("ui.nav.calendar")) + "</h2><table>";
    for (const auto& m : r.meetings)
        h += "<tr><td>" + esc(to_string(m.earliest)) + " &ndash; " + esc(to_string(m.latest)) + "</td><td>" +
             esc(meeting_title(m, cat)) + "</td><td>" +
             esc(cat.text("ui.status." + m.status)) + "</td></tr>";
    for (const auto& d : r.deadlines)
        h += "<tr><td>" + esc(to_string(d.due)) + "</td><td>" + esc(deadline_title(d, cat)) + "</td><td>" +
             esc(cat.text("ui.status." + d.status)) + "</td></tr>";
    h += "</table><h2>" + esc(cat.text("ui.overview.consequences")) + "</h2><ol>";
    for (const auto& c : r.consequences.steps)
        h += std::string("<li") + (c.reached ? " style=font-weight:bold" : "") + ">" + esc(step_title(c, cat)) +
             (c.at_risk ? " (" + esc(cat.text("ui.overview.at_risk")) + ")" : std::string()) + why(cat, c.why) + "</li>";
    h += "</ol><h2>" + esc(cat.text("ui.nav.joblog")) + "</h2><table><tr><th>" + esc(cat.text("ui.joblog.date")) + "</th><th>" +
         esc(cat.text("ui.joblog.employer")) + "</th><th>" + esc(cat.text("ui.joblog.job_title")) + "</th></tr>";
    for (const auto& e : profile.joblog)
        h += "<tr><td>" + esc(to_string(e.date)) + "</td><td>" + esc(e.employer) + "</td><td>" + esc(e.job_title) + "</td></tr>";
    h += "</table></html>";
    return h;
}

}  // namespace jobbplan::web
