// Plural forms (issue 16 item 1, issue 12 item 5): the catalogue picks "one" or "other" by the
// string's count, refuses malformed plural objects, and no built-in sentence with a number reads
// "1 dagar" or "2 dag" in any language.
#include "jobbplan/i18n.hpp"

#include "embedded_assets.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace jobbplan {
namespace {

TEST(Plural, PicksTheFormByTheCount) {
    Catalogue c;
    ASSERT_TRUE(c.add_json_text(R"J({
        "ago": {"one": "för {n} dag sedan", "other": "för {n} dagar sedan"},
        "of": {"count": "required", "one": "{counted} av {required} ansökan", "other": "{counted} av {required} ansökningar"},
        "plain": "{n} st"})J", "test").empty());
    EXPECT_EQ(c.text("ago", {{"n", "1"}}), "för 1 dag sedan");
    EXPECT_EQ(c.text("ago", {{"n", "-1"}}), "för -1 dag sedan");
    for (const char* n : {"0", "2", "5", "11", "21", "1.5", "x", ""})
        EXPECT_EQ(c.text("ago", {{"n", n}}), std::string("för ") + n + " dagar sedan") << n;
    EXPECT_EQ(c.text("ago"), "för {n} dagar sedan");  // no count: "other", placeholder left visible
    EXPECT_EQ(c.text("of", {{"counted", "1"}, {"required", "2"}}), "1 av 2 ansökningar");
    EXPECT_EQ(c.text("of", {{"counted", "0"}, {"required", "1"}}), "0 av 1 ansökan");
    EXPECT_EQ(c.count_param("ago"), "n");
    EXPECT_EQ(c.count_param("of"), "required");
    EXPECT_EQ(c.count_param("plain"), "");
    EXPECT_EQ(c.unfilled("of", {{"counted", "1"}}), std::vector<std::string>{"required"});
    EXPECT_EQ(c.keys(), (std::vector<std::string>{"ago", "of", "plain"}));
}

TEST(Plural, UnfilledSeesBothForms) {
    Catalogue c;
    ASSERT_TRUE(c.add_json_text(R"J({"k": {"count": "n", "one": "i går ({when})", "other": "{n} dagar sedan"}})J", "t").empty());
    EXPECT_EQ(c.unfilled("k"), (std::vector<std::string>{"n", "when"}));
    EXPECT_EQ(c.text("k", {{"n", "1"}, {"when", "mån"}}), "i går (mån)");
}

TEST(Plural, MalformedObjectsAreRefusedNamingTheKey) {
    struct Case {
        const char* json;
        const char* message;
    };
    for (const Case& k : {Case{R"J({"k": {"other": "{n} dagar"}})J", "lacks its \"one\" form"},
                          Case{R"J({"k": {"one": "{n} dag"}})J", "lacks its \"other\" form"},
                          Case{R"J({"k": {"one": "{n} dag", "other": 2}})J", "\"other\": 2 is not a string"},
                          Case{R"J({"k": {"one": "{n} dag", "other": "{n} dagar", "few": "{n} dni"}})J", "unknown member \"few\""},
                          Case{R"J({"k": {"one": "{a} av {b}", "other": "{a} av {b}"}})J", "names no \"count\""},
                          Case{R"J({"k": {"one": "en dag", "other": "dagar"}})J", "names no \"count\""},
                          Case{R"J({"k": {"count": "days", "one": "{n} dag", "other": "{n} dagar"}})J", "count \"days\" is not a placeholder"},
                          Case{R"J({"k": {"count": 1, "one": "{n} dag", "other": "{n} dagar"}})J", "\"count\": 1 is not a string"},
                          Case{R"J({"k": ["{n} dag", "{n} dagar"]})J", "is not a string nor a plural object"}}) {
        Catalogue c;
        Problems p = c.add_json_text(k.json, "sv/ui.json");
        ASSERT_FALSE(p.empty()) << k.json;
        EXPECT_EQ(p.front().path, "sv/ui.json: k") << k.json;
        EXPECT_NE(p.front().message.find(k.message), std::string::npos) << k.json << " -> " << p.front().message;
        EXPECT_FALSE(c.has("k")) << k.json;
    }
}

TEST(Plural, BuiltinCataloguesLoadWithoutProblems) {
    int files = 0;
    for (const detail::EmbeddedFile& f : detail::embedded_files()) {
        if (!f.path.starts_with("i18n/")) continue;
        ++files;
        Catalogue c;
        for (const Problem& p : c.add_json_text(f.text, f.path)) ADD_FAILURE() << p.to_string();
    }
    EXPECT_EQ(files, 20);
}

// The params the core and the page fill with a number (core/src, web/ui, web/app).
const std::set<std::string> kNumeric = {"n",       "count",     "days",       "months",      "weeks",         "max",
                                        "required", "counted",  "shortfall",  "minutes",     "limit",         "km",
                                        "entries", "new",       "same",       "differ",      "events",        "new_events",
                                        "same_events", "differ_events", "done", "total",     "goals",         "have",
                                        "age",     "percent",   "generation", "number",      "min",           "version",
                                        "value"};

// Singular and plural of the nouns (and noun phrases) the catalogues put after a number.
struct Noun {
    std::string one, other;
};
const std::vector<Noun>& nouns(std::string_view lang) {
    static const std::vector<Noun> sv = {{"dag", "dagar"},          {"förmånsdag", "förmånsdagar"},
                                         {"kalenderdag", "kalenderdagar"}, {"månad", "månader"},
                                         {"vecka", "veckor"},       {"ansökan", "ansökningar"},
                                         {"post", "poster"},        {"arbetsplats", "arbetsplatser"},
                                         {"arbetsmöjlighet", "arbetsmöjligheter"}, {"minut", "minuter"},
                                         {"minuts", "minuters"},    {"timme", "timmar"},
                                         {"sökt jobb", "sökta jobb"}, {"del", "delar"},
                                         {"jobbsamtal", "jobbsamtal"}};
    static const std::vector<Noun> da = {{"dag", "dage"},           {"ydelsesdag", "ydelsesdage"},
                                         {"kalenderdag", "kalenderdage"}, {"måned", "måneder"},
                                         {"uge", "uger"},           {"ansøgning", "ansøgninger"},
                                         {"post", "poster"},        {"stilling", "stillinger"},
                                         {"søgt stilling", "søgte stillinger"}, {"jobmulighed", "jobmuligheder"},
                                         {"minut", "minutter"},     {"minuts", "minutters"},
                                         {"time", "timer"}};
    static const std::vector<Noun> fi = {{"päivä", "päivää"},       {"hakemus", "hakemusta"},
                                         {"kuukausi", "kuukautta"}, {"viikko", "viikkoa"},
                                         {"työpaikka", "työpaikkaa"}, {"haettu työpaikka", "haettua työpaikkaa"},
                                         {"työmahdollisuus", "työmahdollisuutta"}, {"työtavoite", "työtavoitetta"},
                                         {"tunti", "tuntia"},       {"osio", "osiota"},
                                         {"minuutti", "minuuttia"}};
    static const std::vector<Noun> en = {{"day", "days"},           {"benefit day", "benefit days"},
                                         {"calendar day", "calendar days"}, {"month", "months"},
                                         {"week", "weeks"},         {"application", "applications"},
                                         {"job application", "job applications"}, {"entry", "entries"},
                                         {"job a month", "jobs a month"}, {"job opportunity", "job opportunities"},
                                         {"minute", "minutes"},     {"hour", "hours"},
                                         {"job goal", "job goals"}, {"section", "sections"}};
    if (lang == "sv") return sv;
    if (lang == "da") return da;
    if (lang == "fi") return fi;
    return en;
}

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
bool is_letter(unsigned char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80; }

// `number noun` as whole words: no digit before the number, no letter after the noun.
bool says(const std::string& text, const std::string& number, const std::string& noun) {
    const std::string needle = number + " " + noun;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        const bool starts = at == 0 || !is_digit(text[at - 1]);
        const std::size_t after = at + needle.size();
        const bool ends = after == text.size() || !is_letter(static_cast<unsigned char>(text[after]));
        if (starts && ends) return true;
    }
    return false;
}

