// Loads and validates rule packs. Every check names the rule ("rules[3] (dk.joblog.weekly_minimum)")
// so a pack author can find the line; nothing here throws (the wasm build aborts on a throw).
#include "jobbplan/rule_pack.hpp"

#include "jobbplan/json_text.hpp"

#include "embedded_assets.hpp"
#include "systems.hpp"

#include <algorithm>
#include <map>

namespace jobbplan {

bool Rule::in_force(Date on) const {
    return effective_from <= on && (!effective_to || on <= *effective_to);
}

Explanation Rule::explain(Params p) const {
    return Explanation{id, version, text_key, std::move(p), source, note_key};
}

const Rule* RulePack::at(std::string_view rule_id, Date on) const {
    for (const Rule& r : rules)
        if (r.id == rule_id && r.in_force(on)) return &r;
    return nullptr;
}

const RulePack* RuleBook::pack(std::string_view system) const {
    for (const RulePack& p : packs)
        if (p.system == system) return &p;
    return nullptr;
}

namespace {

struct RuleReader {
    std::string where;  // "rules[3] (dk.x)"
    Problems& problems;

    void fail(const std::string& field, const std::string& message) {
        problems.push_back({where + "." + field, message});
    }

    std::optional<std::string> text(const nlohmann::json& obj, const char* field, bool required) {
        auto it = obj.find(field);
        if (it == obj.end()) {
            if (required) fail(field, "is missing");
            return std::nullopt;
        }
        if (!it->is_string()) {
            fail(field, shown(*it) + " is not a string");
            return std::nullopt;
        }
        std::string s = it->get<std::string>();
        if (required && s.empty()) {
            fail(field, "is empty");
            return std::nullopt;
        }
        return s;
    }

