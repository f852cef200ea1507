#pragma once
// The joblog in date order, so each review period finds its entries by binary search instead of
// every period scanning every entry (years of weeks times thousands of entries).
#include "jobbplan/profile.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace jobbplan::detail {

class JoblogByDate {
public:
    explicit JoblogByDate(const std::vector<JoblogEntry>& log) : log_(log) {
        const auto by_date = [](const JoblogEntry& a, const JoblogEntry& b) { return a.date < b.date; };
        // The app keeps the log in date order, so the common case is one read of the dates and no
        // copy at all: a ten-year log then costs no more per entry than a short one.
        if (std::is_sorted(log.begin(), log.end(), by_date)) return;
        // Otherwise (a hand-written import, say) day numbers next to pointers, so sorting and
        // searching read this small array rather than a cache line of every entry.
        keyed_.reserve(log.size());
        for (const JoblogEntry& e : log) keyed_.push_back({date::sys_days{e.date}, &e});
        // Stable: entries of one day keep the order the jobseeker logged them in.
        std::stable_sort(keyed_.begin(), keyed_.end(), [](const Keyed& a, const Keyed& b) { return a.day < b.day; });
        sorted_ = false;
    }

    struct Keyed {
        date::sys_days day;
        const JoblogEntry* entry;
    };

    // A run of entries in date order: straight from the log when it was sorted, else via pointers.
    class Range {
    public:
        struct iterator {
            const JoblogEntry* direct;
            const Keyed* keyed;
            const JoblogEntry* operator*() const { return keyed ? keyed->entry : direct; }
            iterator& operator++() {
                if (keyed) ++keyed;
                else ++direct;
                return *this;
            }
            bool operator==(const iterator&) const = default;
        };
        Range(iterator first, iterator last, std::size_t n) : first_(first), last_(last), n_(n) {}
        iterator begin() const { return first_; }
        iterator end() const { return last_; }
        std::size_t size() const { return n_; }

    private:
        iterator first_, last_;
        std::size_t n_;
    };

    // Entries dated from `first` to `last`, both included, in date order.
    Range between(Date first, Date last) const {
        if (sorted_) {
            const auto lo = std::lower_bound(log_.begin(), log_.end(), first,
                                             [](const JoblogEntry& e, Date d) { return e.date < d; });
            const auto hi = std::upper_bound(lo, log_.end(), last, [](Date d, const JoblogEntry& e) { return d < e.date; });
            const JoblogEntry* base = log_.data();
            return {{base + (lo - log_.begin()), nullptr}, {base + (hi - log_.begin()), nullptr},
                    static_cast<std::size_t>(hi - lo)};
        }
        const auto lo = std::lower_bound(keyed_.begin(), keyed_.end(), date::sys_days{first},
                                         [](const Keyed& k, date::sys_days d) { return k.day < d; });
        const auto hi = std::upper_bound(lo, keyed_.end(), date::sys_days{last},
                                         [](date::sys_days d, const Keyed& k) { return d < k.day; });
        const Keyed* base = keyed_.data();
        return {{nullptr, base + (lo - keyed_.begin())}, {nullptr, base + (hi - keyed_.begin())},
                static_cast<std::size_t>(hi - lo)};
    }

private:
    const std::vector<JoblogEntry>& log_;
    std::vector<Keyed> keyed_;
    bool sorted_ = true;
};

}  // namespace jobbplan::detail
