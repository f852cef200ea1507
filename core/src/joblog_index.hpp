#pragma once
// The joblog sorted by date once, so each review period finds its entries by binary search instead
// of every period scanning every entry (years of weeks times thousands of entries).
#include "jobbplan/profile.hpp"

#include <algorithm>
#include <span>
#include <vector>

namespace jobbplan::detail {

class JoblogByDate {
public:
    explicit JoblogByDate(const std::vector<JoblogEntry>& log) {
        sorted_.reserve(log.size());
        for (const JoblogEntry& e : log) sorted_.push_back(&e);
        // Stable: entries of one day keep the order the jobseeker logged them in.
        std::stable_sort(sorted_.begin(), sorted_.end(), [](const JoblogEntry* a, const JoblogEntry* b) { return key(a) < key(b); });
    }

    // Entries dated from `first` to `last`, both included, in date order.
    std::span<const JoblogEntry* const> between(Date first, Date last) const {
        const auto lo = std::lower_bound(sorted_.begin(), sorted_.end(), date::sys_days{first},
                                         [](const JoblogEntry* e, date::sys_days d) { return key(e) < d; });
        const auto hi = std::upper_bound(lo, sorted_.end(), date::sys_days{last},
                                         [](date::sys_days d, const JoblogEntry* e) { return d < key(e); });
        // Pointer and count: Emscripten's libc++ 14 has no span constructor from two iterators.
        return {sorted_.data() + (lo - sorted_.begin()), static_cast<std::size_t>(hi - lo)};
    }

private:
    static date::sys_days key(const JoblogEntry* e) { return date::sys_days{e->date}; }
    std::vector<const JoblogEntry*> sorted_;
};

}  // namespace jobbplan::detail
