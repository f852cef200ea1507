// Issue 14: a caseworker opens a client's file (or a demo persona) to look at, tries "what if",
// and closes it; the browser's stored data is byte for byte what it was, and the user's own
// profile comes back exactly as it was.
#include "app/app.hpp"
#include "app/delete_confirmation.hpp"
#include "app/store_document.hpp"
#include "jobbplan/assets.hpp"
#include "memory_platform.hpp"

#include "../core/support.hpp"

#include <gtest/gtest.h>

namespace jobbplan::web {
namespace {

using testing::MemoryPlatform;

using test_support::sent_application;

std::string example(const char* path) { return std::string(*builtin_asset(path)); }

struct SandboxTest : ::testing::Test {
    MemoryPlatform platform;
    App app{platform};

    void SetUp() override {
        app.start();
        platform.settle();
        // The caseworker's own profile: a Danish one with one entry of their own.
        act(NewProfile{"dk"});
        act(SaveJoblogEntry{sent_application("2026-11-23", "Own employer")});
    }
    void act(Action a) {
        app.apply(a);
        platform.settle();
    }
    std::string own_json() const { return to_json(*app.state().profile).dump(); }
};

TEST_F(SandboxTest, AClientsFileIsShownAndNothingOfItIsStored) {
    const auto stored_before = platform.stored;
    const std::string own = own_json();
    const size_t undo_before = app.state().undo.size();

    act(LookAtText{"client-anna.json", example("examples/fi-karleby.json")});
    ASSERT_TRUE(app.state().sandbox);
    EXPECT_EQ(app.state().sandbox->label, "client-anna.json");
    EXPECT_FALSE(app.state().sandbox->example);
    ASSERT_TRUE(app.state().report);
    EXPECT_EQ(app.state().report->system, "fi");  // the client's full report, not the caseworker's
    EXPECT_EQ(app.state().screen, Screen::Overview);
    EXPECT_TRUE(app.state().undo.empty());
    EXPECT_EQ(platform.stored, stored_before);

    // Edits while looking (a caseworker trying something) change the file shown, never storage.
    act(SaveJoblogEntry{sent_application("2026-11-20", "Tried")});
    act(DeleteJoblogEntry{app.state().profile->joblog.front().id});
    act(UpdatePlan{PlanDraft{{{"plan.fi.goal", "typed"}}, {}}});
    EXPECT_EQ(platform.stored, stored_before);

    act(CloseSandbox{});
    EXPECT_FALSE(app.state().sandbox);
    EXPECT_EQ(own_json(), own);
    EXPECT_EQ(app.state().undo.size(), undo_before);
    EXPECT_EQ(app.state().report->system, "dk");
    EXPECT_EQ(platform.stored, stored_before);
    // The user's own work goes on being stored after closing.
    act(SaveJoblogEntry{sent_application("2026-11-24", "After")});
    EXPECT_NE(platform.stored, stored_before);
}

TEST_F(SandboxTest, SettingsChangedWhileLookingAreStoredWithTheOwnProfile) {
    act(LookAtText{"client.json", example("examples/fi-karleby.json")});
    act(SetLanguage{"fi"});
    const auto head = nlohmann::json::parse(platform.stored.at(kHeadKey));
    Parsed<StoredState> s = decode_store(platform.stored.at(generation_key(head["generation"].get<long>())));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.value->settings.language, "fi");
    ASSERT_TRUE(s.value->profile);
    EXPECT_EQ(s.value->profile->situation.system, "dk");  // the own profile, not the client's
}

TEST_F(SandboxTest, ABadFileGetsTheImportsRefusalAndChangesNothing) {
    const auto stored_before = platform.stored;
    const std::string own = own_json();
    act(LookAtText{"broken.json", "{\"schema_version\": 1, \"situation\": {\"system\": \"dk\"}"});
    EXPECT_FALSE(app.state().sandbox);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->kind, MessageKind::Error);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.import_invalid");
    EXPECT_EQ(own_json(), own);
    EXPECT_EQ(platform.stored, stored_before);
}

TEST_F(SandboxTest, ADroppedFileIsOpenedToLookAtNotImported) {
    const auto stored_before = platform.stored;
    ASSERT_TRUE(platform.dropped);
    platform.dropped("dropped.json", example("examples/se-trelleborg.json"));
    app.apply_pending();
    platform.settle();
    ASSERT_TRUE(app.state().sandbox);
    EXPECT_EQ(app.state().report->system, "se-trelleborg");
    EXPECT_EQ(platform.stored, stored_before);
}

TEST_F(SandboxTest, ADemoPersonaNoLongerReplacesTheOwnProfile) {
    const auto stored_before = platform.stored;
    const std::string own = own_json();
    act(LoadExample{"examples/fi-karleby.json"});
    ASSERT_TRUE(app.state().sandbox);
    EXPECT_TRUE(app.state().sandbox->example);
    EXPECT_EQ(platform.stored, stored_before);
    // Another persona replaces the first, still in the sandbox; closing returns to the own one.
    act(LoadExample{"examples/dk-dagpenge.json"});
    EXPECT_EQ(platform.stored, stored_before);
    act(CloseSandbox{});
    EXPECT_EQ(own_json(), own);
    EXPECT_EQ(platform.stored, stored_before);
}

