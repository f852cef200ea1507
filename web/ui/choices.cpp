#include "ui/choices.hpp"

#include "jobbplan/profile.hpp"

#include <algorithm>
#include <deque>
#include <string>

namespace jobbplan::web::ui {
namespace {

struct Cache {
    std::string system;
    Date on{};
    bool filled = false;
    SystemChoices choices;
    std::vector<std::string> municipality_labels;  // "Borgå / Porvoo"
    std::deque<std::string> extra_keys;            // labels of values kept though not offered
};

Cache& cache() {
    static Cache c;
    return c;
}

const std::string& extra_key(std::string key) {
    auto& keys = cache().extra_keys;
    auto it = std::find(keys.begin(), keys.end(), key);
    if (it != keys.end()) return *it;
    return keys.emplace_back(std::move(key));  // a deque keeps the others where they are
}

template <class T>
std::vector<Choice> list(const std::vector<T>& options, std::string_view current, std::string_view prefix) {
    std::vector<Choice> out;
    out.reserve(options.size() + 1);
    for (const T& o : options) out.push_back({o.id.c_str(), o.label_key.c_str()});
    const bool offered = std::any_of(options.begin(), options.end(), [&](const T& o) { return o.id == current; });
    if (!current.empty() && !offered) {
        const std::string& key = extra_key(std::string{prefix} + std::string{current});
        out.push_back({key.c_str() + prefix.size(), key.c_str()});
    }
    return out;
}

}  // namespace

const SystemChoices& system_choices_for(const Ctx& c) {
    Cache& k = cache();
    const std::string& system = c.state.profile ? c.state.profile->situation.system : std::string();
    const Date on = c.state.effective_date();
    if (!k.filled || k.system != system || !(k.on == on)) {
        k.system = system;
        k.on = on;
        k.filled = true;
        k.choices = system_choices(system, builtin_rule_book(), on);
        k.municipality_labels.clear();
        for (const Municipality& m : k.choices.municipalities) {
            std::string label;
            for (const std::string& n : m.names) label += (label.empty() ? "" : " / ") + n;
            k.municipality_labels.push_back(std::move(label));
        }
    }
    return k.choices;
}

std::vector<Choice> categories_for(const Ctx& c, std::string_view current) {
    return list(system_choices_for(c).categories, current, "ui.category.");
}
std::vector<Choice> benefits_for(const Ctx& c, std::string_view current) {
    return list(system_choices_for(c).benefits, current, "ui.benefit.");
}
std::vector<Choice> event_types_for(const Ctx& c, std::string_view current) {
    return list(system_choices_for(c).event_types, current, "ui.event.");
}
std::vector<Choice> parties_for(const Ctx& c, std::string_view current) {
    return list(system_choices_for(c).parties, current, "ui.party.");
}
std::vector<Choice> modes_for(const Ctx& c) { return list(system_choices_for(c).modes, {}, "ui.mode."); }
std::vector<Choice> planned_changes_for(const Ctx& c, std::string_view current) {
    return list(system_choices_for(c).planned_changes, current, "ui.change.");
}

std::vector<Choice> municipalities_for(const Ctx& c) {
    const SystemChoices& s = system_choices_for(c);
    const auto& labels = cache().municipality_labels;
    std::vector<Choice> out;
    for (size_t i = 0; i < s.municipalities.size(); ++i) {
        const Municipality& m = s.municipalities[i];
        out.push_back({m.id.c_str(), m.label_key.c_str(), m.names.empty() ? nullptr : labels[i].c_str()});
    }
    return out;
}

std::vector<Choice> languages_for(const Ctx& c) { return list(system_choices_for(c).languages, {}, "ui.language."); }

std::span<const Choice> statuses() {
    static constexpr Choice s[] = {{"sent", "ui.entry_status.sent"},         {"interview", "ui.entry_status.interview"},
                                   {"rejected", "ui.entry_status.rejected"}, {"offer", "ui.entry_status.offer"},
                                   {"hired", "ui.entry_status.hired"},       {"withdrawn", "ui.entry_status.withdrawn"}};
    return s;
}

std::span<const Choice> how_applied() {
    static constexpr Choice s[] = {{"online", "ui.how.online"},   {"email", "ui.how.email"}, {"letter", "ui.how.letter"},
                                   {"in_person", "ui.how.in_person"}, {"phone", "ui.how.phone"}, {"other", "ui.how.other"}};
    return s;
}

}  // namespace jobbplan::web::ui
