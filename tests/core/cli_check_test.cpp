// `jobbplan-cli check` (native only: JOBBPLAN_CLI is empty in the wasm build). The expected values
// come from compute_report and the catalogues in this process, never from copied output, so a row
// that says something else than the engine fails.
#include "jobbplan/i18n.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/profile_file.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/report_text.hpp"
#include "jobbplan/rule_pack.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace jobbplan {
namespace {

using namespace test_support;

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kExamples = test_support::kSourceDir + "/assets/examples/";
const char* const kOnText = "2026-11-23";
const char* const kAll[] = {"dk-dagpenge", "dk-kontanthjaelp", "fi-borga", "fi-karleby", "se-trelleborg",
                            "se-trelleborg-service"};

struct CheckRun {
    int exit_code = -1;
    std::string out;  // stdout only
    std::string err;  // stderr
};

std::string sh(const std::string& path) { return "'" + path + "'"; }  // test paths hold no '

CheckRun check(const std::string& args) {
    const std::string err_file = ::testing::TempDir() + "cli_check_stderr.txt";
    CommandRun run = run_command(std::string(JOBBPLAN_CLI) + " check " + args + " 2>" + sh(err_file));
    return {run.exit_code, std::move(run.out), read_file(err_file)};
}

// RFC 4180 reading, strict: CRLF after every record, quotes only around a whole field.
std::vector<std::vector<std::string>> parse_csv(const std::string& text, std::string& error) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted_field = false, after_quote = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted_field) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted_field = false, after_quote = true;
            else field += c;
        } else if (c == '"' && field.empty() && !after_quote) {
            quoted_field = true;
        } else if (c == ',') {
            row.push_back(field), field.clear(), after_quote = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field), field.clear(), after_quote = false;
            rows.push_back(row), row.clear();
            ++i;
        } else if (c == '\n' || c == '\r' || c == '"' || after_quote) {
            error = "bad character at byte " + std::to_string(i);
            return rows;
        } else {
            field += c;
        }
    }
    if (quoted_field || !field.empty() || !row.empty()) error = "the last record is not ended by CRLF";
    return rows;
}

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// What the engine says about one file on kOnText: the row check must print.
struct Expected {
    Report report;
    const ApplicationPeriod* period() const {
        return report.current_period >= 0 ? &report.periods[static_cast<std::size_t>(report.current_period)] : nullptr;
    }
    const Meeting* meeting() const {
        for (const Meeting& m : report.meetings)
            if (!settled(m.status)) return &m;
        return nullptr;
    }
    const Deadline* deadline() const {
        for (const Deadline& d : report.deadlines)
            if (d.status != DeadlineStatus::Met) return &d;
        return nullptr;
    }
    const ConsequenceStep* step() const {
        return report.consequences.current >= 0 ? &report.consequences.steps[static_cast<std::size_t>(report.consequences.current)]
                                                : nullptr;
    }
};

Expected expected_for(const std::string& path) {
    auto parsed = parse_profile_text(read_file(path));
    EXPECT_TRUE(parsed.ok()) << path;
    return {compute_report(*parsed.value, builtin_rule_book(), *parse_date(kOnText))};
}

const char* const kBadDate = R"({"schema_version": 1, "situation": {"system": "dk", "benefit": "dagpenge",
    "registered_on": "2026-09-07"}, "joblog": [{"date": "2026-09-08"}, {"date": "2024-13-01"}]})";

