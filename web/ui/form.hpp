#pragma once
// Labelled inputs that validate as you type and report their rectangles to the test hook.
#include "ui/ui.hpp"

#include <optional>
#include <span>
#include <string>

namespace jobbplan::web::ui {

struct Choice {
    const char* value;
    const char* label_key;
    const char* label = nullptr;  // shown as it is (a place's names) instead of the catalogue's label_key
};

bool text_field(const Ctx& c, std::string_view id, const std::string& label, std::string& value, bool multiline = false);
// Keeps what the user typed in `text`; `valid` is false while it is not a real date within the
// years the profile reader takes (kEarliestRecordYear..kLatestRecordYear); read it with field_date.
// ISO is taken in every language, and in da and fi also day.month.year (parse_local_date).
bool date_field(const Ctx& c, std::string_view id, const std::string& label, std::string& text, bool& valid,
                bool optional = false);
// The date a date_field's text holds (as the field reads it), or none.
std::optional<Date> field_date(const Ctx& c, std::string_view text);
bool int_field(const Ctx& c, std::string_view id, const std::string& label, int& value, int min, int max);
bool choice_field(const Ctx& c, std::string_view id, const std::string& label, std::span<const Choice> choices,
                  std::string& value);
bool check_field(const Ctx& c, std::string_view id, const std::string& label, bool& value);
// An error line under the field just drawn: in the error colour, and said with the field.
void error_text(const Ctx& c, const std::string& text);
// A form's problems after Save was pressed, GOV.UK style: "There is a problem" at the top of the
// form and one line per problem; a tap (or Enter) on a line moves the focus to its field.
// (FieldProblem: ui_state.hpp)
void error_summary(const Ctx& c, std::span<const FieldProblem> problems);
// Draws Save as a primary button that is never greyed out: pressed with problems, it shows them
// (`tried` is set, the summary and the fields' errors appear, the focus goes to the summary's
// first line) and returns false; pressed without problems it returns true.
bool save_button(const Ctx& c, std::string_view id, std::span<const FieldProblem> problems, bool& tried);

// A help line under the field just drawn: shown muted, and said with the field when it has the focus.
void field_help(const std::string& text);

}  // namespace jobbplan::web::ui
