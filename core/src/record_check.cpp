// Each check writes a one-item profile and reads it back with the strict reader, so it can never
// drift from what the reader accepts. One item costs microseconds; the joblog is not involved.
#include "jobbplan/record_check.hpp"

#include <string_view>

namespace jobbplan {
namespace {

// The reader's problems under `prefix` ("events[0]"), with the prefix and its dot taken off.
Problems read_back(const Profile& p, std::string_view prefix) {
    Problems out;
    for (Problem& problem : parse_profile(to_json(p)).problems) {
        if (!problem.path.starts_with(prefix)) continue;
        std::string_view rest = std::string_view(problem.path).substr(prefix.size());
        if (rest.starts_with('.')) rest.remove_prefix(1);
        out.push_back({std::string(rest), std::move(problem.message)});
    }
    return out;
}

}  // namespace

Problems check_situation(const Situation& s) {
    Profile p;
    p.situation = s;
    return read_back(p, "situation");
}

Problems check_event(const Situation& s, const Event& e) {
    Profile p;
    p.situation = s;
    p.events.push_back(e);
    return read_back(p, "events[0]");
}

Problems check_entry(const Situation& s, const JoblogEntry& e) {
    Profile p;
    p.situation = s;
    p.joblog.push_back(e);
    return read_back(p, "joblog[0]");
}

}  // namespace jobbplan
