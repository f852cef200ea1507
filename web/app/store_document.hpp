#pragma once
// The stored and exported documents. Pure functions: text in, values (or problems) out.
#include "app/app_state.hpp"
#include "jobbplan/diagnostics.hpp"
#include "jobbplan/profile_file.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace jobbplan::web {

inline constexpr const char* kBackupKey = "jobbplan/backup";
inline constexpr std::size_t kMaxImportBytes = kMaxProfileFileBytes;

struct StoredState {
    Settings settings;
    std::optional<Profile> profile;
};

std::string encode_store(const StoredState& s);
Parsed<StoredState> decode_store(std::string_view text);

// An export holds the profile and the report computed on `on`, so a caseworker sees both.
std::string encode_export(const Profile& p, const Report& r, Date on);
std::string export_file_name(Date on);  // jobbplan-2026-11-23.json
// Accepts an export file, a stored copy or a bare profile document (read_profile_file).
Parsed<Profile> decode_import(std::string_view text);

// Merge by id and content: an incoming entry or event with a new id is added; one equal to what is
// here (same id, same content) is already here; one with a known id but other content is added as
// well, under a fresh id, so nothing of either side is lost. The current situation and plan stay:
// a merge adds to the log and never changes who the jobseeker is.
MergeCounts count_merge(const Profile& current, const Profile& incoming);
Profile merge_profiles(const Profile& current, const Profile& incoming);

}  // namespace jobbplan::web
