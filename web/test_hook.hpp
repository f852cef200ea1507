#pragma once
// A read-only window into the page for the browser tests (window.jobbplanTest, installed after
// the first frame): the widgets drawn (widget_map.hpp), a state snapshot, and sentences drawn with
// placeholders they lack. Tests click real widgets at their real positions and read what the user
// sees; nothing here changes the page.
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan::web {

class App;

void test_hook_set_app(const App* app);
// A sentence was drawn with {names} it lacks (a bug: the user would read "{days}"); kept for the
// browser tests, which walk every screen in every language and fail on any.
void test_hook_unfilled(std::string_view key, const std::vector<std::string>& names);

}  // namespace jobbplan::web
