// Catalogues are flat key -> string maps (a plural is a key -> {"one", "other", "count"} object); a
// missing key shows as "[key]" so gaps are visible in the page and caught by i18n_test rather than
// crashing.
#include "jobbplan/i18n.hpp"

#include "embedded_assets.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace jobbplan {
namespace {

// The {names} of a string, in order, each once.
std::vector<std::string> placeholders_of(const std::string& s) {
    std::vector<std::string> out;
    for (std::size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
        const std::size_t close = s.find('}', open);
        if (close == std::string::npos) break;
        std::string name = s.substr(open + 1, close - open - 1);
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    }
    return out;
}

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
    return out.empty() ? "none" : out;
}

// "1" and "-1" are one; anything else (0, 2, 1.5, "", a word) is other.
bool is_one(std::string_view v) {
    long n = 0;
    const char* end = v.data() + v.size();
    auto [ptr, ec] = std::from_chars(v.data(), end, n);
    return ec == std::errc{} && ptr == end && std::labs(n) == 1;
}

}  // namespace

Problems Catalogue::add_json_text(std::string_view text, std::string_view origin) {
    Problems problems;
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problems.push_back({std::string{origin}, "is not a JSON object"});
        return problems;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string where = std::string{origin} + ": " + it.key();
        if (it->is_string()) {
            strings_[it.key()] = Entry{it->get<std::string>(), {}, {}};
            continue;
        }
        if (!it->is_object()) {
            problems.push_back({where, it->dump() + " is not a string nor a plural object {\"one\", \"other\"}"});
            continue;
        }
        // A plural: both forms, and a count that is one of their placeholders.
        bool ok = true;
        for (auto m = it->begin(); m != it->end(); ++m)
            if (m.key() != "one" && m.key() != "other" && m.key() != "count") {
                problems.push_back({where, "plural has an unknown member \"" + m.key() +
                                               "\" (sv, da, fi and en need only \"one\" and \"other\", and \"count\")"});
                ok = false;
            }
        for (const char* f : {"one", "other", "count"}) {
            auto m = it->find(f);
            if (m == it->end()) {
                if (std::string_view{f} != "count") {
                    problems.push_back({where, std::string{"plural lacks its \""} + f + "\" form"});
                    ok = false;
                }
            } else if (!m->is_string()) {
                problems.push_back({where, std::string{"plural \""} + f + "\": " + m->dump() + " is not a string"});
                ok = false;
            }
        }
        if (!ok) continue;
        Entry e{(*it)["other"].get<std::string>(), (*it)["one"].get<std::string>(), it->value("count", std::string{})};
        std::vector<std::string> names = placeholders_of(e.other);
        for (std::string& n : placeholders_of(e.one))
            if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(std::move(n));
        if (e.count.empty()) {
            if (names.size() != 1) {
                problems.push_back({where, "plural names no \"count\" and its forms hold " + listed(names) +
                                               ": name the placeholder that chooses the form"});
                continue;
            }
            e.count = names.front();
        } else if (std::find(names.begin(), names.end(), e.count) == names.end()) {
            problems.push_back({where, "plural count \"" + e.count + "\" is not a placeholder of its forms (" +
                                           listed(names) + ")"});
            continue;
        }
        strings_[it.key()] = std::move(e);
    }
    return problems;
}

bool Catalogue::has(std::string_view key) const { return strings_.find(key) != strings_.end(); }

const std::string& Catalogue::form(const Entry& e, const Params& params) const {
    if (e.count.empty()) return e.other;
    for (const auto& [k, v] : params)
        if (k == e.count) return is_one(v) ? e.one : e.other;
    return e.other;
}

std::string Catalogue::text(std::string_view key, const Params& params) const {
    auto it = strings_.find(key);
    if (it == strings_.end()) return "[" + std::string{key} + "]";
    std::string out;
    const std::string& s = form(it->second, params);
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '{') {
            std::size_t close = s.find('}', i);
            if (close != std::string::npos) {
                std::string_view name{s.data() + i + 1, close - i - 1};
                bool replaced = false;
                for (const auto& [k, v] : params)
                    if (k == name) {
                        out += v;
                        replaced = true;
                        break;
                    }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += s[i++];
    }
    return out;
}

std::vector<std::string> Catalogue::unfilled(std::string_view key, const Params& params) const {
    std::vector<std::string> out;
    auto it = strings_.find(key);
    if (it == strings_.end()) return out;
    std::vector<std::string> names = placeholders_of(it->second.other);
    for (std::string& n : placeholders_of(it->second.one))
        if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(std::move(n));
    for (std::string& name : names)
        if (std::none_of(params.begin(), params.end(), [&](const auto& kv) { return kv.first == name; }))
            out.push_back(std::move(name));
    return out;
}

std::string Catalogue::count_param(std::string_view key) const {
    auto it = strings_.find(key);
    return it == strings_.end() ? std::string{} : it->second.count;
}

std::vector<std::string> Catalogue::keys() const {
    std::vector<std::string> out;
    for (const auto& [k, v] : strings_) out.push_back(k);
    return out;
}

const Catalogue& builtin_catalogue(std::string_view lang) {
    static const auto catalogues = [] {
        std::map<std::string, Catalogue, std::less<>> all;
        for (std::string_view l : kLanguages) {
            Catalogue c{std::string{l}};
            std::string prefix = "i18n/" + std::string{l} + "/";
            for (const detail::EmbeddedFile& f : detail::embedded_files())
                if (f.path.starts_with(prefix) && f.path.ends_with(".json")) c.add_json_text(f.text, f.path);
            all.emplace(std::string{l}, std::move(c));
        }
        return all;
    }();
    static const Catalogue empty;
    auto it = catalogues.find(lang);
    if (it != catalogues.end()) return it->second;
    // Unknown language: English, so the page still says something.
    it = catalogues.find(std::string_view{"en"});
    return it != catalogues.end() ? it->second : empty;
}

}  // namespace jobbplan
