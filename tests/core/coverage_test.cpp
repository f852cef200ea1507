// The coverage tables (assets/rules/coverage/<seed>.json): every sentence of every seed, in order,
// with the rules that implement it, or "not_modelled" with a reason, or "gap" naming what is missing.
// The README's "## Rule coverage" table is checked against the counts, so neither can drift.
//
// The sentence splitter is the test's own (scripts/seed_sentences.py follows the same rules):
//  * a newline ends a sentence (so does a paragraph break);
//  * no-break spaces (U+00A0, U+202F and the other Unicode spaces) count as spaces, runs of
//    whitespace become one space, the ends are trimmed, empty lines are skipped;
//  * within a line, a sentence ends after . ! or ? followed by a space and then an uppercase letter
//    (A-Z, À-Þ) or a digit, markup * [ ( " “ ” may stand between them; a full stop that ends one of
//    kAbbreviations ("fx.", "bl.a.", "t.ex.", "dvs.", "max." ...) does not end a sentence.
// A rule's source.quote may span several consecutive sentences or be part of one: it must be found
// (whitespace normalised) in a run of consecutive rows that name the rule, rows joined by a space.
#include "support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan {
namespace {

using namespace test_support;


const std::set<std::string> kAbbreviations = {"fx.",  "bl.a.", "t.ex.", "dvs.", "max.", "evt.", "mv.",
                                              "pr.",  "ca.",   "m.m.",  "osv.", "etc.", "nr.",  "jf.",
                                              "s.k.", "f.eks.", "ev.",  "inkl.", "resp."};

// Unicode spaces become spaces, whitespace runs one space, ends trimmed (support.hpp).

// An uppercase letter (ASCII or Latin-1 À-Þ without ×, as UTF-8) or a digit starts at line[i].
bool starts_upper_or_digit(const std::string& line, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    if (c == 0xC3 && i + 1 < line.size()) {
        unsigned char d = static_cast<unsigned char>(line[i + 1]);
        return d >= 0x80 && d <= 0x9E && d != 0x97;
    }
    return false;
}

// Markup that may stand before the first letter of a sentence; returns its length at line[i], or 0.
std::size_t opener_at(const std::string& line, std::size_t i) {
    char c = line[i];
    if (c == '*' || c == '[' || c == '(' || c == '"') return 1;
    if (line.compare(i, 3, "\xE2\x80\x9C") == 0 || line.compare(i, 3, "\xE2\x80\x9D") == 0) return 3;
    return 0;
}

std::string ascii_lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// The word ending at line[end - 1], without leading ( [ " “ *, in lower case.
std::string word_before(const std::string& line, std::size_t start, std::size_t end) {
    std::size_t space = line.rfind(' ', end - 1);
    std::size_t from = (space == std::string::npos || space < start) ? start : space + 1;
    while (from < end) {
        if (line[from] == '(' || line[from] == '[' || line[from] == '"' || line[from] == '*') {
            ++from;
        } else if (line.compare(from, 3, "\xE2\x80\x9C") == 0) {
            from += 3;
        } else {
            break;
        }
    }
    return ascii_lower(line.substr(from, end - from));
}

void split_line(const std::string& line, std::vector<std::string>& out) {
    std::size_t start = 0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        char c = line[i];
        if ((c != '.' && c != '!' && c != '?') || line[i + 1] != ' ') continue;
        std::size_t j = i + 2;
        while (j < line.size()) {
            std::size_t n = opener_at(line, j);
            if (n == 0) break;
            j += n;
        }
        if (j >= line.size() || !starts_upper_or_digit(line, j)) continue;
        if (c == '.' && kAbbreviations.count(word_before(line, start, i + 1))) continue;
        std::string s = normalise_spaces(std::string_view(line).substr(start, i + 1 - start));
        if (!s.empty()) out.push_back(std::move(s));
        start = i + 2;
    }
    std::string rest = normalise_spaces(std::string_view(line).substr(start));
    if (!rest.empty()) out.push_back(std::move(rest));
}

std::vector<std::string> split_sentences(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string line = normalise_spaces(text.substr(pos, nl - pos));
        if (!line.empty()) split_line(line, out);
        pos = nl + 1;
    }
    return out;
}

