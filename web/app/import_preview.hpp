#pragma once
// Importing a file is two steps: the file is read into a preview of what it would do (what a merge
// adds, finds already here, or finds differing), and only the person's confirmation changes data.
#include "app/app_state.hpp"
#include "jobbplan/diagnostics.hpp"

#include <optional>
#include <string>

namespace jobbplan::web {

// The first few problems, each naming its field: enough to fix the file, short enough to read.
// An import and a file opened to look at refuse the same file in the same words.
std::string refusal_text(const Problems& problems);

ImportPreview preview_import(std::string file_name, Profile incoming, const std::optional<Profile>& current);

struct Imported {
    Profile profile;
    bool merged = false;  // merged into the current profile, rather than replacing it
};
// A merge is only made into a profile of the same system; anything else replaces it.
Imported confirm_import(ImportPreview preview, const std::optional<Profile>& current, bool replace);

// The message a merge gets: how many entries were new, already here, or differing.
Params merge_message_params(const MergeCounts& counts);

}  // namespace jobbplan::web
