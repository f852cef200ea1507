// Files written by earlier Jobbplan versions, frozen in tests/fixtures/stored/v<N>/, must stay
// readable by every later version (migrated if the format ever changes); files from a newer
// version are refused with a message naming the version this page reads. Only version 1 exists
// so far: when a version 2 comes, its writer gets a v2 folder and v1 stays here, still tested.
#include "app/app.hpp"
#include "app/generation_store.hpp"
#include "app/store_document.hpp"
#include "memory_platform.hpp"

#include "../core/support.hpp"

#include <gtest/gtest.h>

namespace jobbplan::web {
namespace {

std::string fixture(const std::string& name) {
    const std::string text = test_support::read_file(test_support::source_path("tests/fixtures/stored/" + name));
    EXPECT_FALSE(text.empty()) << name;
    return text;
}

TEST(StoredFixtures, Version1StoreIsRead) {
    Parsed<StoredState> s = decode_store(fixture("v1/store.json"));
    ASSERT_TRUE(s.ok()) << s.problems.front().to_string();
    EXPECT_EQ(s.value->settings.language, "da");
    EXPECT_EQ(s.value->settings.theme, Theme::Dark);
    EXPECT_FLOAT_EQ(s.value->settings.text_scale, 1.5f);
    ASSERT_TRUE(s.value->profile);
    EXPECT_EQ(s.value->profile->situation.system, "dk");
    EXPECT_EQ(s.value->profile->situation.municipality, "København");
    EXPECT_EQ(s.value->profile->joblog.size(), 24u);
}

TEST(StoredFixtures, Version1ExportIsImported) {
    Parsed<Profile> p = decode_import(fixture("v1/export.json"));
    ASSERT_TRUE(p.ok()) << p.problems.front().to_string();
    EXPECT_EQ(p.value->situation.system, "fi");
    EXPECT_EQ(p.value->situation.municipality, "Karleby");
    EXPECT_EQ(p.value->joblog.size(), 10u);
}

TEST(StoredFixtures, Version1StoreOpensInTheApp) {
    testing::MemoryPlatform platform;
    platform.stored[kHeadKey] = R"({"generation":1})";
    platform.stored[generation_key(1)] = fixture("v1/store.json");
    App app(platform);
    app.start();
    platform.settle();
    EXPECT_FALSE(app.state().recovery);
    ASSERT_TRUE(app.state().profile);
    EXPECT_EQ(app.state().settings.language, "da");
    EXPECT_EQ(app.state().screen, Screen::Overview);
}

TEST(StoredFixtures, NewerVersionsAreRefusedByName) {
    Parsed<StoredState> s = decode_store(fixture("newer/store.json"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.problems.front().to_string(), "version: 2 was written by a newer Jobbplan; this page reads version 1");
    Parsed<Profile> p = decode_import(fixture("newer/export.json"));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.problems.front().to_string(), "version: 2 was written by a newer Jobbplan; this page reads version 1");

    // In the app: a newer store is never overwritten; it opens recovery and offers the raw data.
    testing::MemoryPlatform platform;
    platform.stored[kHeadKey] = R"({"generation":1})";
    platform.stored[generation_key(1)] = fixture("newer/store.json");
    App app(platform);
    app.start();
    platform.settle();
    ASSERT_TRUE(app.state().recovery);
    EXPECT_NE(app.state().recovery->problem.find("newer Jobbplan"), std::string::npos);
}

}  // namespace
}  // namespace jobbplan::web
