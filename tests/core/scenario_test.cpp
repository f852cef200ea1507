// Scenarios as data (issue 11 §5): tests/scenarios/<system>/*.json, each a dated case a caseworker can
// read and add without C++. A scenario names the seed file and quotes the passage it tests verbatim,
// says in one line why the answer is what it is, holds the profile (as the profile reader reads it)
// and the report date `on`, and lists the expected facts under "expect". The expected facts are a
// subset of to_json(report): only the fields given are compared. The language (README "Scenarios"):
//
//   "status_key": "status.ok"                       the report's status
//   "status_why": {"rule_id": ..., "text_key": ...} the fact behind the status (matched as a subset);
//                    every report must name one, with its passage, whether or not it is expected
//   "provider": "provider.a_kasse"                  the provider's key (or an object, matched as a subset)
//   "current_period": {"label": ..., "required": 2, "counted": 1, "shortfall": 1, "judged": true}
//                    or null (no current period)
//   "periods":   [{"label": "2026-W47", ...}]       list items are found by their key fields:
//   "meetings":  [{"kind_key": ..., "number": 3, "status": "due", "earliest": ..., "latest": ...}]
//   "deadlines": [{"kind_key": ..., "due": ..., "status": "open"}]
//   "steps":     [{"key": ..., "reached": false, "at_risk": true}]
//   "plan":      [{"key": ..., "complete": false}]
//   "sources":   [{"file": ..., "may_have_changed": true}]
//   "services":  [{"name_key": ..., "address": "jobnet.dk"}]  where official actions are done
//                    key fields are label, entry_id, kind_key, number, due, key, file, party, name_key (whichever
//                    the expected item gives); "absent": true says no such item exists; nested lists
//                    (a period's "entries" by entry_id) work the same way
//   "ladder": {"current": -1, "risk": 0, "next": 0} the consequence ladder's indexes
//   "notices": {"include": [...], "exclude": [...]} a string matches a notice's rule_id or text_key;
//                    an object is matched as a subset of a notice (e.g. with "params")
//   "obligations": {"include": [...], "exclude": [...]} by key
//   "counts": {"meetings": 4, "periods": 0, ...}    the number of items in a list of the report
//
// "known_defect": "<why>" marks a scenario where the seed says one thing and the engine another: the
// scenario is then expected to fail (and is reported as a known defect); if it passes, the test fails
// so the marker is removed. A profile the reader refuses counts as the defect only in such a scenario.
// A bad file, an unknown expectation, a passage that is not in its seed, or a
// system folder without scenarios always fails.
#include "jobbplan/json_text.hpp"
#include "jobbplan/profile_file.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/rule_pack.hpp"