// Every key whose string has a numeric placeholder, in every language, with 0, 1, 2 and 5 in all its
// numbers and a word in its other params.
TEST(Plural, NoSentenceMiscountsItsNoun) {
    int rendered = 0;
    for (std::string_view lang : kLanguages) {
        const Catalogue& cat = builtin_catalogue(lang);
        for (const std::string& key : cat.keys()) {
            const std::vector<std::string> names = cat.unfilled(key);
            bool numeric = false;
            for (const std::string& n : names) numeric |= kNumeric.count(n) > 0;
            if (!numeric) continue;
            for (const char* v : {"0", "1", "2", "5"}) {
                Params p;
                for (const std::string& n : names) p.emplace_back(n, kNumeric.count(n) ? v : "ord");
                const std::string text = cat.text(key, p);
                ++rendered;
                EXPECT_TRUE(cat.unfilled(key, p).empty()) << lang << " " << key;
                for (const Noun& noun : nouns(lang)) {
                    if (noun.one == noun.other) continue;
                    if (std::string(v) == "1")
                        EXPECT_FALSE(says(text, v, noun.other)) << lang << " " << key << " with 1: " << text;
                    else
                        EXPECT_FALSE(says(text, v, noun.one)) << lang << " " << key << " with " << v << ": " << text;
                }
            }
        }
    }
    EXPECT_GT(rendered, 4 * 4 * 30);
}

}  // namespace
}  // namespace jobbplan
