#include "widget_map.hpp"

namespace jobbplan::web {
namespace {

std::vector<DrawnWidget>& drawn() {
    static std::vector<DrawnWidget> w;
    return w;
}

std::string& focused() {
    static std::string s;
    return s;
}

}  // namespace

void widget_map_begin_frame() {
    drawn().clear();
    focused().clear();
}

void widget_map_add(std::string_view id, std::string_view label, float x, float y, float w, float h,
                    VisibleRect visible, bool text_field, bool is_focused, bool tappable) {
    drawn().push_back({std::string(id), std::string(label), x, y, w, h, visible, text_field, is_focused, tappable});
}

const std::vector<DrawnWidget>& widgets_drawn() { return drawn(); }

bool text_field_at(float x, float y) {
    for (const DrawnWidget& r : drawn()) {
        const VisibleRect& v = r.visible;
        if (r.text && x >= v.x && x < v.x + v.w && y >= v.y && y < v.y + v.h) return true;
    }
    return false;
}

void set_focused_label(std::string label) { focused() = std::move(label); }
const std::string& focused_label() { return focused(); }

}  // namespace jobbplan::web
