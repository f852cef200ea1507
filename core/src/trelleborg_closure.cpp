// Avslut (seed 004): to work when the employment is judged to give self-support for two months or
// more (the job event's self_supporting and its dates; not known yet = asked); studies by what they
// are (SFI, with CSN, without CSN; see studies() below).
#include "trelleborg_parts.hpp"

#include <algorithm>

namespace jobbplan::detail::se {
namespace {

// SFI studies other than `studies`, started on or before it (any date: SFI studied before registering
// counts, "tidigare studerat svenska för invandrare").
const Event* earlier_sfi(const Profile& p, const Event& studies) {
    for (const Event& e : p.events)
        if (&e != &studies && e.type == "studies_started" && e.cause == "sfi" && e.date <= studies.date) return &e;
    return nullptr;
}

// Studier: what the studies started since registration are decides what the guidelines say.
//  sfi: evaluated continuously, without progress another plan (se.closure.sfi); SFI studied
//       before: another plan than studies in the first place (se.closure.sfi_again).
//  csn: apply for grant and loan, full-time closes as self-supporting (se.closure.studies); after
//       completed SFI the guideline says "ska" (se.closure.after_sfi).
//  no_csn: not accepted as the plan without the avdelningschef's approval (se.closure.no_csn).
//  not stated: the SFI and CSN sentences both, and the question which it is.
void studies(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    auto add = [&](const char* id, Params params = {}, std::string key = {}) {
        const Rule* r = pack.at(id, on);
        if (!r) return;
        Explanation x = explain(r, std::move(params), std::move(key));
        // Two studies of one kind say their sentence once (the dated ones once per date).
        const bool said = std::any_of(f.notices.begin(), f.notices.end(), [&](const Explanation& n) {
            return n.text_key == x.text_key && n.params == x.params;
        });
        if (!said) f.notices.push_back(std::move(x));
    };
    for (const Event& e : p.events) {
        if (e.type != "studies_started" || e.date < p.situation.registered_on || e.date > on) continue;
        const Event* sfi_before = earlier_sfi(p, e);
        const Params dates = sfi_before ? Params{{"date", to_string(e.date)}, {"sfi", to_string(sfi_before->date)}}
                                        : Params{{"date", to_string(e.date)}};
        if (e.cause == "sfi") {
            add("se.closure.sfi");
            if (sfi_before) add("se.closure.sfi_again", dates);
        } else if (e.cause == "csn") {
            add("se.closure.studies");
            if (sfi_before) add("se.closure.after_sfi", dates);
        } else if (e.cause == "no_csn") {
            add("se.closure.no_csn", dates);
        } else {
            add("se.closure.studies");
            add("se.closure.sfi");
            add("se.closure.no_csn", dates, "notice.se.studies_kind_unknown");
        }
    }
}

}  // namespace

void closure(const Profile& p, const RulePack& pack, Date on, Findings& f) {
    if (const Rule* work = pack.at("se.closure.work", on)) {
        int months = int_param(work, "months", 2);
        for (const Event& e : p.events) {
            if (e.type != "job_started" || e.date > on) continue;
            // "anställning som bedöms leda till självförsörjning i två månader eller mer": the job must
            // give self-support (self_supporting, the secretary's judgement) and last two months or
            // more. No end date = an open-ended job: that is two months or more. `until` is the job's
            // last day (as for sickness and leave), so 1 November to 31 December is two months.
            bool long_enough = !e.until || add_days(*e.until, 1) >= add_months(e.date, months);
            Params params{{"date", to_string(e.date)}, {"months", std::to_string(months)}};
            if (e.until) params.push_back({"until", to_string(*e.until)});
            std::string key = "notice.se.job_short";
            if (long_enough && e.self_supporting == true) key = "notice.se.closure_work";
            else if (long_enough && e.self_supporting == false) key = "notice.se.job_not_self_supporting";
            else if (long_enough) key = "notice.se.job_self_support_unknown";  // asked, never decided
            f.notices.push_back(explain(work, params, key));
            if (key == "notice.se.closure_work") f.statuses.push_back({"status.se.closed_work", f.notices.back()});
            if (key == "notice.se.job_self_support_unknown") f.statuses.push_back({"status.se.job_unknown", f.notices.back()});
        }
    }
    studies(p, pack, on, f);
}

}  // namespace jobbplan::detail::se
