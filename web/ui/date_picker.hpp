#pragma once
// A date field's picker (issue 12): a month of day buttons beside the field, for a phone where
// typing "2026-11-23" is slow. The field stays the way to enter a date; the picker only writes it.
#include "ui/ui.hpp"

#include <string>
#include <string_view>

namespace jobbplan::web::ui {

// Draws "Choose" on the field's line and, while open, the month; a tapped day is written into
// `text` as stored dates are (YYYY-MM-DD, which the field reads in every language). True when it
// wrote.
bool date_picker(const Ctx& c, std::string_view id, std::string& text);

}  // namespace jobbplan::web::ui
