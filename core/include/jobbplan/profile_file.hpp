#pragma once
// Any file Jobbplan writes that holds a profile, read the one way the page's import, the file
// opened to look at and the CLI (report, validate, check) all read it:
//  - a bare profile document (assets/schema/profile.schema.json),
//  - the page's export {"format": "jobbplan-export", "version": 1, "profile": ..., "report": ...},
//  - a stored copy {"format": "jobbplan-store", "version": 1, "settings": ..., "profile": ...}
//    (what the recovery screen downloads).
// Problems carry the field path inside the file ("profile.joblog[3].date").
#include "jobbplan/diagnostics.hpp"
#include "jobbplan/profile.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

namespace jobbplan {

inline constexpr std::size_t kMaxProfileFileBytes = 20u * 1024u * 1024u;  // no Jobbplan export reaches it
// Export and store documents are version 1; a later Jobbplan that changes them writes a higher
// number, and this reader then refuses the document by name rather than half-reading it.
inline constexpr int kDocumentVersion = 1;

// True (with a problem) when the document's "version" is one this reader cannot read.
bool unreadable_document_version(const nlohmann::json& doc, Problems& problems);

Parsed<Profile> read_profile_file(std::string_view text);

}  // namespace jobbplan
