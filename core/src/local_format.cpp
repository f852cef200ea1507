// One place that turns the engine's ISO dates, weeks and months into each language's own way of
// writing them (see local_format.hpp for the table) and reads dates typed that way back.
#include "jobbplan/local_format.hpp"

#include <cstdio>

namespace jobbplan {
namespace {

constexpr const char* kMonthsDa[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                     "juli",   "august",  "september", "oktober", "november", "december"};
constexpr const char* kMonthsSv[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                     "juli",    "augusti",  "september", "oktober", "november", "december"};
constexpr const char* kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

bool digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}
int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

// "2026-W48" -> {2026, 48}; weeks 1..53 that the year has.
std::optional<IsoWeek> week_label(std::string_view s) {
    if (s.size() != 8 || s[4] != '-' || s[5] != 'W' || !digits(s.substr(0, 4)) || !digits(s.substr(6, 2)))
        return std::nullopt;
    IsoWeek w{number(s.substr(0, 4)), static_cast<unsigned>(number(s.substr(6, 2)))};
    if (w.week < 1 || w.week > 53 || iso_week_of(monday_of(w)) != w) return std::nullopt;
    return w;
}

// "2026-11" -> {2026, 11}.
bool month_label(std::string_view s, int& year, unsigned& month) {
    if (s.size() != 7 || s[4] != '-' || !digits(s.substr(0, 4)) || !digits(s.substr(5, 2))) return false;
    year = number(s.substr(0, 4));
    month = static_cast<unsigned>(number(s.substr(5, 2)));
    return month >= 1 && month <= 12;
}

std::string quoted(std::string_view text) { return "\"" + std::string{text} + "\""; }

}  // namespace

std::string format_date(Date d, std::string_view lang) {
    const int y = static_cast<int>(d.year());
    const unsigned m = static_cast<unsigned>(d.month()), day = static_cast<unsigned>(d.day());
    if (!d.ok()) return to_string(d);
    char buf[48];
    if (lang == "da")
        std::snprintf(buf, sizeof buf, "%u. %s %d", day, kMonthsDa[m - 1], y);
    else if (lang == "fi")
        std::snprintf(buf, sizeof buf, "%u.%u.%d", day, m, y);
    else if (lang == "en")
        std::snprintf(buf, sizeof buf, "%u %s %d", day, kMonthsEn[m - 1], y);
    else
        return to_string(d);  // sv and anything else: ISO
    return buf;
}

std::string format_week(IsoWeek w, std::string_view lang, std::optional<Date> reference, bool with_word) {
    if (lang != "sv" && lang != "da" && lang != "fi" && lang != "en") return to_string(w);
    const bool same_year = reference && static_cast<int>(reference->year()) == w.year;
    std::string n = std::to_string(w.week);
    if (!same_year) {
        const std::string y = std::to_string(w.year);
        if (lang == "fi") n += "/" + y;
        else if (lang == "en") n += " of " + y;
        else n += ", " + y;
    }
    if (!with_word) return n;
    if (lang == "sv") return "vecka " + n;
    if (lang == "da") return "uge " + n;
    if (lang == "fi") return "viikko " + n;
    return "week " + n;
}

std::string format_month(int year, unsigned month, std::string_view lang) {
    const std::string y = std::to_string(year);
    if (month < 1 || month > 12) return y;
    if (lang == "sv") return std::string{kMonthsSv[month - 1]} + " " + y;
    if (lang == "da") return std::string{kMonthsDa[month - 1]} + " " + y;
    if (lang == "fi") return std::to_string(month) + "/" + y;
    if (lang == "en") return std::string{kMonthsEn[month - 1]} + " " + y;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u", year, month);
    return buf;
}

std::string format_period(std::string_view label, std::string_view lang, std::optional<Date> reference, bool with_word) {
    if (auto w = week_label(label)) return format_week(*w, lang, reference, with_word);
    int year = 0;
    unsigned month = 0;
    if (month_label(label, year, month)) return format_month(year, month, lang);
    return std::string{label};
}

Params local_params(const Params& params, std::string_view lang, std::optional<Date> reference) {
    if (lang != "sv" && lang != "da" && lang != "fi" && lang != "en") return params;
    Params out;
    out.reserve(params.size());
    for (const auto& [name, value] : params) {
        if (name == "value") out.emplace_back(name, value);
        else if (auto t = name.ends_with("time") ? parse_time_of_day(value) : std::nullopt) out.emplace_back(name, format_time(*t, lang));
        else if (auto d = parse_date(value)) out.emplace_back(name, format_date(*d, lang));
        else out.emplace_back(name, format_period(value, lang, reference, name != "week"));
    }
    return out;
}

TypedDate parse_local_date(std::string_view text, std::string_view lang) {
    TypedDate out;
    std::string iso{text};
    if (!parse_date(text) && (lang == "da" || lang == "fi")) {
        // d.m.yyyy: one or two digits for the day and the month, four for the year.
        const std::size_t a = text.find('.'), b = a == std::string_view::npos ? a : text.find('.', a + 1);
        if (b != std::string_view::npos) {
            const std::string_view d = text.substr(0, a), m = text.substr(a + 1, b - a - 1), y = text.substr(b + 1);
            if (digits(d) && d.size() <= 2 && digits(m) && m.size() <= 2 && digits(y) && y.size() == 4) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%s-%02d-%02d", std::string{y}.c_str(), number(m), number(d));
                iso = buf;
            }
        }
    }
    if (!parse_date(iso)) {
        out.problem = quoted(text) + " is not a date";
        return out;
    }
    out.date = parse_record_date(iso);
    if (!out.date) {
        out.out_of_range = true;
        out.problem = quoted(text) + " is outside the years " + std::to_string(kEarliestRecordYear) + " to " +
                      std::to_string(kLatestRecordYear);
    }
    return out;
}

std::optional<TimeOfDay> parse_local_time(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    const std::size_t sep = text.find_first_of(".:");
    if (sep != 1 && sep != 2) return std::nullopt;
    std::string canonical = sep == 1 ? "0" : "";
    canonical += text.substr(0, sep);
    canonical += ':';
    canonical += text.substr(sep + 1);
    return parse_time_of_day(canonical);  // two digits, two digits, 00:00 to 23:59
}

std::string format_time(TimeOfDay t, std::string_view lang) {
    std::string out = to_string(t);
    if (lang == "sv" || lang == "da" || lang == "fi") out[2] = '.';
    return out;
}

std::string date_hint(std::string_view lang) {
    if (lang == "sv") return "ÅÅÅÅ-MM-DD";
    if (lang == "da") return "dd.mm.åååå";
    if (lang == "fi") return "pp.kk.vvvv";
    return "YYYY-MM-DD";
}

}  // namespace jobbplan
