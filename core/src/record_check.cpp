// Each check writes a one-item profile as the text the store writes and reads that text back with
// the strict reader, exactly as the next start reads the stored record, so it can never drift from
// what the reader accepts: the JSON reader's own refusals (a control character in a text) count
// too. One item costs microseconds; the joblog is not involved.
#include "jobbplan/record_check.hpp"

#include "jobbplan/json_text.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace jobbplan {
namespace {

using nlohmann::json;

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), the only
// text the store can write: nlohmann's dump refuses anything else, and in the page a refusal there
// would abort the save. Checked by hand, since the wasm build does not catch exceptions.
bool is_utf8(std::string_view s) {
    std::size_t i = 0;
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    while (i < s.size()) {
        const unsigned char c = byte(i);
        std::size_t n = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
        if (c < 0x80) n = 0;
        else if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c == 0xE0) n = 2, lo = 0xA0;
        else if (c == 0xED) n = 2, hi = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF) n = 2;
        else if (c == 0xF0) n = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) n = 3;
        else if (c == 0xF4) n = 3, hi = 0x8F;
        else return false;
        if (n > 0 && i + n >= s.size()) return false;  // cut short
        for (std::size_t k = 1; k <= n; ++k) {
            const unsigned char b = byte(i + k);
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return false;
        }
        i += n + 1;
    }
    return true;
}

// Every text in `j` that is not UTF-8, by its field path.
void find_non_utf8(const json& j, const std::string& path, Problems& out) {
    if (j.is_string()) {
        if (!is_utf8(j.get_ref<const std::string&>())) out.push_back({path, shown(j) + " is not UTF-8 text"});
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            find_non_utf8(*it, path.empty() ? it.key() : path + "." + it.key(), out);
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i) find_non_utf8(j[i], path + "[" + std::to_string(i) + "]", out);
    }
}

// The reader's problems under `prefix` ("events[0]"), with the prefix and its dot taken off.
Problems read_back(const Profile& p, std::string_view prefix) {
    const json j = to_json(p);
    Problems found;
    find_non_utf8(j, "", found);
    // With a text that is not UTF-8 already named, the rest is written with it replaced.
    Parsed<Profile> read = parse_profile_text(j.dump(-1, ' ', false, json::error_handler_t::replace));
    found.insert(found.end(), read.problems.begin(), read.problems.end());
    Problems out;
    for (Problem& problem : found) {
        if (!problem.path.starts_with(prefix)) continue;
        std::string_view rest = std::string_view(problem.path).substr(prefix.size());
        if (rest.starts_with('.')) rest.remove_prefix(1);
        out.push_back({std::string(rest), std::move(problem.message)});
    }
    return out;
}

}  // namespace

Problems check_situation(const Situation& s) {
    Profile p;
    p.situation = s;
    return read_back(p, "situation");
}

Problems check_event(const Situation& s, const Event& e) {
    Profile p;
    p.situation = s;
    p.events.push_back(e);
    return read_back(p, "events[0]");
}

Problems check_entry(const Situation& s, const JoblogEntry& e) {
    Profile p;
    p.situation = s;
    p.joblog.push_back(e);
    return read_back(p, "joblog[0]");
}

}  // namespace jobbplan
