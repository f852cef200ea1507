// libFuzzer: any bytes as a profile or an import. The reader must never crash, and whatever it
// accepts must compute a report and survive a write/read round trip unchanged.
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    jobbplan::Parsed<jobbplan::Profile> p = jobbplan::parse_profile_text(text);
    if (!p.ok()) return 0;
    const nlohmann::json once = jobbplan::to_json(*p.value);
    jobbplan::Parsed<jobbplan::Profile> again = jobbplan::parse_profile(once);
    if (!again.ok() || jobbplan::to_json(*again.value) != once) std::abort();
    const auto on = jobbplan::parse_date("2026-11-23");
    (void)jobbplan::to_json(jobbplan::compute_report(*p.value, jobbplan::builtin_rule_book(), *on));
    return 0;
}
