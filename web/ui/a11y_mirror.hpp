#pragma once
// Dear ImGui draws pixels a screen reader cannot read. The mirror restates each screen's key facts
// as real headings and text in an off-canvas DOM region (shell/index.html #a11y-mirror).
#include "ui/ui.hpp"

#include <string>
#include <vector>

namespace jobbplan::web::ui {

struct MirrorItem {
    std::string tag;  // "h1", "h2", "p"
    std::string text;
};

// Trelleborg's signing block on the Plan screen, line by line (plan_signing.cpp).
void mirror_plan_signing(const Ctx& c, const PlanSigning& signing, std::vector<MirrorItem>& out);

// What changed since the last visit, at the top of the overview (since_last_visit_block.cpp).
void mirror_since_last_visit(const Ctx& c, std::vector<MirrorItem>& out);

// "Jobbplan: Joblog": the mirror's heading, and what a screen change announces.
std::string screen_title(const Ctx& c);
std::vector<MirrorItem> mirror_items(const Ctx& c);
std::string mirror_json(const std::vector<MirrorItem>& items);

}  // namespace jobbplan::web::ui
