#pragma once
// Tab and Shift+Tab through every interactive widget of the screen, in the order the screens draw
// them (top to bottom, left to right). ImGui 1.86 tabs between text fields only, and reaches
// buttons, checkboxes and combos with the arrow keys alone.
#include <imgui.h>

#include <string>
#include <string_view>

namespace jobbplan::web::ui {

// Before drawing: `tab` is +1 (Tab), -1 (Shift+Tab) or 0; the target comes from the last frame's order.
void focus_begin_frame(int tab);
// After each tracked widget (`id` 0: the last item's; text has none and is skipped); takes the focus
// if it is the target. Returns whether it has the keyboard focus.
bool focus_item(ImGuiID id, bool text_field, std::string_view tracked_id = {});
// The widget tracked as `tracked_id` takes the focus when it is next drawn, scrolled into view (a
// text field ready for typing): an error summary's line leads to its field.
void focus_widget(std::string tracked_id);
// The next widget drawn takes the focus: a new screen starts where its content starts.
void focus_next_drawn();

}  // namespace jobbplan::web::ui
