// The arbetsmarknadsplanering: five sections (Nuläge, Målsättning, Kompetens, Överenskommelse,
// Uppföljning) and signing with BankID in Mina ärenden within 48 hours, else it is withdrawn.
// The 48 hours are counted from the events' times of day; without them, cautiously (rule note).
#include "trelleborg_parts.hpp"

#include <cstddef>
#include <string>

namespace jobbplan::detail::se {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// How many digits (at most `most`, at least one) a number at `i` can take, greedy first: the
// callers try the longer reading, then the shorter, as a pattern with \d{1,2} backtracks.
std::size_t digits_at(const std::string& t, std::size_t i, std::size_t most) {
    std::size_t n = 0;
    while (n < most && i + n < t.size() && digit(t[i + n])) ++n;
    return n;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The start of a month's name in Swedish, Danish, English or Finnish ("dec", "december",
// "joulukuuta", "maj"): a date may be written "3 december" as well as in figures.
bool month_name_at(const std::string& t, std::size_t i) {
    static const char* const stems[] = {"jan", "feb", "mar", "apr", "maj", "may", "jun", "jul", "aug", "sep",
                                        "okt", "oct", "nov", "dec", "tammi", "helmi", "maalis", "huhti", "touko",
                                        "kes\xC3\xA4", "hein\xC3\xA4", "elo", "syys", "loka", "marras", "joulu"};
    for (const char* stem : stems) {
        std::size_t k = 0;
        while (stem[k] && i + k < t.size() && lower(t[i + k]) == stem[k]) ++k;
        if (!stem[k]) return true;
    }
    return false;
}

// The length of a date written at `i`, or 0: 2026-12-03 (ISO), 3/12 (with or without a year
// after it), 3.12. or 3.12.2026 (as Danish and Finnish write it; "3.12" without the second dot is
// a time of day, 3:12) and 3 december / 3. joulukuuta.
std::size_t date_at(const std::string& t, std::size_t i) {
    if (i + 10 <= t.size() && digits_at(t, i, 4) == 4 && t[i + 4] == '-' && digits_at(t, i + 5, 2) == 2 &&
        t[i + 7] == '-' && digits_at(t, i + 8, 2) == 2)
        return 10;
    for (std::size_t day = digits_at(t, i, 2); day >= 1; --day) {
        const std::size_t sep = i + day;
        if (sep < t.size() && t[sep] == '/') {
            if (const std::size_t month = digits_at(t, sep + 1, 2)) return day + 1 + month;
        }
        if (sep < t.size() && t[sep] == '.') {
            for (std::size_t month = digits_at(t, sep + 1, 2); month >= 1; --month)
                if (sep + 1 + month < t.size() && t[sep + 1 + month] == '.') return day + 2 + month;
        }
        std::size_t k = sep;
        if (k < t.size() && t[k] == '.') ++k;
        const std::size_t spaces = k;
        while (k < t.size() && t[k] == ' ') ++k;
        if (k > spaces && month_name_at(t, k)) return k - i + 3;
    }
    return 0;
}

// The text with every date blanked out, leftmost first: what is left may hold the time, so the
// "3.12." of a date is never also read as 3:12.
std::string without_dates(const std::string& t, bool& found) {
    std::string rest = t;
    found = false;
    for (std::size_t i = 0; i < rest.size();) {
        const std::size_t n = date_at(t, i);
        if (!n) {
            ++i;
            continue;
        }
        found = true;
        rest.replace(i, n, n, ' ');
        i += n;
    }
    return rest;
}

// A time of day: 10:00, 9.30 or 23:59, the hour a run of one or two digits (0-23) and the minutes
// two digits (00-59) not followed by another digit.
bool has_time(const std::string& t) {
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (t[i] != ':' && t[i] != '.') continue;
        std::size_t start = i;
        while (start > 0 && digit(t[start - 1])) --start;
        const std::size_t len = i - start;
        if (len < 1 || len > 2) continue;
        const int hour = len == 1 ? t[start] - '0' : (t[start] - '0') * 10 + (t[start + 1] - '0');
        if (hour > 23) continue;
        if (i + 2 >= t.size() || t[i + 1] < '0' || t[i + 1] > '5' || !digit(t[i + 2])) continue;
        if (i + 3 < t.size() && digit(t[i + 3])) continue;
        return true;
    }
    return false;
}

// "Fördjupad uppföljning ska anges med datum och tid": both must be there, e.g. "2026-12-03 10:00"
// or "3.12.2026 kl. 10.00", each as the writer's language writes it.
// Scanned by hand, not with <regex>: the page would carry the whole regex library for a few patterns.
bool has_date_and_time(const std::string& text) {
    bool dated = false;
    const std::string rest = without_dates(text, dated);
    return dated && has_time(rest);
}


}  // namespace

