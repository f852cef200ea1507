#include "app/store_document.hpp"

#include "jobbplan/json_text.hpp"
#include "jobbplan/profile_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

namespace jobbplan::web {
namespace {

using nlohmann::json;

const char* theme_name(Theme t) {
    switch (t) {
        case Theme::Dark: return "dark";
        case Theme::HighContrast: return "high_contrast";
        default: return "light";
    }
}

Theme theme_from(const json& j) {
    if (j == "dark") return Theme::Dark;
    if (j == "high_contrast") return Theme::HighContrast;
    return Theme::Light;
}

bool known_language(const std::string& l) { return l == "sv" || l == "da" || l == "fi" || l == "en"; }

}  // namespace

std::string encode_store(const StoredState& s) {
    json settings = {{"language", s.settings.language},
                     {"theme", theme_name(s.settings.theme)},
                     {"text_scale", s.settings.text_scale}};
    if (s.settings.demo_today) settings["demo_today"] = to_string(*s.settings.demo_today);
    if (s.settings.presentation) settings["presentation"] = true;
    std::string out = json{{"format", "jobbplan-store"}, {"version", kDocumentVersion}, {"settings", settings}}.dump();
    out.pop_back();  // the closing brace: the profile goes last, streamed (append_json)
    out += R"(,"profile":)";
    if (s.profile)
        append_json(*s.profile, out);
    else
        out += "null";
    out += '}';
    return out;
}

Parsed<StoredState> decode_store(std::string_view text) {
    Parsed<StoredState> out;
    JsonRead read = read_json(text);
    if (!read.ok() || !read.value.is_object()) {
        out.problems.push_back({"", "stored data is not valid JSON" +
                                        (read.ok() ? std::string() : ": " + read.problems.front().to_string())});
        return out;
    }
    const json& doc = read.value;
    if (!doc.contains("format") || doc["format"] != "jobbplan-store") {
        out.problems.push_back({"format", "not a Jobbplan store document"});
        return out;
    }
    if (unreadable_document_version(doc, out.problems)) return out;
    StoredState s;
    if (doc.contains("settings") && doc["settings"].is_object()) {
        const json& st = doc["settings"];
        if (st.contains("language") && st["language"].is_string() && known_language(st["language"].get<std::string>()))
            s.settings.language = st["language"].get<std::string>();
        if (st.contains("theme")) s.settings.theme = theme_from(st["theme"]);
        if (st.contains("text_scale") && st["text_scale"].is_number())
            s.settings.text_scale = std::clamp(st["text_scale"].get<float>(), 1.0f, 2.0f);
        if (st.contains("presentation") && st["presentation"].is_boolean())
            s.settings.presentation = st["presentation"].get<bool>();
        if (st.contains("demo_today") && st["demo_today"].is_string())
            s.settings.demo_today = parse_record_date(st["demo_today"].get<std::string>());
    }
    if (doc.contains("profile") && !doc["profile"].is_null()) {
        Parsed<Profile> p = parse_profile(doc["profile"]);
        if (!p.ok()) {
            for (auto& pr : p.problems) out.problems.push_back({"profile." + pr.path, pr.message});
            return out;
        }
        s.profile = std::move(*p.value);
    }
    out.value = std::move(s);
    return out;
}

std::string encode_export(const Profile& p, const Report& r, Date on) {
    json doc = {{"format", "jobbplan-export"},
                {"version", kDocumentVersion},
                {"exported_on", to_string(on)},
                {"notice", "This file holds personal data about a jobseeker. Share it only with your caseworker."},
                {"profile", to_json(p)},
                {"report", to_json(r)}};
    return doc.dump(2);
}

std::string export_file_name(Date on) { return "jobbplan-" + to_string(on) + ".json"; }

Parsed<Profile> decode_import(std::string_view text) { return read_profile_file(text); }

namespace {

enum class Match { New, Same, Differs };

template <class T>
Match match(const std::unordered_map<std::string_view, const T*>& here, const T& x) {
    auto it = here.find(x.id);
    if (x.id.empty() || it == here.end()) {
        // An item without an id (a hand-written file) is matched by content alone.
        if (x.id.empty())
            for (const auto& [id, y] : here)
                if (*y == x) return Match::Same;
        return Match::New;
    }
    return *it->second == x ? Match::Same : Match::Differs;
}

template <class T>
std::unordered_map<std::string_view, const T*> by_id(const std::vector<T>& items) {
    std::unordered_map<std::string_view, const T*> out;
    out.reserve(items.size());
    for (const T& x : items) out.emplace(x.id, &x);
    return out;
}

template <class T>
void count(const std::vector<T>& here, const std::vector<T>& incoming, int& added, int& same, int& differing) {
    const auto index = by_id(here);
    for (const T& x : incoming) {
        switch (match(index, x)) {
            case Match::New: ++added; break;
            case Match::Same: ++same; break;
            case Match::Differs: ++differing; break;
        }
    }
}

// Adds what is new or differs; a differing one gets the first free "<id>-2", "<id>-3" ...
template <class T>
void add_missing(std::vector<T>& merged, const std::vector<T>& incoming) {
    std::set<std::string> ids;
    for (const T& x : merged) ids.insert(x.id);
    const auto index = by_id(merged);  // taken before adding: pointers into `merged` stay valid until then
    std::vector<T> added;
    for (const T& x : incoming) {
        const Match m = match(index, x);
        if (m == Match::Same) continue;
        T copy = x;
        if (m == Match::Differs || ids.count(copy.id)) {
            for (int n = 2;; ++n)
                if (!ids.count(x.id + "-" + std::to_string(n))) {
                    copy.id = x.id + "-" + std::to_string(n);
                    break;
                }
        }
        ids.insert(copy.id);
        added.push_back(std::move(copy));
    }
    for (T& x : added) merged.push_back(std::move(x));
}

}  // namespace

MergeCounts count_merge(const Profile& current, const Profile& incoming) {
    MergeCounts c;
    count(current.joblog, incoming.joblog, c.new_entries, c.same_entries, c.differing_entries);
    count(current.events, incoming.events, c.new_events, c.same_events, c.differing_events);
    return c;
}

Profile merge_profiles(const Profile& current, const Profile& incoming) {
    Profile merged = current;
    add_missing(merged.joblog, incoming.joblog);
    add_missing(merged.events, incoming.events);
    std::stable_sort(merged.joblog.begin(), merged.joblog.end(),
                     [](const JoblogEntry& a, const JoblogEntry& b) { return date::sys_days{a.date} < date::sys_days{b.date}; });
    std::stable_sort(merged.events.begin(), merged.events.end(),
                     [](const Event& a, const Event& b) { return date::sys_days{a.date} < date::sys_days{b.date}; });
    return merged;
}

}  // namespace jobbplan::web
