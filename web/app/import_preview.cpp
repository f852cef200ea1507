#include "app/import_preview.hpp"

#include "app/store_document.hpp"

namespace jobbplan::web {

std::string refusal_text(const Problems& problems) {
    std::string errors;
    for (size_t i = 0; i < problems.size() && i < 3; ++i) errors += (i ? "; " : "") + problems[i].to_string();
    if (problems.size() > 3) errors += " (+" + std::to_string(problems.size() - 3) + ")";
    return errors;
}

ImportPreview preview_import(std::string file_name, Profile incoming, const std::optional<Profile>& current) {
    ImportPreview preview;
    preview.file_name = std::move(file_name);
    preview.incoming = std::move(incoming);
    preview.counts = count_merge(current ? *current : Profile{}, preview.incoming);
    return preview;
}

Imported confirm_import(ImportPreview preview, const std::optional<Profile>& current, bool replace) {
    const bool merge = !replace && current && current->situation.system == preview.incoming.situation.system;
    if (!merge) return {std::move(preview.incoming), false};
    return {merge_profiles(*current, preview.incoming), true};
}

Params merge_message_params(const MergeCounts& counts) {
    return {{"new", std::to_string(counts.new_entries)},
            {"same", std::to_string(counts.same_entries)},
            {"differ", std::to_string(counts.differing_entries)},
            {"new_events", std::to_string(counts.new_events + counts.differing_events)}};
}

}  // namespace jobbplan::web
