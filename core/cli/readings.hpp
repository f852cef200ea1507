#pragma once
// jobbplan-cli readings: every reading Jobbplan chose where a seed is ambiguous (issue 11), read from
// the rule packs' note_keys and the catalogue, so the list a caseworker reviews is the one the
// reports use and is never kept by hand.
#include <string>
#include <vector>

namespace jobbplan::cli {

int run_readings(const std::vector<std::string>& args);

}  // namespace jobbplan::cli
