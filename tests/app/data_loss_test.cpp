// Reliability II, data loss: nothing a form or a file brings in may make the stored record
// unreadable; the recovery download can be imported; a merge matches by id and content.
#include "app/app.hpp"
#include "app/generation_store.hpp"
#include "app/store_document.hpp"
#include "jobbplan/record_check.hpp"
#include "memory_platform.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace jobbplan::web {
namespace {

using testing::MemoryPlatform;

struct DataLoss : ::testing::Test {
    MemoryPlatform platform;
    App app{platform};
    void SetUp() override {
        app.start();
        platform.settle();
        act(LoadExample{"examples/dk-dagpenge.json"});
        act(KeepSandboxProfile{});  // a persona opens in a sandbox; these tests need it stored
    }
    void act(Action a) {
        app.apply(a);
        platform.settle();
    }
    // Every generation the store keeps reads back with the reader the next start uses.
    void expect_every_generation_readable() {
        int checked = 0;
        for (const auto& [key, text] : platform.stored) {
            if (key.rfind("jobbplan/state/", 0) != 0) continue;
            Parsed<StoredState> s = decode_store(text);
            EXPECT_TRUE(s.ok()) << key << ": " << (s.problems.empty() ? "" : s.problems.front().to_string());
            ++checked;
        }
        EXPECT_GT(checked, 0);
    }
};

JoblogEntry entry(Date d, std::string employer) {
    JoblogEntry e;
    e.date = d;
    e.employer = std::move(employer);
    e.category = "advertised";
    e.status = "sent";
    e.how_applied = "online";
    return e;
}

Date ymd(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }

TEST_F(DataLoss, AnEntryDatedOutsideTheReadersYearsIsRefusedWithTheReadersWords) {
    const size_t before = app.state().profile->joblog.size();
    act(SaveJoblogEntry{entry(ymd(1025, 3, 1), "Typo A/S")});
    EXPECT_EQ(app.state().profile->joblog.size(), before);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.not_saved");
    EXPECT_NE(app.state().message->params.front().second.find("outside the years 1900 to 2100"), std::string::npos)
        << app.state().message->params.front().second;
    expect_every_generation_readable();
}

TEST_F(DataLoss, AnEventEndingBeforeItStartsIsRefused) {
    const size_t before = app.state().profile->events.size();
    Event e;
    e.type = "sick_reported";
    e.date = ymd(2026, 11, 20);
    e.until = ymd(2026, 11, 10);
    act(SaveEvent{e});
    EXPECT_EQ(app.state().profile->events.size(), before);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.not_saved");
    expect_every_generation_readable();
}

// Found by tests/fuzz/form_fuzz: the check read the one-item profile back from the JSON value, not
// from the text the store writes, so it kept texts the stored record cannot hold. A carriage
// return (text pasted from Windows) was kept, stored escaped, and then refused by the JSON reader
// at the next start (recovery screen); a text that is not UTF-8 made the save itself throw.
TEST_F(DataLoss, AControlCharacterInAnEntryIsRefusedNotStored) {
    const size_t before = app.state().profile->joblog.size();
    JoblogEntry e = entry(ymd(2026, 11, 20), "Pasted A/S");
    e.notes = "first line\r\nsecond line";
    act(SaveJoblogEntry{e});
    EXPECT_EQ(app.state().profile->joblog.size(), before);
    ASSERT_TRUE(app.state().message);
    ASSERT_EQ(app.state().message->text_key, "ui.msg.not_saved");
    ASSERT_FALSE(app.state().message->params.empty());
    EXPECT_NE(app.state().message->params.front().second.find("notes"), std::string::npos)
        << app.state().message->params.front().second;
    EXPECT_NE(app.state().message->params.front().second.find("control character"), std::string::npos)
        << app.state().message->params.front().second;
    expect_every_generation_readable();
}

TEST_F(DataLoss, ANulInAnEventNoteIsRefusedNotStored) {
    const size_t before = app.state().profile->events.size();
    Event e;
    e.type = "meeting_held";
    e.date = ymd(2026, 11, 20);
    e.note = std::string("before\0after", 12);
    act(SaveEvent{e});
    EXPECT_EQ(app.state().profile->events.size(), before);
    ASSERT_TRUE(app.state().message);
    ASSERT_EQ(app.state().message->text_key, "ui.msg.not_saved");
    ASSERT_FALSE(app.state().message->params.empty());
    expect_every_generation_readable();
}

TEST_F(DataLoss, TextThatIsNotUtf8IsRefusedWithItsField) {
    const size_t before = app.state().profile->joblog.size();
    act(SaveJoblogEntry{entry(ymd(2026, 11, 20), "Cut short \xC3")});
    EXPECT_EQ(app.state().profile->joblog.size(), before);
    ASSERT_TRUE(app.state().message);
    ASSERT_EQ(app.state().message->text_key, "ui.msg.not_saved");
    ASSERT_FALSE(app.state().message->params.empty());
    EXPECT_NE(app.state().message->params.front().second.find("employer"), std::string::npos)
        << app.state().message->params.front().second;
    Situation s = app.state().profile->situation;
    s.municipality = "\xED\xA0\x80";  // a lone surrogate, as a broken paste could give it
    act(UpdateSituation{s});
    EXPECT_NE(app.state().profile->situation.municipality, s.municipality);
    expect_every_generation_readable();
}

TEST(RecordCheck, Utf8IsCheckedByTheRules) {
    Situation s;
    s.system = "dk";
    s.benefit = "dagpenge";
    s.registered_on = Date{date::year{2026}, date::month{9}, date::day{7}};
    ASSERT_TRUE(check_situation(s).empty());
    for (const char* good : {"K\xC3\xB8" "benhavn", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD", "tab\there"}) {
        s.municipality = good;
        EXPECT_TRUE(check_situation(s).empty()) << good;
    }
    // Overlong, surrogate, above U+10FFFF, a lone continuation byte, cut short.
    for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\x80", "\xE2\x82", "\xF5\x80\x80\x80"}) {
        s.municipality = bad;
        const Problems p = check_situation(s);
        ASSERT_FALSE(p.empty()) << bad;
        EXPECT_EQ(p.front().path, "municipality");
    }
}

TEST_F(DataLoss, ASituationTheReaderRefusesIsNotKept) {
    Situation s = app.state().profile->situation;
    const Date kept = s.registered_on;
    s.registered_on = ymd(9999, 12, 31);
    act(UpdateSituation{s});
    EXPECT_EQ(app.state().profile->situation.registered_on, kept);
    expect_every_generation_readable();
}

TEST_F(DataLoss, TheDemoClockStaysInsideTheRecordsYears) {
    act(SetDemoToday{ymd(9999, 12, 31)});
    EXPECT_FALSE(app.state().settings.demo_today);
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->kind, MessageKind::Error);
    act(SetDemoToday{ymd(2027, 1, 4)});
    EXPECT_EQ(app.state().settings.demo_today, ymd(2027, 1, 4));
}

