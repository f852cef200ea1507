// The app logic (web/app) run natively against MemoryPlatform: persistence, joblog edits with undo,
// export, import (merge, replace, broken files), storage failures and deleting everything.
#include "app/app.hpp"
#include "app/delete_confirmation.hpp"
#include "app/form_model.hpp"
#include "app/generation_store.hpp"
#include "app/print_view.hpp"
#include "app/store_document.hpp"
#include "memory_platform.hpp"
#include "jobbplan/assets.hpp"

#include "../core/support.hpp"

#include <gtest/gtest.h>

namespace jobbplan::web {
namespace {

using testing::MemoryPlatform;

struct AppTest : ::testing::Test {
    MemoryPlatform platform;
    App app{platform};

    void SetUp() override {
        app.start();
        platform.settle();
    }
    void act(Action a) {
        app.apply(a);
        platform.settle();
    }
    std::string stored_text() {
        const auto head = nlohmann::json::parse(platform.stored.at(kHeadKey));
        return platform.stored.at(generation_key(head["generation"].get<long>()));
    }
    Profile stored_profile() {
        Parsed<StoredState> s = decode_store(stored_text());
        EXPECT_TRUE(s.ok());
        return s.value->profile.value();
    }
};

using test_support::sent_application;

// Issue 11: a new Finnish profile has no agreed number (not 4, not 0), so the report must not say
// the obligation is met; ticking "agreed in my employment plan" with 0 is an agreement.
TEST_F(AppTest, NewFinnishProfileHasNoAgreedNumberYet) {
    act(NewProfile{"fi"});
    ASSERT_TRUE(app.state().report);
    EXPECT_FALSE(app.state().profile->situation.agreed_applications_per_month.has_value());
    EXPECT_EQ(app.state().report->status_key, "status.fi.not_agreed");
    Situation s = app.state().profile->situation;
    s.agreed_applications_per_month = agreed_from_form(false, 0);  // the form left alone
    act(UpdateSituation{s});
    EXPECT_FALSE(stored_profile().situation.agreed_applications_per_month.has_value());
    EXPECT_EQ(app.state().report->status_key, "status.fi.not_agreed");
    s.agreed_applications_per_month = agreed_from_form(true, 0);
    act(UpdateSituation{s});
    EXPECT_EQ(stored_profile().situation.agreed_applications_per_month, 0);
    EXPECT_EQ(app.state().report->status_key, "status.fi.ok");
}

// Issue 11: the refusal's valid reason is a three-way answer; an event saved without touching it,
// or an imported one without the field, keeps "not stated" through an edit.
TEST_F(AppTest, RefusalReasonNotStatedSurvivesTheForm) {
    EXPECT_EQ(answer_from(std::nullopt), "unknown");
    EXPECT_EQ(answer_from(true), "yes");
    EXPECT_EQ(answer_from(false), "no");
    for (std::optional<bool> v : {std::optional<bool>{}, std::optional<bool>{true}, std::optional<bool>{false}})
        EXPECT_EQ(answer_to(answer_from(v)), v);
    act(NewProfile{"fi"});
    Event refused;
    refused.type = "job_offer_refused";
    refused.date = *parse_date("2026-11-05");
    refused.valid_reason = answer_to("unknown");
    act(SaveEvent{refused});
    ASSERT_EQ(stored_profile().events.size(), 1u);
    EXPECT_FALSE(stored_profile().events[0].valid_reason.has_value());
    Event edited = app.state().profile->events[0];
    edited.valid_reason = answer_to(answer_from(edited.valid_reason));  // opened and saved again
    act(SaveEvent{edited});
    EXPECT_FALSE(stored_profile().events[0].valid_reason.has_value());
    edited.valid_reason = answer_to("no");
    act(SaveEvent{edited});
    EXPECT_EQ(stored_profile().events[0].valid_reason, false);
}

// The printed report words the Finnish ladder with its days (no raw {days}) in every language.
TEST_F(AppTest, PrintViewFillsConsequencePlaceholders) {
    act(LoadExample{"examples/fi-karleby.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    ASSERT_TRUE(app.state().report);
    ASSERT_FALSE(app.state().report->consequences.steps.empty());
    for (std::string_view lang : kLanguages) {
        const std::string html = print_view_html(*app.state().profile, *app.state().report, builtin_catalogue(lang),
                                                 std::string{lang});
        EXPECT_EQ(html.find("{days}"), std::string::npos) << lang;
    }
}

// Issue 14.5: the meeting sheet covers the answer, obligations, periods with counts, meetings and
// deadlines, the ladder, the plan and this period's joblog, and names its documents, in each language.
TEST_F(AppTest, MeetingSheetCoversWhatTheMeetingNeeds) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    const Profile& p = *app.state().profile;
    const Report& r = *app.state().report;
    for (std::string_view lang : kLanguages) {
        const Catalogue& cat = builtin_catalogue(lang);
        const std::string html = print_view_html(p, r, cat, std::string{lang});
        EXPECT_EQ(html.find('{', html.find("</style>")), std::string::npos) << lang << ": a raw placeholder";
        for (const char* key : {"ui.print.heading", "ui.overview.obligations", "ui.print.periods", "ui.print.meetings",
                                "ui.overview.consequences", "ui.nav.plan", "ui.print.joblog", "ui.overview.sources"})
            EXPECT_NE(html.find(cat.text(key)), std::string::npos) << lang << " lacks " << key;
        EXPECT_NE(html.find(cat.text(r.status_key)), std::string::npos) << lang << ": no plain answer";
        EXPECT_NE(html.find("@page{size:A4"), std::string::npos);
        for (const ReportSource& s : r.sources) EXPECT_NE(html.find(s.file), std::string::npos) << lang << " " << s.file;
    }
    // This period's entries are on it; one from months ago is not.
    const ApplicationPeriod& now = r.periods[static_cast<std::size_t>(r.current_period)];
    const ApplicationPeriod& before = r.periods[static_cast<std::size_t>(r.current_period - 1)];
    const std::string html = print_view_html(p, r, builtin_catalogue("en"), "en");
    for (const JoblogEntry& e : p.joblog) {
        const bool recent = e.date >= before.start && e.date <= now.end;
        if (e.employer.empty()) continue;
        if (recent) EXPECT_NE(html.find(e.employer), std::string::npos) << e.employer;
    }
}

TEST_F(AppTest, StartsEmptyAndReady) {
    EXPECT_EQ(app.state().storage, StorageStatus::Ready);
    EXPECT_FALSE(app.state().profile);
    EXPECT_EQ(app.state().screen, Screen::Start);
}

// "Copied" only when the browser took the text; a refusal says so and what to do instead.
TEST_F(AppTest, CopiedIsSaidOnlyWhenTheBrowserCopied) {
    act(CopyText{"jobnet.dk"});
    ASSERT_EQ(platform.copied.size(), 1u);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.copied");
    platform.clipboard_refuses = true;
    act(CopyText{"jobnet.dk"});
    EXPECT_EQ(platform.copied.size(), 1u);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.copy_refused");
    EXPECT_EQ(app.state().message->kind, MessageKind::Error);
}

TEST_F(AppTest, ExampleKeptAsOwnIsReportedAndStored) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    ASSERT_TRUE(app.state().profile);
    ASSERT_TRUE(app.state().report);
    EXPECT_EQ(app.state().report->system, "dk");
    EXPECT_EQ(app.state().screen, Screen::Overview);
    EXPECT_EQ(to_json(stored_profile()), to_json(*app.state().profile));
}

TEST_F(AppTest, UnknownExampleIsAnErrorAndChangesNothing) {
    act(LoadExample{"examples/nowhere.json"});
    EXPECT_FALSE(app.state().profile);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->kind, MessageKind::Error);
}

TEST_F(AppTest, JoblogEntryGetsAnIdIsSavedDeletedAndUndone) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    const size_t before = app.state().profile->joblog.size();
    act(SaveJoblogEntry{sent_application("2026-11-23", "Netto")});
    ASSERT_EQ(app.state().profile->joblog.size(), before + 1);
    const JoblogEntry& added = app.state().profile->joblog.back();
    EXPECT_FALSE(added.id.empty());
    EXPECT_EQ(stored_profile().joblog.size(), before + 1);
    const std::string id = added.id;