struct RuleQuote {
    std::string id;
    int version = 0;
    std::string file;
    std::string quote;
};

struct Counts {
    int sentences = 0;
    int modelled = 0;
    int not_modelled = 0;
    int gap = 0;
};

bool nonempty_string(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j[key].is_string() && !normalise_spaces(j[key].get<std::string>()).empty();
}

// Checks one seed's table against the seed's text and the rule packs' rules; returns the failures
// (empty = the table is right) and fills counts.
std::vector<std::string> check_table(const std::string& seed_file, std::string_view seed_text,
                                     const nlohmann::json& table, const std::vector<RuleQuote>& rules,
                                     Counts& counts) {
    std::vector<std::string> errors;
    auto fail = [&](const std::string& what) { errors.push_back(seed_file + ": " + what); };
    counts = Counts{};
    if (!table.is_object()) {
        fail("the table is not a JSON object");
        return errors;
    }
    if (!table.contains("seed") || table["seed"] != seed_file) fail("\"seed\" does not name " + seed_file);
    if (!table.contains("sentences") || !table["sentences"].is_array()) {
        fail("no \"sentences\" array");
        return errors;
    }
    const std::vector<std::string> sentences = split_sentences(seed_text);
    const nlohmann::json& rows = table["sentences"];
    counts.sentences = static_cast<int>(sentences.size());
    std::set<std::string> known;
    for (const RuleQuote& r : rules) known.insert(r.id);

    std::vector<std::set<std::string>> mapped(sentences.size());
    for (std::size_t i = 0; i < std::max(rows.size(), sentences.size()); ++i) {
        const std::string at = "sentence " + std::to_string(i + 1);
        if (i >= rows.size()) {
            fail(at + " is missing from the table: \"" + sentences[i] + "\"");
            continue;
        }
        const nlohmann::json& row = rows[i];
        if (!row.is_object()) {
            fail("row " + std::to_string(i + 1) + " is not an object");
            continue;
        }
        if (i >= sentences.size()) {
            fail("row " + std::to_string(i + 1) + " is beyond the seed's " + std::to_string(sentences.size()) +
                 " sentences");
            continue;
        }
        if (!row.contains("n") || row["n"] != i + 1) fail(at + ": \"n\" is not " + std::to_string(i + 1));
        std::string text = row.contains("text") && row["text"].is_string() ? row["text"].get<std::string>() : "";
        if (text != sentences[i]) {
            auto other = std::find(sentences.begin(), sentences.end(), text);
            if (other != sentences.end())
                fail(at + " is out of order: the row holds sentence " +
                     std::to_string(other - sentences.begin() + 1) + " \"" + text + "\"");
            else
                fail(at + ": text differs: table \"" + text + "\", seed \"" + sentences[i] + "\"");
        }
        bool has_rules = row.contains("rules") && row["rules"].is_array() && !row["rules"].empty();
        bool has_not = nonempty_string(row, "not_modelled");
        bool has_gap = nonempty_string(row, "gap");
        int kinds = int(has_rules) + int(has_not) + int(has_gap);
        if (kinds != 1)
            fail(at + (kinds == 0 ? ": has neither rules nor not_modelled nor gap"
                                  : ": has more than one of rules, not_modelled, gap"));
        if (row.contains("rules") && !has_rules) fail(at + ": \"rules\" is not a non-empty array");
        if (has_rules) {
            ++counts.modelled;
            for (const nlohmann::json& id : row["rules"]) {
                if (!id.is_string()) {
                    fail(at + ": a rule id is not a string");
                } else if (!known.count(id.get<std::string>())) {
                    fail(at + ": names rule " + id.get<std::string>() + ", which no pack has");
                } else {
                    mapped[i].insert(id.get<std::string>());
                }
            }
        } else if (has_not) {
            ++counts.not_modelled;
        } else if (has_gap) {
            ++counts.gap;
        }
    }

    // Every rule that quotes this seed: the quote lies in a run of consecutive rows naming the rule.
    for (const RuleQuote& r : rules) {
        if (r.file != seed_file) continue;
        const std::string quote = normalise_spaces(r.quote);
        bool found = false;
        std::string run;
        for (std::size_t i = 0; i <= sentences.size() && !found; ++i) {
            if (i < sentences.size() && mapped[i].count(r.id)) {
                run += (run.empty() ? "" : " ") + sentences[i];
                continue;
            }
            found = !run.empty() && run.find(quote) != std::string::npos;
            run.clear();
        }
        if (!found)
            fail("rule " + r.id + " v" + std::to_string(r.version) +
                 ": its source.quote is not in the rows that name it: \"" + quote + "\"");
    }
    return errors;
}