// Random form input, as a person with typos would give it: every stored generation reads back.
TEST_F(DataLoss, RandomFormInputNeverLeavesAnUnreadableGeneration) {
    std::mt19937 rng(7);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int i = 0; i < 300; ++i) {
        const Date d = ymd(pick(0, 9999), static_cast<unsigned>(pick(1, 12)), static_cast<unsigned>(pick(1, 28)));
        switch (pick(0, 2)) {
            case 0: act(SaveJoblogEntry{entry(d, "E" + std::to_string(i))}); break;
            case 1: {
                Event e;
                e.type = "sick_reported";
                e.date = d;
                if (pick(0, 1)) e.until = ymd(pick(1890, 2110), static_cast<unsigned>(pick(1, 12)), 1);
                act(SaveEvent{e});
                break;
            }
            default: {
                Situation s = app.state().profile->situation;
                s.birth_date = d;
                act(UpdateSituation{s});
            }
        }
    }
    expect_every_generation_readable();
    // And the newest is the one the app shows.
    App again{platform};
    again.start();
    platform.settle();
    ASSERT_TRUE(again.state().profile);
    EXPECT_FALSE(again.state().recovery);
    EXPECT_EQ(to_json(*again.state().profile), to_json(*app.state().profile));
}

Profile one_entry_profile() {
    Profile p;
    p.situation.system = "dk";
    p.situation.benefit = "dagpenge";
    p.situation.registered_on = ymd(2026, 10, 1);
    p.joblog.push_back(entry(ymd(2026, 10, 5), "Netto"));
    return p;
}

