// The registry of systems: adding a country or municipality is adding a row here.
#include "systems.hpp"

namespace jobbplan::detail {

std::span<const SystemSpec> systems() {
    static const SystemSpec table[] = {
        {"fi", finland_required_rules, evaluate_finland},
        {"dk", denmark_required_rules, evaluate_denmark},
        {"se-trelleborg", trelleborg_required_rules, evaluate_trelleborg},
    };
    return table;
}

const SystemSpec* find_system(std::string_view system) {
    for (const SystemSpec& s : systems())
        if (s.system == system) return &s;
    return nullptr;
}

}  // namespace jobbplan::detail
