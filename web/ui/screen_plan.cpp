// Plan draft in the local form (Min Plan, the Finnish employment plan, Trelleborg's five sections).
// Which sections exist and whether each is complete comes from the report; the UI only edits text.
#include "ui/choices.hpp"
#include "ui/form.hpp"
#include "ui/style.hpp"
#include "ui/ui.hpp"

namespace jobbplan::web::ui {
namespace {


std::string plan_as_text(const Ctx& c, const PlanDraft& plan, const Report& r) {
    std::string out = c.tr("ui.plan.heading." + r.system) + "\n\n";
    if (r.system == kDenmark) {
        out += c.tr("ui.plan.job_goals") + "\n";
        for (size_t i = 0; i < plan.job_goals.size(); ++i) out += std::to_string(i + 1) + ". " + plan.job_goals[i] + "\n";
        out += "\n";
    }
    for (const PlanSection& s : r.plan) {
        auto it = plan.sections.find(s.key);
        if (it == plan.sections.end()) continue;
        out += c.tr(s.key) + "\n" + it->second + "\n\n";
    }
    return out;
}

}  // namespace

void draw_plan(const Ctx& c) {
    if (!c.state.profile || !c.state.report) return;
    const Report& r = *c.state.report;
    if (c.ui.plan.generation != c.state.generation && !c.ui.plan.dirty) {
        c.ui.plan.plan = c.state.profile->plan;
        c.ui.plan.generation = c.state.generation;
    }
    heading(c.tr("ui.plan.heading." + r.system));
    // se: a plan waiting for its BankID signature is the most urgent thing on this screen.
    if (const auto& signing = system_choices_for(c).plan_signing) draw_plan_signing(c, *signing);
    int complete = 0;
    for (const PlanSection& s : r.plan) complete += s.complete ? 1 : 0;
    wrapped(c.tr("ui.plan.completeness", {{"done", std::to_string(complete)}, {"total", std::to_string(r.plan.size())}}));
    track("plan.completeness");
    ImGui::ProgressBar(r.plan.empty() ? 1.0f : static_cast<float>(complete) / r.plan.size(), ImVec2(-1, 0), "");

    const Palette& pal = palette(c.state.settings.shown_theme());
    // dk: Min Plan's job goals, as many as the pack asks for (dk.plan.job_goals, for dagpenge).
    if (const size_t goals = system_choices_for(c).job_goals_for(c.state.profile->situation.benefit); goals > 0) {
        if (c.ui.plan.plan.job_goals.size() < goals) c.ui.plan.plan.job_goals.resize(goals);
        for (size_t i = 0; i < c.ui.plan.plan.job_goals.size(); ++i)
            c.ui.plan.dirty |= text_field(c, "plan.goal." + std::to_string(i),
                                        c.tr("ui.plan.job_goal", {{"n", std::to_string(i + 1)}}), c.ui.plan.plan.job_goals[i]);
    }
    for (const PlanSection& s : r.plan) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, s.complete ? pal.ok : pal.warn);
        ImGui::TextUnformatted((std::string(s.complete ? "\xE2\x9C\x93 " : "\xE2\x97\x8B ") + c.tr(s.key)).c_str());
        ImGui::PopStyleColor();
        if (!s.hint_key.empty()) muted(c.tr(s.hint_key));
        if (s.key == "plan.dk.job_goals") continue;  // edited above, one field a goal
        c.ui.plan.dirty |= text_field(c, "plan.section." + s.key, c.tr("ui.plan.your_text"), c.ui.plan.plan.sections[s.key], true);
        explanation(c, "plan." + s.key, s.why);
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(!c.ui.plan.dirty);
    if (button("plan.save", c.tr("ui.save"), true)) {
        PlanDraft clean = c.ui.plan.plan;
        std::erase_if(clean.sections, [](const auto& kv) { return kv.second.empty(); });
        c.send(UpdatePlan{std::move(clean)});
        c.ui.plan.dirty = false;
        c.ui.plan.generation = -1;
    }
    ImGui::EndDisabled();
    same_line_if_fits(c.tr("ui.plan.copy"));
    if (button("plan.copy", c.tr("ui.plan.copy"))) c.send(CopyText{plan_as_text(c, c.ui.plan.plan, r)});
}

}  // namespace jobbplan::web::ui
