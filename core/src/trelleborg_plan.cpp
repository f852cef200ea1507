// The arbetsmarknadsplanering: five sections (Nuläge, Målsättning, Kompetens, Överenskommelse,
// Uppföljning) and signing with BankID in Mina ärenden within 48 hours, else it is withdrawn.
// The profile holds dates only, so 48 hours is read as the send date + 2 days (rule note).
#include "trelleborg_parts.hpp"

#include <cstddef>
#include <string>

namespace jobbplan::detail::se {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// A date: 2026-12-03 or 3/12 anywhere in the text.
bool has_date(const std::string& t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '/' && i > 0 && digit(t[i - 1]) && i + 1 < t.size() && digit(t[i + 1])) return true;
        if (i + 10 <= t.size() && digit(t[i]) && digit(t[i + 1]) && digit(t[i + 2]) && digit(t[i + 3]) && t[i + 4] == '-' &&
            digit(t[i + 5]) && digit(t[i + 6]) && t[i + 7] == '-' && digit(t[i + 8]) && digit(t[i + 9]))
            return true;
    }
    return false;
}

// A time of day: 10:00, 9.30 or 23:59, the hour a run of one or two digits (0-23) and the minutes
// two digits (00-59) not followed by another digit.
bool has_time(const std::string& t) {
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (t[i] != ':' && t[i] != '.') continue;
        std::size_t start = i;
        while (start > 0 && digit(t[start - 1])) --start;
        const std::size_t len = i - start;
        if (len < 1 || len > 2) continue;
        const int hour = len == 1 ? t[start] - '0' : (t[start] - '0') * 10 + (t[start + 1] - '0');
        if (hour > 23) continue;
        if (i + 2 >= t.size() || t[i + 1] < '0' || t[i + 1] > '5' || !digit(t[i + 2])) continue;
        if (i + 3 < t.size() && digit(t[i + 3])) continue;
        return true;
    }
    return false;
}

// "Fördjupad uppföljning ska anges med datum och tid": both must be there, e.g. "2026-12-03 10:00".
// Scanned by hand, not with <regex>: the page would carry the whole regex library for two patterns.
bool has_date_and_time(const std::string& text) { return has_date(text) && has_time(text); }

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
