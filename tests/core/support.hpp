#pragma once
// What the tests share, one copy each so a fix reaches every test: a date from its ISO text, a
// file's text, every catalogue key a report emits, and a report's comparison with its golden file.
// Used by tests/core (natively and as wasm under node) and tests/app.
#include "jobbplan/calendar.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sys/wait.h>

// gtest prints a failed EXPECT_EQ on a status as its word ("held"), not as a number.
namespace jobbplan {
inline void PrintTo(MeetingStatus s, std::ostream* os) { *os << to_string(s); }
inline void PrintTo(DeadlineStatus s, std::ostream* os) { *os << to_string(s); }
}  // namespace jobbplan

namespace jobbplan::test_support {

// A date the test writes as text ("2026-11-23"); a typo in a test is a failure, not a crash.
inline Date d(std::string_view iso) {
    const std::optional<Date> date = parse_date(iso);
    EXPECT_TRUE(date.has_value()) << "not a date: " << iso;
    return date.value_or(Date{});
}

// The whole file as it is (bytes, no newline translation); empty if it cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A shell command's exit code and standard output (the command redirects stderr as it needs).
struct CommandRun {
    int exit_code = -1;
    std::string out;
};
inline CommandRun run_command(const std::string& command) {
    CommandRun r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// An application sent online for an advertised job, as the joblog form saves one.
inline JoblogEntry sent_application(std::string_view on, std::string employer) {
    JoblogEntry e;
    e.date = d(on);
    e.employer = std::move(employer);
    e.job_title = "Lagerarbejder";
    e.category = "advertised";
    e.status = "sent";
    e.how_applied = "online";
    return e;
}

// The source tree's root, where the assets, seeds and fixtures are read from.
inline const std::string kSourceDir = JOBBPLAN_SOURCE_DIR;

// A path below the source tree ("tests/fixtures/golden/...").
inline std::string source_path(std::string_view relative) {
    return std::string(JOBBPLAN_SOURCE_DIR) + "/" + std::string(relative);
}

// The length of a Unicode space at s[i] (UTF-8), or 0: no-break U+00A0, narrow no-break U+202F,
// U+2000-U+200A, line/paragraph separators, U+205F, U+3000 (what Python's str.split() splits on).
inline std::size_t unicode_space_at(std::string_view s, std::size_t i) {
    auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    if (at(i) == 0xC2 && (at(i + 1) == 0xA0 || at(i + 1) == 0x85)) return 2;
    if (at(i) == 0xE2 && at(i + 1) == 0x80) {
        unsigned c = at(i + 2);
        if ((c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF) return 3;
    }
    if (at(i) == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0x9F) return 3;
    if (at(i) == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;
    return 0;
}

// Unicode spaces become spaces, whitespace runs one space, ends trimmed (seed passages are found in their seeds this way).
inline std::string normalise_spaces(std::string_view s) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool space = s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n' || s[i] == '\f' || s[i] == '\v';
        if (std::size_t n = unicode_space_at(s, i)) {
            space = true;
            i += n - 1;
        }
        if (space) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += s[i];
    }
    return out;
}

// Every catalogue key a report emits, with the parameters the words are given (none for a plain
// name), in the order the report holds them. Empty keys (an explanation without a note) are left out.
using EmittedKeys = std::vector<std::pair<std::string, Params>>;

inline void add_explanation(const Explanation& e, EmittedKeys& out) {
    if (!e.text_key.empty()) out.push_back({e.text_key, e.params});
    if (!e.note_key.empty()) out.push_back({e.note_key, {}});
}

inline void add_emitted_keys(const Report& r, EmittedKeys& out) {
    auto name = [&](const std::string& key) {
        if (!key.empty()) out.push_back({key, {}});
    };
    name(r.status_key);
    add_explanation(r.status_why, out);
    name(r.provider.key);
    add_explanation(r.provider.why, out);
    for (const auto& p : r.periods) {
        add_explanation(p.why, out);
        for (const auto& v : p.entries) add_explanation(v.why, out);
    }
    for (const auto& m : r.meetings) {
        name(m.kind_key);
        name(m.mode_key);
        name("state." + to_string(m.status));  // the CLI's text format shows states through the catalogue
        add_explanation(m.why, out);
    }
    for (const auto& dl : r.deadlines) {
        name(dl.kind_key);
        name("state." + to_string(dl.status));
        add_explanation(dl.why, out);
    }
    for (const auto& s : r.consequences.steps) name(s.key), add_explanation(s.why, out);
    for (const auto& o : r.obligations) name(o.key), add_explanation(o.why, out);
    for (const auto& p : r.plan) name(p.key), name(p.hint_key), add_explanation(p.why, out);
    for (const auto& n : r.notices) add_explanation(n, out);
}

inline EmittedKeys emitted_keys(const Report& r) {
    EmittedKeys out;
    add_emitted_keys(r, out);
    return out;
}

// Every key has words in all four languages, and words given parameters leave no placeholder.
inline void expect_words_in_every_language(const EmittedKeys& keys) {
    for (std::string_view lang : kLanguages) {
        const Catalogue& cat = builtin_catalogue(lang);
        for (const auto& [key, params] : keys) {
            EXPECT_TRUE(cat.has(key)) << lang << ": " << key;
            if (params.empty()) continue;
            EXPECT_EQ(cat.text(key, params).find('{'), std::string::npos) << lang << ": " << key << " left a placeholder";
        }
    }
}

// A report (as JSON) against its golden file below tests/fixtures/golden. The golden files were
// generated once with JOBBPLAN_UPDATE_GOLDEN=1 set, which writes them again, and checked by hand.
inline void expect_golden(const nlohmann::json& got, std::string_view golden_name) {
    const std::string path = source_path("tests/fixtures/golden/" + std::string(golden_name));
    if (std::getenv("JOBBPLAN_UPDATE_GOLDEN")) std::ofstream(path) << got.dump(2) << "\n";
    const nlohmann::json want = nlohmann::json::parse(read_file(path), nullptr, false);
    ASSERT_FALSE(want.is_discarded()) << path;
    EXPECT_TRUE(got == want) << path << " differs: " << nlohmann::json::diff(want, got).dump(1);
}

}  // namespace jobbplan::test_support
