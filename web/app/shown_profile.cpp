#include "app/shown_profile.hpp"

#include "app/profile_edit.hpp"
#include "jobbplan/assets.hpp"

namespace jobbplan::web {

void recompute(AppState& s) {
    ++s.generation;
    WhatIf& w = s.what_if;
    w.report.reset();
    if (!s.profile) {
        s.report.reset();
        s.since.reset();
        return;
    }
    s.report = compute_report(*s.profile, builtin_rule_book(), s.effective_date());
    update_since(s);
    if (w.steps.empty() && w.days == 0) return;
    // The what-if date stays inside the record's years, like every date the user can give.
    Date on = what_if_report_date(w.steps, add_days(s.effective_date(), w.days));
    if (!in_record_range(on)) on = s.effective_date();
    w.report = compute_report(with_what_ifs(*s.profile, w.steps, *s.report), builtin_rule_book(), on);
}

void update_since(AppState& s) {
    s.since.reset();
    if (!s.report || s.sandbox || s.settings.demo_today || s.since_dismissed) return;
    s.since = since_last_visit(*s.report, s.last_visit);
}

void show_profile(AppState& s, Profile p, bool undoable) {
    if (undoable && s.profile) s.undo.remember(UndoProfile{std::move(*s.profile)});
    s.what_if = WhatIf{};  // another profile: the hypothetical steps were about the old one
    s.profile = in_date_order(std::move(p));
}

}  // namespace jobbplan::web
