#pragma once
// "Delete all my data" is confirmed by typing a word (ui.settings.delete_word: "radera", "slet",
// "poista", "delete"), not by a second click: a page that frames or overlays Jobbplan can steer
// clicks, not what a person types (issue 13 item 9). Letter case, spaces around it and å/ä/ö/æ/ø
// written plainly do not matter, so a phone's auto-capitalised "Radera" counts.
#include "jobbplan/choices.hpp"
#include "jobbplan/i18n.hpp"

#include <string>
#include <string_view>

namespace jobbplan::web {

inline std::string delete_word(std::string_view lang) { return builtin_catalogue(lang).text("ui.settings.delete_word"); }

inline bool delete_word_matches(std::string_view typed, std::string_view lang) {
    const std::string want = folded_name(delete_word(lang));
    return !want.empty() && folded_name(typed) == want;
}

}  // namespace jobbplan::web