TEST_F(SandboxTest, KeepingAPersonaMakesItTheOwnProfileWithUndo) {
    act(LoadExample{"examples/fi-karleby.json"});
    act(KeepSandboxProfile{});
    EXPECT_FALSE(app.state().sandbox);
    EXPECT_EQ(app.state().profile->situation.system, "fi");
    act(Undo{});
    EXPECT_EQ(app.state().profile->situation.system, "dk");
}

TEST_F(SandboxTest, ImportIsRefusedWhileLookingAtAFile) {
    act(LookAtText{"client.json", example("examples/fi-karleby.json")});
    act(ImportText{"other.json", example("examples/dk-dagpenge.json")});
    EXPECT_FALSE(app.state().import_preview);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.close_sandbox_first");
}

// Another tab saves while this one looks at a client's file: the save reaches the own profile
// behind the sandbox, and the sandbox stays as it was.
TEST(SandboxTabs, AnotherTabsSaveReachesTheOwnProfileBehindTheSandbox) {
    MemoryPlatform platform;
    App tab_a(platform), tab_b(platform);
    tab_a.start();
    tab_b.start();
    platform.settle();
    tab_a.apply(NewProfile{"dk"});
    platform.settle();
    platform.tab_watchers[1]();
    platform.settle();
    tab_a.apply(LookAtText{"client.json", example("examples/fi-karleby.json")});
    platform.settle();
    tab_b.apply(SaveJoblogEntry{sent_application("2026-11-23", "From B")});
    platform.settle();
    platform.tab_watchers[0]();
    platform.settle();
    ASSERT_TRUE(tab_a.state().sandbox);
    EXPECT_EQ(tab_a.state().report->system, "fi");
    tab_a.apply(CloseSandbox{});
    platform.settle();
    ASSERT_EQ(tab_a.state().profile->joblog.size(), 1u);
    EXPECT_EQ(tab_a.state().profile->joblog[0].employer, "From B");
}

TEST_F(SandboxTest, DeleteAllWhileLookingLeavesNothing) {
    act(LookAtText{"client.json", example("examples/fi-karleby.json")});
    act(AskDeleteAll{true});
    act(DeleteAll{delete_word(app.state().settings.language)});
    EXPECT_FALSE(app.state().sandbox);
    EXPECT_FALSE(app.state().profile);
    EXPECT_TRUE(platform.stored.empty());
    act(CloseSandbox{});  // nothing to close: the own profile is not brought back
    EXPECT_FALSE(app.state().profile);
}

// What if: a missed meeting on the Danish persona stops dagpenge on the what-if side only.
TEST_F(SandboxTest, WhatIfMissingTheNextMeetingIsShownBesideTodayAndNeverStored) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    const auto stored_before = platform.stored;
    const std::string today_status = app.state().report->status_key;
    act(AddWhatIf{WhatIfKind::MissNextMeeting});
    ASSERT_TRUE(app.state().what_if.report);
    EXPECT_EQ(app.state().what_if.report->status_key, "status.dk.dagpenge_stopped");
    EXPECT_EQ(app.state().report->status_key, today_status);  // today's answer is unchanged
    EXPECT_EQ(platform.stored, stored_before);
    act(SetWhatIfDays{10000});
    EXPECT_EQ(app.state().what_if.days, WhatIf::kMaxDays);
    act(ResetWhatIf{});
    EXPECT_FALSE(app.state().what_if.report);
    EXPECT_TRUE(app.state().what_if.steps.empty());
}

// On the own profile too, and closing a sandbox or switching profile forgets the steps.
TEST_F(SandboxTest, WhatIfOnTheOwnProfileIsNeverStoredAndGoesWithTheProfile) {
    const auto stored_before = platform.stored;
    act(AddWhatIf{WhatIfKind::NoApplications});
    ASSERT_TRUE(app.state().what_if.report);
    EXPECT_GT(app.state().what_if.report->on, app.state().report->on);
    EXPECT_EQ(platform.stored, stored_before);
    act(LookAtText{"client.json", example("examples/fi-karleby.json")});
    EXPECT_FALSE(app.state().what_if.report);
}

TEST(Presentation, SurvivesAReload) {
    MemoryPlatform platform;
    {
        App app(platform);
        app.start();
        platform.settle();
        app.apply(SetPresentation{true});
        platform.settle();
    }
    App again(platform);
    again.start();
    platform.settle();
    EXPECT_TRUE(again.state().settings.presentation);
    EXPECT_EQ(again.state().settings.theme, Theme::Light);  // the user's own theme is kept underneath
    EXPECT_EQ(again.state().settings.shown_theme(), Theme::HighContrast);
    EXPECT_GE(again.state().settings.shown_text_scale(), 1.5f);
}

}  // namespace
}  // namespace jobbplan::web
