// `jobbplan-cli check`: many profiles, one row each (see check.hpp).
//
// What is read: every file Jobbplan writes that holds a profile (read_profile_file): what a
// jobseeker exports from the page, a bare profile document, the recovery screen's stored copy,
// read exactly as the page's import reads it.
#include "check.hpp"

#include "common.hpp"

#include "jobbplan/profile.hpp"
#include "jobbplan/profile_file.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/report_text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <thread>

namespace jobbplan::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kErrorChars = 80;

// Code points, not bytes: "Københavns" is 10 wide. (Combining marks are rare in these files.)
std::size_t width(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// At most `chars` code points, ending in "…" when cut; never splits a UTF-8 sequence.
std::string cut(const std::string& s, std::size_t chars) {
    if (width(s) <= chars) return s;
    std::size_t seen = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (seen == chars - 1) break;
            ++seen;
        }
    }
    return s.substr(0, i) + "\xE2\x80\xA6";
}

bool is_json_name(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".json";
}

std::string first_error(const Problems& problems) {
    if (problems.empty()) return "not a usable profile";
    const std::string more = problems.size() > 1 ? " (+" + std::to_string(problems.size() - 1) + " more)" : "";
    return cut(problems.front().to_string(), kErrorChars - width(more)) + more;
}

void refuse(CheckRow& row, std::string error) {
    row.ok = false;
    row.problems.push_back(error);
    row.error = cut(error, kErrorChars);
}

}  // namespace

CheckRow check_file(const std::string& path, const RuleBook& rules, const Catalogue& cat, Date on) {
    CheckRow row;
    row.file = path;
    errno = 0;
    auto text = read_file(path);
    if (!text) {
        refuse(row, "cannot read the file" + (errno ? std::string(": ") + std::strerror(errno) : std::string()));
        return row;
    }
    Parsed<Profile> parsed = read_profile_file(*text);
    if (!parsed.ok()) {
        for (const Problem& p : parsed.problems) row.problems.push_back(p.to_string());
        row.error = first_error(parsed.problems);
        return row;
    }
    const Report r = compute_report(*parsed.value, rules, on);
    row.ok = true;
    row.system = r.system.empty() ? parsed.value->situation.system : r.system;
    row.status_key = r.status_key;
    row.status_text = cat.text(r.status_key);
    if (r.current_period >= 0 && r.current_period < static_cast<int>(r.periods.size())) {
        const ApplicationPeriod& p = r.periods[static_cast<std::size_t>(r.current_period)];
        row.has_period = true;
        row.period = p.label;
        row.judged = p.judged;
        row.exempt = p.exempt;
        row.counted = p.counted;
        row.required = p.required;
        row.shortfall = p.judged ? p.shortfall() : 0;
    }
    for (const Meeting& m : r.meetings) {
        if (settled(m.status)) continue;
        row.has_meeting = true;
        row.meeting_key = m.kind_key;
        row.meeting_text = meeting_title(m, cat);
        row.meeting_party = m.party;
        row.meeting_number = m.number;
        row.meeting_status = to_string(m.status);
        row.meeting_status_text = cat.text("state." + to_string(m.status));
        row.meeting_earliest = m.earliest;
        row.meeting_latest = m.latest;
        break;
    }
    for (const Deadline& d : r.deadlines) {
        if (d.status == DeadlineStatus::Met) continue;
        row.has_deadline = true;
        row.deadline_key = d.kind_key;
        row.deadline_text = deadline_title(d, cat);
        row.deadline_status = to_string(d.status);
        row.deadline_status_text = cat.text("state." + to_string(d.status));
        row.deadline_due = d.due;
        break;
    }
    const ConsequenceLadder& ladder = r.consequences;
    row.steps = static_cast<int>(ladder.steps.size());
    row.steps_escalate = ladder.escalates;
    if (ladder.current >= 0 && ladder.current < row.steps) {
        const ConsequenceStep& s = ladder.steps[static_cast<std::size_t>(ladder.current)];
        row.has_step = true;
        row.step_key = s.key;
        row.step_text = step_title(s, cat);
        row.step_number = ladder.current + 1;
    }
    return row;
}

