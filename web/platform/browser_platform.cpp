// BrowserPlatform: the Platform interface over web/js/jobbplan_platform.js.
#include "platform/platform.hpp"

#include <emscripten/emscripten.h>

#include <map>
#include <optional>
#include <memory>
#include <utility>
#include <vector>

extern "C" {
void jobbplan_js_storage_load(int id, const char* key);
// Texts that may hold the user's data cross with their byte length (decoded to exactly that length
// on the JS side), so a NUL inside them cannot cut them short; keys, the MIME type and the
// language are our own.
void jobbplan_js_storage_save(int id, const char* key, const char* value, int value_len);
void jobbplan_js_storage_erase(int id);
void jobbplan_js_storage_save_if(int id, const char* guard_key, const char* expected, int expected_len, int n,
                                 const char* const* keys,
                                 const char* const* values, const int* lengths);
void jobbplan_js_storage_remove(int id, const char* key);
void jobbplan_js_watch_tabs();
void jobbplan_js_tell_tabs();
void jobbplan_js_download(const char* name, int name_len, const char* mime, const char* data, int len);
void jobbplan_js_copy_text(const char* text, int len);
void jobbplan_js_choose_file();
void jobbplan_js_watch_drops();
void jobbplan_js_open_print_view(const char* html, int len);
int jobbplan_js_today();
int jobbplan_js_minute_of_day();
void jobbplan_js_announce(const char* text, int len);
void jobbplan_js_random_bytes(unsigned char* out, int n);
void jobbplan_js_set_language(const char* lang);
}

namespace jobbplan::web {
namespace {

class BrowserPlatform final : public Platform {
public:
    void load(const std::string& key, StorageCallback done) override {
        const int id = remember(std::move(done));
        jobbplan_js_storage_load(id, key.c_str());
    }
    void save(const std::string& key, const std::string& value, StorageCallback done) override {
        const int id = remember(std::move(done));
        jobbplan_js_storage_save(id, key.c_str(), value.data(), static_cast<int>(value.size()));
    }
    void save_if(const std::string& guard_key, const std::optional<std::string>& expected,
                 const std::vector<StorageWrite>& writes, StorageCallback done) override {
        const int id = remember(std::move(done));
        std::vector<const char*> keys, values;
        std::vector<int> lengths;
        for (const auto& w : writes) {
            keys.push_back(w.key.c_str());
            values.push_back(w.value->data());
            lengths.push_back(static_cast<int>(w.value->size()));
        }
        jobbplan_js_storage_save_if(id, guard_key.c_str(), expected ? expected->data() : nullptr,
                                    expected ? static_cast<int>(expected->size()) : 0, static_cast<int>(writes.size()),
                                    keys.data(), values.data(), lengths.data());
    }
    void remove(const std::string& key, StorageCallback done) override {
        const int id = remember(std::move(done));
        jobbplan_js_storage_remove(id, key.c_str());
    }
    void watch_other_tabs(std::function<void()> changed) override {
        other_tab_ = std::move(changed);
        jobbplan_js_watch_tabs();
    }
    void tell_other_tabs() override { jobbplan_js_tell_tabs(); }
    void other_tab_saved() {
        if (other_tab_) other_tab_();
    }
    void erase_all(StorageCallback done) override {
        const int id = remember(std::move(done));
        jobbplan_js_storage_erase(id);
    }
    void download(const std::string& filename, const std::string& mime, const std::string& bytes) override {
        jobbplan_js_download(filename.data(), static_cast<int>(filename.size()), mime.c_str(), bytes.data(),
                             static_cast<int>(bytes.size()));
    }
    void copy_text(const std::string& text, std::function<void(bool)> done) override {
        copied_ = std::move(done);  // only the latest copy is answered: an older one was replaced
        jobbplan_js_copy_text(text.data(), static_cast<int>(text.size()));
    }
    void copy_finished(bool ok) {
        if (auto done = std::exchange(copied_, nullptr)) done(ok);
    }
    void choose_file(FileCallback chosen) override {
        file_chosen_ = std::move(chosen);
        jobbplan_js_choose_file();
    }
    void watch_dropped_files(FileCallback dropped) override {
        file_dropped_ = std::move(dropped);
        jobbplan_js_watch_drops();
    }
    void open_print_view(const std::string& html) override {
        jobbplan_js_open_print_view(html.data(), static_cast<int>(html.size()));
    }
    void defer(std::function<void()> task) override {
        // emscripten_async_call with 0 ms is a setTimeout: its own task, after this frame's.
        emscripten_async_call(
            [](void* arg) {
                std::unique_ptr<std::function<void()>> t(static_cast<std::function<void()>*>(arg));
                (*t)();
            },
            new std::function<void()>(std::move(task)), 0);
    }
    void random_bytes(unsigned char* out, std::size_t n) override { jobbplan_js_random_bytes(out, static_cast<int>(n)); }
    Date today() const override {
        const int v = jobbplan_js_today();
        return Date{date::year{v / 10000}, date::month{static_cast<unsigned>(v / 100 % 100)},
                    date::day{static_cast<unsigned>(v % 100)}};
    }
    TimeOfDay time_of_day() const override { return TimeOfDay{jobbplan_js_minute_of_day()}; }
    void announce(const std::string& text) override { jobbplan_js_announce(text.data(), static_cast<int>(text.size())); }
    void set_document_language(const std::string& lang) override { jobbplan_js_set_language(lang.c_str()); }

