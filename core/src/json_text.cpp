#include "jobbplan/json_text.hpp"

#include <set>
#include <vector>

namespace jobbplan {
namespace {

using nlohmann::json;

std::string cut(std::string s) {
    if (s.size() <= kShownChars) return s;
    std::size_t n = kShownChars;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // never split a UTF-8 letter
    s.resize(n);
    return s + "\xE2\x80\xA6";
}

// Forwards every event to nlohmann's own DOM builder, keeping the field path for messages and
// checking what the DOM builder lets through. One pass: the checks cost no second parse.
class CheckingSax {
public:
    explicit CheckingSax(json& out) : dom_(out, false) {}

    bool null() { return value() && dom_.null(); }
    bool boolean(bool v) { return value() && dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return value() && dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value() && dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) { return value() && dom_.number_float(v, s); }
    bool string(json::string_t& v) {
        if (!value()) return false;
        for (unsigned char c : v)
            if (c < 0x20 && c != '\t' && c != '\n') {
                fail(shown(std::string_view(v)) + " holds a control character; only tab and newline are allowed in text");
                break;  // said once; reading goes on so every other problem is named too
            }
        return dom_.string(v);
    }
    bool binary(json::binary_t& v) { return value() && dom_.binary(v); }
    bool start_object(std::size_t n) {
        if (!value() || !deeper()) return false;
        frames_.push_back({false, 0, {}, {}});
        return dom_.start_object(n);
    }
    bool key(json::string_t& k) {
        Frame& f = frames_.back();
        f.key = k;
        if (!f.keys.insert(k).second) {
            fail("the key " + shown(std::string_view(k)) + " appears twice in one object; a file must give each field once");
        }
        f.pending_key = true;
        return dom_.key(k);
    }
    bool end_object() {
        frames_.pop_back();
        return dom_.end_object();
    }
    bool start_array(std::size_t n) {
        if (!value() || !deeper()) return false;
        frames_.push_back({true, 0, {}, {}});
        frames_.back().index = -1;
        return dom_.start_array(n);
    }
    bool end_array() {
        frames_.pop_back();
        return dom_.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& last_token, const Exception&) {
        error_position = position;
        last_token_ = last_token;
        syntax_error = true;
        return false;
    }

    // The field path; with `fields_only`, the path to the innermost named field (a value nested
    // 64 lists deep is named by its field, not by 64 indices).
    std::string path(bool fields_only = false) const {
        std::size_t end = frames_.size();
        if (fields_only)
            while (end > 0 && frames_[end - 1].array) --end;
        std::string p;
        for (std::size_t i = 0; i < end; ++i) {
            const Frame& f = frames_[i];
            if (f.array) {
                if (f.index >= 0) p += "[" + std::to_string(f.index) + "]";
            } else if (!f.key.empty()) {
                p += (p.empty() ? "" : ".") + f.key;
            }
        }
        return p;
    }

    Problems problems;
    bool syntax_error = false;
    std::size_t error_position = 0;
    std::string last_token_;

private:
    struct Frame {
        bool array;
        long index;
        std::string key;
        std::set<std::string> keys;
        bool pending_key = false;
    };
    // A value begins: in an array it is the next element.
    bool value() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
        return true;
    }
    bool deeper() {
        if (static_cast<int>(frames_.size()) < kMaxJsonDepth) return true;
        problems.push_back({path(true), "is nested deeper than " + std::to_string(kMaxJsonDepth) +
                                            " levels, which no Jobbplan file is"});
        return false;
    }
    void fail(std::string message) { problems.push_back({path(), std::move(message)}); }

    nlohmann::detail::json_sax_dom_parser<json> dom_;
    std::vector<Frame> frames_;
};

// Line and column (from 1) of a byte offset, columns in characters.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// The first byte that is not well-formed UTF-8, or npos.
std::size_t invalid_utf8(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        const int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (n < 0 || i + static_cast<std::size_t>(n) >= t.size() + (n == 0 ? 1 : 0)) return i;
        for (int k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(t[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return i;
        i += static_cast<std::size_t>(n) + 1;
    }
    return std::string_view::npos;
}

bool looks_utf16(std::string_view t) {
    if (t.size() >= 2 && ((t[0] == '\xFF' && t[1] == '\xFE') || (t[0] == '\xFE' && t[1] == '\xFF'))) return true;
    for (std::size_t i = 0; i < t.size() && i < 8; ++i)
        if (t[i] == '\0') return true;
    return false;
}

}  // namespace

JsonRead read_json(std::string_view text) {
    JsonRead out;
    if (looks_utf16(text)) {
        out.problems.push_back({"", "is not valid JSON: the file looks like UTF-16 text; save it as UTF-8 and try again"});
        return out;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark is harmless
    CheckingSax sax(out.value);
    const bool ok = json::sax_parse(text.begin(), text.end(), &sax);
    out.problems = std::move(sax.problems);
    out.complete = ok && !sax.syntax_error;
    if (!out.complete) out.value = nlohmann::json(nlohmann::json::value_t::discarded);
    if (sax.syntax_error) {
        // nlohmann's position counts the bytes read, the bad one included.
        const std::size_t bad = invalid_utf8(text);
        const bool not_utf8 = bad != std::string_view::npos && bad < sax.error_position;
        const std::size_t at = not_utf8 ? bad : (sax.error_position > 0 ? sax.error_position - 1 : 0);
        const auto [line, column] = line_column(text, at);
        std::string message = "is not valid JSON: it breaks at line " + std::to_string(line) + ", column " +
                              std::to_string(column);
        if (not_utf8)
            message += " (the text is not UTF-8 there; save the file as UTF-8)";
        else if (!sax.last_token_.empty())
            message += " (near " + shown(std::string_view(sax.last_token_)) + ")";
        out.problems.push_back({sax.path(), std::move(message)});
    }
    return out;
}

std::string shown(const json& v) {
    // Lists and objects by their size only, however deep or long; strings by a cut prefix.
    if (v.is_string()) return shown(std::string_view(v.get_ref<const std::string&>()));
    if (v.is_array()) return "[a list of " + std::to_string(v.size()) + "]";
    if (v.is_object()) return "{an object of " + std::to_string(v.size()) + " fields}";
    return cut(v.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::string shown(std::string_view text) {
    // Escape as JSON from a prefix only: a 5 MB value costs no more than a short one.
    std::string head(text.substr(0, kShownChars + 8));
    std::string s = json(head).dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > head.size()) {
        s.pop_back();  // the closing quote
        return cut(s) + "\"";
    }
    return cut(s);
}

}  // namespace jobbplan
