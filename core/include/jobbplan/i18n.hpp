#pragma once
// Translation catalogues: assets/i18n/<lang>/*.json, flat objects of key -> string with {name}
// placeholders. The core only ever emits keys and params; this turns them into words.
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
    // Merges a flat JSON object into the catalogue; problems name the key.
    Problems add_json_text(std::string_view text, std::string_view origin);
    bool has(std::string_view key) const;
    // The string with {name} replaced; a missing key returns the key itself in brackets so a gap is
    // visible, never a crash.
    std::string text(std::string_view key, const Params& params = {}) const;
    std::vector<std::string> keys() const;
    // The {names} of the key's string that `params` does not fill: text() would show them raw.
    // Tests and the page's self-check use it; an empty result means the sentence is whole.
    std::vector<std::string> unfilled(std::string_view key, const Params& params = {}) const;

private:
    std::map<std::string, std::string, std::less<>> strings_;
};

// Catalogues compiled into the binary from assets/i18n/ (see core/CMakeLists.txt).
const Catalogue& builtin_catalogue(std::string_view lang);

}  // namespace jobbplan
