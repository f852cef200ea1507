#pragma once
// Saves that never leave a half-written state: each save writes a complete new generation under
// its own key and only then moves the head to it, keeping the last few generations. A tab closed
// mid-save loses at most that one change; an unreadable generation still has older ones behind it.
#include "platform/platform.hpp"

#include <functional>
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
    // Writes generation head+1, then the head; prunes generations older than kGenerationsKept.
    void save(const std::string& text, Platform::StorageCallback done);
    long head() const { return head_; }
    void set_head(long head) { head_ = head; }

private:
    void load_from(long generation, int left, StoredGenerations acc, std::function<void(StoredGenerations)> done);
    Platform& platform_;
    long head_ = 0;
};

}  // namespace jobbplan::web
