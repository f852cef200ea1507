#include "ui/focus_order.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <vector>

namespace jobbplan::web::ui {
namespace {

struct Stop {
    ImGuiID id;
    bool text_field;
};

struct Order {
    std::vector<Stop> last, current;  // the last finished frame's stops, this frame's so far
    ImGuiID target = 0;       // where this frame's Tab goes
    bool next_drawn = false;  // a new screen: its first widget takes the focus
    std::string wanted;       // focus_widget's tracked id, until it is drawn
};

Order& order() {
    static Order o;
    return o;
}

void take_focus(ImGuiID id, bool text_field, bool scroll, bool show_ring) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const bool ring_was_visible = !g.NavDisableHighlight;
    ImGui::SetFocusID(id, window);
    // A focus moved for a mouse user stays invisible until they use the keyboard.
    g.NavDisableHighlight = !(show_ring || ring_was_visible);
    if (!g.NavDisableHighlight) g.NavDisableMouseHover = true;
    if (scroll) ImGui::ScrollToBringRectIntoView(window, g.LastItemData.NavRect);
    // A text field reached by Tab is ready for typing, as in a web form.
    if (text_field) {
        g.NavNextActivateId = id;
        g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
    }
}

}  // namespace

void focus_begin_frame(int tab) {
    Order& o = order();
    o.last.swap(o.current);
    o.current.clear();
    o.target = 0;  // a target that was not drawn again is gone
    o.next_drawn = false;
    if (tab == 0 || o.last.empty()) return;
    // An open combo keeps its own keyboard handling (arrows, Enter, Escape).
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID from = g.ActiveId ? g.ActiveId : g.NavId;
    const auto at = std::find_if(o.last.begin(), o.last.end(), [&](const Stop& s) { return s.id == from; });
    const auto n = static_cast<std::ptrdiff_t>(o.last.size());
    std::ptrdiff_t i = at == o.last.end() ? (tab > 0 ? 0 : n - 1) : ((at - o.last.begin()) + tab + n) % n;
    // After mouse use the focus is hidden: the first Tab shows it where it is (after a screen
    // change, on the new screen's first widget) instead of skipping past it.
    if (at != o.last.end() && g.NavDisableHighlight && !g.ActiveId) i = at - o.last.begin();
    if (g.ActiveId) ImGui::ClearActiveID();  // leaves the text field; its text is already kept
    o.target = o.last[static_cast<size_t>(i)].id;
}

bool focus_item(ImGuiID id, bool text_field, std::string_view tracked_id) {
    Order& o = order();
    if (id == 0) id = ImGui::GetItemID();
    if (id == 0) return false;  // text, a progress bar: nothing to press
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (ImGui::GetCurrentWindow()->Flags & ImGuiWindowFlags_Popup) return false;  // a combo's options
    if (std::none_of(o.current.begin(), o.current.end(), [&](const Stop& s) { return s.id == id; })) {
        o.current.push_back({id, text_field});
        if (o.next_drawn) {
            o.next_drawn = false;
            take_focus(id, false, false, false);  // never opens a phone's keyboard by itself
        }
        if (id == o.target) {
            o.target = 0;
            take_focus(id, text_field, true, true);
        }
        if (!o.wanted.empty() && tracked_id == o.wanted) {
            o.wanted.clear();
            take_focus(id, text_field, true, true);
        }
    }
    return (g.NavId == id && !g.NavDisableHighlight) || (text_field && g.ActiveId == id);
}

void focus_next_drawn() { order().next_drawn = true; }

void focus_widget(std::string tracked_id) { order().wanted = std::move(tracked_id); }

}  // namespace jobbplan::web::ui
