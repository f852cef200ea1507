#pragma once
// Choice lists for the forms; values are the profile schema's ids, labels are ui catalogue keys.
#include "ui/form.hpp"

#include <span>
#include <string_view>

namespace jobbplan::web::ui {

std::span<const Choice> categories_for(std::string_view system);
std::span<const Choice> benefits_for(std::string_view system);
std::span<const Choice> event_types();
std::span<const Choice> statuses();
std::span<const Choice> how_applied();
std::span<const Choice> parties();
std::span<const Choice> modes();
std::span<const Choice> planned_changes();

}  // namespace jobbplan::web::ui
