#include "jobbplan/timeline.hpp"

#include <algorithm>

namespace jobbplan {

std::vector<TimelineItem> timeline(const Report& r, Date today, Date until) {
    std::vector<TimelineItem> out;
    auto keep = [&](const TimelineItem& it) {
        if (until < it.end) return false;
        const bool past = it.end < today;
        return !(past && (it.done() || it.status == "replaced"));
    };
    for (const Meeting& m : r.meetings) {
        TimelineItem it{true, m.earliest, m.latest, m.kind_key, m.status, &m, nullptr};
        if (keep(it)) out.push_back(it);
    }
    for (const Deadline& d : r.deadlines) {
        TimelineItem it{false, d.due, d.due, d.kind_key, d.status, nullptr, &d};
        if (keep(it)) out.push_back(it);
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.end < b.end; });
    return out;
}

}  // namespace jobbplan
