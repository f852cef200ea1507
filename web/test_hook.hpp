#pragma once
// A read-only window into the app for browser tests: the last frame's widget rectangles by id and a
// state snapshot. Tests click real widgets at their real positions and read what the user sees.
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan::web {

class App;

void test_hook_begin_frame();
// The part of a widget inside its window's visible area (all zero when scrolled out of sight).
struct VisibleRect {
    float x = 0, y = 0, w = 0, h = 0;
};
void test_hook_widget(std::string_view id, std::string_view label, float x, float y, float w, float h,
                      VisibleRect visible, bool text_field = false, bool focused = false);
// Whether (x, y) lies on the visible part of a text field drawn in the last frame.
bool test_hook_is_text_field(float x, float y);
void test_hook_set_app(const App* app);
// A sentence was drawn with {names} it lacks (a bug: the user would read "{days}"); kept for the
// browser tests, which walk every screen in every language and fail on any.
void test_hook_unfilled(std::string_view key, const std::vector<std::string>& names);

// The keyboard-focused widget's label and value, for the screen-reader live region.
void set_focused_label(std::string label);
const std::string& focused_label();

}  // namespace jobbplan::web