std::vector<std::string> split_cells(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) {
        if (line[i] == '|') {
            std::string c = normalise_spaces(cell);
            c.erase(std::remove(c.begin(), c.end(), '`'), c.end());
            cells.push_back(c);
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    return cells;
}

bool parse_int(const std::string& s, int& out) {
    if (s.empty() || s.size() > 6 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    out = std::stoi(s);
    return true;
}

// The README's "## Rule coverage" section holds a table | seed | system | sentences | modelled |
// not modelled | gap | with one row per seed and a "total" row; it must agree with the counts.
std::vector<std::string> check_readme(const std::string& readme, const std::map<std::string, Counts>& counts) {
    std::vector<std::string> errors;
    std::size_t at = readme.find("\n## Rule coverage\n");
    if (at == std::string::npos) return {"README.md: no \"## Rule coverage\" section"};
    std::size_t end = readme.find("\n## ", at + 1);
    std::istringstream section(readme.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1));
    std::map<std::string, Counts> seen;
    Counts total_row;
    bool has_total = false;
    std::string line;
    while (std::getline(section, line)) {
        if (line.empty() || line[0] != '|') continue;
        std::vector<std::string> cells = split_cells(line);
        Counts c;
        if (cells.size() != 6 || !parse_int(cells[2], c.sentences)) continue;  // header and separator
        if (!parse_int(cells[3], c.modelled) || !parse_int(cells[4], c.not_modelled) || !parse_int(cells[5], c.gap)) {
            errors.push_back("README.md: row \"" + cells[0] + "\" has a count that is not a number");
            continue;
        }
        if (cells[0] == "total") {
            total_row = c;
            has_total = true;
        } else if (!seen.emplace(cells[0], c).second) {
            errors.push_back("README.md: " + cells[0] + " has two rows");
        }
    }
    auto same = [](const Counts& a, const Counts& b) {
        return a.sentences == b.sentences && a.modelled == b.modelled && a.not_modelled == b.not_modelled &&
               a.gap == b.gap;
    };
    auto show = [](const Counts& c) {
        return std::to_string(c.sentences) + " | " + std::to_string(c.modelled) + " | " +
               std::to_string(c.not_modelled) + " | " + std::to_string(c.gap);
    };
    Counts total;
    for (const auto& [seed, c] : counts) {
        total.sentences += c.sentences;
        total.modelled += c.modelled;
        total.not_modelled += c.not_modelled;
        total.gap += c.gap;
        auto row = seen.find(seed);
        if (row == seen.end())
            errors.push_back("README.md: no row for " + seed + " (should be " + show(c) + ")");
        else if (!same(row->second, c))
            errors.push_back("README.md: " + seed + " says " + show(row->second) + ", the table gives " + show(c));
    }
    for (const auto& [seed, c] : seen)
        if (!counts.count(seed)) errors.push_back("README.md: row for " + seed + ", which is not a seed");
    if (!has_total)
        errors.push_back("README.md: no \"total\" row (should be " + show(total) + ")");
    else if (!same(total_row, total))
        errors.push_back("README.md: total says " + show(total_row) + ", the tables give " + show(total));
    return errors;
}

std::vector<std::string> files_in(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> names;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (it->is_regular_file(ec) && name.size() > suffix.size() && name.ends_with(suffix)) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<RuleQuote> pack_rules() {
    std::vector<RuleQuote> out;
    for (const std::string& name : files_in(test_support::kSourceDir + "/assets/rules", ".json")) {
        nlohmann::json pack = nlohmann::json::parse(read_file(test_support::kSourceDir + "/assets/rules/" + name), nullptr, false);
        EXPECT_FALSE(pack.is_discarded()) << name << " is not JSON";
        if (pack.is_discarded() || !pack.contains("rules") || !pack["rules"].is_array()) continue;
        for (const nlohmann::json& r : pack["rules"]) {
            if (!r.is_object()) continue;
            RuleQuote q;
            q.id = r.value("id", "");
            q.version = r.value("version", 0);
            if (r.contains("source") && r["source"].is_object()) {
                q.file = r["source"].value("file", "");
                q.quote = r["source"].value("quote", "");
            }
            out.push_back(q);
        }
    }
    return out;
}

std::string seed_stem(const std::string& seed) { return seed.substr(0, seed.size() - 4); }

TEST(Coverage, SplitterEndsSentencesAtLinesAndStopsNotAtAbbreviations) {
    const std::vector<std::string> want = {
        "Rubrik",
        "Søg fx. Jobs hver uge (max. 4 per månad).",
        "Det gælder dvs. Alle.",
        "Hvad er drømmejobbet?",
        "Hvad er et acceptabelt job?",
        "Nummer 1. januar står.",
        "Sök t.ex. Arbete.",
        "Det är bl.a. Viktigt.",
        "Sista.",
        "**Fet** text.",
        "Över gränsen.",
        "2 veckor räcker.",
        "Ett halvt",
        "stycke."};
    EXPECT_EQ(split_sentences("\n\nRubrik\n\n  Søg fx. Jobs hver uge (max. 4 per månad). Det gælder dvs. Alle.\n"
                              "Hvad er drømmejobbet? Hvad er et acceptabelt job?\nNummer 1. januar står.\n"
                              "Sök t.ex. Arbete.\xC2\xA0 Det är bl.a. Viktigt. Sista. **Fet** text. Över gränsen.\xE2\x80\xAF"
                              "2 veckor räcker.\n \xC2\xA0\nEtt   halvt\n\nstycke."),
              want);
}

TEST(Coverage, CheckerReportsEveryKindOfBrokenTable) {
    const std::string seed = "Rubrik\nEn regel gäller. Den andra delen.\nTredje meningen.\nFjärde.";
    const std::vector<RuleQuote> rules = {
        {"x.one", 1, "s.txt", "En regel gäller. Den andra"},
        {"x.two", 1, "s.txt", "Fjärde."},
        {"x.elsewhere", 1, "other.txt", "Not in this seed."}};
    nlohmann::json good = nlohmann::json::parse(R"({"seed": "s.txt", "sentences": [
        {"n": 1, "text": "Rubrik", "not_modelled": "heading"},
        {"n": 2, "text": "En regel gäller.", "rules": ["x.one"]},
        {"n": 3, "text": "Den andra delen.", "rules": ["x.one"]},
        {"n": 4, "text": "Tredje meningen.", "gap": "nothing decides it yet"},
        {"n": 5, "text": "Fjärde.", "rules": ["x.two", "x.elsewhere"]}]})",
                                                nullptr, false);
    ASSERT_FALSE(good.is_discarded());
    Counts c;
    EXPECT_EQ(check_table("s.txt", seed, good, rules, c), std::vector<std::string>{});
    EXPECT_EQ(c.sentences, 5);
    EXPECT_EQ(c.modelled, 3);
    EXPECT_EQ(c.not_modelled, 1);
    EXPECT_EQ(c.gap, 1);

    nlohmann::json broken = good;
    broken["sentences"][2]["rules"] = {"x.two"};              // x.one's quote no longer within its rows
    broken["sentences"][3].erase("gap");                       // neither rules nor not_modelled nor gap
    broken["sentences"][4]["rules"] = {"x.two", "x.nowhere"};  // an id no pack has
    broken["sentences"][0]["text"] = "Rubriken";               // text differs
    std::vector<std::string> got = check_table("s.txt", seed, broken, rules, c);
    EXPECT_EQ(got, (std::vector<std::string>{
                       "s.txt: sentence 1: text differs: table \"Rubriken\", seed \"Rubrik\"",
                       "s.txt: sentence 4: has neither rules nor not_modelled nor gap",
                       "s.txt: sentence 5: names rule x.nowhere, which no pack has",
                       "s.txt: rule x.one v1: its source.quote is not in the rows that name it: "
                       "\"En regel gäller. Den andra\""}));

    nlohmann::json swapped = good;  // rows 4 and 5 swapped, and the last one missing
    std::swap(swapped["sentences"][3], swapped["sentences"][4]);
    swapped["sentences"].erase(4);
    swapped["sentences"][3]["n"] = 4;
    got = check_table("s.txt", seed, swapped, rules, c);
    EXPECT_EQ(got, (std::vector<std::string>{
                       "s.txt: sentence 4 is out of order: the row holds sentence 5 \"Fjärde.\"",
                       "s.txt: sentence 5 is missing from the table: \"Fjärde.\"",
                       "s.txt: rule x.two v1: its source.quote is not in the rows that name it: \"Fjärde.\""}));

    nlohmann::json both = good;
    both["sentences"][0]["gap"] = "also a gap";
    both["seed"] = "t.txt";
    got = check_table("s.txt", seed, both, rules, c);
    EXPECT_EQ(got, (std::vector<std::string>{"s.txt: \"seed\" does not name s.txt",
                                             "s.txt: sentence 1: has more than one of rules, not_modelled, gap"}));
}

