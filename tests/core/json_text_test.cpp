// Reading text from files: no input may crash or hang the reader, and every refusal says where
// and why, with bad values cut short (Reliability II, items 4, 5, 7 and 10).
#include "jobbplan/json_text.hpp"
#include "jobbplan/profile.hpp"

#include <gtest/gtest.h>

namespace jobbplan {
namespace {

const char* kProfileHead = R"({"schema_version":1,"situation":{"system":"dk","benefit":"dagpenge","registered_on":"2026-10-01","municipality":)";

TEST(JsonText, DeepNestingInAKnownFieldIsRefusedWithoutCrashing) {
    std::string deep(100000, '[');
    const std::string text = kProfileHead + deep + std::string(100000, ']') + "}}";
    Parsed<Profile> p = parse_profile_text(text);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.problems.front().path, "situation.municipality");
    EXPECT_NE(p.problems.front().message.find("nested deeper than 64"), std::string::npos) << p.problems.front().message;
    EXPECT_LT(p.problems.front().to_string().size(), 200u);
}

TEST(JsonText, AHugeBadValueIsCutInTheMessage) {
    const std::string text = std::string(kProfileHead) + "\"K\"" + R"(,"benefit_since":")" + std::string(5'000'000, 'x') + "\"}}";
    Parsed<Profile> p = parse_profile_text(text);
    ASSERT_FALSE(p.ok());
    for (const Problem& pr : p.problems) EXPECT_LT(pr.to_string().size(), 200u) << pr.to_string().substr(0, 300);
}

TEST(JsonText, ControlCharactersInTextAreRefusedByField) {
    const std::string text = std::string(kProfileHead) + "\"K\\u0000\\u0007benhavn\"}}";
    Parsed<Profile> p = parse_profile_text(text);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.problems.front().path, "situation.municipality");
    EXPECT_NE(p.problems.front().message.find("control character"), std::string::npos);
    EXPECT_EQ(p.problems.front().message.find('\0'), std::string::npos);  // shown escaped, never raw
    // Tab and newline stay allowed (notes have lines).
    EXPECT_TRUE(read_json("{\"notes\":\"a\\tb\\nc\"}").ok());
}

TEST(JsonText, DuplicateKeysAreNamed) {
    JsonRead r = read_json(R"({"situation":{"system":"dk","system":"fi"}})");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problems.front().to_string(), "situation.system: the key \"system\" appears twice in one object; a file must give each field once");
}

TEST(JsonText, InvalidJsonSaysLineColumnAndCause) {
    JsonRead r = read_json("{\n  \"a\": 1,\n  \"b\": tru\n}");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.problems.front().message.find("line 3"), std::string::npos) << r.problems.front().message;
    JsonRead utf16 = read_json(std::string("\xFF\xFE{\0\"\0", 6));
    ASSERT_FALSE(utf16.ok());
    EXPECT_NE(utf16.problems.front().message.find("UTF-16"), std::string::npos);
    JsonRead latin1 = read_json("{\"a\": \"K\xF8" "benhavn\"}");
    ASSERT_FALSE(latin1.ok());
    EXPECT_NE(latin1.problems.front().message.find("not UTF-8"), std::string::npos) << latin1.problems.front().message;
}

TEST(JsonText, AnOverflowingNumberNamesItsField) {
    JsonRead r = read_json(R"({"situation":{"commute_minutes":1e400}})");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problems.front().path, "situation.commute_minutes") << r.problems.front().to_string();
}

TEST(JsonText, ShownCutsLongValuesAndSummarisesStructures) {
    EXPECT_EQ(shown(nlohmann::json("short")), "\"short\"");
    const std::string s = shown(std::string(1000, 'a'));
    EXPECT_LE(s.size(), kShownChars + 8);
    EXPECT_NE(s.find("\xE2\x80\xA6"), std::string::npos);
    EXPECT_EQ(shown(nlohmann::json::array({1, 2, 3})), "[a list of 3]");
}

}  // namespace
}  // namespace jobbplan
