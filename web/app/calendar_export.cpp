#include "app/calendar_export.hpp"

#include "jobbplan/report_text.hpp"

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

void add_event(std::string& out, const std::string& uid, Date day, const std::string& summary, const std::string& desc) {
    out += "BEGIN:VEVENT\r\n";
    out += "UID:" + uid + "@jobbplan.local\r\n";
    out += "DTSTAMP:" + ics_date(day) + "T000000Z\r\n";
    out += "DTSTART;VALUE=DATE:" + ics_date(day) + "\r\n";
    out += "DTEND;VALUE=DATE:" + ics_date(add_days(day, 1)) + "\r\n";
    out += folded("SUMMARY:" + ics_text(summary));
    if (!desc.empty()) out += folded("DESCRIPTION:" + ics_text(desc));
    out += "END:VEVENT\r\n";
}

}  // namespace

std::string calendar_ics(const Report& report, const Catalogue& cat) {
    std::string out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Jobbplan//Jobbplan//EN\r\nCALSCALE:GREGORIAN\r\n";
    int n = 0;
    for (const Meeting& m : report.meetings) {
        if (m.status == "held") continue;
        add_event(out, "meeting-" + std::to_string(++n) + "-" + ics_date(m.latest), m.latest,
                  meeting_title(m, cat),
                  cat.text(m.why.text_key, m.why.params));
    }
    for (const Deadline& d : report.deadlines) {
        if (d.status == "met") continue;
        add_event(out, "deadline-" + std::to_string(++n) + "-" + ics_date(d.due), d.due, deadline_title(d, cat),
                  cat.text(d.why.text_key, d.why.params));
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

}  // namespace jobbplan::web