    act(DeleteJoblogEntry{id});
    EXPECT_EQ(app.state().profile->joblog.size(), before);
    EXPECT_EQ(stored_profile().joblog.size(), before);
    act(Undo{});
    ASSERT_EQ(app.state().profile->joblog.size(), before + 1);
    EXPECT_EQ(app.state().profile->joblog.back().id, id);
    EXPECT_EQ(stored_profile().joblog.size(), before + 1);
}

TEST_F(AppTest, IdsStayUniqueAfterDeletes) {
    act(NewProfile{"dk"});
    act(SaveJoblogEntry{sent_application("2026-11-23", "A")});
    act(SaveJoblogEntry{sent_application("2026-11-23", "B")});
    act(DeleteJoblogEntry{app.state().profile->joblog.front().id});
    act(SaveJoblogEntry{sent_application("2026-11-24", "C")});
    const auto& log = app.state().profile->joblog;
    ASSERT_EQ(log.size(), 2u);
    EXPECT_NE(log[0].id, log[1].id);
}

TEST_F(AppTest, EditsKeepTheJoblogInDateOrderAndUndoStepByStep) {
    act(NewProfile{"dk"});
    act(SaveJoblogEntry{sent_application("2026-11-20", "A")});
    act(SaveJoblogEntry{sent_application("2026-11-10", "B")});  // logged late, earlier date
    act(SaveJoblogEntry{sent_application("2026-11-20", "C")});  // same day as A: after it
    const auto employers = [&] {
        std::string out;
        for (const auto& e : app.state().profile->joblog) out += e.employer;
        return out;
    };
    EXPECT_EQ(employers(), "BAC");

    // Editing B's date moves it; undo puts the old entry back where it was.
    JoblogEntry b = app.state().profile->joblog.front();
    b.date = *parse_date("2026-11-25");
    b.employer = "B2";
    act(SaveJoblogEntry{b});
    EXPECT_EQ(employers(), "ACB2");
    EXPECT_EQ(stored_profile().joblog.back().employer, "B2");
    act(Undo{});
    EXPECT_EQ(employers(), "BAC");
    EXPECT_EQ(stored_profile().joblog.front().employer, "B");

    // Undo of a new entry removes it; of a situation change restores the situation.
    Situation changed = app.state().profile->situation;
    changed.municipality = "Odense";
    act(UpdateSituation{changed});
    EXPECT_EQ(app.state().profile->situation.municipality, "Odense");
    act(Undo{});
    EXPECT_EQ(app.state().profile->situation.municipality, "København");
    act(Undo{});
    EXPECT_EQ(employers(), "BA");
    EXPECT_EQ(stored_profile().joblog.size(), 2u);
}