#include "support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <cctype>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan {
namespace {

using namespace test_support;

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kScenarios = fs::path(JOBBPLAN_SOURCE_DIR) / "tests" / "scenarios";
const std::vector<std::string> kSystems = {"fi", "dk", "se-trelleborg"};

// Whitespace runs (including no-break and other Unicode spaces) become one space, ends trimmed.

// Every scenario file, sorted, as a path relative to tests/scenarios ("dk/cv_deadline.json").
std::vector<std::string> scenario_files() {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(kScenarios, ec)) return out;
    for (auto it = fs::recursive_directory_iterator(kScenarios, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".json")
            out.push_back(it->path().lexically_relative(kScenarios).generic_string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string shown_value(const json& v) { return v.dump(); }

// Collects every difference between what a scenario expects and what the report says.
struct Matcher {
    std::vector<std::string> failures;

    void fail(const std::string& path, const std::string& what) { failures.push_back(path + ": " + what); }

    static const std::vector<std::string>& key_fields() {
        static const std::vector<std::string> k = {"label", "entry_id", "kind_key", "number", "due", "key", "file", "party", "name_key"};
        return k;
    }

    // Expected is a subset of actual: objects by field, lists by key fields, scalars equal.
    void subset(const json& expected, const json& actual, const std::string& path) {
        if (expected.is_object()) {
            if (!actual.is_object()) return fail(path, "expected an object, the report has " + shown_value(actual));
            for (const auto& [k, v] : expected.items()) {
                const std::string p = path + "." + k;
                if (k == "judged" && !actual.contains(k)) {  // to_json writes "judged" only when false
                    subset(v, json(true), p);
                    continue;
                }
                if (!actual.contains(k)) {
                    fail(p, "the report has no field \"" + k + "\"");
                    continue;
                }
                subset(v, actual[k], p);
            }
            return;
        }
        if (expected.is_array()) {
            if (!actual.is_array()) return fail(path, "expected a list, the report has " + shown_value(actual));
            for (const json& item : expected) list_item(item, actual, path);
            return;
        }
        if (expected != actual) fail(path, "expected " + shown_value(expected) + ", the report has " + shown_value(actual));
    }

    // One expected list item: find the report's items with the same key fields, then compare.
    void list_item(const json& item, const json& actual, const std::string& path) {
        if (!item.is_object()) {
            if (std::find(actual.begin(), actual.end(), item) == actual.end())
                fail(path, "no item " + shown_value(item) + " in the report");
            return;
        }
        json keys = json::object();
        for (const std::string& k : key_fields())
            if (item.contains(k)) keys[k] = item[k];
        std::string where = path + "[";
        bool first = true;
        for (const auto& [k, v] : keys.items()) {
            where += (first ? "" : ",") + k + "=" + (v.is_string() ? v.get<std::string>() : v.dump());
            first = false;
        }
        where += "]";
        if (keys.empty()) return fail(path, "an expected item names none of the key fields (label, entry_id, kind_key, number, due, key, file, party, name_key): " + shown_value(item));
        std::vector<const json*> candidates;
        for (const json& a : actual) {
            bool same = a.is_object();
            for (const auto& [k, v] : keys.items()) same = same && a.contains(k) && a[k] == v;
            if (same) candidates.push_back(&a);
        }
        const bool absent = item.value("absent", false);
        if (absent) {
            if (!candidates.empty()) fail(where, "expected no such item, the report has one");
            return;
        }
        if (candidates.empty()) {
            std::string have;
            for (const json& a : actual) {
                have += have.empty() ? "" : ", ";
                json id = json::object();
                for (const auto& [k, v] : keys.items())
                    if (a.is_object() && a.contains(k)) id[k] = a[k];
                have += id.dump();
            }
            return fail(where, "no such item in the report (it has: " + (have.empty() ? "none" : have) + ")");
        }
        json rest = item;
        for (const auto& [k, v] : keys.items()) rest.erase(k);
        // Any candidate that matches will do; otherwise report the differences against the first.
        for (const json* c : candidates) {
            Matcher m;
            m.subset(rest, *c, where);
            if (m.failures.empty()) return;
        }
        subset(rest, *candidates.front(), where);
    }

    // {"include": [...], "exclude": [...]}: strings match a notice's rule_id or text_key (an
    // obligation's key); objects are subsets of one item.
    void include_exclude(const json& expected, const json& actual, const std::string& path, const std::vector<std::string>& names) {
        if (!expected.is_object()) return fail(path, "expected {\"include\": [...], \"exclude\": [...]}");
        auto matches = [&](const json& want, const json& a) {
            if (want.is_string()) {
                for (const std::string& n : names)
                    if (a.contains(n) && a[n] == want) return true;
                return false;
            }
            Matcher m;
            m.subset(want, a, "");
            return m.failures.empty();
        };
        auto listing = [&] {
            std::string s;
            for (const json& a : actual) {
                s += s.empty() ? "" : ", ";
                std::string id;
                for (const std::string& n : names)
                    if (a.contains(n) && a[n].is_string() && id.find(a[n].get<std::string>()) == std::string::npos)
                        id += (id.empty() ? "" : "/") + a[n].get<std::string>();
                s += id.empty() ? "?" : id;
            }
            return s.empty() ? std::string("none") : s;
        };
        for (const auto& [k, v] : expected.items()) {
            if (k != "include" && k != "exclude") {
                fail(path + "." + k, "unknown; use include or exclude");
                continue;
            }
            if (!v.is_array()) {
                fail(path + "." + k, "expected a list");
                continue;
            }
            for (const json& want : v) {
                bool found = std::any_of(actual.begin(), actual.end(), [&](const json& a) { return matches(want, a); });
                if (k == "include" && !found) fail(path + ".include", shown_value(want) + " is not in the report (it has: " + listing() + ")");
                if (k == "exclude" && found) fail(path + ".exclude", shown_value(want) + " is in the report");
            }
        }
    }

    void expect(const json& e, const json& report) {
        if (!e.is_object()) return fail("expect", "must be an object");
        for (const auto& [k, v] : e.items()) {
            const std::string p = "expect." + k;
            if (k == "status_key") {
                subset(v, report["status_key"], p);
            } else if (k == "status_why") {
                if (!report.contains("status_why")) fail(p, "the report explains no status");
                else subset(v, report["status_why"], p);
            } else if (k == "provider") {
                subset(v.is_string() ? json{{"key", v}} : v, report["provider"], p);
            } else if (k == "current_period") {
                const int i = report["current_period"].get<int>();
                if (v.is_null()) {
                    if (i != -1) fail(p, "expected no current period, the report has " + report["periods"][i]["label"].get<std::string>());
                } else if (i < 0) {
                    fail(p, "expected a current period, the report has none");
                } else {
                    subset(v, report["periods"][i], p);
                }
            } else if (k == "periods" || k == "meetings" || k == "deadlines" || k == "plan" || k == "sources" || k == "services") {
                subset(v, report[k], p);
            } else if (k == "steps") {
                subset(v, report["consequences"]["steps"], p);
            } else if (k == "ladder") {
                json c = report["consequences"];
                c.erase("steps");
                subset(v, c, p);
            } else if (k == "notices") {
                include_exclude(v, report["notices"], p, {"rule_id", "text_key"});
            } else if (k == "obligations") {
                include_exclude(v, report["obligations"], p, {"key"});
            } else if (k == "counts") {
                if (!v.is_object()) {
                    fail(p, "expected an object");
                    continue;
                }
                for (const auto& [list, n] : v.items()) {
                    const json& a = list == "steps" ? report["consequences"]["steps"] : (report.contains(list) ? report[list] : json());
                    if (!a.is_array()) fail(p + "." + list, "the report has no such list");
                    else if (json(a.size()) != n) fail(p + "." + list, "expected " + n.dump() + " items, the report has " + std::to_string(a.size()));
                }
            } else {
                fail(p, "unknown expectation (see tests/core/scenario_test.cpp)");
            }
        }
    }
};

struct Loaded {
    std::vector<std::string> problems;  // the file itself is wrong: always a failure
    json doc;
};

Loaded load(const std::string& rel) {
    Loaded l;
    const std::string text = read_file(kScenarios / rel);
    JsonRead read = read_json(text);
    if (!read.ok()) {
        for (const Problem& p : read.problems) l.problems.push_back("not a readable JSON file: " + p.to_string());
        if (read.problems.empty()) l.problems.push_back("not a readable JSON file");
        return l;
    }
    l.doc = read.value;
    const json& d = l.doc;
    if (!d.is_object()) {
        l.problems.push_back("the file must hold an object");
        return l;
    }
    static const std::set<std::string> fields = {"name", "seed", "passage", "why", "profile", "on", "expect", "known_defect"};
    for (const auto& [k, v] : d.items())
        if (!fields.contains(k)) l.problems.push_back("unknown field \"" + k + "\"");
    for (const char* k : {"name", "seed", "passage", "why", "on"})
        if (!d.contains(k) || !d[k].is_string() || d[k].get<std::string>().empty()) l.problems.push_back(std::string("\"") + k + "\" must be a non-empty string");
    if (!d.contains("profile") || !d["profile"].is_object()) l.problems.push_back("\"profile\" must be an object");
    if (!d.contains("expect") || !d["expect"].is_object() || d["expect"].empty()) l.problems.push_back("\"expect\" must be a non-empty object");
    if (d.contains("known_defect") && (!d["known_defect"].is_string() || d["known_defect"].get<std::string>().empty()))
        l.problems.push_back("\"known_defect\" must say why");
    return l;
}

class Scenario : public ::testing::TestWithParam<std::string> {};

TEST_P(Scenario, Holds) {
    const std::string rel = GetParam();
    const std::string file = "tests/scenarios/" + rel;
    Loaded l = load(rel);
    for (const std::string& p : l.problems) ADD_FAILURE() << file << ": " << p;
    if (!l.problems.empty()) return;
    const json& d = l.doc;
    const std::string system = fs::path(rel).begin()->string();

    // The passage is quoted from its seed (whitespace normalised), and the seed is one of the
    // documents this system's rule pack is read from.
    const std::string seed = d["seed"].get<std::string>();
    const RulePack* pack = builtin_rule_book().pack(system);
    ASSERT_NE(pack, nullptr) << file << ": folder \"" << system << "\" is not a system (fi, dk, se-trelleborg)";
    EXPECT_NE(pack->document(seed), nullptr) << file << ": seed " << seed << " is not a document of the " << system << " rules";
    const std::string seed_text = read_file(fs::path(JOBBPLAN_SOURCE_DIR) / "assets" / "seeds" / seed);
    ASSERT_FALSE(seed_text.empty()) << file << ": seed assets/seeds/" << seed << " not found";
    EXPECT_TRUE(normalise_spaces(seed_text).find(normalise_spaces(d["passage"].get<std::string>())) != std::string::npos)
        << file << ": the passage is not in assets/seeds/" << seed << " (quote it verbatim): " << d["passage"].get<std::string>();

    const bool known_defect = d.contains("known_defect");
    const std::string defect = known_defect ? d["known_defect"].get<std::string>() : std::string{};
    Parsed<Profile> profile = read_profile_file(d["profile"].dump());
    if (!profile.ok()) {
        // A profile the reader refuses is a defect only when the scenario says so (a fact the seed
        // allows that the reader does not take); otherwise the file is wrong.
        std::string problems;
        for (const Problem& p : profile.problems) problems += "\n  profile." + p.to_string();
        if (known_defect) {
            std::cout << "[ KNOWN DEFECT ] " << file << ": " << defect << problems << "\n";
            RecordProperty("known_defect", defect);
            return;
        }
        FAIL() << file << ": the profile is not readable:" << problems;
    }
    EXPECT_EQ(profile.value->situation.system, system) << file << ": the profile's system is not its folder's";
    const std::optional<Date> on = parse_record_date(d["on"].get<std::string>());
    ASSERT_TRUE(on.has_value()) << file << ": \"on\" is not a date: " << d["on"];

    const json report = to_json(compute_report(*profile.value, builtin_rule_book(), *on));
    Matcher m;
    m.expect(d["expect"], report);
    // Whatever a scenario expects, every status and every entry verdict names its rule and passage.
    if (!report.contains("status_why") || report["status_why"]["rule_id"].get<std::string>().empty() ||
        report["status_why"]["source"]["quote"].get<std::string>().empty())
        m.failures.push_back("status_why: the status " + report["status_key"].dump() + " names no rule and passage");
    for (const json& p : report["periods"])
        for (const json& v : p["entries"])
            if (v["why"]["rule_id"].get<std::string>().empty() || v["why"]["text_key"] != v["reason_key"])
                m.failures.push_back("periods." + p["label"].get<std::string>() + ".entries." + v["entry_id"].get<std::string>() +
                                     ": the verdict names no rule");

    std::string failures;
    for (const std::string& f : m.failures) failures += "\n  " + f;
    if (known_defect) {
        if (m.failures.empty())
            ADD_FAILURE() << file << ": marked known_defect but passes now; remove \"known_defect\" (" << defect << ")";
        else {
            std::cout << "[ KNOWN DEFECT ] " << file << ": " << defect << failures << "\n";
            RecordProperty("known_defect", defect);
        }
        return;
    }
    EXPECT_TRUE(m.failures.empty()) << file << " (" << d["name"].get<std::string>() << ", on " << d["on"].get<std::string>() << "):" << failures;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string s = info.param;
    if (s.size() > 5 && s.ends_with(".json")) s.resize(s.size() - 5);
    for (char& c : s)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return s;
}

INSTANTIATE_TEST_SUITE_P(Scenario, Scenario, ::testing::ValuesIn(scenario_files()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Scenario);  // ScenarioFiles says why there are none

// Every rule of every built-in pack has a scenario (issue 11 §5: a dated case per passage): one
// that quotes the rule's passage (or a part of it, or a passage holding it) or names the rule's id
// in what it expects. A rule added without its scenario fails here.
bool names(const json& v, const std::string& id) {
    if (v.is_string()) return v.get<std::string>() == id;
    if (v.is_object() || v.is_array())
        for (const auto& item : v) if (names(item, id)) return true;
    return false;
}

TEST(ScenarioFiles, EveryRuleHasAScenario) {
    std::vector<json> scenarios;
    for (const std::string& f : scenario_files()) scenarios.push_back(json::parse(read_file(kScenarios / f), nullptr, false));
    std::size_t rules = 0;
    for (const std::string& system : kSystems) {
        const json pack = json::parse(read_file(fs::path(JOBBPLAN_SOURCE_DIR) / "assets" / "rules" / (system + ".json")));
        for (const json& r : pack["rules"]) {
            ++rules;
            const std::string id = r["id"].get<std::string>();
            const std::string quote = normalise_spaces(r["source"]["quote"].get<std::string>());
            const bool covered = std::any_of(scenarios.begin(), scenarios.end(), [&](const json& s) {
                if (!s.is_object() || !s.contains("passage") || !s["passage"].is_string()) return false;
                const std::string passage = normalise_spaces(s["passage"].get<std::string>());
                return quote.find(passage) != std::string::npos || passage.find(quote) != std::string::npos ||
                       (s.contains("expect") && names(s["expect"], id));
            });
            EXPECT_TRUE(covered) << id << " (" << system << ") has no scenario: quote its passage or name it in one";
        }
    }
    EXPECT_GT(rules, 100u);
}

// Every system has scenarios, and nothing lies outside a system folder.
TEST(ScenarioFiles, EverySystemHasScenarios) {
    const std::vector<std::string> files = scenario_files();
    for (const std::string& system : kSystems) {
        const auto n = std::count_if(files.begin(), files.end(), [&](const std::string& f) { return f.starts_with(system + "/"); });
        EXPECT_GT(n, 0) << "tests/scenarios/" << system << "/ has no scenarios";
    }
    for (const std::string& f : files) {
        const std::string dir = fs::path(f).begin()->string();
        EXPECT_TRUE(std::find(kSystems.begin(), kSystems.end(), dir) != kSystems.end() && f.find('/') != std::string::npos)
            << "tests/scenarios/" << f << " is not in a system folder (fi, dk, se-trelleborg)";
    }
}

// The matcher itself: a wrong expected value fails, naming the path.
TEST(ScenarioFiles, MatcherFailsOnAWrongValue) {
    const json report = {{"status_key", "status.ok"},
                         {"provider", {{"key", "provider.a_kasse"}}},
                         {"current_period", 0},
                         {"periods", {{{"label", "2026-W47"}, {"required", 2}, {"counted", 1}, {"shortfall", 1}}}},
                         {"meetings", {{{"kind_key", "m"}, {"number", 1}, {"status", "held"}}, {{"kind_key", "m"}, {"number", 2}, {"status", "due"}}}},
                         {"deadlines", json::array()},
                         {"plan", json::array()},
                         {"sources", json::array()},
                         {"consequences", {{"steps", json::array()}, {"current", -1}, {"risk", -1}, {"next", 0}}},
                         {"obligations", json::array()},
                         {"notices", {{{"rule_id", "r"}, {"text_key", "t"}}}}};
    auto failures = [&](const json& e) {
        Matcher m;
        m.expect(e, report);
        return m.failures;
    };
    EXPECT_TRUE(failures({{"status_key", "status.ok"}, {"current_period", {{"counted", 1}, {"judged", true}}}, {"meetings", {{{"number", 2}, {"status", "due"}}}}, {"notices", {{"include", {"t"}}}}}).empty());
    auto f = failures({{"meetings", {{{"number", 2}, {"status", "held"}}}}});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0], "expect.meetings[number=2].status: expected \"held\", the report has \"due\"");
    EXPECT_EQ(failures({{"periods", {{{"label", "2026-W48"}, {"shortfall", 0}}}}}).size(), 1u);
    EXPECT_EQ(failures({{"periods", {{{"label", "2026-W47"}, {"absent", true}}}}}).size(), 1u);
    EXPECT_EQ(failures({{"notices", {{"exclude", {"r"}}}}}).size(), 1u);
    EXPECT_EQ(failures({{"current_period", nullptr}}).size(), 1u);
    EXPECT_EQ(failures({{"counts", {{"meetings", 3}}}}).size(), 1u);
    EXPECT_EQ(failures({{"statuskey", "status.ok"}}).size(), 1u);
}

}  // namespace
}  // namespace jobbplan