std::vector<CheckInput> expand_inputs(const std::vector<std::string>& paths) {
    std::vector<CheckInput> out;
    for (const std::string& given : paths) {
        std::error_code ec;
        const fs::file_status st = fs::status(given, ec);
        if (ec || !fs::exists(st)) {
            out.push_back({given, "no such file or directory"});
            continue;
        }
        if (!fs::is_directory(st)) {
            out.push_back({given, std::nullopt});  // named explicitly: read whatever its name
            continue;
        }
        std::vector<std::string> found;
        std::optional<std::string> listing_error;
        fs::recursive_directory_iterator it(given, fs::directory_options::none, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code fec;
            if (is_json_name(it->path()) && it->is_regular_file(fec)) found.push_back(it->path().string());
        }
        if (ec) listing_error = "cannot list the folder: " + ec.message();
        // Byte order of the whole path: "a/b.json" before "a/c/x.json" before "a/d.json".
        std::sort(found.begin(), found.end());
        for (std::string& f : found) out.push_back({std::move(f), std::nullopt});
        if (listing_error) out.push_back({given, listing_error});
        if (found.empty() && !listing_error) std::cerr << "jobbplan-cli: " << given << ": no *.json files\n";
    }
    return out;
}

std::vector<CheckRow> check_all(const std::vector<CheckInput>& inputs, const RuleBook& rules, const Catalogue& cat,
                                Date on, unsigned threads) {
    std::vector<CheckRow> rows(inputs.size());
    auto one = [&](std::size_t i) {
        if (inputs[i].error) {
            rows[i].file = inputs[i].path;
            refuse(rows[i], *inputs[i].error);
        } else {
            rows[i] = check_file(inputs[i].path, rules, cat, on);
        }
    };
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, inputs.size()));
    if (threads <= 1) {
        for (std::size_t i = 0; i < inputs.size(); ++i) one(i);
        return rows;
    }
    // Each worker takes the next index; each row is written by exactly one worker, so no locks.
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < inputs.size();) one(i);
        });
    for (std::thread& t : pool) t.join();
    return rows;
}

namespace {

std::string applications(const CheckRow& r, const Catalogue& cat) {
    if (!r.has_period) return "";
    if (r.exempt) return std::to_string(r.counted) + " (" + cat.text("state.exempt") + ")";
    // An unjudged period (fi: nothing agreed yet) has no requirement to show as "x/y"; neither has
    // one with no number set (se: until the Överenskommelse gives one), where "1/0" would mislead.
    if (!r.judged || r.required <= 0) return std::to_string(r.counted);
    return std::to_string(r.counted) + "/" + std::to_string(r.required);
}

std::string shortfall_cell(const CheckRow& r) {
    return r.has_period && r.judged ? std::to_string(r.shortfall) : std::string();
}

std::string meeting_cell(const CheckRow& r) {
    if (!r.has_meeting) return "";
    return r.meeting_text;  // it names the number and the party where a series has them (dk)
}

std::string window_cell(const CheckRow& r) {
    return r.has_meeting ? to_string(r.meeting_earliest) + ".." + to_string(r.meeting_latest) : std::string();
}

// A column heading from the catalogue where it has one (the report's own labels), else English.
std::string heading(const Catalogue& cat, const char* key, const char* fallback) {
    return cat.has(key) ? cat.text(key) : fallback;
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) {
        if (c == '"') q += '"';
        q += c;
    }
    return q + "\"";
}

}  // namespace

