// What if (issue 14): hypothetical steps and a later date over the profile shown. Never stored.
#include "app/handlers.hpp"
#include "app/shown_profile.hpp"

#include <algorithm>

namespace jobbplan::web {

void handle(AppContext& c, const AddWhatIf& a) {
    AppState& s = c.state;
    if (!s.profile || !s.report) return;
    const Date on = add_days(s.effective_date(), s.what_if.days);
    const Date when = what_if_date(a.kind, *s.report, on);
    s.what_if.steps.push_back({a.kind, when});
    // The slider follows a step that falls later, so the what-if side shows it.
    const int days = static_cast<int>((date::sys_days{when} - date::sys_days{s.effective_date()}).count());
    s.what_if.days = std::max(s.what_if.days, days);
    recompute(s);
}

void handle(AppContext& c, const SetWhatIfDays& a) {
    c.state.what_if.days = std::clamp(a.days, 0, WhatIf::kMaxDays);
    recompute(c.state);
}

void handle(AppContext& c, const ResetWhatIf&) {
    c.state.what_if = WhatIf{};
    recompute(c.state);
}

}  // namespace jobbplan::web
