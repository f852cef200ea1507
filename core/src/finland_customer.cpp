// Who serves the jobseeker: the municipal employment trial (Karleby region, Borgå) or the TE-byrå.
// Borgå's trial takes only certain customers (seed 003); the reason that matched is shown.
#include "finland_parts.hpp"

#include "jobbplan/choices.hpp"

#include <algorithm>

namespace jobbplan::detail::fi {
namespace {

// Municipality names are written in Swedish or Finnish ("Borgå"/"Porvoo"), in any case, with
// stray spaces, and without å ("Borga", see folded_name): free text typed before the form offered
// a list still matches. Each item of the pack's list is one municipality, as its names or as one
// name (the older shape).
bool listed(const Rule* r, const std::string& municipality) {
    if (!r) return false;
    auto it = r->params.find("municipalities");
    if (it == r->params.end() || !it->is_array()) return false;
    const std::string want = folded_name(municipality);
    if (want.empty()) return false;
    auto same = [&](const nlohmann::json& n) { return n.is_string() && folded_name(n.get<std::string>()) == want; };
    return std::any_of(it->begin(), it->end(), [&](const nlohmann::json& m) {
        return m.is_array() ? std::any_of(m.begin(), m.end(), same) : same(m);
    });
}

std::string folded(std::string_view text) { return folded_name(text); }

// Whether the string param list `name` holds `value`; case-insensitive when asked.
bool in_list(const Rule& r, std::string_view name, const std::string& value, bool fold) {
    auto it = r.params.find(std::string{name});
    if (it == r.params.end() || !it->is_array()) return false;
    const std::string want = fold ? folded(value) : value;
    return std::any_of(it->begin(), it->end(), [&](const nlohmann::json& m) {
        return m.is_string() && (fold ? folded(m.get<std::string>()) : m.get<std::string>()) == want;
    });
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
        // The target groups are the pack's params (seed 003); order follows the seed's sentence and
        // the first group that holds is the one explained.
        if (in_list(*borga, "benefits", s.benefit, false))
            return trial(*borga, "why.fi.borga." + s.benefit, {});
        auto service = borga->params.find("employment_service");
        if (s.in_employment_service && service != borga->params.end() && service->is_boolean() && service->get<bool>())
            return trial(*borga, "why.fi.borga.employment_service", {});
        int limit = int_param(borga, "age_below", 30);
        if (s.birth_date && age_on(*s.birth_date, on) < limit)
            return trial(*borga, "why.fi.borga.under_age",
                         {{"age", std::to_string(age_on(*s.birth_date, on))}, {"limit", std::to_string(limit)}});
        // Finnish and Swedish are both domestic languages; the code or name is matched case-insensitively.
        if (!folded(s.mother_tongue).empty() && !in_list(*borga, "domestic_languages", s.mother_tongue, true))
            return trial(*borga, "why.fi.borga.foreign_language", {{"language", s.mother_tongue}});
        // A group not matched because its fact is missing (no birth date, no mother tongue) is not
        // "not in the group": who serves the jobseeker is not known yet, and the report asks.
        if (!s.birth_date || folded(s.mother_tongue).empty()) {
            Provider unknown{"provider.fi.borga_not_known", borga->explain({{"municipality", s.municipality}, {"limit", std::to_string(limit)}})};
            unknown.why.text_key = "why.fi.borga.not_known";
            return unknown;
        }
        Provider te{"provider.te_office", borga->explain({{"municipality", s.municipality}})};
        te.why.text_key = "why.fi.borga.none";
        return te;
    }

    const Rule* te = pack.at("fi.provider.te_office", on);
    if (!te) return Provider{"provider.te_office", {}};
    return Provider{"provider.te_office", te->explain({{"municipality", s.municipality}})};
}

}  // namespace jobbplan::detail::fi
