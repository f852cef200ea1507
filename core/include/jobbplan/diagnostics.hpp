#pragma once
// Errors from reading user or pack data. The core never throws on bad input (emscripten builds
// abort on a throw); every reader collects Problems naming the JSON path and the offending value.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jobbplan {

struct Problem {
    std::string path;     // "joblog[17].date", "rules[3] (dk.joblog.weekly_minimum).source.quote"
    std::string message;  // English, for logs and the CLI: `"2024-13-01" is not a date`
    std::string to_string() const { return path.empty() ? message : path + ": " + message; }
};
using Problems = std::vector<Problem>;

template <class T>
struct Parsed {
    std::optional<T> value;
    Problems problems;
    bool ok() const { return value.has_value() && problems.empty(); }
};

}  // namespace jobbplan
