#pragma once
// `jobbplan-cli check FILE|DIR... [--on DATE] [--format text|csv|json] [--lang sv|da|fi|en]`:
// one row per profile file with what a caseworker looks at first (system, status, this period's
// applications, next meeting and deadline, the consequence step reached). A file that cannot be
// read gets a row naming its first problem and the batch goes on.
// Exit codes: 0 every file read, 1 any file refused (or a path that does not exist), 2 bad usage.
#include "jobbplan/calendar.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/rule_pack.hpp"

#include <optional>
#include <string>
#include <vector>

namespace jobbplan::cli {

// One file's row. Every text is filled for the chosen language; keys stay for the JSON output.
struct CheckRow {
    std::string file;
    bool ok = false;
    std::string error;                  // the first problem, cut to about 80 characters; empty when ok
    std::vector<std::string> problems;  // all of them, as the reader gives them
    std::string system;
    std::string status_key, status_text;
    // The period holding --on; absent when the system has none (e.g. no requirement yet).
    bool has_period = false;
    std::string period;
    bool judged = true, exempt = false;
    int counted = 0, required = 0, shortfall = 0;
    // The next meeting still to come (held and missed ones are history), as the page's overview.
    bool has_meeting = false;
    std::string meeting_key, meeting_text, meeting_party, meeting_status, meeting_status_text;
    int meeting_number = 0;
    Date meeting_earliest{}, meeting_latest{};
    // The next deadline not met yet (open or overdue), as the page's overview.
    bool has_deadline = false;
    std::string deadline_key, deadline_text, deadline_status, deadline_status_text;
    Date deadline_due{};
    // The last consequence step reached (1-based among `steps`); absent when none is reached.
    bool has_step = false;
    std::string step_key, step_text;
    int step_number = 0, steps = 0;
    bool steps_escalate = true;  // false: separate outcomes (dk), so the text table gives no "2/5"
};

// Reads one file and fills its row. Thread-safe: the rule book and catalogue are only read.
CheckRow check_file(const std::string& path, const RuleBook& rules, const Catalogue& cat, Date on);

// The files a list of arguments names: files as given, directories as every *.json below them in
// sorted order. A path that does not exist (or a directory that cannot be listed) becomes a row
// whose error says so, in its place.
struct CheckInput {
    std::string path;
    std::optional<std::string> error;  // set: refused before reading
};
std::vector<CheckInput> expand_inputs(const std::vector<std::string>& paths);

// Checks every input on `threads` workers (0 = every core), rows in input order.
std::vector<CheckRow> check_all(const std::vector<CheckInput>& inputs, const RuleBook& rules, const Catalogue& cat,
                                Date on, unsigned threads = 0);

std::string format_text(const std::vector<CheckRow>& rows, const Catalogue& cat);
std::string format_csv(const std::vector<CheckRow>& rows);
std::string format_json(const std::vector<CheckRow>& rows, Date on, const std::string& lang);

// The command: args[0] is "check".
int run_check(const std::vector<std::string>& args);

}  // namespace jobbplan::cli