    void finish(int id, StorageResult result) {
        auto it = pending_.find(id);
        if (it == pending_.end()) return;
        StorageCallback cb = std::move(it->second);
        pending_.erase(it);
        cb(std::move(result));
    }
    void file_chosen(std::string name, std::string bytes) {
        if (file_chosen_) file_chosen_(std::move(name), std::move(bytes));
    }
    void file_dropped(std::string name, std::string bytes) {
        if (file_dropped_) file_dropped_(std::move(name), std::move(bytes));
    }

private:
    int remember(StorageCallback cb) {
        const int id = next_id_++;
        pending_.emplace(id, std::move(cb));
        return id;
    }
    int next_id_ = 1;
    std::map<int, StorageCallback> pending_;
    FileCallback file_chosen_, file_dropped_;
    std::function<void(bool)> copied_;
    std::function<void()> other_tab_;
};

BrowserPlatform& instance() {
    static BrowserPlatform platform;
    return platform;
}

}  // namespace

Platform& browser_platform() { return instance(); }

}  // namespace jobbplan::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void jobbplan_on_storage_loaded(int id, int ok, const char* text, int len) {
    jobbplan::web::StorageResult r;
    r.ok = ok != 0;
    if (r.ok && len >= 0) r.value = std::string(text, static_cast<size_t>(len));
    if (!r.ok && text) r.error = text;
    jobbplan::web::instance().finish(id, std::move(r));
}

EMSCRIPTEN_KEEPALIVE void jobbplan_on_storage_saved(int id, int ok, const char* text, int len) {
    jobbplan::web::StorageResult r;
    r.ok = ok != 0;
    r.conflict = !r.ok && len == -2;  // save_if found the guard key changed
    if (!r.ok && text) r.error = text;
    jobbplan::web::instance().finish(id, std::move(r));
}

EMSCRIPTEN_KEEPALIVE void jobbplan_on_copied(int ok) { jobbplan::web::instance().copy_finished(ok != 0); }

EMSCRIPTEN_KEEPALIVE void jobbplan_on_other_tab_saved() { jobbplan::web::instance().other_tab_saved(); }

EMSCRIPTEN_KEEPALIVE void jobbplan_on_file_chosen(const char* name, const char* bytes, int len) {
    jobbplan::web::instance().file_chosen(name, std::string(bytes, static_cast<size_t>(len)));
}

EMSCRIPTEN_KEEPALIVE void jobbplan_on_file_dropped(const char* name, const char* bytes, int len) {
    jobbplan::web::instance().file_dropped(name, std::string(bytes, static_cast<size_t>(len)));
}

}  // extern "C"