TEST_F(AppTest, EventEditsAndDeletesAreUndone) {
    act(NewProfile{"dk"});
    Event ev;
    ev.date = *parse_date("2026-12-01");
    ev.type = "meeting_booked";
    ev.party = "jobcenter";
    ev.note = "Samtale";
    act(SaveEvent{ev});
    ASSERT_EQ(app.state().profile->events.size(), 1u);
    const std::string id = app.state().profile->events[0].id;
    act(DeleteEvent{id});
    EXPECT_TRUE(app.state().profile->events.empty());
    act(Undo{});
    ASSERT_EQ(app.state().profile->events.size(), 1u);
    EXPECT_EQ(app.state().profile->events[0].note, "Samtale");
    act(Undo{});
    EXPECT_TRUE(app.state().profile->events.empty());
}

TEST_F(AppTest, UndoKeepsOnlyTheEntryForAnEntryEditAndFewWholeProfiles) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    for (int i = 0; i < 5; ++i) act(SaveJoblogEntry{sent_application("2026-11-23", "X")});
    const auto& undo = app.state().undo;
    ASSERT_FALSE(undo.empty());
    EXPECT_TRUE(std::holds_alternative<UndoEntry>(undo.back()));
    // Each persona switch replaces the whole profile; only the newest three are kept whole.
    for (int i = 0; i < 6; ++i) {
        act(LoadExample{i % 2 ? "examples/dk-dagpenge.json" : "examples/fi-karleby.json"});
        act(KeepSandboxProfile{});
    }
    const auto whole = std::count_if(undo.begin(), undo.end(),
                                     [](const UndoStep& s) { return std::holds_alternative<UndoProfile>(s); });
    EXPECT_EQ(whole, 3);
    for (int i = 0; i < 60; ++i) act(SaveJoblogEntry{sent_application("2026-11-23", "Y")});
    EXPECT_EQ(undo.size(), 50u);
}

TEST_F(AppTest, ChangesDuringASaveAreWrittenTogetherAfterIt) {
    act(NewProfile{"dk"});
    app.apply(SaveJoblogEntry{sent_application("2026-11-20", "A")});
    ASSERT_EQ(platform.pending.size(), 1u);  // the write waits until after the frame
    platform.pending.front()();
    platform.pending.pop_front();  // the write has begun
    app.apply(SaveJoblogEntry{sent_application("2026-11-21", "B")});
    app.apply(SaveJoblogEntry{sent_application("2026-11-22", "C")});
    platform.settle();
    EXPECT_EQ(stored_profile().joblog.size(), 3u);
    const long head = nlohmann::json::parse(platform.stored.at(kHeadKey))["generation"].get<long>();
    EXPECT_EQ(head, 3);  // new profile, A, then B and C in one generation
}