std::string format_text(const std::vector<CheckRow>& rows, const Catalogue& cat) {
    // Short columns first, the status sentence last, so a narrow terminal wraps only the tail. The
    // deadline and step sentences are cut here (csv and json carry them whole).
    constexpr std::size_t kSentence = 48;
    const std::vector<std::string> head = {"file",
                                           "system",
                                           heading(cat, "label.period", "Period"),
                                           heading(cat, "ui.overview.applications", "Applications"),
                                           "short",
                                           heading(cat, "ui.overview.next_meeting", "Next meeting"),
                                           "window",
                                           heading(cat, "ui.overview.next_deadline", "Next deadline"),
                                           "",
                                           heading(cat, "label.consequences", "Consequences"),
                                           heading(cat, "label.status", "Status")};
    std::vector<std::vector<std::string>> cells;
    cells.reserve(rows.size());
    for (const CheckRow& r : rows) {
        if (!r.ok) {
            cells.push_back({r.file, "REFUSED: " + r.error});  // spans the other columns
            continue;
        }
        const std::string meeting = meeting_cell(r) + (r.has_meeting ? ", " + r.meeting_status_text : std::string());
        const std::string deadline =
            r.has_deadline ? cut(r.deadline_text, kSentence) + ", " + r.deadline_status_text : std::string();
        cells.push_back({r.file, r.system, r.has_period ? r.period : "", applications(r, cat), shortfall_cell(r), meeting,
                         window_cell(r), r.has_deadline ? to_string(r.deadline_due) : "", deadline,
                         r.has_step ? (r.steps_escalate ? std::to_string(r.step_number) + "/" + std::to_string(r.steps) + " " : "") +
                                          cut(r.step_text, kSentence)
                                    : "",
                         r.status_text});
    }
    std::vector<std::size_t> w(head.size(), 0);
    for (std::size_t i = 0; i < head.size(); ++i) w[i] = width(head[i]);
    for (const auto& c : cells)
        if (c.size() == head.size())
            for (std::size_t i = 0; i < c.size(); ++i) w[i] = std::max(w[i], width(c[i]));
        else
            w[0] = std::max(w[0], width(c[0]));
    std::string out;
    auto line = [&](const std::vector<std::string>& c) {
        std::string l;
        for (std::size_t i = 0; i < c.size(); ++i) {
            l += c[i];
            if (i + 1 < c.size()) l += std::string(w[i] - width(c[i]) + 2, ' ');
        }
        while (!l.empty() && l.back() == ' ') l.pop_back();
        out += l + "\n";
    };
    line(head);
    std::vector<std::string> rule;
    for (std::size_t n : w) rule.push_back(std::string(n, '-'));
    line(rule);
    for (const auto& c : cells) line(c);
    std::size_t refused = static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const CheckRow& r) { return !r.ok; }));
    out += "\n" + std::to_string(rows.size()) + " file(s): " + std::to_string(rows.size() - refused) + " read, " +
           std::to_string(refused) + " refused\n";
    return out;
}

std::string format_csv(const std::vector<CheckRow>& rows) {
    // RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
    std::string out =
        "file,ok,system,status,period,counted,required,shortfall,next_meeting,meeting_status,meeting_earliest,"
        "meeting_latest,next_deadline,deadline_status,deadline_due,step,step_number,steps,error\r\n";
    for (const CheckRow& r : rows) {
        const std::vector<std::string> f = {
            r.file,
            r.ok ? "true" : "false",
            r.system,
            r.status_text,
            r.has_period ? r.period : "",
            r.has_period ? std::to_string(r.counted) : "",
            r.has_period && r.judged && !r.exempt ? std::to_string(r.required) : "",
            shortfall_cell(r),
            meeting_cell(r),
            r.meeting_status_text,
            r.has_meeting ? to_string(r.meeting_earliest) : "",
            r.has_meeting ? to_string(r.meeting_latest) : "",
            r.has_deadline ? r.deadline_text : "",
            r.deadline_status_text,
            r.has_deadline ? to_string(r.deadline_due) : "",
            r.has_step ? r.step_text : "",
            r.has_step ? std::to_string(r.step_number) : "",
            r.ok ? std::to_string(r.steps) : "",
            r.error,
        };
        for (std::size_t i = 0; i < f.size(); ++i) out += (i ? "," : "") + csv_field(f[i]);
        out += "\r\n";
    }
    return out;
}

