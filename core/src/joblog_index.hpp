#pragma once
// The joblog sorted by date once, so each review period finds its entries by binary search instead
// of every period scanning every entry (years of weeks times thousands of entries).
#include "jobbplan/profile.hpp"

#include <algorithm>
#include <vector>

namespace jobbplan::detail {

class JoblogByDate {
public:
    explicit JoblogByDate(const std::vector<JoblogEntry>& log) {
        // Day numbers next to the pointers: sorting and searching then read this small array, not
        // a cache line of every entry, which keeps a ten-year log as cheap per entry as a short one.
        keyed_.reserve(log.size());
        for (const JoblogEntry& e : log) keyed_.push_back({date::sys_days{e.date}, &e});
        const auto before = [](const Keyed& a, const Keyed& b) { return a.day < b.day; };
        // The app keeps the log in date order, so the common case costs one pass.
        if (std::is_sorted(keyed_.begin(), keyed_.end(), before)) return;
        // Stable: entries of one day keep the order the jobseeker logged them in.
        std::stable_sort(keyed_.begin(), keyed_.end(), before);
    }

    struct Keyed {
        date::sys_days day;
        const JoblogEntry* entry;
    };

    // A run of the sorted array that iterates as entries.
    class Range {
    public:
        Range(const Keyed* first, std::size_t n) : first_(first), n_(n) {}
        struct iterator {
            const Keyed* at;
            const JoblogEntry* operator*() const { return at->entry; }
            iterator& operator++() {
                ++at;
                return *this;
            }
            bool operator==(const iterator&) const = default;
        };
        iterator begin() const { return {first_}; }
        iterator end() const { return {first_ + n_}; }
        std::size_t size() const { return n_; }

    private:
        const Keyed* first_;
        std::size_t n_;
    };

    // Entries dated from `first` to `last`, both included, in date order.
    Range between(Date first, Date last) const {
        const auto lo = std::lower_bound(keyed_.begin(), keyed_.end(), date::sys_days{first},
                                         [](const Keyed& k, date::sys_days d) { return k.day < d; });
        const auto hi = std::upper_bound(lo, keyed_.end(), date::sys_days{last},
                                         [](date::sys_days d, const Keyed& k) { return d < k.day; });
        return {keyed_.data() + (lo - keyed_.begin()), static_cast<std::size_t>(hi - lo)};
    }

private:
    std::vector<Keyed> keyed_;
};

}  // namespace jobbplan::detail
