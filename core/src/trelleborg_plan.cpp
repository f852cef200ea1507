// The arbetsmarknadsplanering: five sections (Nuläge, Målsättning, Kompetens, Överenskommelse,
// Uppföljning) and signing with BankID in Mina ärenden within 48 hours, else it is withdrawn.
// The profile holds dates only, so 48 hours is read as the send date + 2 days (rule note).
#include "trelleborg_parts.hpp"

#include <regex>

namespace jobbplan::detail::se {
namespace {

// "Fördjupad uppföljning ska anges med datum och tid": both must be there, e.g. "2026-12-03 10:00".
bool has_date_and_time(const std::string& text) {
    static const std::regex date_re{R"(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2})"};
    static const std::regex time_re{R"((^|[^\d])([01]?\d|2[0-3])[:.][0-5]\d([^\d]|$))"};
    return std::regex_search(text, date_re) && std::regex_search(text, time_re);
}

}  // namespace

std::vector<PlanSection> plan_sections(const Profile& p, const RulePack& pack, Date on) {
    static const std::pair<const char*, const char*> sections[] = {
        {"plan.se.nulage", "se.plan.nulage"},
        {"plan.se.malsattning", "se.plan.malsattning"},
        {"plan.se.kompetens", "se.plan.kompetens"},
        {"plan.se.overenskommelse", "se.plan.overenskommelse"},
        {"plan.se.uppfoljning", "se.plan.uppfoljning"},
    };
    std::vector<PlanSection> out;
    for (const auto& [key, id] : sections) {
        const Rule* r = pack.at(id, on);
        if (!r) continue;
        PlanSection s{key, false, std::string{"hint."} + key, r->explain()};
        auto it = p.plan.sections.find(key);
        std::string text = it == p.plan.sections.end() ? std::string{} : it->second;
        s.complete = !text.empty();
        if (s.key == "plan.se.uppfoljning" && s.complete && !has_date_and_time(text)) {
            s.complete = false;
            s.hint_key = "hint.plan.se.uppfoljning_datetime";
        }
        out.push_back(std::move(s));
    }
    return out;
}

void signing(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    const Rule* r = pack.at("se.plan.sign", on);
    if (!r) return;
    int days = int_param(r, "days", 2);
    std::optional<Deadline> latest;
    for (const Event& sent : p.events) {
        if (sent.type != "plan_sent" || sent.date > on) continue;
        Deadline d;
        d.kind_key = "deadline.se.sign_plan";
        d.due = add_days(sent.date, days);
        d.why = r->explain({{"sent", to_string(sent.date)}, {"due", to_string(d.due)}});
        if (last_event(p, "plan_signed", sent.date, d.due < on ? d.due : on)) d.status = "met";
        else d.status = d.due < on ? "overdue" : "open";
        if (!latest || latest->due <= d.due) latest = d;
        f.deadlines.push_back(std::move(d));
    }
    // Only the latest plan sent decides today's state; an older withdrawn plan was since replaced.
    if (!latest) return;
    if (latest->status == "overdue") {
        f.notices.push_back(explain(r, {{"sent", to_string(add_days(latest->due, -days))}}, "notice.se.plan_withdrawn"));
        f.statuses.push_back("status.se.plan_withdrawn");
    } else if (latest->status == "open") {
        f.statuses.push_back("status.se.sign_plan");
    }
}

}  // namespace jobbplan::detail::se
