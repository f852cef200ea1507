#pragma once
// One evaluator per system. Each reads only its own rule pack; adding a system is adding an entry here.
#include "jobbplan/report.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan::detail {

// A rule an evaluator cannot work without, and the params it reads from it. load_rule_pack checks
// these so a broken pack fails at load time naming the rule, not later in the middle of a report.
struct RequiredRule {
    std::string_view id;
    std::vector<std::string_view> int_params;
};

struct SystemSpec {
    std::string_view system;
    std::vector<RequiredRule> (*required_rules)();
    Report (*evaluate)(const Profile&, const RulePack&, Date on);
};

std::span<const SystemSpec> systems();

// An entry's verdict: the sentence `reason_key`, stamped with the rule that decided it and its
// passage. The rule's own note stays with the period's explanation, where it is read.
EntryVerdict verdict_by(const Rule* rule, std::string entry_id, bool counted, std::string reason_key);

// The status and the explanation of the fact that decided it, set together so neither is left out.
void set_status(Report& r, std::string key, Explanation why);
const SystemSpec* find_system(std::string_view system);

std::vector<RequiredRule> finland_required_rules();
Report evaluate_finland(const Profile& profile, const RulePack& pack, Date on);

std::vector<RequiredRule> denmark_required_rules();
Report evaluate_denmark(const Profile& profile, const RulePack& pack, Date on);

std::vector<RequiredRule> trelleborg_required_rules();
Report evaluate_trelleborg(const Profile& profile, const RulePack& pack, Date on);

}  // namespace jobbplan::detail
