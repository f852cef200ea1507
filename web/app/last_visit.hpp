#pragma once
// The day the page was last opened on this device (issue 12.8: what changed since your last
// visit). Kept under its own key, outside the stored generations: it is about this device, not
// the jobseeker's file, so it is never exported, never merged, and writing it costs no generation.
// "Delete all my data" erases it with the rest.
#include "app/app_state.hpp"
#include "platform/platform.hpp"

#include <functional>

namespace jobbplan::web {

inline constexpr const char* kLastVisitKey = "jobbplan/last-visit";

// Reads the stored day into `state.last_visit` when it is before today, then stores today as this
// visit's day. `done` runs once the stored day is read.
void begin_visit(Platform& platform, AppState& state, std::function<void()> done);
// The page stayed open past midnight: today is this visit's day too.
void continue_visit(Platform& platform, const AppState& state);

}  // namespace jobbplan::web
