#include "jobbplan/i18n.hpp"
#include "jobbplan/profile_file.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/report_text.hpp"
#include "jobbplan/vocabulary.hpp"

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

// Every meeting and deadline status has its word, and that word has its text in every language for
// the page ("ui.status.<word>") and for the CLI's text and check table ("state.<word>"). A rebooked
// meeting or a replaced deadline printed the bare key "state.rebook" in the CLI before.
TEST(Catalogue, EveryMeetingAndDeadlineStatusHasItsText) {
    std::set<std::string> words;
    for (MeetingStatus s : kMeetingStatuses) EXPECT_TRUE(words.insert("meeting " + to_string(s)).second) << to_string(s);
    for (DeadlineStatus s : kDeadlineStatuses) EXPECT_TRUE(words.insert("deadline " + to_string(s)).second) << to_string(s);
    EXPECT_EQ(words.size(), std::size(kMeetingStatuses) + std::size(kDeadlineStatuses));
    std::vector<std::string> all;
    for (MeetingStatus s : kMeetingStatuses) all.push_back(to_string(s));
    for (DeadlineStatus s : kDeadlineStatuses) all.push_back(to_string(s));
    for (auto lang : kLanguages)
        for (const std::string& w : all) {
            EXPECT_TRUE(builtin_catalogue(lang).has("state." + w)) << lang << " lacks state." << w;
            EXPECT_TRUE(builtin_catalogue(lang).has("ui.status." + w)) << lang << " lacks ui.status." << w;
        }
}

// A sentence given a party or a planned change (kTermParams) names it in words: "Brev från a-kassan",
// never the id "a-kasse". So every id of those vocabularies needs its word in every language.
TEST(Catalogue, EveryTermParamValueHasAWord) {
    for (auto lang : kLanguages) {
        const Catalogue& cat = builtin_catalogue(lang);
        for (std::string_view id : kParties) EXPECT_TRUE(cat.has(std::string{kPartyKeyPrefix} + std::string{id})) << lang << " " << id;
        for (std::string_view id : kPlannedChangeKinds)
            EXPECT_TRUE(cat.has(std::string{kChangeKeyPrefix} + std::string{id})) << lang << " " << id;
    }
}

// The rendered sentences of every example report and every scenario hold the word for each party or
// change they are given, in every language.
TEST(ReportText, PartiesAndChangesAreWrittenAsWords) {
    std::vector<std::pair<Profile, Date>> cases;
    for (const auto& f : detail::embedded_files()) {
        if (!f.path.starts_with("examples/")) continue;
        auto parsed = parse_profile_text(f.text);
        ASSERT_TRUE(parsed.ok()) << f.path;
        for (int days : {0, 10, 40, 100}) cases.emplace_back(*parsed.value, add_days(parsed.value->situation.registered_on, days));
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(source_path("tests/scenarios"))) {
        if (entry.path().extension() != ".json") continue;
        auto j = nlohmann::json::parse(read_file(entry.path()), nullptr, false);
        if (!j.is_object() || !j.contains("profile") || !j.contains("on")) continue;
        auto parsed = parse_profile_text(j["profile"].dump());
        if (!parsed.ok()) continue;  // scenario_test owns refused profiles
        cases.emplace_back(*parsed.value, d(j["on"].get<std::string>()));
    }
    int termed = 0;
    for (const auto& [profile, on] : cases) {
        Report r = compute_report(profile, builtin_rule_book(), on);
        std::vector<const Explanation*> whys;
        for (const auto& n : r.notices) whys.push_back(&n);
        for (const auto& m : r.meetings) whys.push_back(&m.why);
        for (const auto& dl : r.deadlines) whys.push_back(&dl.why);
        for (auto lang : kLanguages) {
            const Catalogue& cat = builtin_catalogue(lang);
            for (const Explanation* e : whys)
                for (const auto& [name, value] : e->params)
                    for (const TermParam& t : kTermParams)
                        if (name == t.name) {
                            ++termed;
                            const std::string word = cat.text(std::string{t.key_prefix} + value);
                            EXPECT_NE(explanation_text(*e, cat, on).find(word), std::string::npos)
                                << lang << " " << e->text_key << ": " << explanation_text(*e, cat, on) << " lacks " << word;
                        }
            for (const auto& m : r.meetings)
                if (cat.text(m.kind_key).find("{party}") != std::string::npos)
                    EXPECT_NE(meeting_title(m, cat, on).find(cat.text(std::string{kPartyKeyPrefix} + m.party)), std::string::npos)
                        << lang << " " << meeting_title(m, cat, on);
        }
    }
    EXPECT_GT(termed, 20);  // parties in meetings and letters, the CV approver and a planned change
}

TEST(ReportText, SwedishNamesTheDanishPartiesInSwedish) {
    const Catalogue& sv = builtin_catalogue("sv");
    Explanation letter;
    letter.text_key = "rule.dk.deadline.booking";
    letter.params = {{"party", "a-kasse"}, {"letter", "2026-11-02"}, {"due", "2026-11-09"}};
    EXPECT_EQ(explanation_text(letter, sv, d("2026-11-18")), "Brev från a-kassan 2026-11-02: boka samtalet senast 2026-11-09.");
    Explanation change;
    change.text_key = "rule.dk.joblog.six_week_exemption";
    change.params = {{"change", "job"}, {"date", "2026-12-14"}, {"from", "2026-11-02"}};
    EXPECT_EQ(explanation_text(change, builtin_catalogue("da"), d("2026-11-18")).find("Starter i job"), 0u);
}

}  // namespace
}  // namespace jobbplan
