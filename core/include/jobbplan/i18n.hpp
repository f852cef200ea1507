#pragma once
// Translation catalogues: assets/i18n/<lang>/*.json, flat objects of key -> string with {name}
// placeholders. The core only ever emits keys and params; this turns them into words.
//
// Plurals. A value may instead be an object with the sentence in two forms:
//
//   "ui.days.ago": {"count": "n", "one": "{n} day ago", "other": "{n} days ago"}
//
// "one" is used when the count's value is an integer whose absolute value is 1 ("1", "-1"); every
// other value ("0", "2", "5", a missing or non-numeric value) takes "other". That is the whole rule
// for sv, da, fi and en (CLDR: one = integer 1); the Finnish partitive after a number ("2 päivää")
// belongs in "other". The count is the param named by "count"; "count" may be left out only when the
// forms hold exactly one placeholder between them, which is then the count. A sentence with two
// numbers picks one of them (the one its noun follows) and words the other without a noun ("2 of
// {required} ..."), so one selector is always enough. add_json_text refuses any other member, a
// missing or non-string form, and a count that is not one of the forms' placeholders, naming the key.
#include "jobbplan/diagnostics.hpp"
#include "jobbplan/explanation.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan {

inline constexpr std::string_view kLanguages[] = {"sv", "da", "fi", "en"};

class Catalogue {
public:
    Catalogue() = default;
    // `lang` is what the catalogue is written in ("sv", "da", "fi", "en"); the built-in catalogues
    // know theirs. report_text.hpp and the page write dates and weeks in it (local_format.hpp).
    explicit Catalogue(std::string lang) : lang_(std::move(lang)) {}
    const std::string& lang() const { return lang_; }

    // Merges a flat JSON object into the catalogue; problems name the key.
    Problems add_json_text(std::string_view text, std::string_view origin);
    bool has(std::string_view key) const;
    // The string with {name} replaced (a plural's form chosen by its count); a missing key returns
    // the key itself in brackets so a gap is visible, never a crash.
    std::string text(std::string_view key, const Params& params = {}) const;
    std::vector<std::string> keys() const;
    // The {names} of the key's string (both forms of a plural) that `params` does not fill: text()
    // would show them raw. Tests and the page's self-check use it; an empty result means the
    // sentence is whole.
    std::vector<std::string> unfilled(std::string_view key, const Params& params = {}) const;
    // The count param of a plural key; empty for a plain string or a missing key.
    std::string count_param(std::string_view key) const;

private:
    struct Entry {
        std::string other;  // the plain string, or a plural's "other" form
        std::string one;    // a plural's "one" form
        std::string count;  // a plural's count param; empty: a plain string
    };
    const std::string& form(const Entry& e, const Params& params) const;
    std::map<std::string, Entry, std::less<>> strings_;
    std::string lang_;
};

// Catalogues compiled into the binary from assets/i18n/ (see core/CMakeLists.txt).
const Catalogue& builtin_catalogue(std::string_view lang);

}  // namespace jobbplan
