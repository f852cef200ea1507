// Small helpers shared by the Finnish evaluator's parts.
#include "finland_parts.hpp"

namespace jobbplan::detail::fi {

int int_param(const Rule* r, std::string_view name, int fallback) {
    if (!r) return fallback;
    auto it = r->params.find(std::string{name});
    if (it == r->params.end() || !it->is_number_integer()) return fallback;
    return it->get<int>();
}

int age_on(Date birth, Date on) {
    int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
    if (date::month_day{on.month(), on.day()} < date::month_day{birth.month(), birth.day()}) --years;
    return years;
}

bool has_event(const Profile& p, std::string_view type, Date from, Date to) {
    for (const Event& e : p.events)
        if (e.type == type && from <= e.date && e.date <= to) return true;
    return false;
}

}  // namespace jobbplan::detail::fi