TEST_F(AppTest, ReloadRestoresWhatWasStored) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    act(SetLanguage{"da"});
    App reloaded(platform);
    reloaded.start();
    platform.settle();
    ASSERT_TRUE(reloaded.state().profile);
    EXPECT_EQ(reloaded.state().settings.language, "da");
    EXPECT_EQ(to_json(*reloaded.state().profile), to_json(*app.state().profile));
    EXPECT_EQ(reloaded.state().screen, Screen::Overview);
}

TEST_F(AppTest, ExportThenImportIntoAnEmptyProfileGivesTheSameState) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    act(ExportFile{});
    ASSERT_EQ(platform.downloads.size(), 1u);
    EXPECT_EQ(platform.downloads[0].name, "jobbplan-2026-11-23.json");
    EXPECT_NE(platform.downloads[0].bytes.find("\"report\""), std::string::npos);

    MemoryPlatform other;
    App fresh(other);
    fresh.start();
    other.settle();
    fresh.apply(ImportText{"jobbplan-2026-11-23.json", platform.downloads[0].bytes});
    ASSERT_TRUE(fresh.state().import_preview);
    fresh.apply(ConfirmImport{true});
    other.settle();
    ASSERT_TRUE(fresh.state().profile);
    EXPECT_EQ(to_json(*fresh.state().profile), to_json(*app.state().profile));
    EXPECT_EQ(to_json(*fresh.state().report), to_json(*app.state().report));
}

TEST_F(AppTest, BrokenImportIsRefusedAndNothingChanges) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    const auto before = to_json(*app.state().profile);
    const std::string stored_before = stored_text();
    for (const char* bad : {"{not json", "[]", R"({"format":"something-else"})",
                            R"({"schema_version":1,"situation":{"system":"dk"},"joblog":[{"date":"2024-13-01"}]})"}) {
        act(ImportText{"bad.json", bad});
        ASSERT_TRUE(app.state().message) << bad;
        EXPECT_EQ(app.state().message->kind, MessageKind::Error) << bad;
        EXPECT_FALSE(app.state().import_preview) << bad;
        EXPECT_EQ(to_json(*app.state().profile), before) << bad;
        EXPECT_EQ(stored_text(), stored_before) << bad;
    }
}

TEST_F(AppTest, ImportErrorNamesTheField) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    Profile p = *app.state().profile;
    ASSERT_FALSE(p.joblog.empty());
    nlohmann::json j = to_json(p);
    j["joblog"][0]["date"] = "2024-13-01";
    act(ImportText{"bad.json", j.dump()});
    ASSERT_TRUE(app.state().message);
    std::string error;
    for (const auto& [k, v] : app.state().message->params)
        if (k == "error") error = v;
    EXPECT_NE(error.find("joblog[0].date"), std::string::npos) << error;
    EXPECT_NE(error.find("2024-13-01"), std::string::npos) << error;
}

TEST_F(AppTest, MergeAddsOnlyNewEntriesAndKeepsABackup) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    Profile incoming = *app.state().profile;
    const size_t n = incoming.joblog.size();
    JoblogEntry extra = sent_application("2026-11-20", "Føtex");
    extra.id = "imported-1";
    incoming.joblog.push_back(extra);
    act(ImportText{"x.json", to_json(incoming).dump()});
    ASSERT_TRUE(app.state().import_preview);
    EXPECT_EQ(app.state().import_preview->counts.new_entries, 1);
    EXPECT_EQ(app.state().import_preview->counts.same_entries, static_cast<int>(n));
    act(ConfirmImport{false});
    EXPECT_EQ(app.state().profile->joblog.size(), n + 1);
    EXPECT_TRUE(platform.stored.count(kBackupKey));
    act(Undo{});
    EXPECT_EQ(app.state().profile->joblog.size(), n);
}

TEST_F(AppTest, OversizedImportIsRefused) {
    act(ImportText{"huge.json", std::string(kMaxImportBytes + 1, ' ')});
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->kind, MessageKind::Error);
}

TEST(AppStorage, UnavailableStorageIsReportedAndTheAppStillWorks) {
    MemoryPlatform platform;
    platform.storage_fails = true;
    App app(platform);
    app.start();
    platform.settle();
    EXPECT_EQ(app.state().storage, StorageStatus::Failed);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->kind, MessageKind::Error);
    app.apply(LoadExample{"examples/dk-dagpenge.json"});
    app.apply(KeepSandboxProfile{});
    platform.settle();
    EXPECT_TRUE(app.state().profile);  // kept in memory, exportable
    app.apply(ExportFile{});
    EXPECT_EQ(platform.downloads.size(), 1u);
}