class CliCheck : public ::testing::Test {
protected:
    fs::path dir;
    void SetUp() override {
        if (std::string(JOBBPLAN_CLI).empty()) GTEST_SKIP() << "no CLI in this build";
        dir = fs::path(::testing::TempDir()) / ("cli_check_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override {
        if (!dir.empty()) fs::remove_all(dir);
    }
    std::string write(const std::string& relative, const std::string& text) {
        fs::path p = dir / relative;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }
    std::string copy_example(const std::string& relative, const std::string& example) {
        return write(relative, read_file(kExamples + example + ".json"));
    }
};

// Every example, in the order given, each row the engine's own figures for that file.
TEST_F(CliCheck, GoodBatchCsvMatchesTheEngineRowByRow) {
    std::string args;
    for (const char* ex : kAll) args += sh(kExamples + ex + ".json") + " ";
    for (const char* lang : {"en", "da"}) {
        CheckRun r = check(args + "--on " + kOnText + " --format csv --lang " + lang);
        ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
        std::string error;
        auto rows = parse_csv(r.out, error);
        ASSERT_EQ(error, "") << r.out;
        ASSERT_EQ(rows.size(), std::size(kAll) + 1);
        const std::vector<std::string>& head = rows[0];
        auto col = [&](const char* name) {
            auto it = std::find(head.begin(), head.end(), name);
            EXPECT_NE(it, head.end()) << name;
            return static_cast<std::size_t>(it - head.begin());
        };
        const Catalogue& cat = builtin_catalogue(lang);
        for (std::size_t i = 0; i < std::size(kAll); ++i) {
            const auto& row = rows[i + 1];
            ASSERT_EQ(row.size(), head.size()) << i;
            const std::string file = kExamples + kAll[i] + ".json";
            Expected e = expected_for(file);
            SCOPED_TRACE(file + " " + lang);
            EXPECT_EQ(row[col("file")], file);
            EXPECT_EQ(row[col("ok")], "true");
            EXPECT_EQ(row[col("error")], "");
            EXPECT_EQ(row[col("system")], e.report.system);
            EXPECT_EQ(row[col("status")], cat.text(e.report.status_key));
            const ApplicationPeriod* p = e.period();
            EXPECT_EQ(row[col("period")], p ? p->label : "");
            EXPECT_EQ(row[col("counted")], p ? std::to_string(p->counted) : "");
            EXPECT_EQ(row[col("shortfall")], p && p->judged ? std::to_string(p->shortfall()) : "");
            if (p && p->judged && !p->exempt) EXPECT_EQ(row[col("required")], std::to_string(p->required));
            const Meeting* m = e.meeting();
            EXPECT_EQ(row[col("meeting_earliest")], m ? to_string(m->earliest) : "");
            EXPECT_EQ(row[col("meeting_latest")], m ? to_string(m->latest) : "");
            if (m) EXPECT_NE(row[col("next_meeting")].find(meeting_title(*m, cat)), std::string::npos);
            const Deadline* d = e.deadline();
            EXPECT_EQ(row[col("next_deadline")], d ? deadline_title(*d, cat) : "");
            EXPECT_EQ(row[col("deadline_due")], d ? to_string(d->due) : "");
            EXPECT_EQ(row[col("deadline_status")], d ? cat.text("state." + to_string(d->status)) : "");
            const ConsequenceStep* s = e.step();
            EXPECT_EQ(row[col("step")], s ? step_title(*s, cat) : "");
            EXPECT_EQ(row[col("step_number")], s ? std::to_string(e.report.consequences.current + 1) : "");
        }
    }
}

// The figures differ between the examples, so the comparison above means something.
TEST_F(CliCheck, ExamplesGiveDifferentRows) {
    std::set<std::string> statuses, systems;
    for (const char* ex : kAll) {
        Expected e = expected_for(kExamples + ex + ".json");
        statuses.insert(e.report.status_key);
        systems.insert(e.report.system);
    }
    EXPECT_GE(statuses.size(), 4u);
    EXPECT_EQ(systems.size(), 3u);
}

TEST_F(CliCheck, BadFileInTheMiddleDoesNotStopTheRowsAfterIt) {
    const std::string a = copy_example("a.json", "fi-karleby");
    const std::string bad = write("bad.json", kBadDate);
    const std::string b = copy_example("b.json", "dk-dagpenge");
    CheckRun r = check(sh(a) + " " + sh(bad) + " " + sh(b) + " --on " + kOnText + " --format json");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_array()) << r.out;
    ASSERT_EQ(j.size(), 3u);
    EXPECT_EQ(j[0]["file"], a);
    EXPECT_EQ(j[0]["ok"], true);
    EXPECT_EQ(j[1]["file"], bad);
    EXPECT_EQ(j[1]["ok"], false);
    EXPECT_EQ(j[1]["error"], R"(joblog[1].date: "2024-13-01" is not a date)");
    EXPECT_EQ(j[1]["problems"], json::array({R"(joblog[1].date: "2024-13-01" is not a date)"}));
    EXPECT_EQ(j[2]["file"], b);
    EXPECT_EQ(j[2]["ok"], true);
    EXPECT_EQ(j[2]["status"], expected_for(b).report.status_key);
}

