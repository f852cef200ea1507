#pragma once
// Read access to the assets compiled into the binary (rule packs, catalogues, examples, schemas).
#include <optional>
#include <string_view>
#include <vector>

namespace jobbplan {

std::optional<std::string_view> builtin_asset(std::string_view path);  // e.g. "examples/dk-dagpenge.json"
std::vector<std::string_view> builtin_asset_paths(std::string_view prefix);  // sorted

}  // namespace jobbplan
