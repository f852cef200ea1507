#include "jobbplan/assets.hpp"

#include "embedded_assets.hpp"

namespace jobbplan {

std::optional<std::string_view> builtin_asset(std::string_view path) {
    for (const auto& f : detail::embedded_files())
        if (f.path == path) return f.text;
    return std::nullopt;
}

std::vector<std::string_view> builtin_asset_paths(std::string_view prefix) {
    std::vector<std::string_view> out;
    for (const auto& f : detail::embedded_files())
        if (f.path.substr(0, prefix.size()) == prefix) out.push_back(f.path);
    return out;  // embed.cmake writes them sorted
}

}  // namespace jobbplan