TEST_F(CliCheck, ErrorNamesTheFieldAndIsCutToAbout80Characters) {
    const std::string value(300, 'x');
    const std::string bad = write("long.json", R"({"schema_version": 1, "situation": {"system": "dk", "benefit": ")" + value +
                                                   R"(", "registered_on": "2026-09-07"}, "joblog": [{"date": "1e3"}]})");
    const std::string broken = write("broken.json", "{\"schema_version\": 1,\n  \"situation\": [}");
    CheckRun r = check(sh(bad) + " " + sh(broken) + " --on " + kOnText + " --format json");
    EXPECT_EQ(r.exit_code, 1);
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_array() && j.size() == 2) << r.out;
    const std::string e = j[0]["error"];
    EXPECT_EQ(e.rfind("situation.benefit: \"xxx", 0), 0u) << e;
    EXPECT_LE(code_points(e), 81u) << e;
    EXPECT_GE(code_points(e), 60u) << e;
    EXPECT_NE(e.find("more)"), std::string::npos) << e;  // the joblog's problem is counted
    EXPECT_GE(j[0]["problems"].size(), 2u);
    // Invalid JSON: where it breaks, as the reader says it.
    auto parsed = read_profile_file(read_file(broken));
    ASSERT_FALSE(parsed.problems.empty());
    const std::string full = parsed.problems.front().to_string(), got = j[1]["error"];
    EXPECT_EQ(j[1]["problems"][0], full);
    if (code_points(full) <= 80) {
        EXPECT_EQ(got, full);
    } else {  // cut, with an ellipsis, from the reader's own words
        ASSERT_EQ(got.substr(got.size() - 3), "\xE2\x80\xA6") << got;
        EXPECT_EQ(full.rfind(got.substr(0, got.size() - 3), 0), 0u) << got;
        EXPECT_EQ(code_points(got), 80u) << got;
    }
    EXPECT_NE(j[1]["error"].get<std::string>().find("line 2"), std::string::npos) << j[1];
}

TEST_F(CliCheck, DirectoriesExpandRecursivelyInSortedOrder) {
    copy_example("batch/b.json", "fi-borga");
    copy_example("batch/a/z.json", "se-trelleborg");
    copy_example("batch/a/m/x.JSON", "dk-kontanthjaelp");
    write("batch/c.json", kBadDate);
    write("batch/notes.txt", "not a profile");
    write("batch/a/readme.md", "neither");
    fs::create_directories(dir / "empty");
    const std::string single = copy_example("single.json", "dk-dagpenge");
    CheckRun r = check(sh(single) + " " + sh((dir / "batch").string()) + " " + sh((dir / "empty").string()) +
                  " --on " + kOnText + " --format csv");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;  // c.json is refused
    std::string error;
    auto rows = parse_csv(r.out, error);
    ASSERT_EQ(error, "");
    std::vector<std::string> files, oks;
    for (std::size_t i = 1; i < rows.size(); ++i) files.push_back(rows[i][0]), oks.push_back(rows[i][1]);
    const std::string b = (dir / "batch").string();
    EXPECT_EQ(files, (std::vector<std::string>{single, b + "/a/m/x.JSON", b + "/a/z.json", b + "/b.json", b + "/c.json"}));
    EXPECT_EQ(oks, (std::vector<std::string>{"true", "true", "true", "true", "false"}));
    EXPECT_NE(r.err.find("no *.json files"), std::string::npos) << r.err;  // the empty folder is mentioned
}

TEST_F(CliCheck, MissingPathIsARefusedRowAndTheBatchGoesOn) {
    const std::string good = copy_example("good.json", "dk-dagpenge");
    const std::string missing = (dir / "missing.json").string();
    CheckRun r = check(sh(missing) + " " + sh(good) + " --on " + kOnText + " --format csv");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    std::string error;
    auto rows = parse_csv(r.out, error);
    ASSERT_EQ(rows.size(), 3u) << r.out;
    EXPECT_EQ(rows[1][0], missing);
    EXPECT_EQ(rows[1][1], "false");
    EXPECT_EQ(rows[1].back(), "no such file or directory");
    EXPECT_EQ(rows[2][0], good);
    EXPECT_EQ(rows[2][1], "true");
}

