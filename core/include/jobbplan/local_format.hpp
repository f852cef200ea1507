#pragma once
// Dates, weeks and months as each language writes them for a reader, and dates as a reader types
// them. The engine and the JSON report keep ISO ("2026-11-23", "2026-W48", "2026-11"); only the
// sentences the page and the CLI's text show pass through here (report_text.hpp, web/ui).
//
//   date     sv 2026-11-23 (Swedish authorities write ISO)   da 23. november 2026
//            fi 23.11.2026                                    en 23 November 2026
//   week     sv vecka 48   da uge 48   fi viikko 48   en week 48; a week of another year than the
//            reference date's: vecka 48, 2025 / uge 48, 2025 / viikko 48/2025 / week 48 of 2025
//   month    sv/da november 2026   fi 11/2026   en November 2026
//
// Any other language (or "") gets ISO back unchanged.
#include "jobbplan/calendar.hpp"
#include "jobbplan/explanation.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace jobbplan {

std::string format_date(Date d, std::string_view lang);
// `with_word` false gives the number alone ("48", "48, 2025") for sentences that hold the word
// themselves in their own case ("i uge {week}", "viikolla {week}"). Without a reference the year
// is always shown.
std::string format_week(IsoWeek w, std::string_view lang, std::optional<Date> reference, bool with_word = true);
std::string format_month(int year, unsigned month, std::string_view lang);
// A period label as the report writes it ("2026-W48" or "2026-11"), for the reader; anything
// else comes back as it is.
std::string format_period(std::string_view label, std::string_view lang, std::optional<Date> reference,
                          bool with_word = true);

// The params of a sentence for the reader: every value that is an ISO date, ISO week or month
// label is written as above, and a time of day (a param whose name ends in "time") as format_time. A param named "week" gets the week's number only (the sentences say
// "uge {week}"); a param named "value" is what the user typed and is left as it is. Numbers and
// words are untouched, so a plural's count still chooses its form.
Params local_params(const Params& params, std::string_view lang, std::optional<Date> reference);

// What a reader types in a date field: ISO (2026-11-23) in every language, and in da and fi also
// day.month.year as they write it (23.11.2026, 1.2.2026). `date` is set only for a real date within
// the record's years (parse_record_date); `problem` then is empty, else it says why in the profile
// reader's words, and `out_of_range` tells a real date outside those years from a non-date.
struct TypedDate {
    std::optional<Date> date;
    bool out_of_range = false;
    std::string problem;  // "\"31.12.9999\" is outside the years 1900 to 2100", "\"23.13.2026\" is not a date"
};
TypedDate parse_local_date(std::string_view text, std::string_view lang);
// What a reader types in a time-of-day field: hours and minutes with a dot or a colon between them,
// the hour in one or two digits ("14.30", "14:30", "9.05"), spaces around ignored. Danes and Finns
// write the dot, and so does Swedish (Språkrådet: "kl. 14.30"); the colon is what clocks show.
std::optional<TimeOfDay> parse_local_time(std::string_view text);
// A time as the language writes it: sv, da, fi "14.30", en "14:30". Stored files keep "14:30".
std::string format_time(TimeOfDay t, std::string_view lang);

// The placeholder a date field shows: "ÅÅÅÅ-MM-DD", "dd.mm.åååå", "pp.kk.vvvv", "YYYY-MM-DD".
std::string date_hint(std::string_view lang);

}  // namespace jobbplan
