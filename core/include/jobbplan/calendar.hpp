#pragma once
// Calendar values for the rule engine. Dates are date::year_month_day (strict, no time of day):
// every rule in the seeds speaks in days, weeks and months, never in clock time, except the
// Trelleborg 48-hour signing window, counted in hours from the events' optional time of day
// (TimeOfDay; without one, the rule note's cautious reading).
#include <date/date.h>
#include <date/iso_week.h>

#include <optional>
#include <string>
#include <string_view>

namespace jobbplan {

using Date = date::year_month_day;

// Parses exactly "YYYY-MM-DD" and rejects impossible dates (2023-02-29, 2024-13-01).
std::optional<Date> parse_date(std::string_view text);

// The years a jobseeker's record can hold (births from 1900, plans up to 2100). The profile reader
// refuses any other date, so every form and the demo clock refuse them too: a typo such as
// 1025-03-01 must be turned away where it is typed, never stored where it would make the whole
// record unreadable. A typo like 1013 for 2013 would also make the report walk a thousand years.
inline constexpr int kEarliestRecordYear = 1900;
inline constexpr int kLatestRecordYear = 2100;
bool in_record_range(Date d);
// parse_date, and within the record's years.
std::optional<Date> parse_record_date(std::string_view text);
std::string to_string(Date d);

// A time of day, 00:00 to 23:59, as minutes after midnight.
struct TimeOfDay {
    int minutes = 0;  // 0..1439
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};
// Parses exactly "HH:MM" (two digits each, 00:00 to 23:59); anything else is refused.
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);
std::string to_string(TimeOfDay t);  // "09:05"

struct IsoWeek {
    int year = 0;
    unsigned week = 0;  // 1..53
    friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
};
IsoWeek iso_week_of(Date d);
Date monday_of(IsoWeek w);
Date sunday_of(IsoWeek w);
std::string to_string(IsoWeek w);  // "2026-W48"

std::string month_label(Date d);   // "2026-11": the month a date falls in, as periods are labelled
Date first_of_month(Date d);
Date last_of_month(Date d);
Date add_days(Date d, int days);
Date add_months(Date d, int months);  // clamps to the month's last day (31 Jan + 1 month = 28/29 Feb)
int days_between(Date from, Date to);  // to - from, in days
// From `from` on `from_day` to `to` on `to_day`, in minutes (negative when `to` comes first): the
// time left of Trelleborg's 48 hours to sign a plan.
long long minutes_between(Date from_day, TimeOfDay from, Date to_day, TimeOfDay to);

}  // namespace jobbplan