TEST(DataLossImport, AStoreDocumentCanBeImported) {
    const Profile p = one_entry_profile();
    const std::string store = encode_store({Settings{}, p});
    Parsed<Profile> got = decode_import(store);
    ASSERT_TRUE(got.ok()) << got.problems.front().to_string();
    EXPECT_EQ(to_json(*got.value), to_json(p));
}

TEST(DataLossImport, AnUnreadableRecoveryDownloadSaysWhichFieldToMend) {
    // What the recovery screen offers is the unreadable text as it was stored.
    const Profile p = one_entry_profile();
    std::string store = encode_store({Settings{}, p});
    const std::string good = "\"2026-10-05\"";
    store.replace(store.find(good), good.size(), "\"1025-10-05\"");
    Parsed<Profile> got = decode_import(store);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.problems.front().path, "profile.joblog[0].date");
    EXPECT_NE(got.problems.front().message.find("1900 to 2100"), std::string::npos);
}

TEST_F(DataLoss, NewIdsAreRandomAndUniqueAcrossDevices) {
    act(SaveJoblogEntry{entry(ymd(2026, 11, 23), "Only here A/S")});
    std::string id;
    for (const auto& e : app.state().profile->joblog)
        if (e.employer == "Only here A/S") id = e.id;
    EXPECT_EQ(id.size(), 2u + 32u) << id;  // "j-" and 128 bits in hex
    MemoryPlatform other;
    other.rng.seed(999);  // another device
    App second{other};
    second.start();
    other.settle();
    second.apply(NewProfile{"dk"});
    other.settle();
    second.apply(SaveJoblogEntry{entry(ymd(2026, 11, 23), "A")});
    other.settle();
    EXPECT_NE(second.state().profile->joblog.back().id, id);
}

// Two clients' files both hold "j1" and "j2" with other content: nothing is skipped silently.
TEST_F(DataLoss, MergeMatchesByIdAndContent) {
    Profile incoming = *app.state().profile;
    const size_t n = incoming.joblog.size();
    ASSERT_GE(n, 2u);
    incoming.joblog[0].employer = "Another person's employer";
    incoming.joblog[1].notes = "edited on the phone";
    JoblogEntry fresh = entry(ymd(2026, 11, 20), "Føtex");
    fresh.id = "x-new";
    incoming.joblog.push_back(fresh);
    incoming.situation.municipality = "Elsewhere";
    act(ImportText{"client.json", to_json(incoming).dump()});
    ASSERT_TRUE(app.state().import_preview);
    const MergeCounts c = app.state().import_preview->counts;
    EXPECT_EQ(c.new_entries, 1);
    EXPECT_EQ(c.differing_entries, 2);
    EXPECT_EQ(c.same_entries, static_cast<int>(n) - 2);
    const std::string municipality = app.state().profile->situation.municipality;
    act(ConfirmImport{false});
    const Profile& merged = *app.state().profile;
    EXPECT_EQ(merged.joblog.size(), n + 3);  // both versions of the two differing ones are kept
    std::set<std::string> ids;
    for (const auto& e : merged.joblog) ids.insert(e.id);
    EXPECT_EQ(ids.size(), merged.joblog.size());
    EXPECT_EQ(merged.situation.municipality, municipality);  // the merge keeps this situation, and says so
    ASSERT_TRUE(app.state().message);
    EXPECT_EQ(app.state().message->text_key, "ui.msg.import_merged");
    Params want = {{"new", "1"}, {"same", std::to_string(n - 2)}, {"differ", "2"}, {"new_events", "0"}};
    EXPECT_EQ(app.state().message->params, want);
}

}  // namespace
}  // namespace jobbplan::web
