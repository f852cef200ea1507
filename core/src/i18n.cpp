// Catalogues are flat key -> string maps; a missing key shows as "[key]" so gaps are visible in the
// page and caught by i18n_test rather than crashing.
#include "jobbplan/i18n.hpp"

#include "embedded_assets.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace jobbplan {

Problems Catalogue::add_json_text(std::string_view text, std::string_view origin) {
    Problems problems;
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problems.push_back({std::string{origin}, "is not a JSON object"});
        return problems;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!it->is_string()) {
            problems.push_back({std::string{origin} + ": " + it.key(), it->dump() + " is not a string"});
            continue;
        }
        strings_[it.key()] = it->get<std::string>();
    }
    return problems;
}

bool Catalogue::has(std::string_view key) const { return strings_.find(key) != strings_.end(); }

std::string Catalogue::text(std::string_view key, const Params& params) const {
    auto it = strings_.find(key);
    if (it == strings_.end()) return "[" + std::string{key} + "]";
    std::string out;
    const std::string& s = it->second;
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
    const std::string& s = it->second;
    for (std::size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
        const std::size_t close = s.find('}', open);
        if (close == std::string::npos) break;
        const std::string_view name{s.data() + open + 1, close - open - 1};
        if (std::none_of(params.begin(), params.end(), [&](const auto& kv) { return kv.first == name; }))
            out.emplace_back(name);
    }
    return out;
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
            Catalogue c;
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
