#pragma once
// Rules are data: assets/rules/<system>.json. A reform is a new version of a rule id with its own
// effective dates, never a branch in code. Packs are validated on load; a bad pack names the rule.
#include "jobbplan/calendar.hpp"
#include "jobbplan/diagnostics.hpp"
#include "jobbplan/explanation.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan {

struct Rule {
    std::string id;
    int version = 1;
    Date effective_from;
    std::optional<Date> effective_to;  // inclusive; empty = still in force
    nlohmann::json params;             // object; shape checked by the system's evaluator
    std::string text_key;
    std::string note_key;
    SourceRef source;

    bool in_force(Date on) const;
    Explanation explain(Params p = {}) const;  // text_key + params + source, stamped with id/version
};

// A seed document the pack's rules are read from, with the date it describes (issue 11 §4): a
// report well past it says the rules may have changed since and to check with the office.
struct SourceDocument {
    std::string file;       // "000_60a27da499a31ef2.txt", as the rules' source.file names it
    std::string title_key;  // catalogue key of the document's name in words ("source.fi.customer_model")
    std::optional<Date> dated;  // the day (or first day of the month/year) it describes; empty = undated
};

struct RulePack {
    std::string system;   // "fi", "dk", "se-trelleborg"
    std::string version;  // pack version string, e.g. "2024.1"
    std::vector<Rule> rules;
    std::vector<SourceDocument> documents;  // every file a rule cites is listed (rule_pack.cpp checks)
    // After this many months past a document's date, reports say its rules may have changed.
    int review_after_months = 12;
    const SourceDocument* document(std::string_view file) const;

    // The version of rule `id` in force on `on`, or nullptr.
    const Rule* at(std::string_view id, Date on) const;
};

Parsed<RulePack> load_rule_pack(const nlohmann::json& j);
Parsed<RulePack> load_rule_pack_text(std::string_view text);

struct RuleBook {
    std::vector<RulePack> packs;
    const RulePack* pack(std::string_view system) const;
};

// The packs compiled into the binary from assets/rules/ (see core/CMakeLists.txt).
const RuleBook& builtin_rule_book();

}  // namespace jobbplan
