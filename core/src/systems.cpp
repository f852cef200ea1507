// The registry of systems: adding a country or municipality is adding a row here.
#include "systems.hpp"

#include <utility>

namespace jobbplan::detail {

std::span<const SystemSpec> systems() {
    static const SystemSpec table[] = {
        {"fi", finland_required_rules, evaluate_finland},
        {"dk", denmark_required_rules, evaluate_denmark},
        {"se-trelleborg", trelleborg_required_rules, evaluate_trelleborg},
    };
    return table;
}

EntryVerdict verdict_by(const Rule* rule, std::string entry_id, bool counted, std::string reason_key) {
    EntryVerdict v{std::move(entry_id), counted, rule ? rule->explain() : Explanation{}};
    v.why.text_key = std::move(reason_key);
    v.why.note_key.clear();
    return v;
}

void set_status(Report& r, std::string key, Explanation why) {
    r.status_key = std::move(key);
    r.status_why = std::move(why);
}

const SystemSpec* find_system(std::string_view system) {
    for (const SystemSpec& s : systems())
        if (s.system == system) return &s;
    return nullptr;
}

}  // namespace jobbplan::detail
