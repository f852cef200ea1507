// Rule look-ups shared by the Danish evaluator files.
#include "denmark.hpp"

#include <algorithm>

namespace jobbplan::detail::dk {

bool applies(const Rule& r, std::string_view benefit) {
    auto it = r.params.find("benefits");
    if (it == r.params.end() || !it->is_array()) return true;
    return std::any_of(it->begin(), it->end(), [&](const nlohmann::json& b) { return b.is_string() && b.get<std::string>() == benefit; });
}

const Rule* rule(const Context& c, std::string_view id, Date on) {
    const Rule* r = c.pack.at(id, on);
    return r && applies(*r, c.profile.situation.benefit) ? r : nullptr;
}

const Rule* rule(const Context& c, std::string_view id) { return rule(c, id, c.on); }

const Rule* rule_for_start(const Context& c, std::string_view id) { return rule_or_oldest(c, id, c.start); }

const Rule* rule_or_oldest(const Context& c, std::string_view id, Date on) {
    if (const Rule* r = rule(c, id, on)) return r;
    // Before the pack's first version: the oldest process is the one that applied.
    const Rule* oldest = nullptr;
    for (const Rule& r : c.pack.rules)
        if (r.id == id && (!oldest || r.effective_from < oldest->effective_from)) oldest = &r;
    return oldest && on < oldest->effective_from && applies(*oldest, c.profile.situation.benefit) ? oldest : nullptr;
}

int int_param(const Rule& r, std::string_view name, int fallback) {
    auto it = r.params.find(std::string{name});
    return it != r.params.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

std::vector<const Event*> events(const Context& c, std::string_view type) {
    std::vector<const Event*> out;
    for (const Event& e : c.profile.events)
        if (e.type == type && e.date <= c.on) out.push_back(&e);
    std::stable_sort(out.begin(), out.end(), [](const Event* a, const Event* b) { return a->date < b->date; });
    return out;
}

}  // namespace jobbplan::detail::dk
