#include "jobbplan/timeline.hpp"

#include <algorithm>

namespace jobbplan {

bool TimelineItem::late() const {
    if (meeting)
        return meeting->status == MeetingStatus::Overdue || meeting->status == MeetingStatus::Missed ||
               meeting->status == MeetingStatus::Rebook;
    return deadline && deadline->status == DeadlineStatus::Overdue;
}

bool TimelineItem::done() const {
    if (meeting) return meeting->status == MeetingStatus::Held;
    return deadline && deadline->status == DeadlineStatus::Met;
}

std::string TimelineItem::status() const {
    if (meeting) return to_string(meeting->status);
    return deadline ? to_string(deadline->status) : std::string{};
}

std::vector<TimelineItem> timeline(const Report& r, Date today, Date until) {
    std::vector<TimelineItem> out;
    auto keep = [&](const TimelineItem& it) {
        if (until < it.end) return false;
        const bool past = it.end < today;
        return !(past && (it.done() || it.replaced()));
    };
    for (const Meeting& m : r.meetings) {
        TimelineItem it{true, m.earliest, m.latest, m.kind_key, &m, nullptr};
        if (keep(it)) out.push_back(it);
    }
    for (const Deadline& d : r.deadlines) {
        TimelineItem it{false, d.due, d.due, d.kind_key, nullptr, &d};
        if (keep(it)) out.push_back(it);
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.end < b.end; });
    return out;
}

}  // namespace jobbplan
