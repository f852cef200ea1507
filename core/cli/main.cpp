// jobbplan-cli: the rule engine from the command line, for caseworkers, scripts and tests.
// Exit codes: 0 ok, 2 bad usage or bad input (the message names the field and value); `check`
// exits 1 when any of its files was refused. Each command is in its own file:
// report_command.cpp (report, validate), check.cpp (check), readings.cpp (readings).
#include "check.hpp"
#include "common.hpp"
#include "readings.hpp"
#include "report_command.hpp"

#include "jobbplan/version.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return jobbplan::cli::usage_error("a command is missing");
    if (args[0] == "--version" && args.size() == 1) {
        std::cout << "jobbplan-cli " << jobbplan::kVersion << "\n";
        return 0;
    }
    if ((args[0] == "--help" || args[0] == "-h") && args.size() == 1) {
        std::cout << jobbplan::cli::kUsage;
        return 0;
    }
    if (args[0] == "report") return jobbplan::cli::run_report(args);
    if (args[0] == "validate") return jobbplan::cli::run_validate(args);
    if (args[0] == "check") return jobbplan::cli::run_check(args);
    if (args[0] == "readings") return jobbplan::cli::run_readings(args);
    return jobbplan::cli::usage_error("unknown command \"" + args[0] + "\"");
}