    std::optional<Date> day(const nlohmann::json& obj, const char* field, bool required) {
        auto it = obj.find(field);
        if (it == obj.end() || it->is_null()) {
            if (required) fail(field, "is missing");
            return std::nullopt;
        }
        if (!it->is_string()) {
            fail(field, shown(*it) + " is not a date");
            return std::nullopt;
        }
        auto d = parse_date(it->get<std::string>());
        if (!d) fail(field, shown(*it) + " is not a date");
        return d;
    }
};

std::optional<Rule> read_rule(const nlohmann::json& j, std::size_t index, Problems& problems) {
    std::string where = "rules[" + std::to_string(index) + "]";
    if (!j.is_object()) {
        problems.push_back({where, shown(j) + " is not an object"});
        return std::nullopt;
    }
    auto id_it = j.find("id");
    if (id_it != j.end() && id_it->is_string()) where += " (" + id_it->get<std::string>() + ")";
    RuleReader r{where, problems};
    std::size_t before = problems.size();

    Rule rule;
    if (auto id = r.text(j, "id", true)) rule.id = *id;
    auto v = j.find("version");
    if (v == j.end()) r.fail("version", "is missing");
    else if (!v->is_number_integer() || v->get<long long>() < 1) r.fail("version", shown(*v) + " is not a positive integer");
    else rule.version = static_cast<int>(v->get<long long>());
    if (auto d = r.day(j, "effective_from", true)) rule.effective_from = *d;
    rule.effective_to = r.day(j, "effective_to", false);
    if (rule.effective_to && problems.size() == before && *rule.effective_to < rule.effective_from)
        r.fail("effective_to", shown(to_string(*rule.effective_to)) + " is before effective_from");
    auto params = j.find("params");
    if (params == j.end()) rule.params = nlohmann::json::object();
    else if (!params->is_object()) r.fail("params", shown(*params) + " is not an object");
    else rule.params = *params;
    if (auto t = r.text(j, "text_key", true)) rule.text_key = *t;
    if (auto n = r.text(j, "note_key", false)) rule.note_key = *n;
    auto src = j.find("source");
    if (src == j.end()) r.fail("source", "is missing");
    else if (!src->is_object()) r.fail("source", shown(*src) + " is not an object");
    else {
        RuleReader s{where + ".source", problems};
        if (auto f = s.text(*src, "file", true)) rule.source.file = *f;
        if (auto q = s.text(*src, "quote", true)) rule.source.quote = *q;
        if (auto l = s.text(*src, "lang", true)) {
            if (*l != "sv" && *l != "da" && *l != "fi" && *l != "en") s.fail("lang", shown(*l) + " is not a language");
            else rule.source.lang = *l;
        }
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const char* known[] = {"id", "version", "effective_from", "effective_to", "params",
                                      "text_key", "note_key", "source"};
        if (std::none_of(std::begin(known), std::end(known), [&](const char* k) { return it.key() == k; }))
            r.fail(it.key(), "is not a known field");
    }
    if (problems.size() != before) return std::nullopt;
    return rule;
}

bool overlaps(const Rule& a, const Rule& b) {
    bool a_ends_before_b = a.effective_to && *a.effective_to < b.effective_from;
    bool b_ends_before_a = b.effective_to && *b.effective_to < a.effective_from;
    return !a_ends_before_b && !b_ends_before_a;
}

std::string describe(const RulePack& pack, const std::string& id) {
    for (std::size_t i = 0; i < pack.rules.size(); ++i)
        if (pack.rules[i].id == id) return "rules[" + std::to_string(i) + "] (" + id + ")";
    return "rules (" + id + ")";
}

void check_versions(const RulePack& pack, Problems& problems) {
    for (std::size_t i = 0; i < pack.rules.size(); ++i)
        for (std::size_t k = i + 1; k < pack.rules.size(); ++k) {
            const Rule &a = pack.rules[i], &b = pack.rules[k];
            if (a.id != b.id) continue;
            std::string where = "rules[" + std::to_string(k) + "] (" + b.id + ")";
            if (a.version == b.version)
                problems.push_back({where + ".version", std::to_string(b.version) + " repeats rules[" + std::to_string(i) + "]"});
            else if (overlaps(a, b))
                problems.push_back({where + ".effective_from", "version " + std::to_string(b.version) +
                                    " overlaps version " + std::to_string(a.version) + " (rules[" + std::to_string(i) + "])"});
        }
}

void check_required(const RulePack& pack, const detail::SystemSpec& spec, Problems& problems) {
    for (const detail::RequiredRule& req : spec.required_rules()) {
        std::string id{req.id};
        bool found = false;
        for (std::size_t i = 0; i < pack.rules.size(); ++i) {
            const Rule& r = pack.rules[i];
            if (r.id != id) continue;
            found = true;
            for (std::string_view p : req.int_params) {
                std::string where = "rules[" + std::to_string(i) + "] (" + id + ").params." + std::string{p};
                auto it = r.params.find(std::string{p});
                if (it == r.params.end()) problems.push_back({where, "is missing"});
                else if (!it->is_number_integer()) problems.push_back({where, shown(*it) + " is not an integer"});
            }
        }
        if (!found) problems.push_back({describe(pack, id), "required rule is missing"});
    }
}

// An e-service rule ("<x>.service.<name>", read by compute_report) names the service by a
// catalogue key and may give its address; both are text.
void check_services(const RulePack& pack, Problems& problems) {
    for (std::size_t i = 0; i < pack.rules.size(); ++i) {
        const Rule& r = pack.rules[i];
        if (r.id.find(".service.") == std::string::npos) continue;
        const std::string where = "rules[" + std::to_string(i) + "] (" + r.id + ").params.";
        auto name = r.params.find("name_key");
        if (name == r.params.end()) problems.push_back({where + "name_key", "is missing"});
        else if (!name->is_string() || name->get<std::string>().empty()) problems.push_back({where + "name_key", shown(*name) + " is not a catalogue key"});
        auto address = r.params.find("address");
        if (address != r.params.end() && !address->is_string()) problems.push_back({where + "address", shown(*address) + " is not text"});
    }
}

}  // namespace

namespace {

void read_documents(const nlohmann::json& j, RulePack& pack, Problems& problems) {
    if (auto m = j.find("review_after_months"); m != j.end()) {
        if (!m->is_number_integer() || m->get<long long>() < 1 || m->get<long long>() > 240)
            problems.push_back({"review_after_months", shown(*m) + " is not a number of months from 1 to 240"});
        else pack.review_after_months = m->get<int>();
    }
    auto docs = j.find("documents");
    if (docs == j.end()) {
        problems.push_back({"documents", "is missing"});
        return;
    }
    if (!docs->is_array()) {
        problems.push_back({"documents", shown(*docs) + " is not an array"});
        return;
    }
    for (std::size_t i = 0; i < docs->size(); ++i) {
        const std::string where = "documents[" + std::to_string(i) + "]";
        const nlohmann::json& d = (*docs)[i];
        if (!d.is_object()) {
            problems.push_back({where, shown(d) + " is not an object"});
            continue;
        }
        SourceDocument doc;
        for (auto it = d.begin(); it != d.end(); ++it) {
            const std::string& k = it.key();
            if (k == "file" || k == "title_key") {
                if (!it->is_string() || it->get<std::string>().empty()) problems.push_back({where + "." + k, shown(*it) + " is not a non-empty string"});
                else (k == "file" ? doc.file : doc.title_key) = it->get<std::string>();
            } else if (k == "date") {
                auto day = it->is_string() ? parse_record_date(it->get<std::string>()) : std::nullopt;
                if (!day) problems.push_back({where + ".date", shown(*it) + " is not a date"});
                doc.dated = day;
            } else {
                problems.push_back({where + "." + k, "is not a known field"});
            }
        }
        if (doc.file.empty()) problems.push_back({where + ".file", "is missing"});
        if (doc.title_key.empty()) problems.push_back({where + ".title_key", "is missing"});
        pack.documents.push_back(std::move(doc));
    }
}

}  // namespace

Parsed<RulePack> load_rule_pack(const nlohmann::json& j) {
    Parsed<RulePack> out;
    Problems& problems = out.problems;
    if (!j.is_object()) {
        problems.push_back({"", "a rule pack must be a JSON object"});
        return out;
    }
    RulePack pack;
    auto field = [&](const char* name) -> std::string {
        auto it = j.find(name);
        if (it == j.end()) problems.push_back({name, "is missing"});
        else if (!it->is_string() || it->get<std::string>().empty()) problems.push_back({name, shown(*it) + " is not a non-empty string"});
        else return it->get<std::string>();
        return {};
    };
    pack.system = field("system");
    pack.version = field("version");
    const detail::SystemSpec* spec = nullptr;
    if (!pack.system.empty()) {
        spec = detail::find_system(pack.system);
        if (!spec) problems.push_back({"system", shown(pack.system) + " is not a known system"});
    }
    auto rules = j.find("rules");
    if (rules == j.end()) problems.push_back({"rules", "is missing"});
    else if (!rules->is_array()) problems.push_back({"rules", shown(*rules) + " is not an array"});
    else
        for (std::size_t i = 0; i < rules->size(); ++i)
            if (auto r = read_rule((*rules)[i], i, problems)) pack.rules.push_back(std::move(*r));
            else pack.rules.push_back(Rule{});  // keep indexes aligned with the file for later messages
    read_documents(j, pack, problems);
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "system" && it.key() != "version" && it.key() != "rules" && it.key() != "$schema" &&
            it.key() != "documents" && it.key() != "review_after_months")
            problems.push_back({it.key(), "is not a known field"});
    // Every rule's source is a listed document, so every report can name its documents and dates.
    for (std::size_t i = 0; i < pack.rules.size(); ++i)
        if (!pack.rules[i].source.file.empty() && !pack.document(pack.rules[i].source.file))
            problems.push_back({"rules[" + std::to_string(i) + "].source.file",
                                shown(nlohmann::json(pack.rules[i].source.file)) + " is not one of the pack's documents"});
    if (!problems.empty()) return out;
    check_versions(pack, problems);
    check_services(pack, problems);
    if (spec) check_required(pack, *spec, problems);
    if (problems.empty()) out.value = std::move(pack);
    return out;
}

const SourceDocument* RulePack::document(std::string_view file) const {
    for (const SourceDocument& d : documents)
        if (d.file == file) return &d;
    return nullptr;
}

Parsed<RulePack> load_rule_pack_text(std::string_view text) {
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        Parsed<RulePack> out;
        out.problems.push_back({"", "is not valid JSON"});
        return out;
    }
    return load_rule_pack(j);
}

const RuleBook& builtin_rule_book() {
    static const RuleBook book = [] {
        RuleBook b;
        for (const detail::EmbeddedFile& f : detail::embedded_files()) {
            if (!f.path.starts_with("rules/") || !f.path.ends_with(".json")) continue;
            auto parsed = load_rule_pack_text(f.text);
            // A broken embedded pack is caught by rule_pack_test; at run time it is left out.
            if (parsed.ok()) b.packs.push_back(std::move(*parsed.value));
        }
        return b;
    }();
    return book;
}

}  // namespace jobbplan
