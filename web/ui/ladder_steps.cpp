// The consequence ladder as a picture (issue 12.7): its steps as numbered circles on one line, the
// step a recorded event puts you on filled (red), a step the log puts at risk with a warning ring,
// the next one outlined, the rest hollow. Shape, not colour alone, says which is which; the list
// below the picture says each step in words, and the screen-reader mirror reads that list.
#include "ui/ladder_steps.hpp"

#include "ui/style.hpp"

#include "jobbplan/report_text.hpp"

#include <algorithm>
#include <string>

namespace jobbplan::web::ui {

void draw_ladder_steps(const Ctx& c, const ConsequenceLadder& ladder) {
    const int n = static_cast<int>(ladder.steps.size());
    // One step: the sentence says it all. Separate outcomes (dk) are no ladder to draw: circles on
    // one line would say they follow each other; the list below marks each one.
    if (n < 2 || !ladder.escalates) return;
    const Palette& pal = palette(c.state.settings.shown_theme());
    const float line = ImGui::GetTextLineHeight();
    const float width = ImGui::GetContentRegionAvail().x;
    const float radius = std::min(line * 0.8f, width / static_cast<float>(n) * 0.3f);
    const float height = radius * 2 + 4;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));  // a picture, not a control
    track("overview.ladder");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float step_w = width / static_cast<float>(n);
    const float cy = a.y + height * 0.5f;
    auto cx = [&](int i) { return a.x + step_w * (static_cast<float>(i) + 0.5f); };
    for (int i = 0; i + 1 < n; ++i) {
        // A line is walked when both its steps happened (recorded events).
        const bool walked = ladder.steps[static_cast<size_t>(i)].reached && ladder.steps[static_cast<size_t>(i) + 1].reached;
        draw->AddLine(ImVec2(cx(i) + radius, cy), ImVec2(cx(i + 1) - radius, cy),
                      ImGui::GetColorU32(walked ? pal.bad : pal.border), walked ? 3.0f : 1.5f);
    }
    for (int i = 0; i < n; ++i) {
        const ConsequenceStep& s = ladder.steps[static_cast<size_t>(i)];
        const bool here = i == ladder.current;
        const bool next = !s.at_risk && i == ladder.next();
        const ImVec2 centre(cx(i), cy);
        const std::string number = std::to_string(i + 1);
        const ImVec2 size = ImGui::CalcTextSize(number.c_str());
        const ImVec2 text_at(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f);
        if (s.reached) {
            // Filled: this happened (a recorded event); the current one has a ring around it too.
            draw->AddCircleFilled(centre, radius, ImGui::GetColorU32(pal.bad));
            if (here) draw->AddCircle(centre, radius + 3, ImGui::GetColorU32(pal.bad), 0, 2.0f);
            draw->AddText(text_at, ImGui::GetColorU32(pal.background), number.c_str());
        } else {
            const ImVec4 ring = s.at_risk || next ? pal.warn : pal.border;
            draw->AddCircleFilled(centre, radius, ImGui::GetColorU32(pal.surface));
            draw->AddCircle(centre, radius, ImGui::GetColorU32(ring), 0, s.at_risk ? 3.0f : next ? 2.0f : 1.5f);
            draw->AddText(text_at, ImGui::GetColorU32(s.at_risk || next ? pal.warn : pal.text), number.c_str());
            if (s.at_risk) {
                // The warning sign right of the circle: at risk, not happened.
                const char* warn = "\xE2\x9A\xA0";
                draw->AddText(ImVec2(centre.x + radius + 4, centre.y - line * 0.5f), ImGui::GetColorU32(pal.warn), warn);
            }
        }
        if (ImGui::IsMouseHoveringRect(ImVec2(centre.x - radius, centre.y - radius), ImVec2(centre.x + radius, centre.y + radius)))
            tooltip(std::to_string(i + 1) + ". " + c.tr(s.key, step_params(s)));
    }
}

}  // namespace jobbplan::web::ui