std::vector<PlanSection> plan_sections(const Profile& p, const RulePack& pack, Date on) {
    static const std::pair<const char*, const char*> sections[] = {
        {"plan.se.nulage", "se.plan.nulage"},
        {"plan.se.malsattning", "se.plan.malsattning"},
        {"plan.se.kompetens", "se.plan.kompetens"},
        {"plan.se.overenskommelse", "se.plan.overenskommelse"},
        {"plan.se.uppfoljning", "se.plan.uppfoljning"},
    };
    std::vector<PlanSection> out;
    for (const auto& [key, id] : sections) {
        const Rule* r = pack.at(id, on);
        if (!r) continue;
        PlanSection s{key, false, std::string{"hint."} + key, r->explain()};
        auto it = p.plan.sections.find(key);
        std::string text = it == p.plan.sections.end() ? std::string{} : it->second;
        s.complete = !text.empty();
        if (s.key == "plan.se.uppfoljning" && s.complete && !has_date_and_time(text)) {
            s.complete = false;
            s.hint_key = "hint.plan.se.uppfoljning_datetime";
        }
        out.push_back(std::move(s));
    }
    return out;
}

namespace {

// Minutes since 1970-01-01 00:00 of `d` at `minute` past midnight.
long long minute_of(Date d, int minute) {
    return static_cast<long long>(date::sys_days{d}.time_since_epoch().count()) * 1440 + minute;
}

}  // namespace

void signing(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    const Rule* r = pack.at("se.plan.sign", on);
    if (!r) return;
    const int hours = int_param(r, "hours", 48);
    std::optional<Deadline> latest;
    std::vector<std::size_t> mine;  // this rule's deadlines in f.deadlines
    for (const Event& sent : p.events) {
        if (sent.type != "plan_sent" || sent.date > on) continue;
        // "48 timmar": counted in minutes from the time the plan was sent. Without that time, the
        // cautious reading (rule note): sent at 00:00, so the last minute is 23:59 the day before
        // the 48 hours end; a signature without a time counts as made at 23:59 on its day.
        const long long sent_at = minute_of(sent.date, sent.time ? sent.time->minutes : 0);
        long long last = sent_at + static_cast<long long>(hours) * 60;
        if (!sent.time) last -= 1;
        const long long day = last >= 0 ? last / 1440 : (last - 1439) / 1440;
        Deadline d;
        d.kind_key = "deadline.se.sign_plan";
        d.due = Date{date::sys_days{date::days{day}}};
        d.due_time = TimeOfDay{static_cast<int>(last - day * 1440)};
        d.why = r->explain({{"sent", to_string(sent.date)}, {"due", to_string(d.due)}, {"due_time", to_string(*d.due_time)}});
        const Event* in_time = nullptr;
        for (const Event& s : p.events)
            if (s.type == "plan_signed" && sent.date <= s.date && s.date <= on &&
                minute_of(s.date, s.time ? s.time->minutes : 1439) <= last && !in_time)
                in_time = &s;
        d.status = deadline_status(in_time != nullptr, d.due, on);
        if (in_time) d.decided_by = decided_by(*in_time);
        if (!latest || latest->due <= d.due) latest = d;
        f.deadlines.push_back(std::move(d));
        mine.push_back(f.deadlines.size() - 1);
    }
    // Only the latest plan sent decides today's state; an older withdrawn plan was since replaced
    // by a newer one, so its missed signature is history ("replaced"), not something still late.
    if (!latest) return;
    for (std::size_t i : mine) {
        Deadline& d = f.deadlines[i];
        if (d.status == DeadlineStatus::Overdue && d.due < latest->due) d.status = DeadlineStatus::Replaced;
    }
    if (latest->status == DeadlineStatus::Overdue) {
        f.notices.push_back(explain(r, {{"sent", latest->why.params.front().second}}, "notice.se.plan_withdrawn"));
        f.statuses.push_back({"status.se.plan_withdrawn", f.notices.back()});
    } else if (latest->status == DeadlineStatus::Open) {
        f.statuses.push_back({"status.se.sign_plan", latest->why});
        // "Sökande ansvarar för att kontakta Arbetsmarknadssekreterare om det uppstår problem vid
        // signering": said while the signature is still to come, when it can still help.
        if (const Rule* problems = pack.at("se.plan.sign_problems", on)) f.notices.push_back(problems->explain({}));
    }
}

