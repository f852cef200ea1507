// Issue 11 §4: every report names the documents it rests on and their dates, and says plainly when
// the rules may have changed since (undated, or the report date well past the document's date).
#include "jobbplan/report.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobbplan {
namespace {

using namespace test_support;

Profile dk_profile() {
    for (const auto& f : detail::embedded_files())
        if (f.path == "examples/dk-dagpenge.json") return *parse_profile_text(f.text).value;
    ADD_FAILURE() << "examples/dk-dagpenge.json is not embedded";
    return {};
}

const ReportSource* source(const Report& r, const char* file) {
    auto it = std::find_if(r.sources.begin(), r.sources.end(), [&](const ReportSource& s) { return s.file == file; });
    return it == r.sources.end() ? nullptr : &*it;
}

TEST(Sources, DatedDocumentMayHaveChangedOnlyWellPastItsDate) {
    Profile p = dk_profile();
    p.situation.registered_on = d("2024-02-05");
    p.situation.benefit_since = d("2024-02-05");
    p.events.clear();
    p.joblog.clear();
    const Report early = compute_report(p, builtin_rule_book(), d("2024-06-03"));
    const ReportSource* fak = source(early, "002_aa6df518ac21fec6.txt");
    ASSERT_TRUE(fak);
    EXPECT_EQ(fak->dated, d("2024-01-01"));
    EXPECT_FALSE(fak->may_have_changed);  // five months after 1 January 2024
    const Report late = compute_report(p, builtin_rule_book(), d("2025-03-03"));
    ASSERT_TRUE(source(late, "002_aa6df518ac21fec6.txt"));
    EXPECT_TRUE(source(late, "002_aa6df518ac21fec6.txt")->may_have_changed);  // 14 months after
}

TEST(Sources, UndatedDocumentAlwaysAsksToCheck) {
    const Report r = compute_report(dk_profile(), builtin_rule_book(), d("2026-11-23"));
    const ReportSource* contact = source(r, "001_dbb992bc3df95132.txt");
    ASSERT_TRUE(contact);
    EXPECT_FALSE(contact->dated);
    EXPECT_TRUE(contact->may_have_changed);
}

// Every document a report's explanations cite is in its sources, and nothing else.
TEST(Sources, ListExactlyTheCitedDocuments) {
    const Report r = compute_report(dk_profile(), builtin_rule_book(), d("2026-11-23"));
    for (const ReportSource& s : r.sources) EXPECT_FALSE(s.title_key.empty()) << s.file;
    auto listed = [&](const Explanation& e) { return e.source.file.empty() || source(r, e.source.file.c_str()); };
    EXPECT_TRUE(listed(r.provider.why));
    for (const auto& m : r.meetings) EXPECT_TRUE(listed(m.why)) << m.kind_key;
    for (const auto& n : r.notices) EXPECT_TRUE(listed(n)) << n.text_key;
}

TEST(Sources, APackRuleCitingAnUnlistedDocumentIsRefused) {
    auto pack = nlohmann::json::parse(R"({"system": "se-trelleborg", "version": "t", "documents": [
        {"file": "004_b4bc3dddfe127596.txt", "title_key": "source.se.guidelines_2021", "date": "2021-01-01"}],
        "rules": [{"id": "se.provider", "version": 1, "effective_from": "2021-01-01", "params": {},
                   "text_key": "x", "source": {"file": "999_unknown.txt", "quote": "q", "lang": "sv"}}]})");
    Parsed<RulePack> p = load_rule_pack(pack);
    ASSERT_FALSE(p.ok());
    bool named = std::any_of(p.problems.begin(), p.problems.end(), [](const Problem& pr) {
        return pr.path == "rules[0].source.file" && pr.message.find("999_unknown.txt") != std::string::npos;
    });
    EXPECT_TRUE(named) << p.problems.front().to_string();
}

// A rule past its effective_to is not applied: a reform ends a rule in the pack, not in code.
TEST(Sources, ARulePastItsEndIsNotApplied) {
    nlohmann::json pack;
    for (const auto& f : detail::embedded_files())
        if (f.path == "rules/se-trelleborg.json") pack = nlohmann::json::parse(f.text);
    ASSERT_TRUE(pack.is_object());
    bool found = false;
    for (auto& r : pack["rules"])
        if (r["id"] == "se.buscard") {
            r["effective_to"] = "2025-12-31";
            found = true;
        }
    ASSERT_TRUE(found);
    Parsed<RulePack> loaded = load_rule_pack(pack);
    ASSERT_TRUE(loaded.ok()) << loaded.problems.front().to_string();
    const RuleBook book{{*loaded.value}};
    Profile p;
    for (const auto& f : detail::embedded_files())
        if (f.path == "examples/se-trelleborg.json") p = *parse_profile_text(f.text).value;
    auto has_buscard = [](const Report& r) {
        return std::any_of(r.obligations.begin(), r.obligations.end(), [](const Obligation& o) { return o.why.rule_id == "se.buscard"; });
    };
    p.situation.registered_on = d("2025-03-03");
    p.events.clear();
    EXPECT_TRUE(has_buscard(compute_report(p, book, d("2025-06-02"))));
    EXPECT_FALSE(has_buscard(compute_report(p, book, d("2026-11-23"))));
}

}  // namespace
}  // namespace jobbplan
