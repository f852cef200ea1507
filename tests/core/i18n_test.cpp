#include "jobbplan/i18n.hpp"
#include "jobbplan/report.hpp"

#include "embedded_assets.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace jobbplan {
namespace {

TEST(Catalogue, SubstitutesAndShowsGaps) {
    Catalogue c;
    EXPECT_TRUE(c.add_json_text(R"({"a": "Vecka {week}: {n} av {required}", "b": "{x}"})", "test").empty());
    EXPECT_EQ(c.text("a", {{"week", "2026-W53"}, {"n", "1"}, {"required", "2"}}), "Vecka 2026-W53: 1 av 2");
    EXPECT_EQ(c.text("b"), "{x}");  // an unfilled placeholder stays visible
    EXPECT_EQ(c.text("missing"), "[missing]");
    EXPECT_FALSE(c.add_json_text(R"({"a": 1})", "bad").empty());
    EXPECT_FALSE(c.add_json_text("[]", "bad").empty());
}

std::set<std::string> placeholders(const std::string& s) {
    std::set<std::string> out;
    std::regex re("\\{([a-z_]+)\\}");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
    return out;
}

TEST(Catalogue, EveryKeyInEveryLanguageWithTheSamePlaceholders) {
    std::set<std::string> all;
    for (auto lang : kLanguages)
        for (const std::string& k : builtin_catalogue(lang).keys()) all.insert(k);
    EXPECT_GT(all.size(), 50u);
    for (const std::string& key : all) {
        std::set<std::string> expected = placeholders(builtin_catalogue("en").text(key));
        for (auto lang : kLanguages) {
            const Catalogue& c = builtin_catalogue(lang);
            if (!c.has(key)) {
                ADD_FAILURE() << lang << " lacks " << key;
                continue;
            }
            EXPECT_EQ(placeholders(c.text(key)), expected) << lang << " " << key;
        }
    }
}

void collect(const Explanation& e, std::set<std::string>& keys) {
    keys.insert(e.text_key);
    if (!e.note_key.empty()) keys.insert(e.note_key);
}

std::set<std::string> keys_of(const Report& r) {
    std::set<std::string> k{r.status_key, r.provider.key};
    collect(r.provider.why, k);
    for (const auto& p : r.periods) {
        collect(p.why, k);
        for (const auto& v : p.entries) k.insert(v.reason_key);
    }
    for (const auto& m : r.meetings) {
        k.insert(m.kind_key);
        k.insert(m.mode_key);
        k.insert("state." + m.status);  // the CLI's text format shows states through the catalogue
        collect(m.why, k);
    }
    for (const auto& d : r.deadlines) {
        k.insert(d.kind_key);
        k.insert("state." + d.status);
        collect(d.why, k);
    }
    for (const auto& s : r.consequences.steps) {
        k.insert(s.key);
        collect(s.why, k);
    }
    for (const auto& o : r.obligations) {
        k.insert(o.key);
        collect(o.why, k);
    }
    for (const auto& p : r.plan) {
        k.insert(p.key);
        k.insert(p.hint_key);
        collect(p.why, k);
    }
    for (const auto& n : r.notices) collect(n, k);
    k.erase("");
    return k;
}

TEST(Catalogue, EveryKeyTheExampleReportsEmitExists) {
    int reports = 0;
    for (const auto& f : detail::embedded_files()) {
        if (!f.path.starts_with("examples/")) continue;
        auto parsed = parse_profile_text(f.text);
        ASSERT_TRUE(parsed.ok()) << f.path;
        Date start = parsed.value->situation.registered_on;
        for (int days : {0, 10, 40, 100, 200}) {
            Report r = compute_report(*parsed.value, builtin_rule_book(), add_days(start, days));
            ++reports;
            for (const std::string& key : keys_of(r))
                for (auto lang : kLanguages)
                    EXPECT_TRUE(builtin_catalogue(lang).has(key)) << f.path << " +" << days << "d: " << lang << " lacks " << key;
        }
    }
    EXPECT_GE(reports, 10);
}

}  // namespace
}  // namespace jobbplan
