// compute_report only dispatches; each system's evaluator owns its rules. to_json is the shape the
// CLI prints and the page reads (assets/schema/report.schema.json).
#include "jobbplan/report.hpp"

#include "systems.hpp"

#include <set>
#include <string>

namespace jobbplan {

DecidedBy decided_by(const Event& e) { return {e.id, e.type, e.date}; }
namespace {

// The documents the report cites, each once, with what the report date says about their age.
std::vector<ReportSource> sources_of(const Report& r, const RulePack& pack) {
    std::set<std::string> cited;
    auto cite = [&](const Explanation& e) {
        if (!e.source.file.empty()) cited.insert(e.source.file);
    };
    cite(r.provider.why);
    for (const auto& p : r.periods) cite(p.why);
    for (const auto& m : r.meetings) cite(m.why);
    for (const auto& d : r.deadlines) cite(d.why);
    for (const auto& s : r.consequences.steps) cite(s.why);
    for (const auto& o : r.obligations) cite(o.why);
    for (const auto& s : r.services) cite(s.why);
    for (const auto& s : r.plan) cite(s.why);
    for (const auto& n : r.notices) cite(n);
    std::vector<ReportSource> out;
    for (const SourceDocument& d : pack.documents) {
        if (!cited.contains(d.file)) continue;
        const bool old = !d.dated || add_months(*d.dated, pack.review_after_months) < r.on;
        out.push_back({d.file, d.title_key, d.dated, old});
    }
    return out;
}

// The e-services are data, not an evaluator's decision: every rule named "<x>.service.<name>" in
// force on the date, with params.name_key and, where the seed gives one, params.address.
std::vector<OfficialService> services_of(const RulePack& pack, Date on) {
    std::vector<OfficialService> out;
    for (const Rule& rule : pack.rules) {
        if (rule.id.find(".service.") == std::string::npos || !rule.in_force(on)) continue;
        auto text = [&](const char* name) {
            auto it = rule.params.find(name);
            return it != rule.params.end() && it->is_string() ? it->get<std::string>() : std::string{};
        };
        out.push_back({text("name_key"), text("address"), rule.explain()});
    }
    return out;
}

}  // namespace

std::string to_string(MeetingStatus s) {
    switch (s) {
        case MeetingStatus::Upcoming: return "upcoming";
        case MeetingStatus::Due: return "due";
        case MeetingStatus::Held: return "held";
        case MeetingStatus::Rebook: return "rebook";
        case MeetingStatus::Missed: return "missed";
        case MeetingStatus::Overdue: return "overdue";
    }
    return "upcoming";
}

std::string to_string(DeadlineStatus s) {
    switch (s) {
        case DeadlineStatus::Open: return "open";
        case DeadlineStatus::Met: return "met";
        case DeadlineStatus::Overdue: return "overdue";
        case DeadlineStatus::Replaced: return "replaced";
    }
    return "open";
}

const Deadline* last_deadline(const Report& r, std::string_view kind_key) {
    const Deadline* last = nullptr;
    for (const Deadline& d : r.deadlines)
        if (d.kind_key == kind_key) last = &d;
    return last;
}

Report compute_report(const Profile& profile, const RuleBook& rules, Date on) {
    const detail::SystemSpec* spec = detail::find_system(profile.situation.system);
    const RulePack* pack = rules.pack(profile.situation.system);
    if (!spec || !pack) {
        Report r;
        r.system = profile.situation.system;
        r.on = on;
        r.status_key = "status.unknown_system";
        return r;
    }
    Report r = spec->evaluate(profile, *pack, on);
    r.system = profile.situation.system;
    r.on = on;
    r.services = services_of(*pack, on);
    r.sources = sources_of(r, *pack);
    return r;
}

namespace {

using nlohmann::json;

json to_json(const Explanation& e) {
    json params = json::object();
    for (const auto& [k, v] : e.params) params[k] = v;
    json j = {{"rule_id", e.rule_id},
              {"rule_version", e.rule_version},
              {"text_key", e.text_key},
              {"params", params},
              {"source", {{"file", e.source.file}, {"quote", e.source.quote}, {"lang", e.source.lang}}}};
    if (!e.note_key.empty()) j["note_key"] = e.note_key;
    return j;
}

json opt_date(const std::optional<Date>& d) { return d ? json(to_string(*d)) : json(nullptr); }

}  // namespace

json to_json(const Report& r) {
    json periods = json::array();
    for (const ApplicationPeriod& p : r.periods) {
        json entries = json::array();
        for (const EntryVerdict& v : p.entries)
            entries.push_back({{"entry_id", v.entry_id}, {"counted", v.counted}, {"reason_key", v.reason_key()}, {"why", to_json(v.why)}});
        periods.push_back({{"kind", p.kind}, {"label", p.label}, {"start", to_string(p.start)},
                           {"end", to_string(p.end)}, {"required", p.required}, {"counted", p.counted},
                           {"shortfall", p.shortfall()}, {"exempt", p.exempt}, {"closed", p.closed},
                           {"entries", entries}, {"why", to_json(p.why)}});
        // Only written when false, so reports of systems that judge every period keep their shape.
        if (!p.judged) periods.back()["judged"] = false;
    }
    const auto decided = [](const DecidedBy& b) {
        return json{{"event_id", b.event_id}, {"type", b.type}, {"date", to_string(b.date)}};
    };
    json meetings = json::array();
    for (const Meeting& m : r.meetings) {
        meetings.push_back({{"kind_key", m.kind_key}, {"party", m.party}, {"number", m.number},
                            {"earliest", to_string(m.earliest)}, {"latest", to_string(m.latest)},
                            {"mode_key", m.mode_key}, {"status", to_string(m.status)}, {"held_on", opt_date(m.held_on)},
                            {"why", to_json(m.why)}});
        if (m.decided_by) meetings.back()["decided_by"] = decided(*m.decided_by);
    }
    json deadlines = json::array();
    for (const Deadline& d : r.deadlines) {
        deadlines.push_back({{"kind_key", d.kind_key}, {"due", to_string(d.due)}, {"status", to_string(d.status)}, {"why", to_json(d.why)}});
        if (d.due_time) deadlines.back()["due_time"] = to_string(*d.due_time);
        if (d.decided_by) deadlines.back()["decided_by"] = decided(*d.decided_by);
    }
    json steps = json::array();
    for (const ConsequenceStep& s : r.consequences.steps)
        steps.push_back({{"key", s.key}, {"reached", s.reached}, {"at_risk", s.at_risk}, {"why", to_json(s.why)}});
    json obligations = json::array();
    for (const Obligation& o : r.obligations) obligations.push_back({{"key", o.key}, {"why", to_json(o.why)}});
    json services = json::array();
    for (const OfficialService& s : r.services)
        services.push_back({{"name_key", s.name_key}, {"address", s.address}, {"why", to_json(s.why)}});
    json plan = json::array();
    for (const PlanSection& s : r.plan)
        plan.push_back({{"key", s.key}, {"complete", s.complete}, {"hint_key", s.hint_key}, {"why", to_json(s.why)}});
    json notices = json::array();
    for (const Explanation& e : r.notices) notices.push_back(to_json(e));
    json sources = json::array();
    for (const ReportSource& s : r.sources)
        sources.push_back({{"file", s.file}, {"title_key", s.title_key}, {"date", opt_date(s.dated)},
                           {"may_have_changed", s.may_have_changed}});
    json out = {{"system", r.system},
            {"on", to_string(r.on)},
            {"status_key", r.status_key},
            {"provider", {{"key", r.provider.key}, {"why", to_json(r.provider.why)}}},
            {"periods", periods},
            {"current_period", r.current_period},
            {"meetings", meetings},
            {"deadlines", deadlines},
            {"consequences", {{"steps", steps}, {"escalates", r.consequences.escalates}, {"current", r.consequences.current}, {"risk", r.consequences.risk}, {"next", r.consequences.next()}}},
            {"obligations", obligations},
            {"services", services},
            {"plan", plan},
            {"notices", notices},
            {"sources", sources}};
    // Every known system explains its status; an unknown system has no rule to cite.
    if (!r.status_why.rule_id.empty()) out["status_why"] = to_json(r.status_why);
    return out;
}

}  // namespace jobbplan
