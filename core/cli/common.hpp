#pragma once
// What the jobbplan-cli commands share: the usage text, bad-usage exit, today's date, reading a file.
#include "jobbplan/calendar.hpp"

#include <optional>
#include <string>

namespace jobbplan::cli {

extern const char* const kUsage;

// Prints "jobbplan-cli: MESSAGE" and the usage text to stderr; returns exit code 2.
int usage_error(const std::string& message);

// The local calendar day (what --on defaults to).
Date today();

// The whole file, or nullopt when it cannot be opened or read.
std::optional<std::string> read_file(const std::string& path);

// --on's value as report and check take it: a real date within the record's years. On a bad value
// returns nullopt and sets `why` to the message (the value named).
std::optional<Date> parse_on(const std::string& value, std::string& why);

// --lang's value: one of sv, da, fi, en.
bool known_language(const std::string& lang);

}  // namespace jobbplan::cli