std::string store_text_with(const char* employer) {
    Profile p;
    p.situation.system = "dk";
    p.situation.benefit = "dagpenge";
    p.situation.municipality = "Aarhus";
    p.situation.registered_on = *parse_date("2026-10-01");
    JoblogEntry e = sent_application("2026-10-05", employer);
    e.id = "j1";
    p.joblog.push_back(e);
    return encode_store({Settings{}, p});
}

TEST(AppStorage, UnreadableNewestGenerationOpensRecoveryWithTheLastGoodOne) {
    MemoryPlatform platform;
    platform.stored[kHeadKey] = R"({"generation":5})";
    platform.stored[generation_key(4)] = store_text_with("Good A/S");
    const std::string broken = R"({"format":"jobbplan-store","profile":{"schema_version":1,"situation":7}})";
    platform.stored[generation_key(5)] = broken;
    App app(platform);
    app.start();
    platform.settle();
    ASSERT_TRUE(app.state().recovery);
    EXPECT_EQ(app.state().screen, Screen::Recovery);
    EXPECT_EQ(app.state().recovery->raw, broken);
    EXPECT_EQ(app.state().recovery->good_generation, 4);
    EXPECT_EQ(platform.stored.at(std::string(kBackupKey) + "/unreadable"), broken);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.storage_unreadable");

    // Nothing is written while the user decides.
    app.apply(SetLanguage{"fi"});
    platform.settle();
    EXPECT_EQ(platform.stored.at(kHeadKey), R"({"generation":5})");

    app.apply(DownloadUnreadable{});
    ASSERT_EQ(platform.downloads.size(), 1u);
    EXPECT_EQ(platform.downloads[0].bytes, broken);

    app.apply(RestoreLastGood{});
    platform.settle();
    ASSERT_TRUE(app.state().profile);
    EXPECT_EQ(app.state().profile->joblog.at(0).employer, "Good A/S");
    EXPECT_FALSE(app.state().recovery);
    EXPECT_EQ(platform.stored.at(kHeadKey), R"({"generation":6})");
    EXPECT_EQ(platform.stored.at(generation_key(5)), broken);  // still there behind the new head
}

TEST(AppStorage, NothingReadableStillNeverResetsSilently) {
    MemoryPlatform platform;
    platform.stored[kHeadKey] = R"({"generation":1})";
    platform.stored[generation_key(1)] = "{not json";
    App app(platform);
    app.start();
    platform.settle();
    ASSERT_TRUE(app.state().recovery);
    EXPECT_EQ(app.state().recovery->good_generation, 0);
    EXPECT_FALSE(app.state().profile);
    app.apply(StartEmpty{});
    platform.settle();
    EXPECT_FALSE(app.state().recovery);
    EXPECT_EQ(platform.stored.at(std::string(kBackupKey) + "/unreadable"), "{not json");
}

TEST(AppStorage, SavesKeepTheLastGenerationsAndMoveTheHeadLast) {
    MemoryPlatform platform;
    App app(platform);
    app.start();
    platform.settle();
    app.apply(NewProfile{"dk"});
    platform.settle();
    for (int i = 0; i < 5; ++i) {
        app.apply(SaveJoblogEntry{sent_application("2026-11-23", "X")});
        platform.settle();
    }
    const long head = nlohmann::json::parse(platform.stored.at(kHeadKey))["generation"].get<long>();
    EXPECT_EQ(head, 6);
    for (long g = 1; g <= head; ++g)
        EXPECT_EQ(platform.stored.count(generation_key(g)) == 1, g > head - kGenerationsKept) << g;

    // A tab closed mid-save: the transaction holding the new generation and the head never
    // commits, and the previous head is still whole.
    app.apply(SaveJoblogEntry{sent_application("2026-11-24", "Y")});
    ASSERT_EQ(platform.pending.size(), 1u);
    auto begin_save = std::move(platform.pending.front());
    platform.pending.pop_front();
    begin_save();                             // the write begins after the frame ...
    ASSERT_EQ(platform.pending.size(), 1u);   // ... as one transaction
    platform.pending.clear();                 // ... and the tab closes before it commits
    EXPECT_EQ(platform.stored.at(kHeadKey), R"({"generation":6})");
    EXPECT_EQ(platform.stored.count(generation_key(7)), 0u);
    App reopened(platform);
    reopened.start();
    platform.settle();
    ASSERT_TRUE(reopened.state().profile);
    EXPECT_EQ(reopened.state().profile->joblog.size(), 5u);
    EXPECT_FALSE(reopened.state().recovery);
}

