#pragma once
// The steps back the Undo button takes, newest last, with the limits that keep a long joblog's
// undo cheap: an edit of one entry keeps only that entry, so undo costs the same with ten entries
// or ten thousand; only changes that replace the whole profile (a demo persona, an import, a new
// profile) keep the whole previous profile, and only the newest few of those are kept.
#include "jobbplan/profile.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace jobbplan::web {

// One step back: what a change replaced.
struct UndoProfile {
    Profile before;
};
struct UndoSituation {
    Situation before;
};
struct UndoEntry {
    std::string id;
    std::optional<JoblogEntry> before;  // empty: the entry was new, undo removes it
};
struct UndoEvent {
    std::string id;
    std::optional<Event> before;
};
using UndoStep = std::variant<UndoProfile, UndoSituation, UndoEntry, UndoEvent>;

class UndoHistory {
public:
    static constexpr std::size_t kSteps = 50;
    static constexpr int kWholeProfileSteps = 3;

    void remember(UndoStep step);
    // The newest step, taken off the history; empty when there is nothing to undo.
    std::optional<UndoStep> take_newest();
    void clear() { steps_.clear(); }

    bool empty() const { return steps_.empty(); }
    std::size_t size() const { return steps_.size(); }
    const UndoStep& back() const { return steps_.back(); }
    auto begin() const { return steps_.begin(); }
    auto end() const { return steps_.end(); }

private:
    std::vector<UndoStep> steps_;  // newest last
};

}  // namespace jobbplan::web
