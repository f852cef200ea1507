#pragma once
// Everything the app needs from its host, behind one small interface, so the app logic runs
// natively in tests (MemoryPlatform) and in the browser (BrowserPlatform) unchanged.
#include "jobbplan/calendar.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace jobbplan::web {

struct StorageResult {
    bool ok = false;
    std::optional<std::string> value;  // load: empty when nothing was stored under the key
    std::string error;                 // the browser's words (quota, private mode, disabled)
    bool conflict = false;             // save_if: the guard key had changed; nothing was written
};

struct StorageWrite {
    std::string key;
    const std::string* value;  // not owned: a long joblog's text is not copied on its way out
};

class Platform {
public:
    using StorageCallback = std::function<void(StorageResult)>;
    using FileCallback = std::function<void(std::string name, std::string bytes)>;

    virtual ~Platform() = default;

    // Persistent key/value storage (IndexedDB in the browser). Asynchronous: the callback runs later.
    virtual void load(const std::string& key, StorageCallback done) = 0;
    virtual void save(const std::string& key, const std::string& value, StorageCallback done) = 0;
    virtual void remove(const std::string& key, StorageCallback done) = 0;
    // All of `writes` in one transaction, and only if `guard_key` still holds `expected` (nullopt:
    // absent); else nothing is written and the result has `conflict`. Tabs share the storage, so this
    // is how a tab finds out that another one saved first. The values need only live until the call returns.
    virtual void save_if(const std::string& guard_key, const std::optional<std::string>& expected,
                         const std::vector<StorageWrite>& writes, StorageCallback done) = 0;
    virtual void erase_all(StorageCallback done) = 0;
    // Another tab of this page saved: `changed` runs (the BroadcastChannel in the browser).
    virtual void watch_other_tabs(std::function<void()> changed) = 0;
    virtual void tell_other_tabs() = 0;

    virtual void download(const std::string& filename, const std::string& mime, const std::string& bytes) = 0;
    // `done` says whether the text reached the clipboard: a browser may refuse (no permission, an
    // insecure page, no user gesture), and the app must not say "Copied" then.
    virtual void copy_text(const std::string& text, std::function<void(bool copied)> done) = 0;
    virtual void choose_file(FileCallback chosen) = 0;  // only from a user gesture in the browser
    // A file dropped onto the page (drag and drop): `dropped` runs with its name and bytes.
    virtual void watch_dropped_files(FileCallback dropped) = 0;
    virtual void open_print_view(const std::string& html) = 0;

    // Runs `task` soon, in a turn of its own after the current frame (setTimeout in the browser), so
    // slow work such as writing a long joblog does not lengthen the frame that asked for it.
    virtual void defer(std::function<void()> task) = 0;

    // Unpredictable bytes (crypto.getRandomValues in the browser), for ids that must not collide
    // across people and devices when files are merged.
    virtual void random_bytes(unsigned char* out, std::size_t n) = 0;

    // Today in the user's own time zone: a Helsinki user past midnight is already on tomorrow.
    virtual Date today() const = 0;
    // The minute of the day now, in the same time zone: a Trelleborg plan is signed within hours.
    virtual TimeOfDay time_of_day() const = 0;
    // Text for screen readers (an off-canvas live region in the browser).
    virtual void announce(const std::string& text) = 0;
    virtual void set_document_language(const std::string& lang) = 0;
};

Platform& browser_platform();

}  // namespace jobbplan::web
