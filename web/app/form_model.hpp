#pragma once
// Pure conversions between profile fields and what the forms edit, so that a field the user leaves
// alone keeps "not stated" instead of silently becoming false or 0. The ImGui screens only draw;
// these are tested natively (tests/app).
#include <optional>
#include <string>
#include <string_view>

namespace jobbplan::web {

// A yes/no question that may not be answered yet (job_offer_refused: valid reason), as the choice
// list's value: "unknown" (not stated), "yes", "no".
inline std::string answer_from(const std::optional<bool>& v) { return !v ? "unknown" : *v ? "yes" : "no"; }
inline std::optional<bool> answer_to(std::string_view answer) {
    if (answer == "yes") return true;
    if (answer == "no") return false;
    return std::nullopt;
}

// fi: the agreed number only exists once "agreed in my employment plan" is ticked.
inline std::optional<int> agreed_from_form(bool agreed_in_plan, int number) {
    return agreed_in_plan ? std::optional<int>(number) : std::nullopt;
}

}  // namespace jobbplan::web
