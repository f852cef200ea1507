#include "app/undo_history.hpp"

namespace jobbplan::web {

void UndoHistory::remember(UndoStep step) {
    steps_.push_back(std::move(step));
    if (steps_.size() > kSteps) steps_.erase(steps_.begin());
    // A whole-profile step holds a whole joblog; keep the newest few so ten years of entries are
    // not held many times over. Steps older than the one dropped can no longer be reached.
    int whole = 0;
    for (auto it = steps_.end(); it != steps_.begin();) {
        --it;
        if (std::holds_alternative<UndoProfile>(*it) && ++whole > kWholeProfileSteps) {
            steps_.erase(steps_.begin(), it + 1);
            break;
        }
    }
}

std::optional<UndoStep> UndoHistory::take_newest() {
    if (steps_.empty()) return std::nullopt;
    std::optional<UndoStep> step = std::move(steps_.back());
    steps_.pop_back();
    return step;
}

}  // namespace jobbplan::web
