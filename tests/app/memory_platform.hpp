#pragma once
// A Platform for native tests: storage in a map, answers delivered when the test says so, so tests
// can check the app's behaviour while a save is still in flight.
#include "platform/platform.hpp"

#include <deque>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace jobbplan::web::testing {

class MemoryPlatform final : public Platform {
public:
    std::map<std::string, std::string> stored;
    bool storage_fails = false;
    std::string failure = "QuotaExceededError";
    std::deque<std::function<void()>> pending;
    struct Download {
        std::string name, mime, bytes;
    };
    std::vector<Download> downloads;
    std::vector<std::string> copied, printed, announced;
    std::function<void(FileCallback)> on_choose_file;
    Date now{date::year{2026}, date::month{11}, date::day{23}};
    TimeOfDay clock{10 * 60};  // 10:00

    void load(const std::string& key, StorageCallback done) override {
        pending.push_back([this, key, done] {
            StorageResult r;
            r.ok = !storage_fails;
            if (storage_fails) r.error = failure;
            else if (auto it = stored.find(key); it != stored.end()) r.value = it->second;
            done(r);
        });
    }
    void save(const std::string& key, const std::string& value, StorageCallback done) override {
        pending.push_back([this, key, value, done] {
            StorageResult r;
            r.ok = !storage_fails;
            if (storage_fails) r.error = failure;
            else stored[key] = value;
            done(r);
        });
    }
    void save_if(const std::string& guard_key, const std::optional<std::string>& expected,
                 const std::vector<StorageWrite>& writes, StorageCallback done) override {
        std::vector<std::pair<std::string, std::string>> copy;
        for (const auto& w : writes) copy.emplace_back(w.key, *w.value);
        pending.push_back([this, guard_key, expected, copy, done] {
            StorageResult r;
            r.ok = !storage_fails;
            if (storage_fails) {
                r.error = failure;
            } else {
                auto it = stored.find(guard_key);
                const std::optional<std::string> now =
                    it == stored.end() ? std::nullopt : std::optional<std::string>(it->second);
                if (now != expected) {
                    r.ok = false;
                    r.conflict = true;
                    r.error = "changed by another tab";
                } else {
                    for (const auto& [k, v] : copy) stored[k] = v;
                    ++commits;
                }
            }
            done(r);
        });
    }
    int commits = 0;
    void remove(const std::string& key, StorageCallback done) override {
        pending.push_back([this, key, done] {
            stored.erase(key);
            done(StorageResult{true, std::nullopt, ""});
        });
    }
    std::vector<std::function<void()>> tab_watchers;
    int tab_messages = 0;
    void watch_other_tabs(std::function<void()> changed) override { tab_watchers.push_back(std::move(changed)); }
    void tell_other_tabs() override { ++tab_messages; }
    void erase_all(StorageCallback done) override {
        pending.push_back([this, done] {
            stored.clear();
            done(StorageResult{true, std::nullopt, ""});
        });
    }
    void download(const std::string& n, const std::string& m, const std::string& b) override { downloads.push_back({n, m, b}); }
    // A browser answers later; `clipboard_refuses` is one that says no.
    void copy_text(const std::string& t, std::function<void(bool)> done) override {
        pending.push_back([this, t, done] {
            if (!clipboard_refuses) copied.push_back(t);
            done(!clipboard_refuses);
        });
    }
    bool clipboard_refuses = false;
    void choose_file(FileCallback cb) override {
        if (on_choose_file) on_choose_file(std::move(cb));
    }
    FileCallback dropped;  // a test drops a file by calling it
    void watch_dropped_files(FileCallback cb) override { dropped = std::move(cb); }
    void open_print_view(const std::string& html) override { printed.push_back(html); }
    void defer(std::function<void()> task) override { pending.push_back(std::move(task)); }
    // Deterministic, so a test run repeats; distinct per platform (seed) like two devices.
    void random_bytes(unsigned char* out, std::size_t n) override {
        for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<unsigned char>(rng() >> 24);
    }
    std::mt19937 rng{12345};
    Date today() const override { return now; }
    TimeOfDay time_of_day() const override { return clock; }
    void announce(const std::string& t) override { announced.push_back(t); }
    void set_document_language(const std::string&) override {}

    // Delivers every queued storage answer and deferred task (and any they queue in turn).
    void settle() {
        while (!pending.empty()) {
            auto f = std::move(pending.front());
            pending.pop_front();
            f();
        }
    }
};

}  // namespace jobbplan::web::testing
