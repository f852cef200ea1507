#include "jobbplan/profile.hpp"
#include "jobbplan/vocabulary.hpp"

#include "embedded_assets.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <span>

namespace jobbplan {
namespace {

nlohmann::json minimal() {
    return nlohmann::json::parse(R"({
      "schema_version": 1,
      "situation": {"system": "dk", "benefit": "dagpenge", "registered_on": "2026-09-07"},
      "events": [{"type": "meeting_held", "date": "2026-09-10", "party": "a-kasse", "mode": "in_person"}],
      "plan": {"sections": {}, "job_goals": []},
      "joblog": [{"id": "a", "date": "2026-09-08", "advertised": true},
                 {"id": "b", "date": "2026-09-09", "advertised": false}]
    })");
}

TEST(Profile, ExamplesRoundTrip) {
    int examples = 0;
    for (const auto& f : detail::embedded_files()) {
        if (!f.path.starts_with("examples/")) continue;
        ++examples;
        auto parsed = parse_profile_text(f.text);
        ASSERT_TRUE(parsed.ok()) << f.path << ": " << parsed.problems[0].to_string();
        nlohmann::json once = to_json(*parsed.value);
        auto again = parse_profile(once);
        ASSERT_TRUE(again.ok()) << f.path;
        EXPECT_EQ(to_json(*again.value), once) << f.path;
        if (f.path.starts_with("examples/dk-"))  // ours are stored exactly as to_json writes them
            EXPECT_EQ(once, nlohmann::json::parse(f.text)) << f.path << " is not in canonical form";
    }
    EXPECT_GE(examples, 2);
}

TEST(Profile, StreamedTextIsTheSameDocument) {
    // append_json is how the app stores a long joblog; it must say exactly what to_json says.
    for (const auto& f : detail::embedded_files()) {
        if (!f.path.starts_with("examples/")) continue;
        auto parsed = parse_profile_text(f.text);
        ASSERT_TRUE(parsed.ok()) << f.path;
        std::string text = "prefix:";
        append_json(*parsed.value, text);
        ASSERT_TRUE(text.starts_with("prefix:"));
        EXPECT_EQ(nlohmann::json::parse(text.substr(7)), to_json(*parsed.value)) << f.path;
    }
    Profile empty_log = *parse_profile(minimal()).value;
    empty_log.joblog.clear();
    std::string text;
    append_json(empty_log, text);
    EXPECT_EQ(nlohmann::json::parse(text)["joblog"], nlohmann::json::array());
}

TEST(Profile, BadInputNamesThePath) {
    struct Case {
        std::string pointer;
        nlohmann::json value;
        std::string expected;
    };
    std::vector<Case> cases = {
        {"/joblog/1/date", "2024-13-01", R"(joblog[1].date: "2024-13-01" is not a date)"},
        {"/joblog/0/date", 20240101, "joblog[0].date: 20240101 is not a date"},
        {"/situation/registered_on", "2023-02-29", R"(situation.registered_on: "2023-02-29" is not a date)"},
        {"/situation/system", "xx", R"(situation.system: "xx" is not one of the known values)"},
        {"/situation/benefit", "kontanthjælp", "situation.benefit:"},
        {"/events/0/type", "party", R"(events[0].type: "party" is not one of the known values)"},
        {"/events/0/lawful_excuse", "yes", R"(events[0].lawful_excuse: "yes" is not true or false)"},
        {"/events/0/mode", "fax", R"(events[0].mode: "fax" is not one of the known values)"},
        {"/schema_version", 2, "schema_version: 2 is not a supported version"},
        {"/plan/job_goals", "Laborant", R"(plan.job_goals: "Laborant" is not an array)"},
        {"/joblog/1/category", "fi.nonsense", "joblog[1].category:"},
        {"/situation/colour", "red", "situation.colour: is not a known field"},
        {"/situation/agreed_applications_per_month", 9, "situation.agreed_applications_per_month: 9 is not a whole number"},
        {"/situation/planned_change", nlohmann::json{{"kind", "job"}, {"date", "2026-02-30"}}, R"(situation.planned_change.date: "2026-02-30" is not a date)"},
    };
    for (const Case& c : cases) {
        nlohmann::json j = minimal();
        j[nlohmann::json::json_pointer(c.pointer)] = c.value;
        auto parsed = parse_profile(j);
        EXPECT_FALSE(parsed.ok()) << c.pointer;
        ASSERT_FALSE(parsed.problems.empty()) << c.pointer;
        EXPECT_NE(parsed.problems[0].to_string().find(c.expected), std::string::npos)
            << c.pointer << ": got " << parsed.problems[0].to_string();
    }
}

TEST(Profile, MissingAndMalformed) {
    EXPECT_FALSE(parse_profile_text("").ok());
    EXPECT_FALSE(parse_profile_text("[1,2]").ok());
    EXPECT_FALSE(parse_profile_text("{\"schema_version\": 1").ok());
    nlohmann::json j = minimal();
    j.erase("situation");
    auto parsed = parse_profile(j);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.problems[0].to_string(), "situation: is missing");
    EXPECT_TRUE(parse_profile(minimal()).ok());
}

