#include "jobbplan/rule_pack.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace jobbplan {
namespace {

// A minimal valid dk rule list is long, so bad packs start from the builtin dk pack and break one field.
nlohmann::json builtin_pack_json(std::string_view path) {
    for (const auto& f : detail::embedded_files())
        if (f.path == path) return nlohmann::json::parse(f.text);
    ADD_FAILURE() << "no embedded " << path;
    return {};
}

TEST(RulePack, BuiltinPacksLoad) {
    int packs = 0;
    for (const auto& f : detail::embedded_files()) {
        if (!f.path.starts_with("rules/")) continue;
        ++packs;
        auto parsed = load_rule_pack_text(f.text);
        EXPECT_TRUE(parsed.ok()) << f.path << ": " << (parsed.problems.empty() ? "" : parsed.problems[0].to_string());
    }
    EXPECT_GE(packs, 1);
    ASSERT_NE(builtin_rule_book().pack("dk"), nullptr);
}

TEST(RulePack, BadPacksNameTheRule) {
    nlohmann::json base = builtin_pack_json("rules/dk.json");
    auto index_of = [&](const std::string& id) {
        for (std::size_t i = 0; i < base["rules"].size(); ++i)
            if (base["rules"][i]["id"] == id) return i;
        return std::size_t{0};
    };
    std::size_t weekly = index_of("dk.joblog.weekly_minimum");
    std::string w = "rules[" + std::to_string(weekly) + "] (dk.joblog.weekly_minimum)";
    std::size_t jobnet = index_of("dk.service.jobnet");
    std::string s = "rules[" + std::to_string(jobnet) + "] (dk.service.jobnet)";
    struct Case {
        std::string name;
        std::function<void(nlohmann::json&)> edit;
        std::string expected;  // substring of the first problem
    };
    std::vector<Case> cases = {
        {"impossible date", [&](auto& j) { j["rules"][weekly]["effective_from"] = "2024-02-30"; },
         w + ".effective_from: \"2024-02-30\" is not a date"},
        {"missing text key", [&](auto& j) { j["rules"][weekly].erase("text_key"); }, w + ".text_key: is missing"},
        {"quote not a string", [&](auto& j) { j["rules"][weekly]["source"]["quote"] = 7; }, w + ".source.quote: 7 is not a string"},
        {"required param missing", [&](auto& j) { j["rules"][weekly]["params"].erase("per_week"); }, w + ".params.per_week: is missing"},
        {"required param not int", [&](auto& j) { j["rules"][weekly]["params"]["per_week"] = "two"; }, w + ".params.per_week: \"two\" is not an integer"},
        {"required rule gone", [&](auto& j) { j["rules"].erase(weekly); }, "(dk.joblog.weekly_minimum): required rule is missing"},
        {"unknown system", [&](auto& j) { j["system"] = "no"; }, "system: \"no\" is not a known system"},
        {"overlap", [&](auto& j) {
             auto copy = j["rules"][weekly];
             copy["version"] = 2;
             copy["effective_from"] = "2025-01-01";
             j["rules"].push_back(copy);
         }, "(dk.joblog.weekly_minimum).effective_from: version 2 overlaps version 1"},
        {"end before start", [&](auto& j) { j["rules"][weekly]["effective_to"] = "2019-01-01"; }, w + ".effective_to: \"2019-01-01\" is before effective_from"},
        {"unknown field", [&](auto& j) { j["rules"][weekly]["colour"] = "red"; }, w + ".colour: is not a known field"},
        {"service without a name", [&](auto& j) { j["rules"][jobnet]["params"].erase("name_key"); }, s + ".params.name_key: is missing"},
        {"service address not text", [&](auto& j) { j["rules"][jobnet]["params"]["address"] = 7; }, s + ".params.address: 7 is not text"},
    };
    for (const Case& c : cases) {
        nlohmann::json j = base;
        c.edit(j);
        auto parsed = load_rule_pack(j);
        EXPECT_FALSE(parsed.ok()) << c.name;
        ASSERT_FALSE(parsed.problems.empty()) << c.name;
        EXPECT_NE(parsed.problems[0].to_string().find(c.expected), std::string::npos)
            << c.name << ": got " << parsed.problems[0].to_string();
    }
    EXPECT_FALSE(load_rule_pack_text("{not json").ok());
}

TEST(RulePack, ReformIsAVersionByDate) {
    const RulePack* dk = builtin_rule_book().pack("dk");
    ASSERT_NE(dk, nullptr);
    const Rule* before = dk->at("dk.provider.dagpenge", *parse_date("2023-12-31"));
    const Rule* after = dk->at("dk.provider.dagpenge", *parse_date("2024-01-01"));
    ASSERT_TRUE(before && after);
    EXPECT_LT(before->version, after->version);
    EXPECT_EQ(before->params["akasse_conversations"], 0);
    EXPECT_EQ(after->params["akasse_conversations"], 3);
}

// Seeds copied from web pages hold no-break spaces (U+00A0) where a quote has a plain space.
std::string normalise_pack(const std::string& s) {
    std::string plain = std::regex_replace(s, std::regex("\xC2\xA0"), " ");
    return std::regex_replace(plain, std::regex("\\s+"), " ");
}

// Every rule rests on a passage that really is in its seed: the quote must occur verbatim.
TEST(RulePack, EveryQuoteIsInItsSeed) {
    int checked = 0;
    for (const RulePack& pack : builtin_rule_book().packs)
        for (const Rule& r : pack.rules) {
            const std::string path = test_support::source_path("assets/seeds/" + r.source.file);
            ASSERT_TRUE(std::filesystem::is_regular_file(path)) << r.id << ": no seed " << r.source.file;
            EXPECT_NE(normalise_pack(test_support::read_file(path)).find(normalise_pack(r.source.quote)), std::string::npos)
                << r.id << " v" << r.version << ": quote not in " << r.source.file;
            ++checked;
        }
    EXPECT_GT(checked, 20);
}

}  // namespace
}  // namespace jobbplan