TEST(Coverage, ReadmeCheckerReportsDrift) {
    std::map<std::string, Counts> counts = {{"a.txt", {5, 3, 1, 1}}, {"b.txt", {2, 0, 2, 0}}};
    const std::string good = "# X\n\n## Rule coverage\n\n| seed | system | sentences | modelled | not modelled | gap |\n"
                             "| --- | --- | ---: | ---: | ---: | ---: |\n| `a.txt` | fi | 5 | 3 | 1 | 1 |\n"
                             "| `b.txt` | dk | 2 | 0 | 2 | 0 |\n| total | | 7 | 3 | 3 | 1 |\n";
    EXPECT_EQ(check_readme(good, counts), std::vector<std::string>{});
    std::string drifted = good;
    drifted.replace(drifted.find("| 5 | 3 | 1 | 1 |"), 17, "| 5 | 4 | 1 | 0 |");
    drifted.replace(drifted.find("| `b.txt`"), 9, "| `c.txt`");
    EXPECT_EQ(check_readme(drifted, counts),
              (std::vector<std::string>{"README.md: a.txt says 5 | 4 | 1 | 0, the table gives 5 | 3 | 1 | 1",
                                        "README.md: no row for b.txt (should be 2 | 0 | 2 | 0)",
                                        "README.md: row for c.txt, which is not a seed"}));
    EXPECT_EQ(check_readme("# X\n\n## Other\n", counts),
              std::vector<std::string>{"README.md: no \"## Rule coverage\" section"});
}

