#pragma once
// Saves that never leave a half-written state: each save writes a complete new generation under
// its own key and moves the head to it in the same transaction, keeping the last few generations.
// A tab closed mid-save loses at most that one change; an unreadable generation still has older
// ones behind it; a tab whose view is older than the stored head is refused, not allowed to overwrite.
#include "platform/platform.hpp"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jobbplan::web {

inline constexpr const char* kHeadKey = "jobbplan/head";
inline constexpr int kGenerationsKept = 3;

std::string generation_key(long generation);

struct StoredGenerations {
    bool ok = true;      // false: storage itself failed (private mode, disabled, quota)
    std::string error;
    long head = 0;       // 0 = nothing stored yet
    std::vector<std::pair<long, std::string>> texts;  // newest first, those that could be read
};

class GenerationStore {
public:
    explicit GenerationStore(Platform& platform) : platform_(platform) {}

    void load(std::function<void(StoredGenerations)> done);
    // Writes generation head+1 and moves the head to it in one transaction, only if the head is
    // still the one this tab last read or wrote (else the result has `conflict`: another tab saved
    // first); prunes generations older than kGenerationsKept.
    void save(const std::string& text, Platform::StorageCallback done);
    long head() const { return head_; }
    // Storage was erased by this tab: the next save starts from nothing, not from the old head.
    void forget() {
        head_ = 0;
        head_text_.reset();
    }

private:
    void load_from(long generation, int left, StoredGenerations acc, std::function<void(StoredGenerations)> done);
    Platform& platform_;
    long head_ = 0;
    std::optional<std::string> head_text_;  // the head key's text as last seen; nullopt: absent
};

}  // namespace jobbplan::web
