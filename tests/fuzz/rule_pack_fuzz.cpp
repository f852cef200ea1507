// libFuzzer: any bytes as a rule pack. Loading must never crash; a pack it accepts must be usable.
#include "jobbplan/rule_pack.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    jobbplan::Parsed<jobbplan::RulePack> p = jobbplan::load_rule_pack_text(text);
    if (!p.ok()) return 0;
    const auto on = jobbplan::parse_date("2026-11-23");
    for (const auto& r : p.value->rules) (void)p.value->at(r.id, *on);
    return 0;
}
