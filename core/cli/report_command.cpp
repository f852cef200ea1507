// jobbplan-cli report and validate: one profile, its whole report (JSON or text) or its problems.
#include "report_command.hpp"

#include "common.hpp"

#include "jobbplan/i18n.hpp"
#include "jobbplan/local_format.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/profile_file.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/report_text.hpp"
#include "jobbplan/rule_pack.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace jobbplan::cli {
namespace {

using nlohmann::json;

// Reads and validates a profile; prints the problems and returns nullopt when it is not usable.
std::optional<Profile> load_profile(const std::string& path) {
    auto text = read_file(path);
    if (!text) {
        std::cerr << "jobbplan-cli: cannot read profile \"" << path << "\"\n";
        return std::nullopt;
    }
    auto parsed = read_profile_file(*text);  // an export from the page, as the page's import reads it
    if (!parsed.ok()) {
        std::cerr << path << ": " << parsed.problems.size() << " problem(s)\n";
        for (const Problem& p : parsed.problems) std::cerr << "  " << p.to_string() << "\n";
        return std::nullopt;
    }
    return parsed.value;
}

Params params_of(const json& j) {
    Params p;
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it->is_string()) p.emplace_back(it.key(), it->get<std::string>());
    return p;
}

// Adds the translated sentence next to every Explanation in the report JSON.
void translate(json& j, const Catalogue& cat) {
    if (j.is_object()) {
        if (j.contains("rule_id") && j.contains("text_key") && j["text_key"].is_string()) {
            Params p = params_of(j.value("params", json::object()));
            j["text"] = cat.text(j["text_key"].get<std::string>(), p);
            if (j.contains("note_key") && j["note_key"].is_string()) j["note"] = cat.text(j["note_key"].get<std::string>(), p);
        }
        for (auto& [k, v] : j.items()) translate(v, cat);
    } else if (j.is_array()) {
        for (auto& v : j) translate(v, cat);
    }
}

// Dates and weeks in the sentences as the language writes them (the JSON keeps ISO).
std::string explain(const Explanation& e, const Catalogue& cat, Date on) {
    std::string s = explanation_text(e, cat, on);
    if (!e.note_key.empty()) s += " (" + explanation_note(e, cat, on) + ")";
    return s;
}

// The explanation after its title, without saying the title twice: where a rule's title is its
// whole sentence (fi and se deadlines and obligations), only the reading in brackets is left.
std::string after_title(const std::string& title, std::string text) {
    if (text.rfind(title, 0) == 0) {
        text.erase(0, title.size());
        text.erase(0, text.find_first_not_of(' '));
    }
    if (text.empty()) return {};
    return (text.front() == '(' ? " " : " - ") + text;  // only the reading left: in brackets after the title
}

