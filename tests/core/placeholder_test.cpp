// No sentence a user reads may show a raw {placeholder}. Every example persona's report, on dates
// across its first year and beyond, in every language: each explanation, note and title is checked
// with the params the CLI, the page, the print view and the calendar render it with
// (report_text.hpp). A sentence that names a figure its report element does not carry fails here.
#include "jobbplan/headline.hpp"
#include "jobbplan/i18n.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/report_text.hpp"
#include "jobbplan/rule_pack.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace jobbplan {
namespace {

using namespace test_support;

struct Finder {
    const Catalogue& cat;
    std::string where;
    std::set<std::string>& found;
    void check(const std::string& key, const Params& params, const std::string& what) {
        if (key.empty()) return;
        for (const std::string& name : cat.unfilled(key, params)) found.insert(where + " " + what + " " + key + " {" + name + "}");
    }
    void check(const Explanation& e, const std::string& what) {
        check(e.text_key, e.params, what);
        check(e.note_key, e.params, what + ".note");
    }
};

void check_report(const Report& r, Finder& f) {
    f.check(r.status_key, {}, "status");
    f.check(r.status_why, "status.why");
    f.check(headline(r).why, "headline.why");
    f.check(r.provider.key, {}, "provider");
    f.check(r.provider.why, "provider.why");
    for (const auto& p : r.periods) {
        f.check(p.why, "period.why");
        for (const auto& v : p.entries) f.check(v.why, "verdict");
    }
    for (const auto& m : r.meetings) {
        f.check(m.kind_key, meeting_params(m), "meeting");
        f.check(m.mode_key, {}, "meeting.mode");
        f.check(m.why, "meeting.why");
    }
    for (const auto& d : r.deadlines) {
        f.check(d.kind_key, deadline_params(d), "deadline");
        f.check(d.why, "deadline.why");
    }
    for (const auto& s : r.consequences.steps) {
        f.check(s.key, step_params(s), "step");
        f.check(s.why, "step.why");
    }
    for (const auto& o : r.obligations) {
        f.check(o.key, obligation_params(o), "obligation");
        f.check(o.why, "obligation.why");
    }
    for (const auto& s : r.plan) {
        f.check(s.key, {}, "plan");
        f.check(s.hint_key, {}, "plan.hint");
        f.check(s.why, "plan.why");
    }
    for (const auto& n : r.notices) f.check(n, "notice");
}

TEST(Placeholders, NoExampleReportShowsARawPlaceholderInAnyLanguage) {
    const std::filesystem::path examples = std::filesystem::path(JOBBPLAN_SOURCE_DIR) / "assets" / "examples";
    std::set<std::string> found;
    int reports = 0;
    for (const auto& file : std::filesystem::directory_iterator(examples)) {
        Parsed<Profile> p = parse_profile_text(read_file(file.path()));
        ASSERT_TRUE(p.ok()) << file.path();
        const Date start = p.value->situation.registered_on;
        for (int days : {-10, 0, 3, 10, 25, 45, 80, 100, 150, 200, 300, 400, 800}) {
            const Date on{date::sys_days{start} + date::days{days}};
            const Report r = compute_report(*p.value, builtin_rule_book(), on);
            ++reports;
            for (std::string_view lang : kLanguages) {
                Finder f{builtin_catalogue(lang), file.path().filename().string() + "@" + to_string(on) + "/" +
                                                      std::string(lang), found};
                check_report(r, f);
            }
        }
    }
    EXPECT_GT(reports, 50);
    // One line per key and name is enough to act on; the dates show where it happens.
    std::set<std::string> by_key;
    for (const std::string& line : found) by_key.insert(line.substr(line.find(' ') + 1));
    std::string all;
    for (const std::string& line : by_key) all += "\n  " + line;
    EXPECT_TRUE(found.empty()) << found.size() << " unfilled placeholders, e.g. " << *found.begin() << all;
}

TEST(Placeholders, TheCheckerFindsAnUnfilledName) {
    Catalogue cat;
    ASSERT_TRUE(cat.add_json_text(R"({"k": "Sign by {due}, sent {sent}"})", "test").empty());
    EXPECT_EQ(cat.unfilled("k", {{"due", "2026-12-01"}}), std::vector<std::string>{"sent"});
    EXPECT_TRUE(cat.unfilled("k", {{"due", "x"}, {"sent", "y"}}).empty());
    Deadline d;
    d.kind_key = "k";
    d.due = Date{date::year{2026}, date::month{12}, date::day{1}};
    d.why.params = {{"sent", "2026-11-29"}};
    EXPECT_EQ(deadline_title(d, cat), "Sign by 2026-12-01, sent 2026-11-29");
}

}  // namespace
}  // namespace jobbplan