TEST(AppStorage, ASaveInAnotherTabIsReloaded) {
    MemoryPlatform platform;
    App tab_a(platform), tab_b(platform);
    tab_a.start();
    tab_b.start();
    platform.settle();
    tab_a.apply(NewProfile{"dk"});
    platform.settle();
    EXPECT_GE(platform.tab_messages, 1);
    ASSERT_EQ(platform.tab_watchers.size(), 2u);
    platform.tab_watchers[1]();  // tab B hears of it
    platform.settle();
    ASSERT_TRUE(tab_b.state().profile);
    tab_b.apply(SaveJoblogEntry{sent_application("2026-11-23", "From B")});
    platform.settle();
    platform.tab_watchers[0]();  // tab A hears of B's save
    platform.settle();
    ASSERT_TRUE(tab_a.state().profile);
    ASSERT_EQ(tab_a.state().profile->joblog.size(), 1u);
    EXPECT_EQ(tab_a.state().profile->joblog[0].employer, "From B");
    ASSERT_TRUE(tab_a.state().message);
    EXPECT_EQ(tab_a.state().message->text_key, "ui.msg.reloaded_other_tab");
}

TEST(AppStorage, TwoTabsSavingFromTheSameStateKeepBothChanges) {
    MemoryPlatform platform;
    App tab_a(platform), tab_b(platform);
    tab_a.start();
    platform.settle();
    tab_a.apply(NewProfile{"dk"});
    platform.settle();
    tab_b.start();  // B opens on A's profile
    platform.settle();
    ASSERT_TRUE(tab_b.state().profile);

    // A logs an application; B does not hear of it (the message is lost or late) ...
    tab_a.apply(SaveJoblogEntry{sent_application("2026-11-20", "From A")});
    platform.settle();
    // ... and logs its own from the older state, then edits it before its save has gone through.
    tab_b.apply(SaveJoblogEntry{sent_application("2026-11-21", "From B")});
    const std::string b_id = tab_b.state().profile->joblog.back().id;
    JoblogEntry edited = tab_b.state().profile->joblog.back();
    edited.status = "interview";
    tab_b.apply(SaveJoblogEntry{edited});
    tab_b.apply(SetLanguage{"da"});
    PlanDraft plan = tab_b.state().profile->plan;  // typed key by key: each keystroke is an update
    for (const char* text : {"L", "La", "Lager"}) {
        plan.job_goals = {text};
        tab_b.apply(UpdatePlan{plan});
    }
    platform.settle();

    // B's save was refused (A's head was newer), so B took up A's save and made its changes again.
    const auto stored = decode_store([&] {
        const auto head = nlohmann::json::parse(platform.stored.at(kHeadKey));
        return platform.stored.at(generation_key(head["generation"].get<long>()));
    }());
    ASSERT_TRUE(stored.ok());
    const auto& log = stored.value->profile->joblog;
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].employer, "From A");
    EXPECT_EQ(log[1].employer, "From B");
    EXPECT_EQ(log[1].status, "interview");   // the edit followed B's entry to its new id
    EXPECT_NE(log[0].id, log[1].id);         // both tabs had given out the same first id
    EXPECT_EQ(stored.value->settings.language, "da");
    EXPECT_EQ(stored.value->profile->plan.job_goals, std::vector<std::string>{"Lager"});
    ASSERT_EQ(tab_b.state().profile->joblog.size(), 2u);
    ASSERT_TRUE(tab_b.state().message);
    EXPECT_EQ(tab_b.state().message->text_key, "ui.msg.merged_other_tab");
    EXPECT_NE(b_id, "");

    // A hears of B's save and shows both.
    for (auto& heard : platform.tab_watchers) heard();
    platform.settle();
    ASSERT_EQ(tab_a.state().profile->joblog.size(), 2u);
    EXPECT_EQ(tab_a.state().settings.language, "da");
}

TEST(AppStorage, AnUndoneDeleteSurvivesAnotherTabsSave) {
    MemoryPlatform platform;
    App tab_a(platform), tab_b(platform);
    tab_a.start();
    platform.settle();
    tab_a.apply(NewProfile{"dk"});
    tab_a.apply(SaveJoblogEntry{sent_application("2026-11-20", "Kept")});
    platform.settle();
    tab_b.start();
    platform.settle();
    const std::string id = tab_b.state().profile->joblog.at(0).id;
    tab_a.apply(SaveJoblogEntry{sent_application("2026-11-22", "From A")});
    platform.settle();
    tab_b.apply(DeleteJoblogEntry{id});
    tab_b.apply(Undo{});
    platform.settle();
    ASSERT_EQ(tab_b.state().profile->joblog.size(), 2u);
    EXPECT_EQ(tab_b.state().profile->joblog[0].employer, "Kept");
    EXPECT_EQ(tab_b.state().profile->joblog[1].employer, "From A");
}

