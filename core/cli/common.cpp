#include "common.hpp"

#include "jobbplan/i18n.hpp"

#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace jobbplan::cli {

const char* const kUsage =
    "usage: jobbplan-cli --version | --help\n"
    "       jobbplan-cli report PROFILE.json [--on YYYY-MM-DD] [--lang sv|da|fi|en] [--format json|text]\n"
    "       jobbplan-cli validate PROFILE.json\n"
    "       jobbplan-cli check FILE|DIR... [--on YYYY-MM-DD] [--format text|csv|json] [--lang sv|da|fi|en]\n"
    "           one row per profile (directories: every *.json below, sorted); exit 1 if any is refused\n"
    "       jobbplan-cli readings [--lang sv|da|fi|en]\n"
    "           every reading chosen where a seed is ambiguous (the rules' notes), as Markdown\n";

int usage_error(const std::string& message) {
    std::cerr << "jobbplan-cli: " << message << "\n" << kUsage;
    return 2;
}

Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
                date::day{static_cast<unsigned>(local.tm_mday)}};
}

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(s).str();
}

std::optional<Date> parse_on(const std::string& value, std::string& why) {
    auto d = parse_date(value);
    if (!d) {
        why = "--on: \"" + value + "\" is not a date (YYYY-MM-DD)";
        return std::nullopt;
    }
    // The same years a profile can hold: a report in 9999 would walk millennia of periods.
    if (!in_record_range(*d)) {
        why = "--on: \"" + value + "\" is outside the years " + std::to_string(kEarliestRecordYear) + " to " +
              std::to_string(kLatestRecordYear);
        return std::nullopt;
    }
    return d;
}

bool known_language(const std::string& lang) {
    for (auto l : kLanguages)
        if (l == lang) return true;
    return false;
}

}  // namespace jobbplan::cli