void plan_on_record(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    // "Den arbetssökande ansvarar själv för att ha en aktuell arbetsmarknadsplanering": a plan is on
    // record when one was signed on or before the report date, or the situation holds the
    // Överenskommelse's number (it is part of a plan). A plan sent (waiting for the signature, or
    // withdrawn) or broken has its own status and notice, which say what to do instead.
    const Rule* r = pack.at("se.plan.none", on);
    if (!r) return;
    if (p.situation.agreed_applications_per_month) return;
    for (const Event& e : p.events)
        if ((e.type == "plan_signed" || e.type == "plan_sent" || e.type == "plan_broken") && e.date <= on) return;
    f.notices.push_back(r->explain());
    f.statuses.push_back({"status.se.no_plan", f.notices.back()});
}

void plan_expiry(const Profile& p, const RulePack& pack, Date on, std::optional<Date> broken, Findings& f) {
    // The plan in force is the last one signed; its `until` is its utgångsdatum (empty = not entered,
    // nothing to judge). A plan broken since it was signed was replaced by the broken plan.
    const Event* plan = nullptr;
    for (const Event& e : p.events)
        if (e.type == "plan_signed" && e.date <= on && (!plan || plan->date <= e.date)) plan = &e;
    if (!plan || !plan->until || (broken && plan->date <= *broken)) return;
    const Rule* current = pack.at("se.plan.current", on);
    if (!current) return;
    const Date ends = *plan->until;
    if (on <= ends) {
        // "ska i god tid innan utgångsdatum kontakta sin Arbetsmarknadssekreterare för att upprätta
        // en ny": the plan's last day is the latest day to have done so.
        Deadline d;
        d.kind_key = "deadline.se.renew_plan";
        d.due = ends;
        d.status = DeadlineStatus::Open;
        d.why = explain(current, {{"until", to_string(ends)}}, "deadline.se.renew_plan");
        f.deadlines.push_back(std::move(d));
        return;
    }
    // Utgången arbetsmarknadsplanering: no new plan until the jobseeker presents one as good or
    // better; with no new contact, closed as avskild two months after it ran out (rule note: from
    // the day after its last day; a contact since then stops it).
    const Rule* expired = pack.at("se.plan.expired", on);
    if (!expired) return;
    const int months = int_param(current, "months", 2);
    const Date avskild = add_months(add_days(ends, 1), months);
    const Event* contact = last_event(p, "contact", add_days(ends, 1), on);
    Deadline d;
    d.kind_key = "deadline.se.avskild";
    d.due = avskild;
    d.status = deadline_status(contact != nullptr, avskild, on);
    if (contact) d.decided_by = decided_by(*contact);
    d.why = explain(current, {{"until", to_string(ends)}, {"due", to_string(avskild)}, {"months", std::to_string(months)}},
                    "deadline.se.avskild");
    f.deadlines.push_back(d);
    f.notices.push_back(expired->explain({{"until", to_string(ends)}}));
    if (d.status == DeadlineStatus::Overdue) f.statuses.push_back({"status.se.closed", d.why});
    else f.statuses.push_back({"status.se.plan_expired", f.notices.back()});
}

}  // namespace jobbplan::detail::se