TEST_F(CliCheck, ExitCodes) {
    const std::string good = copy_example("good.json", "fi-karleby");
    const std::string bad = write("bad.json", kBadDate);
    EXPECT_EQ(check(sh(good) + " --on " + kOnText).exit_code, 0);
    EXPECT_EQ(check(sh(good) + " " + sh(good) + " --format json --on " + kOnText).exit_code, 0);
    EXPECT_EQ(check(sh(good) + " " + sh(bad) + " --on " + kOnText).exit_code, 1);
    EXPECT_EQ(check(sh(bad) + " --format csv").exit_code, 1);
    struct Case {
        std::string args, message;
    };
    for (const Case& c : {Case{"", "no FILE or DIR given"},
                          Case{"--on " + std::string(kOnText), "no FILE or DIR given"},
                          Case{sh(good) + " --colour", "unknown option \"--colour\""},
                          Case{sh(good) + " --on 2026-02-30", "--on: \"2026-02-30\" is not a date"},
                          Case{sh(good) + " --on 1899-12-31", "--on: \"1899-12-31\" is outside the years 1900 to 2100"},
                          Case{sh(good) + " --on 2101-01-01", "is outside the years 1900 to 2100"},
                          Case{sh(good) + " --on", "--on: a value is missing"},
                          Case{sh(good) + " --format xml", "--format: \"xml\""},
                          Case{sh(good) + " --lang de", "--lang: \"de\" is not one of"}}) {
        CheckRun r = check(c.args);
        EXPECT_EQ(r.exit_code, 2) << c.args << ": " << r.out << r.err;
        EXPECT_EQ(r.out, "") << c.args;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << ": " << r.err;
    }
    // After "--" everything is a path, so a file named like an option is a refused row, not usage.
    EXPECT_EQ(check(sh(good) + " -- --colour --on " + kOnText).exit_code, 1);
}

TEST_F(CliCheck, CsvQuotesFieldsAsRfc4180) {
    const std::string odd = copy_example("with, comma and \"quote\".json", "dk-dagpenge");
    const std::string bad = write("bad.json", kBadDate);  // its error holds quotes
    CheckRun r = check(sh(odd) + " " + sh(bad) + " --on " + kOnText + " --format csv");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("\"" + (dir / "with, comma and \"\"quote\"\".json").string() + "\""), std::string::npos) << r.out;
    std::string error;
    auto rows = parse_csv(r.out, error);
    ASSERT_EQ(error, "") << r.out;
    ASSERT_EQ(rows.size(), 3u);
    for (const auto& row : rows) EXPECT_EQ(row.size(), rows[0].size());
    EXPECT_EQ(rows[1][0], odd);
    EXPECT_EQ(rows[2].back(), R"(joblog[1].date: "2024-13-01" is not a date)");
    // The status sentence of the Finnish example holds a comma in English; it survives whole.
    Expected e = expected_for(kExamples + std::string("fi-borga.json"));
    CheckRun fi = check(sh(kExamples + "fi-borga.json") + " --on " + kOnText + " --format csv");
    auto fi_rows = parse_csv(fi.out, error);
    ASSERT_EQ(fi_rows.size(), 2u);
    EXPECT_EQ(fi_rows[1][3], builtin_catalogue("en").text(e.report.status_key));
}

