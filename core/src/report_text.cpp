#include "jobbplan/report_text.hpp"

#include "jobbplan/local_format.hpp"
#include "jobbplan/vocabulary.hpp"

#include <algorithm>

namespace jobbplan {
namespace {

// Adds name=value unless the explanation already gives that name (its value is the rule's own).
void add(Params& p, std::string name, std::string value) {
    if (std::none_of(p.begin(), p.end(), [&](const auto& kv) { return kv.first == name; }))
        p.emplace_back(std::move(name), std::move(value));
}

}  // namespace

Params text_params(const Params& params, const Catalogue& cat, std::optional<Date> on) {
    Params out = local_params(params, cat.lang(), on);
    for (auto& [name, value] : out)
        for (const TermParam& t : kTermParams)
            if (name == t.name) {
                // A value with no word in the catalogue is shown as it is (cat.text would bracket it);
                // Catalogues.EveryTermParamValueHasAWord keeps that from happening.
                std::string key = std::string{t.key_prefix} + value;
                if (cat.has(key)) value = cat.text(key);
            }
    return out;
}

Params meeting_params(const Meeting& m) {
    Params p = m.why.params;
    add(p, "number", std::to_string(m.number));
    add(p, "party", m.party);
    add(p, "earliest", to_string(m.earliest));
    add(p, "latest", to_string(m.latest));
    add(p, "date", to_string(m.held_on.value_or(m.latest)));
    return p;
}

Params deadline_params(const Deadline& d) {
    Params p = d.why.params;
    add(p, "due", to_string(d.due));
    if (d.due_time) add(p, "due_time", to_string(*d.due_time));
    return p;
}

Params step_params(const ConsequenceStep& s) { return s.why.params; }
Params obligation_params(const Obligation& o) { return o.why.params; }

std::string decided_by_text(const DecidedBy& b, const Catalogue& cat) {
    return cat.text("ui.decided_by", text_params({{"event", cat.text("ui.event." + b.type)}, {"date", to_string(b.date)}}, cat));
}

std::string meeting_title(const Meeting& m, const Catalogue& cat, std::optional<Date> on) {
    return cat.text(m.kind_key, text_params(meeting_params(m), cat, on));
}
std::string deadline_title(const Deadline& d, const Catalogue& cat, std::optional<Date> on) {
    return cat.text(d.kind_key, text_params(deadline_params(d), cat, on));
}
std::string step_title(const ConsequenceStep& s, const Catalogue& cat, std::optional<Date> on) {
    return cat.text(s.key, text_params(step_params(s), cat, on));
}
std::string obligation_title(const Obligation& o, const Catalogue& cat, std::optional<Date> on) {
    return cat.text(o.key, text_params(obligation_params(o), cat, on));
}
std::string explanation_text(const Explanation& e, const Catalogue& cat, std::optional<Date> on) {
    return cat.text(e.text_key, text_params(e.params, cat, on));
}
std::string explanation_note(const Explanation& e, const Catalogue& cat, std::optional<Date> on) {
    return e.note_key.empty() ? std::string{} : cat.text(e.note_key, text_params(e.params, cat, on));
}

}  // namespace jobbplan
