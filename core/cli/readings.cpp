// jobbplan-cli readings [--lang sv|da|fi|en]: per system, each rule version that carries a note
// (how an ambiguous passage was read), with the seed file and the passage it reads, as Markdown.
#include "readings.hpp"

#include "common.hpp"

#include "jobbplan/calendar.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/rule_pack.hpp"

#include <iostream>

namespace jobbplan::cli {
namespace {

// The rule's own parameters fill a note that names one ("{weeks}"); a note never needs more.
Params params_of(const Rule& r) {
    Params p;
    if (r.params.is_object())
        for (auto it = r.params.begin(); it != r.params.end(); ++it) {
            if (it->is_string()) p.emplace_back(it.key(), it->get<std::string>());
            else if (it->is_number_integer()) p.emplace_back(it.key(), std::to_string(it->get<long long>()));
        }
    return p;
}

std::string in_force(const Rule& r) {
    std::string s = "from " + to_string(r.effective_from);
    if (r.effective_to) s += " to " + to_string(*r.effective_to);
    return s;
}

}  // namespace

int run_readings(const std::vector<std::string>& args) {
    std::string lang = "en";
    for (size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            lang = args[++i];
            if (!known_language(lang)) return usage_error("--lang: \"" + lang + "\" is not one of sv, da, fi, en");
        } else {
            return usage_error("unknown option \"" + args[i] + "\"");
        }
    }
    const Catalogue& cat = builtin_catalogue(lang);
    int count = 0;
    for (const RulePack& pack : builtin_rule_book().packs) {
        std::cout << "## " << pack.system << " (rule pack " << pack.version << ")\n\n";
        for (const Rule& r : pack.rules) {
            if (r.note_key.empty()) continue;
            ++count;
            std::cout << "- `" << r.id << "` v" << r.version << ", " << in_force(r) << ", " << r.source.file << ": \""
                      << r.source.quote << "\"\n  " << cat.text(r.note_key, params_of(r)) << "\n";
        }
        std::cout << "\n";
    }
    std::cout << count << " readings.\n";
    return 0;
}

}  // namespace jobbplan::cli
