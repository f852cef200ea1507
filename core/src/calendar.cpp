// Calendar arithmetic is delegated to Howard Hinnant's date and iso_week: leap years, ISO week 53
// and month ends are exactly where hand-rolled code goes wrong.
#include "jobbplan/calendar.hpp"

#include <cstdio>

namespace jobbplan {

namespace {
bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}
int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}
}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
    Date out{date::year{number(y)}, date::month{static_cast<unsigned>(number(m))},
             date::day{static_cast<unsigned>(number(d))}};
    if (!out.ok()) return std::nullopt;
    return out;
}

bool in_record_range(Date d) {
    return d.year() >= date::year{kEarliestRecordYear} && d.year() <= date::year{kLatestRecordYear};
}

std::optional<Date> parse_record_date(std::string_view text) {
    auto d = parse_date(text);
    if (d && !in_record_range(*d)) return std::nullopt;
    return d;
}

std::string to_string(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

IsoWeek iso_week_of(Date d) {
    iso_week::year_weeknum_weekday w{date::sys_days{d}};
    return {static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum())};
}

Date monday_of(IsoWeek w) {
    iso_week::year_weeknum_weekday iw{iso_week::year{w.year}, iso_week::weeknum{w.week}, iso_week::mon};
    return Date{date::sys_days{iw}};
}

Date sunday_of(IsoWeek w) { return add_days(monday_of(w), 6); }

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
    const int hour = (text[0] - '0') * 10 + (text[1] - '0');
    const int minute = (text[3] - '0') * 10 + (text[4] - '0');
    if (hour > 23 || minute > 59) return std::nullopt;
    return TimeOfDay{hour * 60 + minute};
}

std::string to_string(TimeOfDay t) {
    std::string out = "00:00";
    out[0] = static_cast<char>('0' + t.minutes / 600);
    out[1] = static_cast<char>('0' + t.minutes / 60 % 10);
    out[3] = static_cast<char>('0' + t.minutes % 60 / 10);
    out[4] = static_cast<char>('0' + t.minutes % 10);
    return out;
}

std::string to_string(IsoWeek w) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02u", w.year, w.week);
    return buf;
}

std::string month_label(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()));
    return buf;
}

Date first_of_month(Date d) { return d.year() / d.month() / date::day{1}; }
Date last_of_month(Date d) { return Date{d.year() / d.month() / date::last}; }

Date add_days(Date d, int days) { return Date{date::sys_days{d} + date::days{days}}; }

Date add_months(Date d, int months) {
    date::year_month ym = d.year() / d.month() + date::months{months};
    Date candidate = ym / d.day();
    if (!candidate.ok()) return Date{ym / date::last};
    return candidate;
}

long long minutes_between(Date from_day, TimeOfDay from, Date to_day, TimeOfDay to) {
    return static_cast<long long>(days_between(from_day, to_day)) * 1440 + to.minutes - from.minutes;
}

int days_between(Date from, Date to) {
    return static_cast<int>((date::sys_days{to} - date::sys_days{from}).count());
}

}  // namespace jobbplan
