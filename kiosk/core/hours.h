// Opening-hours logic that screens need but must not compute themselves.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/pack_reader.h"

namespace kiosk {

struct TimeRange {
    std::string opens, closes;  // "HH:MM"; either may be empty when the export omits it
};

// The week that applies on `day`: for each weekday (index 0 = Monday) the time ranges of the
// rules whose validity covers `day`. When no rule covers it, the next period that starts
// later is used and `from` is set to its first date, so a museum closed for the winter
// still shows when it reopens. Empty days mean closed.
struct Week {
    std::array<std::vector<TimeRange>, 7> days;
    std::string from;  // empty when the week applies today
    bool known = false;
};
Week week_for(const std::vector<HoursRow>& rules, const Date& day);

}  // namespace kiosk
