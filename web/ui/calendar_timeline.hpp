#pragma once
// The calendar screen's picture of the coming weeks (issue 12.7) and the words each item is said
// in, by the list, the tooltip and the screen-reader mirror alike.
#include "ui/ui.hpp"

#include "jobbplan/timeline.hpp"

#include <string>
#include <vector>

namespace jobbplan::web::ui {

// How far ahead the picture reaches, in days (the list below reaches six months).
inline constexpr int kTimelineDaysAhead = 84;

void draw_calendar_timeline(const Ctx& c, const std::vector<TimelineItem>& items);
// "Job conversation 2 with the jobcenter"
std::string timeline_title(const Ctx& c, const TimelineItem& it);
// "Job conversation 2 with the jobcenter — between 1 Dec and 15 Jan (Coming up)"
std::string timeline_words(const Ctx& c, const TimelineItem& it);

}  // namespace jobbplan::web::ui
