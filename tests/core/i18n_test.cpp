#include "jobbplan/i18n.hpp"
#include "jobbplan/report.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace jobbplan {
namespace {

using namespace test_support;

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

// The distinct keys, without their parameters.
std::set<std::string> keys_of(const Report& r) {
    std::set<std::string> k;
    for (auto& [key, params] : emitted_keys(r)) k.insert(key);
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
