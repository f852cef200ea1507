// One name per thing (issue 16 item 5): tests/i18n/glossary/<lang>.json lists, per language, each
// term the catalogues name (the caseworker, the broken plan, a-kasse, dagpenge ...), the one form
// the texts use, and the variants they must not use. The glossaries live under tests/, not
// assets/i18n/, so the embedded catalogues (cmake/embed.cmake) never load them as strings.
//
// Every string of the built-in catalogue of that language (both forms of a plural) is searched for
// every banned variant: case-insensitively (ASCII and Latin-1 letters), as a whole word (no letter
// or digit just before or after). Every "use" form must occur somewhere in that language, so an
// entry cannot go stale unnoticed.
#include "jobbplan/i18n.hpp"

#include "support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan {
namespace {


// Lower-cases ASCII and the two-byte UTF-8 letters U+00C0..U+00DE (Å Ä Ö Æ Ø Ü ...).
std::string fold(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
        if (c == 0xC3 && i + 1 < out.size()) {
            unsigned char d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

bool word_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Whether `variant` occurs in `text` as a whole word, ignoring case.
bool contains_word(std::string_view text, std::string_view variant) {
    const std::string t = fold(text), v = fold(variant);
    if (v.empty()) return false;
    for (std::size_t at = t.find(v); at != std::string::npos; at = t.find(v, at + 1)) {
        const bool starts = at == 0 || !word_char(static_cast<unsigned char>(t[at - 1]));
        const std::size_t end = at + v.size();
        const bool ends = end == t.size() || !word_char(static_cast<unsigned char>(t[end]));
        if (starts && ends) return true;
    }
    return false;
}

// Every form of the key: a plural's "one" and "other" (its count set to 1 and to 2), else the string.
std::vector<std::string> forms(const Catalogue& cat, const std::string& key) {
    const std::string count = cat.count_param(key);
    if (count.empty()) return {cat.text(key)};
    return {cat.text(key, {{count, "1"}}), cat.text(key, {{count, "2"}})};
}

struct Term {
    std::string term, use;
    std::vector<std::string> banned;
};

std::vector<Term> load_glossary(std::string_view lang) {
    const std::string path = test_support::kSourceDir + "/tests/i18n/glossary/" + std::string(lang) + ".json";
    EXPECT_TRUE(std::filesystem::is_regular_file(path)) << path;
    const nlohmann::json j = nlohmann::json::parse(test_support::read_file(path), nullptr, false);
    EXPECT_TRUE(j.is_object() && j.contains("terms") && j["terms"].is_array()) << path;
    std::vector<Term> out;
    if (!j.is_object() || !j.contains("terms")) return out;
    for (const auto& t : j["terms"]) {
        Term term{t.value("term", ""), t.value("use", ""), {}};
        EXPECT_FALSE(term.term.empty()) << path << ": an entry without \"term\"";
        EXPECT_FALSE(term.use.empty()) << path << ": " << term.term << " has no \"use\"";
        for (const auto& b : t.value("banned", nlohmann::json::array())) term.banned.push_back(b.get<std::string>());
        EXPECT_FALSE(term.banned.empty()) << path << ": " << term.term << " bans nothing";
        for (const std::string& b : term.banned)
            EXPECT_FALSE(contains_word(term.use, b)) << path << ": " << term.term << ": the form used, \"" << term.use
                                                     << "\", contains its own banned variant \"" << b << "\"";
        out.push_back(std::move(term));
    }
    return out;
}

// The violations of `glossary` in `cat`: "key: banned \"variant\" (term -> use)".
std::vector<std::string> violations(const Catalogue& cat, const std::vector<Term>& glossary) {
    std::vector<std::string> out;
    for (const std::string& key : cat.keys())
        for (const std::string& text : forms(cat, key))
            for (const Term& t : glossary)
                for (const std::string& b : t.banned)
                    if (contains_word(text, b))
                        out.push_back(key + ": \"" + b + "\" (" + t.term + ": write \"" + t.use + "\") in: " + text);
    return out;
}

TEST(Glossary, WholeWordsIgnoringCase) {
    EXPECT_TRUE(contains_word("Kontakta Jobcentret i dag.", "jobcentret"));
    EXPECT_TRUE(contains_word("a-kassen eller jobbcentret", "a-kassen"));
    EXPECT_FALSE(contains_word("jobcentrets process", "jobcentret"));  // another word
    EXPECT_FALSE(contains_word("a-kassan", "a-kasse"));
    EXPECT_TRUE(contains_word("ÄRENDET", "ärendet"));
    EXPECT_TRUE(contains_word("Huomautus", "huomautus"));
    EXPECT_FALSE(contains_word("huomautukset", "huomautus"));
}

TEST(Glossary, FindsBannedVariantsInBothPluralForms) {
    Catalogue c("sv");
    ASSERT_TRUE(c.add_json_text(R"J({
        "a": "Kontakta a-kassan.",
        "b": {"count": "n", "one": "{n} samtal i a-kassan", "other": "{n} jobbsamtal i a-kassan"}})J", "test").empty());
    const std::vector<Term> g = {{"jobsamtale", "samtal om jobbsökning", {"jobbsamtal"}}};
    const std::vector<std::string> v = violations(c, g);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].rfind("b: \"jobbsamtal\"", 0), 0u) << v[0];
}

TEST(Glossary, NoBuiltinStringUsesABannedVariant) {
    for (std::string_view lang : kLanguages) {
        const std::vector<Term> glossary = load_glossary(lang);
        EXPECT_GE(glossary.size(), 15u) << lang;
        const Catalogue& cat = builtin_catalogue(lang);
        for (const std::string& v : violations(cat, glossary)) ADD_FAILURE() << lang << " " << v;
        // Each form used must occur in that language (case-insensitive), or the entry is stale.
        for (const Term& t : glossary) {
            bool found = false;
            for (const std::string& key : cat.keys())
                for (const std::string& text : forms(cat, key)) found |= fold(text).find(fold(t.use)) != std::string::npos;
            EXPECT_TRUE(found) << lang << ": " << t.term << ": \"" << t.use << "\" occurs in no string";
        }
    }
}

}  // namespace
}  // namespace jobbplan
