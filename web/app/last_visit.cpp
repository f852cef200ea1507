#include "app/last_visit.hpp"

namespace jobbplan::web {

void begin_visit(Platform& platform, AppState& state, std::function<void()> done) {
    platform.load(kLastVisitKey, [&platform, &state, done = std::move(done)](StorageResult r) {
        // An unreadable or out-of-range day is no earlier visit: the block is simply not shown.
        if (r.ok && r.value) {
            const std::optional<Date> day = parse_record_date(*r.value);
            if (day && *day < state.today) state.last_visit = day;
        }
        continue_visit(platform, state);
        done();
    });
}

void continue_visit(Platform& platform, const AppState& state) {
    platform.save(kLastVisitKey, to_string(state.today), [](StorageResult) {});
}

}  // namespace jobbplan::web