TEST_F(CliCheck, JsonHasStableKeysAndBothKeysAndWords) {
    const std::string bad = write("bad.json", "[1, 2]");
    std::string args;
    for (const char* ex : kAll) args += sh(kExamples + ex + ".json") + " ";
    CheckRun en = check(args + sh(bad) + " --on " + kOnText + " --format json");
    CheckRun sv = check(args + sh(bad) + " --on " + kOnText + " --format json --lang sv");
    EXPECT_EQ(en.exit_code, 1);
    json a = json::parse(en.out, nullptr, false), b = json::parse(sv.out, nullptr, false);
    ASSERT_TRUE(a.is_array() && b.is_array()) << en.out;
    ASSERT_EQ(a.size(), std::size(kAll) + 1);
    ASSERT_EQ(b.size(), a.size());
    std::vector<std::string> keys;
    for (auto& [k, v] : a[0].items()) keys.push_back(k);
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::vector<std::string> ka, kb;
        for (auto& [k, v] : a[i].items()) ka.push_back(k);
        for (auto& [k, v] : b[i].items()) kb.push_back(k);
        EXPECT_EQ(ka, keys) << i;
        EXPECT_EQ(kb, keys) << i;
    }
    for (std::size_t i = 0; i < std::size(kAll); ++i) {
        Expected e = expected_for(kExamples + kAll[i] + ".json");
        SCOPED_TRACE(kAll[i]);
        EXPECT_EQ(a[i]["status"], e.report.status_key);
        EXPECT_EQ(b[i]["status"], e.report.status_key);  // keys do not change with the language
        EXPECT_EQ(a[i]["status_text"], builtin_catalogue("en").text(e.report.status_key));
        EXPECT_EQ(b[i]["status_text"], builtin_catalogue("sv").text(e.report.status_key));
        EXPECT_EQ(b[i]["lang"], "sv");
        if (const ConsequenceStep* s = e.step()) {
            EXPECT_EQ(a[i]["step"]["key"], s->key);
            EXPECT_EQ(b[i]["step"]["text"], step_title(*s, builtin_catalogue("sv")));
        } else {
            EXPECT_TRUE(a[i]["step"].is_null());
        }
        if (const Meeting* m = e.meeting()) {
            EXPECT_EQ(a[i]["next_meeting"]["key"], m->kind_key);
            EXPECT_EQ(a[i]["next_meeting"]["earliest"], to_string(m->earliest));
            EXPECT_EQ(a[i]["next_meeting"]["latest"], to_string(m->latest));
        } else {
            EXPECT_TRUE(a[i]["next_meeting"].is_null());
        }
        if (const Deadline* d = e.deadline()) EXPECT_EQ(a[i]["next_deadline"]["due"], to_string(d->due));
        if (const ApplicationPeriod* p = e.period()) {
            EXPECT_EQ(a[i]["period"]["counted"], p->counted);
            EXPECT_EQ(a[i]["period"]["judged"], p->judged);
        }
    }
    const json& refused = a.back();
    EXPECT_EQ(refused["ok"], false);
    EXPECT_TRUE(refused["status"].is_null());
    EXPECT_TRUE(refused["period"].is_null());
    EXPECT_FALSE(refused["error"].get<std::string>().empty());
}

// Text: one aligned table; the words in the chosen language; a refused row names its problem.
TEST_F(CliCheck, TextIsAnAlignedTableInTheChosenLanguage) {
    const std::string bad = write("bad.json", kBadDate);
    std::string args;
    for (const char* ex : kAll) args += sh(kExamples + ex + ".json") + " ";
    for (const char* lang : {"sv", "da", "fi", "en"}) {
        CheckRun r = check(args + sh(bad) + " --on " + kOnText + " --lang " + lang);
        EXPECT_EQ(r.exit_code, 1);
        std::vector<std::string> lines;
        std::istringstream in(r.out);
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        ASSERT_GE(lines.size(), std::size(kAll) + 3) << r.out;
        const Catalogue& cat = builtin_catalogue(lang);
        // The system column starts at the same place (in characters) on every good row and the head.
        const std::size_t at = code_points(lines[0].substr(0, lines[0].find("system")));
        ASSERT_GT(at, 0u) << lines[0];
        for (std::size_t i = 0; i < std::size(kAll); ++i) {
            const std::string& line = lines[i + 2];
            Expected e = expected_for(kExamples + kAll[i] + ".json");
            SCOPED_TRACE(std::string(lang) + " " + kAll[i] + ": " + line);
            EXPECT_EQ(line.rfind(kExamples + kAll[i] + ".json", 0), 0u);
            const std::size_t sys = line.find(" " + e.report.system + " ");
            ASSERT_NE(sys, std::string::npos);
            EXPECT_EQ(code_points(line.substr(0, sys + 1)), at);
            EXPECT_NE(line.find(cat.text(e.report.status_key)), std::string::npos);
            EXPECT_EQ(line.find("status."), std::string::npos);  // words, not keys
            EXPECT_EQ(line.find('{'), std::string::npos);        // no raw placeholder
            if (const Meeting* m = e.meeting())
                EXPECT_NE(line.find(to_string(m->earliest) + ".." + to_string(m->latest)), std::string::npos);
            // A ladder's step says where on it ("1/4"); a Danish outcome is not step 2 of 5.
            const std::string of = "/" + std::to_string(e.report.consequences.steps.size()) + " ";
            if (e.step()) EXPECT_EQ(line.find(of) != std::string::npos, e.report.consequences.escalates) << of;
        }
        const std::string& refused = lines[std::size(kAll) + 2];
        EXPECT_EQ(refused.rfind(bad, 0), 0u) << refused;
        EXPECT_NE(refused.find(R"(joblog[1].date: "2024-13-01" is not a date)"), std::string::npos) << refused;
    }
}