TEST_F(AppTest, DeleteAllEmptiesStorageAndState) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    act(AskDeleteAll{true});
    const long wiped = app.state().wiped;
    act(DeleteAll{delete_word(app.state().settings.language)});
    EXPECT_TRUE(platform.stored.empty());
    EXPECT_FALSE(app.state().profile);
    // The screens drop what they hold (half-typed forms) when this moves (web/ui/ui_state.hpp).
    EXPECT_EQ(app.state().wiped, wiped + 1);
}

// A click cannot delete: without the word typed (or with another word, or before the question was
// asked) nothing is erased, and the message names the word to type.
TEST_F(AppTest, DeleteAllNeedsTheTypedWord) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});
    const auto stored = platform.stored;
    const std::string word = delete_word(app.state().settings.language);
    act(DeleteAll{word});  // not asked first: a click straight on where "Yes" would be
    EXPECT_EQ(platform.stored, stored);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.delete_word_wrong");
    act(AskDeleteAll{true});
    for (const std::string typed : {std::string{}, std::string{"ja"}, word + "x", std::string{" "}}) {
        act(DeleteAll{typed});
        EXPECT_EQ(platform.stored, stored) << "erased with \"" << typed << "\"";
        ASSERT_TRUE(app.state().profile);
    }
    act(DeleteAll{"  " + word + " "});  // spaces around it, as a phone keyboard adds
    EXPECT_TRUE(platform.stored.empty());
}

// Every language has its word, and case and plain letters do not matter.
TEST(DeleteConfirmation, WordPerLanguage) {
    for (const char* lang : {"sv", "da", "fi", "en"}) {
        const std::string word = delete_word(lang);
        EXPECT_FALSE(word.empty()) << lang;
        EXPECT_TRUE(delete_word_matches(word, lang)) << lang;
        EXPECT_FALSE(delete_word_matches("", lang)) << lang;
    }
    EXPECT_TRUE(delete_word_matches("Ta Bort", "sv"));
    EXPECT_TRUE(delete_word_matches("SLET", "da"));
    EXPECT_FALSE(delete_word_matches("delete", "sv"));
}

TEST_F(AppTest, DeleteAllDuringASaveLeavesNothingStored) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    app.apply(SaveJoblogEntry{sent_application("2026-11-23", "Netto")});
    auto begin_save = std::move(platform.pending.front());
    platform.pending.pop_front();
    begin_save();  // the save's transaction is under way ...
    app.apply(SaveJoblogEntry{sent_application("2026-11-24", "Føtex")});  // ... another change waits for it ...
    app.apply(AskDeleteAll{true});
    app.apply(DeleteAll{delete_word(app.state().settings.language)});  // ... and the user deletes everything
    platform.settle();
    EXPECT_TRUE(platform.stored.empty()) << platform.stored.size() << " keys left";
    EXPECT_FALSE(app.state().profile);
}

TEST(AppStorage, DeleteAllInOneTabIsNotWrittenBackByAnother) {
    MemoryPlatform platform;
    App tab_a(platform), tab_b(platform);
    tab_a.start();
    platform.settle();
    tab_a.apply(LoadExample{"examples/dk-dagpenge.json"});
    tab_a.apply(KeepSandboxProfile{});
    platform.settle();
    tab_b.start();
    platform.settle();
    ASSERT_TRUE(tab_b.state().profile);

    tab_a.apply(AskDeleteAll{true});
    tab_a.apply(DeleteAll{delete_word(tab_a.state().settings.language)});
    platform.settle();
    ASSERT_TRUE(platform.stored.empty());
    // B logs an application before it hears of the deletion: its save is refused, and it lets go.
    tab_b.apply(SaveJoblogEntry{sent_application("2026-11-23", "Netto")});
    platform.settle();
    EXPECT_TRUE(platform.stored.empty()) << platform.stored.size() << " keys written back";
    EXPECT_FALSE(tab_b.state().profile);
    ASSERT_TRUE(tab_b.state().message);
    EXPECT_EQ(tab_b.state().message->text_key, "ui.msg.deleted_other_tab");
    EXPECT_GE(platform.tab_messages, 1);

    // After deleting, A starts again from nothing, and its first save is not refused.
    tab_a.apply(NewProfile{"fi"});
    platform.settle();
    EXPECT_EQ(platform.stored.at(kHeadKey), R"({"generation":1})");
    EXPECT_TRUE(tab_a.state().profile);
}

