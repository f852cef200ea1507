#pragma once
// Choice lists for the forms, read from the core's system_choices (jobbplan/choices.hpp) for the
// profile's system on the app's date: the UI decides no rule, it only shows what the core offers.
// Values are the profile schema's ids; labels are ui catalogue keys (or names, for municipalities).
#include "jobbplan/choices.hpp"
#include "ui/form.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace jobbplan::web::ui {

// The core's choices for the shown profile's system on the effective date (kept until either changes).
const SystemChoices& system_choices_for(const Ctx& c);

// Lists that end with the value being edited when the core does not offer it (an imported or old
// entry keeps its own type, party or kind instead of showing a raw id).
std::vector<Choice> categories_for(const Ctx& c, std::string_view current = {});
std::vector<Choice> benefits_for(const Ctx& c, std::string_view current = {});
std::vector<Choice> event_types_for(const Ctx& c, std::string_view current = {});
std::vector<Choice> parties_for(const Ctx& c, std::string_view current = {});
std::vector<Choice> modes_for(const Ctx& c);
std::vector<Choice> planned_changes_for(const Ctx& c, std::string_view current = {});
// "Borgå / Porvoo", ..., "Another municipality"; values are Municipality ids.
std::vector<Choice> municipalities_for(const Ctx& c);
// "" not stated, languages by name in the UI language, "other".
std::vector<Choice> languages_for(const Ctx& c);

std::span<const Choice> statuses();
std::span<const Choice> how_applied();

}  // namespace jobbplan::web::ui