// Many files go through the worker threads; the rows still come out in input order and each
// row belongs to its file (good and bad files interleaved in a pattern the output must follow).
TEST_F(CliCheck, ManyFilesKeepInputOrder) {
    std::vector<std::string> files;
    std::string args;
    const std::string good = read_file(kExamples + "fi-karleby.json"), other = read_file(kExamples + "dk-dagpenge.json");
    for (int i = 0; i < 120; ++i) {
        const std::string name = "many/" + std::to_string(5000 - i) + ".json";  // given in reverse name order
        files.push_back(write(name, i % 7 == 3 ? std::string(kBadDate) : i % 2 ? other : good));
        args += sh(files.back()) + " ";
    }
    CheckRun r = check(args + "--on " + kOnText + " --format json");
    EXPECT_EQ(r.exit_code, 1);
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_array() && j.size() == files.size()) << r.err;
    for (std::size_t i = 0; i < files.size(); ++i) {
        EXPECT_EQ(j[i]["file"], files[i]) << i;
        EXPECT_EQ(j[i]["ok"], i % 7 != 3) << i;
        if (i % 7 != 3) EXPECT_EQ(j[i]["system"], i % 2 ? "dk" : "fi") << i;
    }
    // The same folder, expanded: sorted by name, so the reverse of the order given above.
    CheckRun d = check(sh((dir / "many").string()) + " --on " + kOnText + " --format json");
    json k = json::parse(d.out, nullptr, false);
    ASSERT_TRUE(k.is_array() && k.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) EXPECT_EQ(k[i]["file"], files[files.size() - 1 - i]) << i;
}

// A page export or stored copy is not a profile document: its row says what it is.
// What a jobseeker sends is the page's export: check reads it (and a stored copy) as the import
// does, and a newer export version is refused by name.
TEST_F(CliCheck, PageExportsAndStoredCopiesAreRead) {
    json profile = json::parse(read_file(kExamples + "se-trelleborg.json"));
    const std::string exported =
        write("export.json", json{{"format", "jobbplan-export"}, {"version", 1}, {"profile", profile}, {"report", json::object()}}.dump());
    const std::string stored =
        write("stored.json", json{{"format", "jobbplan-store"}, {"version", 1}, {"settings", json::object()}, {"profile", profile}}.dump());
    const std::string newer =
        write("newer.json", json{{"format", "jobbplan-export"}, {"version", 2}, {"profile", profile}}.dump());
    CheckRun r = check(sh(exported) + " " + sh(stored) + " " + sh(newer) + " --on " + kOnText + " --format json");
    EXPECT_EQ(r.exit_code, 1);
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_array() && j.size() == 3) << r.out;
    EXPECT_EQ(j[0]["system"], "se-trelleborg") << j[0];
    EXPECT_TRUE(j[0]["error"].is_null()) << j[0];
    EXPECT_EQ(j[1]["system"], "se-trelleborg") << j[1];
    EXPECT_NE(j[2]["error"].get<std::string>().find("version"), std::string::npos) << j[2];
}

}  // namespace
}  // namespace jobbplan