void print_text(const Report& r, const Catalogue& cat) {
    std::ostream& o = std::cout;
    // Dates as the language writes them, like the sentences: a caseworker reads this, not a program
    // (the JSON format keeps ISO for programs).
    const auto day = [&](Date d) { return format_date(d, cat.lang()); };
    o << cat.text("label.on") << ": " << day(r.on) << "\n";
    o << cat.text("label.status") << ": " << cat.text(r.status_key);
    if (!r.status_why.rule_id.empty()) o << " - " << explain(r.status_why, cat, r.on);
    o << "\n";
    o << cat.text("label.provider") << ": " << cat.text(r.provider.key) << " - " << explain(r.provider.why, cat, r.on) << "\n";
    if (!r.meetings.empty()) o << "\n" << cat.text("label.meetings") << ":\n";
    for (const Meeting& m : r.meetings)
        // The title names the conversation's number and party where a series has them (dk).
        o << "  " << meeting_title(m, cat, r.on) << ": " << day(m.earliest)
          << " \xE2\x80\x93 " << day(m.latest) << ", " << cat.text(m.mode_key) << ": " << cat.text("state." + to_string(m.status))
          << (m.held_on ? " " + day(*m.held_on) : std::string{}) << "\n";
    if (!r.deadlines.empty()) o << "\n" << cat.text("label.deadlines") << ":\n";
    for (const Deadline& d : r.deadlines) {
        const std::string title = deadline_title(d, cat, r.on);
        // The state before the title: a title that is a whole sentence ends with its own full stop.
        o << "  " << day(d.due) << " (" << cat.text("state." + to_string(d.status)) << "): " << title
          << after_title(title, explain(d.why, cat, r.on)) << "\n";
    }
    if (r.current_period >= 0) {
        const ApplicationPeriod& p = r.periods[static_cast<std::size_t>(r.current_period)];
        // An unjudged period (fi: nothing agreed yet) has no requirement to show as "x/y".
        o << "\n" << cat.text("label.period") << " " << format_period(p.label, cat.lang(), r.on) << ": " << p.counted
          << (p.judged && p.required > 0 ? "/" + std::to_string(p.required) : std::string{})
          << (p.exempt ? " (" + cat.text("state.exempt") + ")" : std::string{}) << " - " << explain(p.why, cat, r.on) << "\n";
        int short_weeks = 0;
        for (const ApplicationPeriod& q : r.periods) short_weeks += q.judged && q.closed && q.shortfall() > 0;
        o << "  " << cat.text("label.short_periods") << ": " << short_weeks << "\n";
    }
    if (!r.consequences.steps.empty()) o << "\n" << cat.text("label.consequences") << ":\n";
    for (const ConsequenceStep& s : r.consequences.steps)
        // [x] reached (a recorded event), [!] at risk (the log alone points to it), [ ] can happen.
        o << "  [" << (s.reached ? "x" : s.at_risk ? "!" : " ") << "] " << step_title(s, cat, r.on) << " - "
          << explain(s.why, cat, r.on) << "\n";
    if (!r.plan.empty()) o << "\n" << cat.text("label.plan") << ":\n";
    for (const PlanSection& s : r.plan)
        o << "  [" << (s.complete ? "x" : " ") << "] " << cat.text(s.key) << (s.complete ? "" : " - " + cat.text(s.hint_key)) << "\n";
    if (!r.obligations.empty()) o << "\n" << cat.text("label.obligations") << ":\n";
    for (const Obligation& ob : r.obligations) {
        const std::string title = obligation_title(ob, cat, r.on);
        o << "  - " << title << after_title(title, explain(ob.why, cat, r.on)) << "\n";
    }
    if (!r.notices.empty()) o << "\n" << cat.text("label.notices") << ":\n";
    for (const Explanation& n : r.notices) o << "  ! " << explain(n, cat, r.on) << "\n";
    // The documents it rests on and their age (issue 11 §4): never silent.
    if (!r.sources.empty()) {
        const bool old = std::any_of(r.sources.begin(), r.sources.end(), [](const ReportSource& s) { return s.may_have_changed; });
        o << "\n" << cat.text(old ? "notice.sources_may_have_changed" : "notice.sources_current") << "\n";
        for (const ReportSource& s : r.sources) o << "  - " << cat.text(s.title_key) << " (" << s.file << ")\n";
    }
}

}  // namespace

int run_report(const std::vector<std::string>& args) {
    std::string path, lang = "en", format = "json";
    Date on = today();
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            (void)name;
            return args[++i];
        };
        if (a == "--on" || a == "--lang" || a == "--format") {
            auto v = value(a.c_str());
            if (!v) return usage_error(a + ": a value is missing");
            if (a == "--on") {
                std::string why;
                auto d = parse_on(*v, why);
                if (!d) return usage_error(why);
                on = *d;
            } else if (a == "--lang") {
                if (!known_language(*v)) return usage_error("--lang: \"" + *v + "\" is not one of sv, da, fi, en");
                lang = *v;
            } else {
                if (*v != "json" && *v != "text") return usage_error("--format: \"" + *v + "\" is not json or text");
                format = *v;
            }
        } else if (a.starts_with("-")) {
            return usage_error("unknown option \"" + a + "\"");
        } else if (path.empty()) {
            path = a;
        } else {
            return usage_error("unexpected argument \"" + a + "\"");
        }
    }
    if (path.empty()) return usage_error("report: PROFILE.json is missing");
    auto profile = load_profile(path);
    if (!profile) return 2;
    Report report = compute_report(*profile, builtin_rule_book(), on);
    const Catalogue& cat = builtin_catalogue(lang);
    if (format == "text") {
        print_text(report, cat);
    } else {
        json j = to_json(report);
        j["lang"] = lang;
        translate(j, cat);
        std::cout << j.dump(2) << "\n";
    }
    return 0;
}

int run_validate(const std::vector<std::string>& args) {
    if (args.size() != 2) return usage_error("validate takes exactly one PROFILE.json");
    if (args[1].starts_with("-")) return usage_error("unknown option \"" + args[1] + "\"");
    if (!load_profile(args[1])) return 2;
    std::cout << "ok\n";
    return 0;
}

}  // namespace jobbplan::cli
