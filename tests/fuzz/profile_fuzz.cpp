// libFuzzer: any bytes as a profile, an import file or a stored document. The readers must never
// crash, and whatever they accept must compute a report and survive a write/read round trip
// unchanged; the streamed store text must say what to_json says, and the report must not depend
// on the order the joblog is stored in.
#include "app/store_document.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void check(const jobbplan::Profile& p) {
    const nlohmann::json once = jobbplan::to_json(p);
    jobbplan::Parsed<jobbplan::Profile> again = jobbplan::parse_profile(once);
    if (!again.ok() || jobbplan::to_json(*again.value) != once) std::abort();
    std::string streamed;
    jobbplan::append_json(p, streamed);
    if (nlohmann::json::parse(streamed, nullptr, false) != once) std::abort();

    const auto on = *jobbplan::parse_date("2026-11-23");
    const nlohmann::json report = jobbplan::to_json(jobbplan::compute_report(p, jobbplan::builtin_rule_book(), on));
    jobbplan::Profile sorted = p;
    std::stable_sort(sorted.joblog.begin(), sorted.joblog.end(),
                     [](const jobbplan::JoblogEntry& a, const jobbplan::JoblogEntry& b) { return a.date < b.date; });
    if (jobbplan::to_json(jobbplan::compute_report(sorted, jobbplan::builtin_rule_book(), on)) != report) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (jobbplan::Parsed<jobbplan::Profile> p = jobbplan::parse_profile_text(text); p.ok()) check(*p.value);
    if (jobbplan::Parsed<jobbplan::Profile> p = jobbplan::web::decode_import(text); p.ok()) check(*p.value);
    if (auto s = jobbplan::web::decode_store(text); s.ok() && s.value->profile) {
        const std::string again = jobbplan::web::encode_store(*s.value);
        if (!jobbplan::web::decode_store(again).ok()) std::abort();
    }
    return 0;
}