// The schema documents the reader: every enum value it lists must be accepted, and nothing else;
// and it lists exactly the core's vocabularies (vocabulary.hpp), which the choices offer from.
TEST(Profile, SchemaEnumsAgreeWithReader) {
    nlohmann::json schema;
    for (const auto& f : detail::embedded_files())
        if (f.path == "schema/profile.schema.json") schema = nlohmann::json::parse(f.text);
    ASSERT_TRUE(schema.is_object());
    struct Field {
        const char* schema_pointer;  // the enum in the schema
        const char* pointer;         // where minimal() holds the value
        std::span<const std::string_view> vocabulary;
    };
    const Field fields[] = {
        {"/$defs/eventType/enum", "/events/0/type", kEventTypes},
        {"/$defs/joblogCategory/enum", "/joblog/0/category", kJoblogCategories},
        {"/$defs/event/properties/party/enum", "/events/0/party", kParties},
        {"/$defs/event/properties/mode/enum", "/events/0/mode", kModes},
        {"/$defs/event/properties/cause/enum", "/events/0/cause", kEventCauses},
        {"/$defs/situation/properties/planned_change/properties/kind/enum", "/situation/planned_change/kind",
         kPlannedChangeKinds},
        {"/$defs/joblogEntry/properties/how_applied/enum", "/joblog/0/how_applied", kHowApplied},
        {"/$defs/situation/properties/availability/enum", "/situation/availability", kAvailabilities},
        {"/$defs/joblogEntry/properties/status/enum", "/joblog/0/status", kEntryStatuses},
        {"/$defs/situation/properties/system/enum", "", kSystems},
    };
    for (const Field& field : fields) {
        const auto& values = schema.at(nlohmann::json::json_pointer(field.schema_pointer));
        ASSERT_GT(values.size(), 1u) << field.schema_pointer;
        std::vector<std::string> in_schema = values.get<std::vector<std::string>>();
        EXPECT_EQ(in_schema, std::vector<std::string>(field.vocabulary.begin(), field.vocabulary.end())) << field.schema_pointer;
        if (!*field.pointer) continue;
        for (const auto& v : values) {
            nlohmann::json j = minimal();
            j["situation"]["planned_change"] = {{"kind", "job"}, {"date", "2026-12-01"}};
            j[nlohmann::json::json_pointer(field.pointer)] = v;
            j["joblog"][0].erase("advertised");  // dk: a missing flag follows the category
            auto parsed = parse_profile(j);
            EXPECT_TRUE(parsed.ok()) << field.pointer << " " << v << ": " << parsed.problems[0].to_string();
        }
        nlohmann::json j = minimal();
        j["situation"]["planned_change"] = {{"kind", "job"}, {"date", "2026-12-01"}};
        j[nlohmann::json::json_pointer(field.pointer)] = "not_in_schema";
        EXPECT_FALSE(parse_profile(j).ok()) << field.pointer;
    }
    // Benefits per system: the schema's if/then lists.
    int systems = 0;
    for (const auto& branch : schema["$defs"]["situation"]["allOf"]) {
        const std::string system = branch["if"]["properties"]["system"]["const"];
        const auto listed = branch["then"]["properties"]["benefit"]["enum"].get<std::vector<std::string>>();
        const auto core = benefits_of(system);
        EXPECT_EQ(listed, std::vector<std::string>(core.begin(), core.end())) << system;
        for (const std::string& b : listed) {
            nlohmann::json j = minimal();
            j["situation"]["system"] = system;
            j["situation"]["benefit"] = b;
            j["joblog"] = nlohmann::json::array();
            EXPECT_TRUE(parse_profile(j).ok()) << system << " " << b;
        }
        nlohmann::json j = minimal();
        j["situation"]["system"] = system;
        j["situation"]["benefit"] = "not_in_schema";
        EXPECT_FALSE(parse_profile(j).ok()) << system;
        ++systems;
    }
    EXPECT_EQ(systems, 3);
}

}  // namespace
}  // namespace jobbplan

// Found by the profile fuzzer (tests/fixtures/fuzz/): a year typed as 1013 made the Danish and
// Trelleborg reports walk every ISO week since then, seconds per report. Dates are bounded.
TEST(Profile, FarPastAndFutureDatesAreRefused) {
    for (const char* name : {"slow-far-past-registration-dk.json", "slow-far-past-registration-se.json"}) {
        const std::string path = jobbplan::test_support::source_path(std::string("tests/fixtures/fuzz/") + name);
        ASSERT_TRUE(std::filesystem::is_regular_file(path)) << name;
        const std::string text = jobbplan::test_support::read_file(path);
        jobbplan::Parsed<jobbplan::Profile> p = jobbplan::parse_profile_text(text);
        ASSERT_FALSE(p.ok()) << name;
        bool named = false;
        for (const auto& problem : p.problems)
            named |= problem.path == "situation.registered_on" && problem.message.find("1013-09") != std::string::npos;
        EXPECT_TRUE(named) << name;
    }
    for (const char* d : {"1899-12-31", "2101-01-01"}) {
        nlohmann::json j = nlohmann::json::parse(R"({"schema_version":1,"situation":{"system":"dk","municipality":"Aarhus",
            "benefit":"dagpenge","registered_on":"2026-01-05"},"events":[],"plan":{"sections":{},"job_goals":[]},"joblog":[]})");
        j["situation"]["registered_on"] = d;
        EXPECT_FALSE(jobbplan::parse_profile(j).ok()) << d;
        j["situation"]["registered_on"] = "2100-12-31";
        EXPECT_TRUE(jobbplan::parse_profile(j).ok()) << jobbplan::parse_profile(j).problems.front().to_string();
    }
}