// The real tables: one per seed, each right, and the README's counts agree with them.
TEST(Coverage, EverySeedSentenceIsAccountedFor) {
    const std::vector<RuleQuote> rules = pack_rules();
    ASSERT_GT(rules.size(), 50u);
    const std::vector<std::string> seeds = files_in(test_support::kSourceDir + "/assets/seeds", ".txt");
    ASSERT_GE(seeds.size(), 5u);
    std::map<std::string, Counts> counts;
    for (const std::string& seed : seeds) {
        const std::string path = test_support::kSourceDir + "/assets/rules/coverage/" + seed_stem(seed) + ".json";
        nlohmann::json table = nlohmann::json::parse(read_file(path), nullptr, false);
        ASSERT_FALSE(table.is_discarded()) << path << " is missing or not JSON";
        for (const std::string& e : check_table(seed, read_file(test_support::kSourceDir + "/assets/seeds/" + seed), table, rules,
                                                counts[seed]))
            ADD_FAILURE() << e;
        // Issue 11's "done": no sentence that decides something is left without its rule.
        EXPECT_EQ(counts[seed].gap, 0) << seed << " still has gap rows";
    }
    for (const std::string& table : files_in(test_support::kSourceDir + "/assets/rules/coverage", ".json"))
        EXPECT_TRUE(std::count(seeds.begin(), seeds.end(), table.substr(0, table.size() - 5) + ".txt"))
            << "coverage/" << table << " has no seed";
    for (const std::string& e : check_readme(read_file(test_support::kSourceDir + "/README.md"), counts)) ADD_FAILURE() << e;
}

}  // namespace
}  // namespace jobbplan
