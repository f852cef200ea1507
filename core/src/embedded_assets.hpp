#pragma once
// Rule packs, catalogues, examples and schemas compiled in, so the page and the CLI work offline
// and a build can never mix a binary with another build's rules.
#include <span>
#include <string_view>

namespace jobbplan::detail {

struct EmbeddedFile {
    std::string_view path;  // relative to assets/, e.g. "rules/dk.json"
    std::string_view text;
};

std::span<const EmbeddedFile> embedded_files();

}  // namespace jobbplan::detail
