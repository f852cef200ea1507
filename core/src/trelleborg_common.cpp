// Small helpers shared by the Trelleborg evaluator's parts.
#include "trelleborg_parts.hpp"

namespace jobbplan::detail::se {

int int_param(const Rule* r, std::string_view name, int fallback) {
    if (!r) return fallback;
    auto it = r->params.find(std::string{name});
    if (it == r->params.end() || !it->is_number_integer()) return fallback;
    return it->get<int>();
}

const Event* last_event(const Profile& p, std::string_view type, Date from, Date to) {
    const Event* found = nullptr;
    for (const Event& e : p.events)
        if (e.type == type && from <= e.date && e.date <= to && (!found || found->date <= e.date)) found = &e;
    return found;
}

Explanation explain(const Rule* r, Params params, std::string text_key) {
    if (!r) return {};
    Explanation x = r->explain(std::move(params));
    if (!text_key.empty()) x.text_key = std::move(text_key);
    return x;
}

}  // namespace jobbplan::detail::se
