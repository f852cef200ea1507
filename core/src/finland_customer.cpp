// Who serves the jobseeker: the municipal employment trial (Karleby region, Borgå) or the TE-byrå.
// Borgå's trial takes only certain customers (seed 003); the reason that matched is shown.
#include "finland_parts.hpp"

#include <algorithm>

namespace jobbplan::detail::fi {
namespace {

// Municipality names are written in Swedish or Finnish ("Borgå"/"Porvoo"); the pack lists both.
bool listed(const Rule* r, const std::string& municipality) {
    if (!r) return false;
    auto it = r->params.find("municipalities");
    if (it == r->params.end() || !it->is_array()) return false;
    return std::any_of(it->begin(), it->end(),
                       [&](const nlohmann::json& m) { return m.is_string() && m.get<std::string>() == municipality; });
}

Provider trial(const Rule& r, std::string text_key, Params params) {
    Provider p{"provider.municipal_trial", r.explain(std::move(params))};
    p.why.text_key = std::move(text_key);
    return p;
}

}  // namespace

Provider customer(const Profile& p, const RulePack& pack, Date on) {
    const Situation& s = p.situation;
    if (const Rule* karleby = pack.at("fi.provider.karleby_trial", on); listed(karleby, s.municipality))
        return trial(*karleby, karleby->text_key, {{"municipality", s.municipality}});

    if (const Rule* borga = pack.at("fi.provider.borga_trial", on); listed(borga, s.municipality)) {
        // Order follows the seed's sentence; the first criterion that holds is the one explained.
        if (s.benefit == "labour_market_subsidy") return trial(*borga, "why.fi.borga.labour_market_subsidy", {});
        if (s.benefit == "kela_basic_allowance") return trial(*borga, "why.fi.borga.kela_basic_allowance", {});
        if (s.in_employment_service) return trial(*borga, "why.fi.borga.employment_service", {});
        int limit = int_param(borga, "age_below", 30);
        if (s.birth_date && age_on(*s.birth_date, on) < limit)
            return trial(*borga, "why.fi.borga.under_age",
                         {{"age", std::to_string(age_on(*s.birth_date, on))}, {"limit", std::to_string(limit)}});
        if (!s.mother_tongue.empty() && s.mother_tongue != "fi" && s.mother_tongue != "sv")
            return trial(*borga, "why.fi.borga.foreign_language", {{"language", s.mother_tongue}});
        Provider te{"provider.te_office", borga->explain({{"municipality", s.municipality}})};
        te.why.text_key = "why.fi.borga.none";
        return te;
    }

    const Rule* te = pack.at("fi.provider.te_office", on);
    if (!te) return Provider{"provider.te_office", {}};
    return Provider{"provider.te_office", te->explain({{"municipality", s.municipality}})};
}

}  // namespace jobbplan::detail::fi