std::string format_json(const std::vector<CheckRow>& rows, Date on, const std::string& lang) {
    using oj = nlohmann::ordered_json;
    oj all = oj::array();
    for (const CheckRow& r : rows) {
        // Every object has every key (null where it does not apply), so a script can index blindly.
        oj o;
        o["file"] = r.file;
        o["ok"] = r.ok;
        o["error"] = r.ok ? oj(nullptr) : oj(r.error);
        o["problems"] = r.problems;
        o["on"] = to_string(on);
        o["lang"] = lang;
        o["system"] = r.ok ? oj(r.system) : oj(nullptr);
        o["status"] = r.ok ? oj(r.status_key) : oj(nullptr);
        o["status_text"] = r.ok ? oj(r.status_text) : oj(nullptr);
        oj period = nullptr;
        if (r.has_period) {
            period = {{"label", r.period},   {"counted", r.counted}, {"required", r.required},
                      {"judged", r.judged},  {"exempt", r.exempt},   {"shortfall", r.shortfall}};
            if (!r.judged) period["required"] = nullptr, period["shortfall"] = nullptr;
        }
        o["period"] = period;
        oj meeting = nullptr;
        if (r.has_meeting)
            meeting = {{"key", r.meeting_key},           {"text", r.meeting_text},
                       {"number", r.meeting_number},     {"party", r.meeting_party},
                       {"status", r.meeting_status},     {"status_text", r.meeting_status_text},
                       {"earliest", to_string(r.meeting_earliest)}, {"latest", to_string(r.meeting_latest)}};
        o["next_meeting"] = meeting;
        oj deadline = nullptr;
        if (r.has_deadline)
            deadline = {{"key", r.deadline_key},       {"text", r.deadline_text},
                        {"status", r.deadline_status}, {"status_text", r.deadline_status_text},
                        {"due", to_string(r.deadline_due)}};
        o["next_deadline"] = deadline;
        oj step = nullptr;
        if (r.has_step)
            step = {{"key", r.step_key}, {"text", r.step_text}, {"number", r.step_number}, {"of", r.steps}};
        o["step"] = step;
        all.push_back(std::move(o));
    }
    return all.dump(2) + "\n";
}

int run_check(const std::vector<std::string>& args) {
    std::string lang = "en", format = "text";
    Date on = today();
    std::vector<std::string> paths;
    bool options_done = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (options_done || a == "-" || !a.starts_with("-")) {
            paths.push_back(a);
        } else if (a == "--") {
            options_done = true;  // every later argument is a path, even one starting with "-"
        } else if (a == "--on" || a == "--lang" || a == "--format") {
            if (i + 1 >= args.size()) return usage_error(a + ": a value is missing");
            const std::string& v = args[++i];
            if (a == "--on") {
                std::string why;
                auto d = parse_on(v, why);
                if (!d) return usage_error(why);
                on = *d;
            } else if (a == "--lang") {
                if (!known_language(v)) return usage_error("--lang: \"" + v + "\" is not one of sv, da, fi, en");
                lang = v;
            } else {
                if (v != "text" && v != "csv" && v != "json") return usage_error("--format: \"" + v + "\" is not text, csv or json");
                format = v;
            }
        } else {
            return usage_error("unknown option \"" + a + "\"");
        }
    }
    if (paths.empty()) return usage_error("check: no FILE or DIR given");

    // Loaded once, before the workers start, and only read from then on.
    const RuleBook& rules = builtin_rule_book();
    const Catalogue& cat = builtin_catalogue(lang);
    const std::vector<CheckRow> rows = check_all(expand_inputs(paths), rules, cat, on);

    const std::string out = format == "csv" ? format_csv(rows) : format == "json" ? format_json(rows, on, lang) : format_text(rows, cat);
    std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    std::cout.flush();
    if (!std::cout) return 2;  // the output could not be written (a full disk): nothing was reported
    return std::any_of(rows.begin(), rows.end(), [](const CheckRow& r) { return !r.ok; }) ? 1 : 0;
}

}  // namespace jobbplan::cli
