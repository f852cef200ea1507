#pragma once
// Reading JSON text that a person or another program wrote: a profile, an import, a stored copy.
// One reader for all of them, so each refusal says the same useful things: where the text breaks
// (field path, line and column) and the likely cause (UTF-16, not UTF-8), duplicate keys by name,
// nesting deeper than any Jobbplan file has (a value nested 10^5 deep would exhaust the stack when
// printed or compared), and control characters that would cut text short on its way to the page.
#include "jobbplan/diagnostics.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace jobbplan {

inline constexpr int kMaxJsonDepth = 64;            // Jobbplan's own documents nest 6 deep
inline constexpr std::size_t kShownChars = 80;      // a bad value in a message is cut to this

struct JsonRead {
    nlohmann::json value;   // the whole document when `complete`
    Problems problems;      // any problem refuses the text; duplicates and control characters
                            // still leave a complete value, so a reader can name its own problems too
    bool complete = false;  // false: invalid JSON or too deep, `value` is discarded
    bool ok() const { return complete && problems.empty(); }
};

JsonRead read_json(std::string_view text);

// A value or text as a message shows it: JSON-escaped (so a NUL or a newline is visible, never
// raw) and cut to about kShownChars with an ellipsis, however long the value is.
std::string shown(const nlohmann::json& v);
std::string shown(std::string_view text);
inline std::string shown(const std::string& text) { return shown(std::string_view(text)); }
inline std::string shown(const char* text) { return shown(std::string_view(text)); }

}  // namespace jobbplan
