#pragma once
// `jobbplan-cli report PROFILE.json [--on DATE] [--lang L] [--format json|text]` and
// `jobbplan-cli validate PROFILE.json`. args[0] is the command's name. Exit 0, or 2 with a message.
#include <string>
#include <vector>

namespace jobbplan::cli {

int run_report(const std::vector<std::string>& args);
int run_validate(const std::vector<std::string>& args);

}  // namespace jobbplan::cli