TEST_F(AppTest, DemoClockMovesTheReport) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    act(SetDemoToday{parse_date("2027-03-01")});
    ASSERT_TRUE(app.state().report);
    EXPECT_EQ(app.state().report->on, *parse_date("2027-03-01"));
    act(SetDemoToday{std::nullopt});
    EXPECT_EQ(app.state().report->on, platform.now);
}

TEST_F(AppTest, CalendarFileListsOpenMeetingsAndDeadlines) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    act(DownloadCalendar{});
    ASSERT_EQ(platform.downloads.size(), 1u);
    const std::string& ics = platform.downloads[0].bytes;
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    EXPECT_NE(ics.find("END:VCALENDAR\r\n"), std::string::npos);
    size_t open = 0, alarms_expected = 0;
    for (const auto& m : app.state().report->meetings) open += !settled(m.status);
    for (const auto& d : app.state().report->deadlines) open += d.status != DeadlineStatus::Met;
    alarms_expected = open + 1;  // and the weekly reminder to log applications
    size_t events = 0, alarms = 0;
    for (size_t pos = 0; (pos = ics.find("BEGIN:VEVENT", pos)) != std::string::npos; ++pos) ++events;
    for (size_t pos = 0; (pos = ics.find("BEGIN:VALARM", pos)) != std::string::npos; ++pos) ++alarms;
    EXPECT_EQ(events, open + 1);
    EXPECT_EQ(alarms, alarms_expected);
    // Issue 12.13: a meeting is its window, with its alarm two days before the window closes.
    const Meeting* next = nullptr;
    for (const auto& m : app.state().report->meetings)
        if (!settled(m.status)) { next = &m; break; }
    ASSERT_TRUE(next);
    const auto ymd = [](Date d) { std::string s = to_string(d); s.erase(std::remove(s.begin(), s.end(), '-'), s.end()); return s; };
    EXPECT_NE(ics.find("DTEND;VALUE=DATE:" + ymd(add_days(next->latest, 1))), std::string::npos);
    EXPECT_NE(ics.find("TRIGGER;RELATED=END:-P2D"), std::string::npos);
    EXPECT_NE(ics.find("RRULE:FREQ=WEEKLY;BYDAY=FR"), std::string::npos);  // Danish periods are weeks
    EXPECT_EQ(platform.downloads[0].name, "jobbplan-dk-" + to_string(app.state().report->on) + ".ics");
}

// A client's file looked at gives a calendar named after the file, and Finnish months a monthly reminder.
TEST_F(AppTest, CalendarOfAClientsFileIsNamedAfterItAndFollowsTheMonth) {
    act(LookAtText{"client-anna.json", std::string(*builtin_asset("examples/fi-karleby.json"))});
    act(DownloadCalendar{});
    ASSERT_EQ(platform.downloads.size(), 1u);
    EXPECT_EQ(platform.downloads[0].name, "client-anna-" + to_string(app.state().report->on) + ".ics");
    EXPECT_NE(platform.downloads[0].bytes.find("RRULE:FREQ=MONTHLY;BYMONTHDAY=25"), std::string::npos);
}

}  // namespace
}  // namespace jobbplan::web

namespace jobbplan::web {
namespace {

// RFC 5545: no content line over 75 octets (long Danish and Finnish sentences are folded), and no
// bare CR inside a line.
TEST_F(AppTest, CalendarLinesAreFoldedAt75Octets) {
    act(LoadExample{"examples/dk-dagpenge.json"});
    act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    act(SetLanguage{"fi"});
    act(DownloadCalendar{});
    ASSERT_EQ(platform.downloads.size(), 1u);
    const std::string& ics = platform.downloads[0].bytes;
    bool long_text = false;
    for (std::size_t pos = 0; pos < ics.size();) {
        const std::size_t end = ics.find("\r\n", pos);
        ASSERT_NE(end, std::string::npos);
        const std::string line = ics.substr(pos, end - pos);
        EXPECT_LE(line.size(), 75u) << line;
        EXPECT_EQ(line.find('\r'), std::string::npos);
        long_text |= line.rfind(" ", 0) == 0;
        pos = end + 2;
    }
    EXPECT_TRUE(long_text) << "no line needed folding: the test proves nothing";
}

}  // namespace
}  // namespace jobbplan::web
