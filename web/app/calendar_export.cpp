#include "app/calendar_export.hpp"

#include "jobbplan/report_text.hpp"

#include <algorithm>
#include <cstdio>

namespace jobbplan::web {
namespace {

std::string ics_date(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    return buf;
}

// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
std::string ics_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\r') continue;  // a CR alone would end the content line early
        out += c;
    }
    return out;
}

// RFC 5545 3.1: content lines longer than 75 octets are folded (CRLF and a space), never inside
// a UTF-8 letter. Returns the line with its CRLF.
std::string folded(const std::string& line) {
    std::string out;
    std::size_t start = 0, limit = 75;
    while (line.size() - start > limit) {
        std::size_t cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out += line.substr(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;  // the leading space of a continuation line counts
    }
    return out + line.substr(start) + "\r\n";
}

struct CalendarEvent {
    std::string uid;
    Date first;            // all-day event from this day ...
    Date last;             // ... through this one (a meeting's window; a deadline's one day)
    std::string summary, description;
    std::string alarm;     // "-P2D" before the end, ... ; empty: no alarm
    bool alarm_on_end = false;
    std::string rrule;     // "FREQ=WEEKLY;BYDAY=FR" for the log reminder; empty: once
};

void add_event(std::string& out, const CalendarEvent& e, Date stamp) {
    out += "BEGIN:VEVENT\r\n";
    out += "UID:" + e.uid + "@jobbplan.local\r\n";
    out += "DTSTAMP:" + ics_date(stamp) + "T000000Z\r\n";
    out += "DTSTART;VALUE=DATE:" + ics_date(e.first) + "\r\n";
    out += "DTEND;VALUE=DATE:" + ics_date(add_days(e.last, 1)) + "\r\n";  // DTEND is exclusive
    if (!e.rrule.empty()) out += "RRULE:" + e.rrule + "\r\n";
    out += folded("SUMMARY:" + ics_text(e.summary));
    if (!e.description.empty()) out += folded("DESCRIPTION:" + ics_text(e.description));
    if (!e.alarm.empty()) {
        // RFC 5545 3.8.6.3: a relative trigger, to the window's close for a meeting.
        out += "BEGIN:VALARM\r\nACTION:DISPLAY\r\n";
        out += std::string("TRIGGER") + (e.alarm_on_end ? ";RELATED=END" : "") + ":" + e.alarm + "\r\n";
        out += folded("DESCRIPTION:" + ics_text(e.summary));
        out += "END:VALARM\r\n";
    }
    out += "END:VEVENT\r\n";
}

}  // namespace

std::string calendar_ics(const Report& report, const Catalogue& cat) {
    std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Jobbplan//Jobbplan//EN\r\nCALSCALE:GREGORIAN\r\n";
    int n = 0;
    const Date on = report.on;
    // Each meeting as its window, with an alarm two days before the window closes (issue 12.13).
    for (const Meeting& m : report.meetings) {
        if (settled(m.status)) continue;
        add_event(out, {"meeting-" + std::to_string(++n) + "-" + ics_date(m.latest), std::max(m.earliest, on), m.latest,
                        meeting_title(m, cat, on), explanation_text(m.why, cat, on), "-P2D", true, {}}, on);
    }
    // Each open deadline on its day, with an alarm the day before.
    for (const Deadline& d : report.deadlines) {
        if (d.status == DeadlineStatus::Met || d.status == DeadlineStatus::Replaced) continue;
        add_event(out, {"deadline-" + std::to_string(++n) + "-" + ics_date(d.due), d.due, d.due, deadline_title(d, cat, on),
                        explanation_text(d.why, cat, on), "-P1D", false, {}}, on);
    }
    // A reminder to log applications, as often as the system judges them: Fridays for weeks, the
    // 25th for months, from the current period on.
    if (report.current_period >= 0 && report.current_period < static_cast<int>(report.periods.size())) {
        const ApplicationPeriod& p = report.periods[static_cast<std::size_t>(report.current_period)];
        const bool weekly = p.kind == "iso_week";
        Date first = weekly ? add_days(p.start, 4) : Date{p.start.year(), p.start.month(), date::day{25}};
        if (first < on) first = weekly ? add_days(first, 7) : add_months(first, 1);
        add_event(out, {"log-reminder-" + std::string(weekly ? "weekly" : "monthly"), first, first,
                        cat.text(weekly ? "ui.calendar.log_reminder_weekly" : "ui.calendar.log_reminder_monthly"),
                        cat.text("ui.calendar.log_reminder_help"), "PT0S", false,
                        weekly ? "FREQ=WEEKLY;BYDAY=FR" : "FREQ=MONTHLY;BYMONTHDAY=25"},
                  on);
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

std::string calendar_file_name(const Report& report, const std::string& whose) {
    return (whose.empty() ? "jobbplan-" + report.system : whose) + "-" + to_string(report.on) + ".ics";
}

}  // namespace jobbplan::web
