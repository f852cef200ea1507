#pragma once
// Ids for new joblog entries and calendar events.
#include "platform/platform.hpp"

#include <string>

namespace jobbplan::web {

// 128 random bits: ids stay unique across people and devices, so a caseworker merging two
// clients' files, or one person's phone and laptop, never mistakes one entry for another.
std::string new_id(Platform& platform, const char* prefix);

}  // namespace jobbplan::web
