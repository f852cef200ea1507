#pragma once
// What the last frame drew, widget by widget: its id, label and rectangle, whether it is a text
// field and whether it has the keyboard focus. The page itself needs it: a tap on a text field
// opens the phone's keyboard (text_field_at, asked by the backend), and the focused widget's
// label is said in the screen reader's live region (focused_label). The browser tests read the
// same map (test_hook.cpp), so they click what a person would click.
#include <string>
#include <string_view>
#include <vector>

namespace jobbplan::web {

// The part of a widget inside its window's visible area (all zero when scrolled out of sight): a
// widget scrolled under the header or off a form's edge is laid out but not drawn there, and a tap
// on that spot is not a tap on it.
struct VisibleRect {
    float x = 0, y = 0, w = 0, h = 0;
};

struct DrawnWidget {
    std::string id, label;
    float x, y, w, h;
    VisibleRect visible;
    bool text = false;
    bool focused = false;  // has the keyboard focus
    bool tappable = false;  // takes a tap or click (ImGui gave it an id); a text line does not

    // Drawn whole, where a finger or pointer can reach all of it.
    bool shown() const { return w > 0 && h > 0 && visible.w >= w - 0.5f && visible.h >= h - 0.5f; }
};

void widget_map_begin_frame();
void widget_map_add(std::string_view id, std::string_view label, float x, float y, float w, float h,
                    VisibleRect visible, bool text_field = false, bool focused = false, bool tappable = false);
const std::vector<DrawnWidget>& widgets_drawn();
// Whether (x, y) lies on the visible part of a text field drawn in the last frame.
bool text_field_at(float x, float y);

// The keyboard-focused widget's label and value, for the screen-reader live region.
void set_focused_label(std::string label);
const std::string& focused_label();

}  // namespace jobbplan::web
