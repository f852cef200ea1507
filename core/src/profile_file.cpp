#include "jobbplan/profile_file.hpp"

#include "jobbplan/json_text.hpp"

#include <string>

namespace jobbplan {

using nlohmann::json;

bool unreadable_document_version(const json& doc, Problems& problems) {
    if (!doc.contains("version")) return false;  // the profile's own schema_version still applies
    const json& v = doc["version"];
    if (v.is_number_integer() && v.get<long long>() == kDocumentVersion) return false;
    const std::string reads = "this page reads version " + std::to_string(kDocumentVersion);
    if (v.is_number_integer() && v.get<long long>() > kDocumentVersion)
        problems.push_back({"version", shown(v) + " was written by a newer Jobbplan; " + reads});
    else
        problems.push_back({"version", shown(v) + " is not a valid version; " + reads});
    return true;
}

namespace {

Parsed<Profile> wrapped_profile(const json& doc) {
    Parsed<Profile> p = parse_profile(doc["profile"]);
    for (auto& pr : p.problems) pr.path = "profile." + pr.path;
    return p;
}

}  // namespace

Parsed<Profile> read_profile_file(std::string_view text) {
    Parsed<Profile> out;
    if (text.size() > kMaxProfileFileBytes) {
        out.problems.push_back({"", "the file is larger than 20 MB, which no Jobbplan export reaches"});
        return out;
    }
    JsonRead read = read_json(text);
    if (!read.ok()) {
        // Where it breaks and why (line and column, UTF-16, duplicate keys, nesting), named by field.
        out.problems = std::move(read.problems);
        for (Problem& p : out.problems) p.message = "the file " + p.message;
        return out;
    }
    const json& doc = read.value;
    if (!doc.is_object()) {
        out.problems.push_back({"", "the file does not hold a Jobbplan profile"});
        return out;
    }
    if (doc.contains("format") && doc["format"] == "jobbplan-store") {
        // What the page stores, and what the recovery screen downloads: its profile is read by the
        // same reader as an export's, so a repaired download can be imported again.
        if (unreadable_document_version(doc, out.problems)) return out;
        if (!doc.contains("profile") || doc["profile"].is_null()) {
            out.problems.push_back({"profile", "this stored copy holds no profile (only settings): there is nothing to import"});
            return out;
        }
        return wrapped_profile(doc);
    }
    if (doc.contains("format")) {
        if (doc["format"] != "jobbplan-export" || !doc.contains("profile")) {
            out.problems.push_back({"format", "not a Jobbplan export"});
            return out;
        }
        if (unreadable_document_version(doc, out.problems)) return out;
        return wrapped_profile(doc);
    }
    return parse_profile(doc);
}

}  // namespace jobbplan
